import { z } from 'zod'
import type { HomeView } from '../../domain/debrief'
import { lazySchema } from './lazy-schema'
import { homeFeedbackSchema } from './reviewer'

const about = { interviewId: z.string(), company: z.string(), role: z.string() }

export const nextStepSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('capture_first') }),
    z.object({ kind: z.literal('debrief_fresh'), ...about }),
    z.object({ kind: z.literal('debrief_overdue'), ...about, hoursSince: z.number().int() }),
    z.object({ kind: z.literal('debrief_continue'), ...about, progress: z.number().int() }),
    z.object({
      kind: z.literal('prepare_upcoming'),
      ...about,
      date: z.string(),
      openActions: z.number().int(),
    }),
    z.object({ kind: z.literal('rehearse_due'), count: z.number().int() }),
    z.object({ kind: z.literal('resolve_conflict'), ...about, date: z.string() }),
    z.object({ kind: z.literal('all_clear') }),
  ]),
)

const upcomingSchema = lazySchema(() =>
  z.object({
    ...about,
    date: z.string(),
    readiness: z.number().int().describe('Share of the preparation plan done, 0–100'),
    conflict: z
      .enum(['application_rejected', 'interview_rejected'])
      .nullable()
      .describe('The round is still ahead, yet its application (or itself) is marked not selected'),
  }),
)

export const homeResponseSchema = lazySchema(
  () =>
    z.object({
      next: nextStepSchema,
      overdueDebriefs: z.array(z.object({ ...about, hoursSince: z.number().int() })),
      followUps: z
        .array(z.object({ ...about, followUpAt: z.string() }))
        .describe('Feedback requests with no answer whose follow-up date has come'),
      dueCards: z.number().int().describe('Rehearsal cards due now, as in the rehearsal queue'),
      upcoming: upcomingSchema.nullable().describe('The soonest upcoming interview'),
      upcomingInterviews: z
        .array(upcomingSchema)
        .describe('Interviews to come, soonest first (five at most)'),
      awaitingAnswer: z
        .array(z.object({ ...about, date: z.string() }))
        .describe('Recent past interviews with no answer recorded yet, newest first'),
      rebound: z
        .object({
          id: z.string(),
          company: z.string(),
          kind: z.enum(['in_progress', 'check_in']),
          done: z.number().int(),
          total: z.number().int(),
          hoursLeft: z.number().int().nullable(),
        })
        .nullable()
        .describe('The open 48-hour rebound after a rejection, to follow up on'),
      reboundOffer: z
        .object({
          interviewId: z.string().nullable(),
          applicationId: z.string(),
          company: z.string(),
          role: z.string(),
        })
        .nullable()
        .describe('A recent rejection that no rebound follows yet'),
      coachFeedback: homeFeedbackSchema.describe('New feedback from your coaches and partners'),
    }) satisfies z.ZodType<
      HomeView & {
        dueCards: number
        followUps: unknown[]
        upcoming: unknown
        upcomingInterviews: unknown[]
        awaitingAnswer: unknown[]
        rebound: unknown
        reboundOffer: unknown
      }
    >,
)
export type HomeResponse = z.infer<typeof homeResponseSchema>
