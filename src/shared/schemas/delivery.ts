import { z } from 'zod'
import { MAX_MARKS } from '../../domain/voice/limits'
import { lazySchema } from './lazy-schema'

/** Ten minutes is the longest recording; an hour leaves room without letting nonsense in. */
const MS = lazySchema(() => z.number().int().min(0).max(3_600_000))
const markSchema = lazySchema(() => z.object({ startMs: MS, durationMs: MS }))

/** What the person made of a probable filled pause: not looked at yet, "yes, a filler", or "no". */
export const FILLER_REVIEWS = ['probable', 'confirmed', 'dismissed'] as const
export type FillerReview = (typeof FILLER_REVIEWS)[number]

/**
 * Delivery figures measured on the device from the recording itself (src/domain/voice), kept with the
 * attempt: pauses, an estimated pace range, pitch variation, phrases that fade, probable filled pauses.
 */
export const deliverySchema = lazySchema(() =>
  z
    .object({
      source: z
        .enum(['vad', 'loudness'])
        .describe('Speech found by the voice-activity detector, or by loudness'),
      durationMs: MS,
      speakingMs: MS.describe('From the first word to the last'),
      pauses: z
        .array(markSchema)
        .max(MAX_MARKS)
        .describe('Silences of half a second or more inside the answer'),
      syllables: z.number().int().min(0).max(100_000),
      syllablesPerSecond: z.number().min(0).max(20).nullable(),
      wpmLow: z.number().int().min(0).max(1000).nullable(),
      wpmHigh: z.number().int().min(0).max(1000).nullable(),
      pitchMedianHz: z.number().min(0).max(1000).nullable(),
      pitchRangeSemitones: z.number().min(0).max(100).nullable(),
      pitchVariationSemitones: z.number().min(0).max(100).nullable(),
      pitchVerdict: z.enum(['flat', 'varied']).nullable(),
      phrases: z.number().int().min(0).max(10_000),
      fadingPhrases: z.number().int().min(0).max(10_000),
      probableFillers: z
        .array(markSchema.extend({ review: z.enum(FILLER_REVIEWS) }))
        .max(MAX_MARKS)
        .describe('Probable "euh"/"um", each as the person confirmed or dismissed it'),
    })
    .strict()
    .refine((d) => d.speakingMs <= d.durationMs, { path: ['speakingMs'], message: 'invalid' })
    .refine((d) => (d.wpmLow === null) === (d.wpmHigh === null) && (d.wpmLow ?? 0) <= (d.wpmHigh ?? 0), {
      path: ['wpmHigh'],
      message: 'invalid',
    })
    .refine((d) => d.fadingPhrases <= d.phrases, { path: ['fadingPhrases'], message: 'invalid' }),
)
export type DeliveryView = z.infer<typeof deliverySchema>

// In a module of their own, for Progress, which reads them without a recording's figures.
export { type DeliverySummaryView, deliverySummarySchema } from './delivery-summary'
