import { z } from 'zod'
import { FEEDBACK_STATUSES } from '../../domain/feedback'
import { languageSchema, oneLine } from './common'
import { dateTimeSchema, outcomeSchema } from './interview-basics'
import { lazySchema } from './lazy-schema'

const bilingual = lazySchema(() => z.object({ fr: z.string(), en: z.string() }))

export const FEEDBACK_LIMITS = { subject: 300, body: 10_000, feedbackText: 20_000, recipient: 254 } as const

export const feedbackRequestSchema = lazySchema(() =>
  z.object({
    status: z.enum(FEEDBACK_STATUSES),
    stage: z
      .enum([...FEEDBACK_STATUSES, 'follow_up_due'])
      .describe('status, or follow_up_due when the reminder date has come'),
    askedAt: z.string().nullable(),
    followUpAt: z.string().nullable(),
    tone: z.enum(['formal', 'warm']),
    lang: languageSchema,
    recipient: z.string(),
    subject: z.string(),
    body: z.string(),
    feedbackText: z.string(),
    receivedAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  }),
)
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>

export const feedbackResponseSchema = lazySchema(() =>
  z.object({
    request: feedbackRequestSchema,
    advice: z.object({
      expectation: z.enum(['rare', 'possible', 'likely']),
      expectationText: bilingual,
      askWithinDays: z.number().int(),
      askBy: z.string().describe('Interview date + askWithinDays'),
      style: z.enum(['short', 'detailed']),
      points: z.array(bilingual),
    }),
    values: z
      .object({
        company: z.string(),
        role: z.string(),
        interviewer: z.string(),
        date: bilingual,
        name: z.string(),
        outcome: outcomeSchema.describe(
          'What the interview came to: it picks the lines of the message that depend on it',
        ),
      })
      .describe('What the templates are filled with; an empty value is asked for'),
  }),
)
export type FeedbackResponse = z.infer<typeof feedbackResponseSchema>

export const saveFeedbackBodySchema = lazySchema(() =>
  z
    .object({
      status: z.enum(FEEDBACK_STATUSES),
      askedAt: dateTimeSchema.nullable(),
      followUpAt: dateTimeSchema.nullable(),
      tone: z.enum(['formal', 'warm']),
      lang: languageSchema,
      recipient: z.union([z.literal(''), z.email().max(FEEDBACK_LIMITS.recipient)]),
      subject: oneLine(z.string().max(FEEDBACK_LIMITS.subject)),
      body: z.string().max(FEEDBACK_LIMITS.body),
      feedbackText: z.string().max(FEEDBACK_LIMITS.feedbackText),
    })
    .partial()
    .refine((b) => Object.keys(b).length > 0, { message: 'nothing_to_update' }),
)
export type SaveFeedbackBody = z.infer<typeof saveFeedbackBodySchema>

export const followUpsResponseSchema = lazySchema(() =>
  z.object({
    followUps: z.array(
      z.object({ interviewId: z.string(), company: z.string(), role: z.string(), followUpAt: z.string() }),
    ),
  }),
)
