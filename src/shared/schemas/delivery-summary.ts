import { z } from 'zod'
import type { DeliverySummary } from '../../domain/voice/summary'
import { lazySchema } from './lazy-schema'

/** Several recordings' delivery figures taken together (src/domain/voice/summary.ts). */
export const deliverySummarySchema = lazySchema(
  () =>
    z.object({
      recordings: z.number().int(),
      speakingMs: z.number().int(),
      wpmLow: z.number().int().nullable(),
      wpmHigh: z.number().int().nullable(),
      paceVerdict: z.enum(['slow', 'comfortable', 'fast']).nullable(),
      longPauses: z.number().int(),
      longPausesPerMinute: z.number().nullable().describe('Silences of 2 s or more per minute of speech'),
      pitchVariationSemitones: z.number().nullable(),
      pitchVerdict: z.enum(['flat', 'varied']).nullable(),
      fillersConfirmed: z.number().int(),
      fillersOpen: z
        .number()
        .int()
        .describe('Probable fillers not reviewed yet; dismissed ones are left out'),
    }) satisfies z.ZodType<DeliverySummary>,
)
export type DeliverySummaryView = z.infer<typeof deliverySummarySchema>
