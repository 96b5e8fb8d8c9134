import { z } from 'zod'
import { ANCHOR_KINDS, CONVERSIONS, REVIEW_LIMITS, RUBRIC_MAX, RUBRIC_MIN } from '../../domain/sharing'
import { lazySchema } from './lazy-schema'

/**
 * `feedback.json`, beside rebond.json in the export zip: what coaches and practice partners left on the
 * person's things through a sharing link, and the person's own replies (ADR 0015), readable on its own.
 * Each item names its author only as the owner sees them in the app — a display name and a role — never
 * by an e-mail address or an account id, and no link is named. Ids of the person's own rows (an
 * interview, a card, an attempt, a lesson) are those of rebond.json in the same zip.
 *
 * An import reads and checks it, counts it, and does not re-create it: the links and the people it
 * belongs to do not exist in the account it is imported into (ADR 0013, 2026-12-03). An export without
 * it (made before it existed) imports as before. Bump `version` on any change an older reader would
 * misread; an import refuses a version it does not know.
 */
export const FEEDBACK_FILE = 'feedback.json'
export const FEEDBACK_FORMAT = 'rebond-feedback'
export const FEEDBACK_VERSION = 1

const id = lazySchema(() => z.string().min(1).max(100))
const at = lazySchema(() => z.iso.datetime())
const score = lazySchema(() => z.number().int().min(RUBRIC_MIN).max(RUBRIC_MAX))

const authorSchema = lazySchema(() =>
  z
    .object({
      display_name: z.string().max(200),
      role: z.enum(['owner', 'coach', 'partner']).describe('`owner`: the person themself (a reply)'),
    })
    .describe('Who wrote it, as the app shows them: a name and a role, nothing else'),
)

export const feedbackCommentSchema = lazySchema(() =>
  z.object({
    id,
    anchor: z.object({
      kind: z.enum(ANCHOR_KINDS),
      item_id: id.describe('The interview (debrief_step, question) or the card (answer)'),
      step: z.string().max(100).describe("A debrief step's key, a replayed question's id or an attempt's id"),
    }),
    parent_id: id.nullable().describe('The comment this replies to, in this file'),
    body: z.string().min(1).max(REVIEW_LIMITS.comment),
    author: authorSchema,
    created_at: at,
    read_at: at.nullable(),
    converted_to: z
      .object({ kind: z.enum(CONVERSIONS), id: z.string().min(1).max(200) })
      .nullable()
      .describe(
        "The lesson or action of the debrief the person made of it (its id in the debrief's content)",
      ),
  }),
)

export const feedbackRatingSchema = lazySchema(() =>
  z.object({
    id,
    card_id: id,
    attempt_id: id,
    structure: score,
    clarity: score,
    results: score,
    assertiveness: score,
    note: z.string().max(REVIEW_LIMITS.ratingNote),
    author: authorSchema,
    created_at: at,
    read_at: at.nullable(),
  }),
)

export const feedbackAssignmentSchema = lazySchema(() =>
  z.object({
    card_id: id.describe('The card the question became, an ordinary card of rebond.json'),
    question: z.string().max(200_000),
    author: authorSchema,
    created_at: at,
    read_at: at.nullable(),
  }),
)

export const feedbackFileSchema = lazySchema(() =>
  z
    .object({
      format: z.literal(FEEDBACK_FORMAT),
      version: z.literal(FEEDBACK_VERSION),
      exportedAt: at,
      comments: z.array(feedbackCommentSchema),
      ratings: z.array(feedbackRatingSchema),
      assignments: z.array(feedbackAssignmentSchema),
    })
    .meta({
      title: 'RebondFeedbackExport',
      description: 'feedback.json: what coaches and partners left through sharing links, with the replies',
    }),
)

export type FeedbackFile = z.infer<typeof feedbackFileSchema>
