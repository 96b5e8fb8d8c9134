import { z } from 'zod'
import { REBOUND_LIMITS, REBOUND_STEP_KEYS } from '../../domain/progress/rebound'
import { lazySchema } from './lazy-schema'

// Apart from progress.ts so that Home, which starts rebounds, does not load the progress schemas.

export const reboundStepSchema = lazySchema(() =>
  z
    .object({
      id: z.string().min(1).max(64),
      key: z.enum(REBOUND_STEP_KEYS).nullable(),
      text: z
        .string()
        .trim()
        .max(REBOUND_LIMITS.stepText)
        .describe(
          "Empty for a suggested step in its suggested words: its title follows the reader's language",
        ),
      done: z.boolean(),
    })
    .refine((step) => step.key !== null || step.text !== '', { message: 'required', path: ['text'] }),
)

export const reboundSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    interviewId: z.string().nullable(),
    applicationId: z.string().nullable(),
    company: z.string(),
    role: z.string(),
    mood: z.number().int().min(1).max(5).nullable(),
    learned: z.string(),
    steps: z.array(reboundStepSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
    closedAt: z.string().nullable(),
  }),
)
export type ReboundView = z.infer<typeof reboundSchema>

export const newReboundSchema = lazySchema(() =>
  z
    .object({
      interviewId: z.string().min(1).max(64).optional(),
      applicationId: z.string().min(1).max(64).optional(),
      markRejected: z
        .boolean()
        .optional()
        .describe('Record the interview as not selected first: a rejection and its rebound in one tap'),
    })
    .refine((b) => b.interviewId !== undefined || b.applicationId !== undefined, {
      message: 'required',
      path: ['interviewId'],
    })
    .refine((b) => !b.markRejected || b.interviewId !== undefined, {
      message: 'required',
      path: ['interviewId'],
    }),
)

export const reboundPatchSchema = lazySchema(() =>
  z
    .object({
      mood: z.number().int().min(1).max(5).nullable().optional(),
      learned: z.string().trim().max(REBOUND_LIMITS.learned).optional(),
      steps: z.array(reboundStepSchema).max(REBOUND_LIMITS.steps).optional(),
      closed: z.boolean().optional(),
    })
    .refine((body) => Object.keys(body).length > 0, { message: 'nothing_to_update' }),
)

export const reboundOfferSchema = lazySchema(() =>
  z.object({
    interviewId: z.string().nullable(),
    applicationId: z.string(),
    company: z.string(),
    role: z.string(),
    at: z.string(),
  }),
)

export const reboundsResponseSchema = lazySchema(() =>
  z.object({
    rebounds: z.array(reboundSchema),
    offers: z.array(reboundOfferSchema),
  }),
)
