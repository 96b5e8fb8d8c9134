import { z } from 'zod'

export const languageSchema = z.enum(['fr', 'en'])
export type Language = z.infer<typeof languageSchema>

/** Every error the API returns has this shape; `fields` holds one message per invalid field. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
})
export type ErrorResponse = z.infer<typeof errorResponseSchema>

export const healthResponseSchema = z.object({ status: z.literal('ok') })
