import { z } from 'zod'
import { lazySchema } from './lazy-schema'

export const languageSchema = lazySchema(() => z.enum(['fr', 'en']))
export type Language = z.infer<typeof languageSchema>

/** Every error the API returns has this shape; `fields` holds one message per invalid field. */
export const errorResponseSchema = lazySchema(() =>
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  }),
)
export type ErrorResponse = z.infer<typeof errorResponseSchema>

export const healthResponseSchema = lazySchema(() => z.object({ status: z.literal('ok') }))

export const readyResponseSchema = lazySchema(() => z.object({ status: z.literal('ready') }))

const LINE_BREAK = /[\r\n\u2028\u2029]/

/**
 * A one-line field (a company, a name, a subject): the web app's inputs cannot hold a line break,
 * and one sent by an API client would break the headings of the person's own exports, so it is
 * refused with a field message.
 */
export const oneLine = (schema: z.ZodString) => schema.refine((v) => !LINE_BREAK.test(v), 'one_line')
