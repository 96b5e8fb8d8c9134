import { z } from 'zod'
import { debriefContentSchema, interviewSchema } from './interviews'
import { lazySchema } from './lazy-schema'
import { mockInterviewListItemSchema, mockInterviewSchema } from './mock-interviews'
import { moodEntrySchema, progressSeriesSchema } from './progress'
import { reboundSchema } from './rebounds'
import { attemptSchema, cardSchema } from './rehearsal'
import { receivedLinkSchema } from './sharing'

/**
 * What someone who received a link reads through it (issue 17): read-only views of what the link
 * shares. The application's own notes are never among them.
 */

const id = lazySchema(() => z.string().min(1).max(64))

export const sharedLinkParamsSchema = lazySchema(() => z.object({ id }))
export const sharedInterviewParamsSchema = lazySchema(() => z.object({ id, interviewId: id }))
export const sharedMockParamsSchema = lazySchema(() => z.object({ id, mockId: id }))
export const sharedAttemptParamsSchema = lazySchema(() => z.object({ id, attemptId: id }))

/** An interview as a link shows it: the interview, the company and role applied for. */
export const sharedInterviewSchema = lazySchema(() =>
  interviewSchema.extend({
    company: z.string(),
    role: z.string(),
    debrief: z
      .object({ progress: z.number().int(), updatedAt: z.string() })
      .nullable()
      .describe('null when no debrief was started'),
  }),
)
export type SharedInterview = z.infer<typeof sharedInterviewSchema>

export const sharedInterviewsResponseSchema = lazySchema(() =>
  z.object({
    link: receivedLinkSchema,
    interviews: z
      .array(sharedInterviewSchema)
      .describe('The interviews whose debriefs the link shares, newest first'),
  }),
)
export type SharedInterviews = z.infer<typeof sharedInterviewsResponseSchema>

export const sharedDebriefResponseSchema = lazySchema(() =>
  z.object({
    link: receivedLinkSchema,
    interview: sharedInterviewSchema,
    debrief: debriefContentSchema.nullable().describe('null when no debrief was started'),
  }),
)
export type SharedDebrief = z.infer<typeof sharedDebriefResponseSchema>

export const sharedRehearsalResponseSchema = lazySchema(() =>
  z.object({
    link: receivedLinkSchema,
    cards: z
      .array(
        z.object({
          card: cardSchema,
          attempts: z
            .array(attemptSchema)
            .describe('Oldest first; the best answer is `card.referenceAttemptId`'),
        }),
      )
      .describe('The questions practised at least once, most recently practised first'),
  }),
)
export type SharedRehearsal = z.infer<typeof sharedRehearsalResponseSchema>

export const sharedMockInterviewsResponseSchema = lazySchema(() =>
  z.object({
    link: receivedLinkSchema,
    sessions: z.array(mockInterviewListItemSchema).describe('Completed mock interviews only, newest first'),
  }),
)
export type SharedMockInterviews = z.infer<typeof sharedMockInterviewsResponseSchema>

export const sharedMockReportResponseSchema = lazySchema(() =>
  z.object({
    link: receivedLinkSchema,
    session: mockInterviewSchema,
  }),
)
export type SharedMockReport = z.infer<typeof sharedMockReportResponseSchema>

/**
 * Progress as a link shows it: the figures, without naming interviews (those belong to the debriefs'
 * share), and the mood log only when the link shares it.
 */
export const sharedProgressResponseSchema = lazySchema(() =>
  z.object({
    link: receivedLinkSchema,
    progress: progressSeriesSchema
      .pick({ totals: true, causes: true, stages: true, rehearsal: true, moods: true })
      .extend({
        ratings: z.object({ trends: progressSeriesSchema.shape.ratings.shape.trends }),
        lessons: progressSeriesSchema.shape.lessons.pick({
          actionsTotal: true,
          actionsDone: true,
          appliedTotal: true,
          offeredTotal: true,
        }),
      }),
  }),
)
export type SharedProgress = z.infer<typeof sharedProgressResponseSchema>

/** The mood log as a link shows it, when it shares the moods (with Progress or without it): oldest first. */
export const sharedMoodsResponseSchema = lazySchema(() =>
  z.object({
    link: receivedLinkSchema,
    moods: z.array(moodEntrySchema),
  }),
)
export type SharedMoods = z.infer<typeof sharedMoodsResponseSchema>

/**
 * A rebound plan as a link shows it: what it follows, its steps and where it stands. The mood noted
 * and the words on what was learned stay the owner's.
 */
export const sharedReboundSchema = lazySchema(() =>
  reboundSchema.pick({
    id: true,
    company: true,
    role: true,
    steps: true,
    createdAt: true,
    updatedAt: true,
    closedAt: true,
  }),
)
export type SharedRebound = z.infer<typeof sharedReboundSchema>

export const sharedReboundsResponseSchema = lazySchema(() =>
  z.object({
    link: receivedLinkSchema,
    rebounds: z
      .array(sharedReboundSchema)
      .describe('The rebound plans, newest first; `closedAt` is set once the owner closed one'),
  }),
)
export type SharedRebounds = z.infer<typeof sharedReboundsResponseSchema>

/** What the invitee opened through one of your links, newest first (the owner's view). */
export const accessLogResponseSchema = lazySchema(() =>
  z.object({
    entries: z
      .array(
        z.object({
          id: z.string(),
          resourceKind: z
            .string()
            .describe(
              '`overview`, `debrief`, `rehearsal_answer`, `rehearsal_recording`, `mock_report`, `progress`, `mood_log` or `rebound_plan`',
            ),
          resourceId: z
            .string()
            .nullable()
            .describe(
              'The item opened (an interview, a mock interview, an attempt’s recording); null for a list',
            ),
          title: z
            .string()
            .nullable()
            .describe('For a debrief: the company and role, while the interview exists'),
          openedAt: z.string(),
        }),
      )
      .describe('The newest 200 openings'),
  }),
)
export type AccessLog = z.infer<typeof accessLogResponseSchema>
