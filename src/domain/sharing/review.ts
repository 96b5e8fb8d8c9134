/**
 * What a coach or a practice partner leaves on what is shared with them (issue 17, ADR 0015):
 * comments anchored on a part of an item, ratings of a rehearsal answer on a four-criterion rubric,
 * and questions a coach assigns to the owner's deck. Pure.
 */
import { DEBRIEF_STEPS, type DebriefStep } from '../debrief/taxonomy'
import type { Action, Resource } from './policy'

/** Length limits, shown in the UI and enforced by the API. */
export const REVIEW_LIMITS = {
  /** A comment or a reply: text only. */
  comment: 2000,
  /** The sentence that goes with a rating. */
  ratingNote: 300,
  /** A question a coach assigns. */
  assignedQuestion: 1000,
  /** Comments marked read at once. */
  markRead: 200,
} as const

/**
 * Where a comment sits. Each anchor names its item (`anchorId`) and the part of it (`anchorStep`):
 * - `debrief_step`: a step of an interview's debrief; item: the interview, part: the step;
 * - `question`: a replayed question of an interview's debrief; item: the interview, part: the question's id;
 * - `answer`: a rehearsal answer; item: the card, part: the attempt's id.
 */
export const ANCHOR_KINDS = ['debrief_step', 'question', 'answer'] as const
export type AnchorKind = (typeof ANCHOR_KINDS)[number]

export type Anchor = { kind: AnchorKind; id: string; step: string }

/** The items comments sit on: a debrief (by its interview) or a rehearsal card. */
export type ItemKind = 'debrief' | 'card'

export const ITEM_OF_ANCHOR: Record<AnchorKind, ItemKind> = {
  debrief_step: 'debrief',
  question: 'debrief',
  answer: 'card',
}

/** The anchors that exist on each kind of item. */
export const ANCHORS_OF_ITEM: Record<ItemKind, readonly AnchorKind[]> = {
  debrief: ['debrief_step', 'question'],
  card: ['answer'],
}

/** Whether the part of an anchor is well formed (a debrief step must be one of the steps). */
export function isAnchorStepValid(kind: AnchorKind, step: string): boolean {
  if (step.length === 0 || step.length > 64) return false
  return kind === 'debrief_step' ? (DEBRIEF_STEPS as readonly string[]).includes(step) : true
}

export const isDebriefStep = (step: string): step is DebriefStep =>
  (DEBRIEF_STEPS as readonly string[]).includes(step)

/** The resource the access policy is asked about for an anchor of `ownerId`'s. */
export function anchorResource(anchor: Pick<Anchor, 'kind' | 'id'>, ownerId: string): Resource {
  return ITEM_OF_ANCHOR[anchor.kind] === 'debrief'
    ? { kind: 'debrief', ownerId, id: anchor.id }
    : { kind: 'rehearsal_answer', ownerId }
}

/**
 * The resource an assigned question is checked against: tied to an interview, that interview's
 * debrief must be shared; otherwise the rehearsal answers (the coach sees the deck it lands in).
 */
export function assignmentResource(ownerId: string, interviewId: string | null): Resource {
  return interviewId === null
    ? { kind: 'rehearsal_answer', ownerId }
    : { kind: 'debrief', ownerId, id: interviewId }
}

/** What each review operation asks of the policy. */
export const REVIEW_ACTION = {
  comment: 'comment',
  rate: 'rate',
  assign: 'assign',
} as const satisfies Record<string, Action>

/** The rubric a coach rates an answer on, each criterion 1 to 5. */
export const RUBRIC_CRITERIA = ['structure', 'clarity', 'results', 'assertiveness'] as const
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number]
export const RUBRIC_MIN = 1
export const RUBRIC_MAX = 5

export type RubricScores = Record<RubricCriterion, number>

export const isRubricScore = (n: number): boolean => Number.isInteger(n) && n >= RUBRIC_MIN && n <= RUBRIC_MAX

/** The mean of the four criteria, to one decimal; null when a score is out of the scale. */
export function rubricMean(scores: RubricScores): number | null {
  const values = RUBRIC_CRITERIA.map((c) => scores[c])
  if (!values.every(isRubricScore)) return null
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10
}

/** Why a comment's text is refused: nothing to say, or too long. Text only: it is never rendered as markup. */
export type CommentProblem = 'empty' | 'too_long'

/** Checks a comment's text as it will be kept (trimmed). */
export function checkCommentBody(body: string, max: number = REVIEW_LIMITS.comment): CommentProblem | null {
  const text = body.trim()
  if (text.length === 0) return 'empty'
  if (text.length > max) return 'too_long'
  return null
}

/**
 * Replies are one level deep: a reply hangs on the comment that opened the thread, so replying to
 * a reply hangs on that reply's parent.
 */
export const threadRootId = (comment: { id: string; parentId: string | null }): string =>
  comment.parentId ?? comment.id

/** What a comment can become in the owner's own material: a lesson of the debrief, or an action of one of its lessons. */
export const CONVERSIONS = ['lesson', 'action'] as const
export type Conversion = (typeof CONVERSIONS)[number]

/** A comment can be turned into something once, by its owner, and not their own comments or replies they wrote. */
export function mayConvert(
  comment: { ownerId: string; authorId: string; convertedTo: unknown },
  actorId: string,
): boolean {
  return comment.ownerId === actorId && comment.authorId !== actorId && comment.convertedTo === null
}
