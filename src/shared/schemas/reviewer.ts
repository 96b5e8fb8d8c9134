import { z } from 'zod'
import { SHARING_ROLES } from '../../domain/sharing/links'
import { lazySchema } from './lazy-schema'

// Apart from review.ts so that Home, which shows new feedback, does not load every review schema.

export const reviewerSchema = lazySchema(() =>
  z.object({
    displayName: z.string(),
    role: z.enum(['owner', ...SHARING_ROLES]).describe('`owner`: the person whose item it is'),
  }),
)

/** What Home shows of new feedback: how much is unread, and the latest unread items. */
export const homeFeedbackSchema = lazySchema(() =>
  z.object({
    unread: z.number().int().describe('Comments, ratings and assigned questions you have not seen yet'),
    latest: z
      .array(
        z.object({
          kind: z.enum(['comment', 'rating', 'assignment']),
          id: z.string(),
          author: reviewerSchema,
          excerpt: z.string().describe('The start of the comment, the rating’s sentence or the question'),
          item: z.object({ kind: z.enum(['debrief', 'card']), id: z.string() }).nullable(),
          createdAt: z.string(),
        }),
      )
      .max(5),
  }),
)
export type HomeFeedback = z.infer<typeof homeFeedbackSchema>
