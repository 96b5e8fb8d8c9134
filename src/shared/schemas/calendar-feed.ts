import { z } from 'zod'
import { lazySchema } from './lazy-schema'

export const calendarFeedStateResponseSchema = lazySchema(() =>
  z.object({
    feed: z
      .object({ createdAt: z.string().describe('ISO 8601, UTC: when the current address was made') })
      .nullable()
      .describe('Null when the person has no subscription address'),
  }),
)

export const calendarFeedCreatedResponseSchema = lazySchema(() =>
  z.object({
    url: z
      .string()
      .describe(
        'The private subscription address; shown only now (only a hash is kept), the previous one stops working',
      ),
    createdAt: z.string(),
  }),
)
export type CalendarFeedCreated = z.infer<typeof calendarFeedCreatedResponseSchema>

export const calendarFileParamsSchema = lazySchema(() =>
  z.object({
    file: z.string().min(1).max(200).describe('The secret of the address, followed by `.ics`'),
  }),
)
