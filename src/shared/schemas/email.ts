import { z } from 'zod'
import { EMAIL_MAX_LENGTH } from '../../domain/accounts/limits'
import { lazySchema } from './lazy-schema'

export const emailSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(EMAIL_MAX_LENGTH)
    .pipe(z.email())
    .describe('Email address; compared case-insensitively'),
)
