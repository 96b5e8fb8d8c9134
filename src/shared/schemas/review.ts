import { z } from 'zod'
import { LIMITS as DEBRIEF_LIMITS } from '../../domain/debrief/types'
import { ANCHOR_KINDS, CONVERSIONS, REVIEW_LIMITS, RUBRIC_MAX, RUBRIC_MIN } from '../../domain/sharing'
import { languageSchema } from './common'
import { lazySchema } from './lazy-schema'
import { reviewerSchema } from './reviewer'

export { type HomeFeedback, homeFeedbackSchema, reviewerSchema } from './reviewer'

const id = lazySchema(() => z.string().min(1).max(64))

/** Text only: kept as typed, shown as text, never as markup. */
const commentBody = lazySchema(() => z.string().trim().min(1).max(REVIEW_LIMITS.comment))

export const anchorSchema = lazySchema(() =>
  z
    .object({
      kind: z
        .enum(ANCHOR_KINDS)
        .describe('`debrief_step` and `question` sit on a debrief, `answer` on a card'),
      id: id.describe('The item: the interview (debrief anchors) or the card (answers)'),
      step: id.describe("The part: a debrief step's key, a replayed question's id, or an attempt's id"),
    })
    .describe('Where a comment sits'),
)
export type AnchorInput = z.infer<typeof anchorSchema>

export const newCommentSchema = lazySchema(() =>
  z
    .object({
      anchor: anchorSchema.optional().describe('Where the comment sits; omit it to reply (with `parentId`)'),
      parentId: id.optional().describe('The comment this replies to; the reply sits where it does'),
      body: commentBody.describe(`The comment, text only, ${REVIEW_LIMITS.comment} characters at most`),
    })
    .refine((c) => c.anchor !== undefined || c.parentId !== undefined, {
      message: 'required',
      path: ['anchor'],
    }),
)
export type NewComment = z.infer<typeof newCommentSchema>

export const replySchema = lazySchema(() =>
  z.object({
    parentId: id.describe('The comment you reply to'),
    body: commentBody,
  }),
)
export type Reply = z.infer<typeof replySchema>

const score = lazySchema(() => z.number().int().min(RUBRIC_MIN).max(RUBRIC_MAX))

export const newRatingSchema = lazySchema(() =>
  z.object({
    cardId: id,
    attemptId: id,
    structure: score.describe('How the answer is built (situation, task, action, result)'),
    clarity: score,
    results: score.describe('Whether it says what came of it, with figures'),
    assertiveness: score,
    note: z
      .string()
      .trim()
      .max(REVIEW_LIMITS.ratingNote)
      .default('')
      .describe(`One sentence, ${REVIEW_LIMITS.ratingNote} characters at most`),
  }),
)
export type NewRating = z.infer<typeof newRatingSchema>

export const newAssignmentSchema = lazySchema(() =>
  z.object({
    question: z.string().trim().min(1).max(REVIEW_LIMITS.assignedQuestion),
    interviewId: id
      .optional()
      .describe('The interview the question prepares for (its debrief must be shared)'),
    lang: languageSchema.optional().describe("The question's language; the owner's by default"),
  }),
)
export type NewAssignment = z.infer<typeof newAssignmentSchema>

export const markReadSchema = lazySchema(() =>
  z.object({
    commentIds: z.array(id).max(REVIEW_LIMITS.markRead).default([]),
    ratingIds: z.array(id).max(REVIEW_LIMITS.markRead).default([]),
    cardIds: z
      .array(id)
      .max(REVIEW_LIMITS.markRead)
      .default([])
      .describe('Assigned questions, by their card'),
  }),
)
export type MarkRead = z.infer<typeof markReadSchema>

export const convertCommentSchema = lazySchema(() =>
  z.discriminatedUnion('to', [
    z.object({
      commentId: id,
      to: z.literal('lesson'),
      text: z.string().trim().min(1).max(DEBRIEF_LIMITS.lesson).optional().describe('The comment by default'),
    }),
    z.object({
      commentId: id,
      to: z.literal('action'),
      lessonId: id.describe('The lesson of the debrief the action belongs to'),
      text: z.string().trim().min(1).max(DEBRIEF_LIMITS.action).optional().describe('The comment by default'),
    }),
  ]),
)
export type ConvertComment = z.infer<typeof convertCommentSchema>

export const feedbackItemQuerySchema = lazySchema(() =>
  z
    .object({
      interviewId: id.optional().describe("A debrief's comments (by its interview)"),
      cardId: id.optional().describe("A card's comments and ratings"),
    })
    .describe('Leave both out for everything'),
)

export const commentSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    linkId: z.string(),
    author: reviewerSchema,
    mine: z.boolean().describe('Whether you wrote it'),
    anchor: z.object({ kind: z.enum(ANCHOR_KINDS), id: z.string(), step: z.string() }),
    parentId: z.string().nullable(),
    body: z.string().describe('Text only'),
    createdAt: z.string(),
    readAt: z.string().nullable().describe('When the owner saw it'),
    convertedTo: z
      .object({ kind: z.enum(CONVERSIONS), id: z.string() })
      .nullable()
      .describe('The lesson or action the owner made of it'),
  }),
)
export type CommentView = z.infer<typeof commentSchema>

export const ratingSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    linkId: z.string(),
    author: reviewerSchema,
    cardId: z.string(),
    attemptId: z.string(),
    structure: z.number(),
    clarity: z.number(),
    results: z.number(),
    assertiveness: z.number(),
    mean: z.number(),
    note: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  }),
)
export type RatingView = z.infer<typeof ratingSchema>

export const assignmentSchema = lazySchema(() =>
  z.object({
    cardId: z.string(),
    linkId: z.string(),
    author: reviewerSchema,
    question: z.string(),
    interviewId: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  }),
)
export type AssignmentView = z.infer<typeof assignmentSchema>

export const feedbackListSchema = lazySchema(() =>
  z.object({
    comments: z.array(commentSchema).describe('Oldest first'),
    ratings: z.array(ratingSchema).describe('Newest first'),
    assignments: z.array(assignmentSchema).describe('Newest first'),
  }),
)
export type FeedbackList = z.infer<typeof feedbackListSchema>

export const commentResponseSchema = lazySchema(() => z.object({ comment: commentSchema }))
export const ratingResponseSchema = lazySchema(() => z.object({ rating: ratingSchema }))
export const assignmentResponseSchema = lazySchema(() => z.object({ assignment: assignmentSchema }))
export const convertedResponseSchema = lazySchema(() =>
  z.object({
    comment: commentSchema,
    interviewId: z.string().describe('The debrief that now holds the lesson or action'),
  }),
)
