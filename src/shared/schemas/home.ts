import { z } from 'zod'
import type { HomeView } from '../../domain/debrief'

const about = { interviewId: z.string(), company: z.string(), role: z.string() }

export const nextStepSchema = z.discriminatedUnion('kind', [
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
  z.object({ kind: z.literal('all_clear') }),
])

export const homeResponseSchema = z.object({
  next: nextStepSchema,
  overdueDebriefs: z.array(z.object({ ...about, hoursSince: z.number().int() })),
  followUps: z
    .array(z.object({ ...about, followUpAt: z.string() }))
    .describe('Feedback requests with no answer whose follow-up date has come'),
  upcoming: z
    .object({
      ...about,
      date: z.string(),
      readiness: z.number().int().describe('Share of the preparation plan done, 0–100'),
    })
    .nullable()
    .describe('The soonest upcoming interview'),
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
}) satisfies z.ZodType<
  HomeView & { followUps: unknown[]; upcoming: unknown; rebound: unknown; reboundOffer: unknown }
>
export type HomeResponse = z.infer<typeof homeResponseSchema>
