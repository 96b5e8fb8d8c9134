import { z } from 'zod'
import { CAUSES, INTERVIEW_STAGES, RATINGS } from '../../domain/debrief'
import { type DeliveryTrend, INSIGHT_KINDS, MOOD_NOTE_MAX, type ProgressSeries } from '../../domain/progress'
import { deliverySummarySchema } from './delivery-summary'
import { lazySchema } from './lazy-schema'

/** A real calendar day, "YYYY-MM-DD" ("2026-02-30" is refused). */
export const calendarDaySchema = lazySchema(() =>
  z.iso.date().refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number]
    const day = new Date(Date.UTC(y, m - 1, d))
    return day.getUTCMonth() === m - 1 && day.getUTCDate() === d && y >= 1990 && y <= 2100
  }, 'invalid_date'),
)

/** A period of days, both ends included and both optional. */
export const periodQuerySchema = lazySchema(() =>
  z
    .object({ from: calendarDaySchema.optional(), to: calendarDaySchema.optional() })
    .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'range_order', path: ['to'] }),
)

export const reportQuerySchema = lazySchema(() =>
  periodQuerySchema.and(
    z.object({ lang: z.enum(['fr', 'en']).optional().describe("Defaults to the user's language") }),
  ),
)

const ratingValues = lazySchema(() =>
  z.object(
    Object.fromEntries(RATINGS.map((r) => [r, z.number().nullable()])) as Record<
      (typeof RATINGS)[number],
      z.ZodNullable<z.ZodNumber>
    >,
  ),
)
const trendSchema = lazySchema(() =>
  z.object({ first: z.number(), last: z.number(), slope: z.number(), points: z.number().int() }).nullable(),
)
const stageSchema = lazySchema(() => z.enum(INTERVIEW_STAGES))
const causeSchema = lazySchema(() => z.enum(CAUSES))

export const moodEntrySchema = lazySchema(() =>
  z.object({
    id: z.string(),
    at: z.string(),
    mood: z.number().int().min(1).max(5),
    note: z.string(),
  }),
)

export const progressSeriesSchema = lazySchema(
  () =>
    z.object({
      totals: z.object({
        interviews: z.number().int(),
        debriefs: z.number().int(),
        attempts: z.number().int(),
      }),
      ratings: z.object({
        points: z.array(
          z.object({
            interviewId: z.string(),
            date: z.string(),
            company: z.string(),
            stage: stageSchema,
            values: ratingValues,
          }),
        ),
        trends: z.object(
          Object.fromEntries(RATINGS.map((r) => [r, trendSchema])) as Record<
            (typeof RATINGS)[number],
            typeof trendSchema
          >,
        ),
      }),
      causes: z.object({
        diagnosedInterviews: z.number().int(),
        rows: z.array(
          z.object({
            cause: causeSchema,
            count: z.number().int(),
            recent: z.number().int(),
            lastSeen: z.string().nullable(),
            interviewsSince: z.number().int(),
          }),
        ),
        months: z.array(
          z.object({
            month: z.string(),
            diagnosed: z.number().int(),
            counts: z.partialRecord(causeSchema, z.number().int()),
          }),
        ),
      }),
      stages: z.object({
        applications: z.number().int(),
        funnel: z.array(
          z.object({ stage: stageSchema, reached: z.number().int(), passed: z.number().int() }),
        ),
        months: z.array(z.object({ month: z.string(), interviews: z.number().int() })),
      }),
      rehearsal: z.object({
        attempts: z.number().int(),
        weeks: z.array(
          z.object({
            week: z.string(),
            attempts: z.number().int(),
            assertiveness: z.number().nullable(),
            fillersPer100: z.number().nullable(),
          }),
        ),
        cardsMastered: z.number().int(),
        cardsTotal: z.number().int(),
      }),
      lessons: z.object({
        actionsTotal: z.number().int(),
        actionsDone: z.number().int(),
        applied: z.array(
          z.object({
            interviewId: z.string(),
            date: z.string(),
            company: z.string(),
            offered: z.number().int(),
            applied: z.number().int(),
          }),
        ),
        appliedTotal: z.number().int(),
        offeredTotal: z.number().int(),
      }),
      moods: z.array(moodEntrySchema),
    }) satisfies z.ZodType<ProgressSeries>,
)

/** Delivery figures over time, measured on the device from spoken rehearsal attempts and mock answers. */
export const deliveryTrendSchema = lazySchema(
  () =>
    z.object({
      recordings: z.number().int(),
      fromMock: z.number().int().describe('How many of the recordings are mock interview answers'),
      weeks: z
        .array(
          z.object({
            week: z.string().describe('The Monday of the week'),
            recordings: z.number().int(),
            wpmLow: z.number().int().nullable(),
            wpmHigh: z.number().int().nullable(),
            longPausesPerMinute: z.number().nullable(),
            pitchVariationSemitones: z.number().nullable(),
          }),
        )
        .describe('Only the weeks with recordings, oldest first'),
      overall: deliverySummarySchema.nullable(),
    }) satisfies z.ZodType<DeliveryTrend>,
)

export const progressResponseSchema = lazySchema(() =>
  progressSeriesSchema.extend({
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    delivery: deliveryTrendSchema,
  }),
)
export type ProgressResponse = z.infer<typeof progressResponseSchema>

const bilingualSchema = lazySchema(() => z.object({ fr: z.string(), en: z.string() }))

export const insightSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    kind: z.enum(INSIGHT_KINDS),
    tone: z.enum(['encouraging', 'attention']),
    message: bilingualSchema,
    figures: z.record(z.string(), z.union([z.number(), z.string()])),
  }),
)
export const insightsResponseSchema = lazySchema(() => z.object({ insights: z.array(insightSchema) }))
export type Insight = z.infer<typeof insightSchema>

// Mood check-ins
export const newMoodSchema = lazySchema(() =>
  z.object({
    mood: z.number().int().min(1).max(5),
    note: z.string().trim().max(MOOD_NOTE_MAX).default(''),
  }),
)
export const moodsResponseSchema = lazySchema(() => z.object({ moods: z.array(moodEntrySchema) }))
