import { z } from 'zod'
import {
  APPLICATION_STATUSES,
  INTERVIEW_FORMATS,
  INTERVIEW_OUTCOMES,
  INTERVIEW_STAGES,
} from '../../domain/debrief'
import { lazySchema } from './lazy-schema'

// An interview's moment and kinds, for interviews.ts and the schemas that say no more of an interview (feedback.ts).

/**
 * A real calendar date and time: ISO 8601 with a time zone ("2026-11-25T14:30:00.000Z" or
 * "+01:00"), between 1990 and 2100. "2026-02-30" is refused. Stored in UTC.
 */
export const dateTimeSchema = lazySchema(() =>
  z.iso
    .datetime({ offset: true, local: false })
    .refine((value) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
      if (!match) return false
      const [, y, m, d] = match.map(Number) as [number, number, number, number]
      const day = new Date(Date.UTC(y, m - 1, d))
      return (
        day.getUTCFullYear() === y &&
        day.getUTCMonth() === m - 1 &&
        day.getUTCDate() === d &&
        y >= 1990 &&
        y <= 2100
      )
    }, 'invalid_date')
    .transform((value) => new Date(value).toISOString()),
)

export const stageSchema = lazySchema(() => z.enum(INTERVIEW_STAGES))
export const outcomeSchema = lazySchema(() => z.enum(INTERVIEW_OUTCOMES))
export const formatSchema = lazySchema(() => z.enum(INTERVIEW_FORMATS))
export const applicationStatusSchema = lazySchema(() => z.enum(APPLICATION_STATUSES))
