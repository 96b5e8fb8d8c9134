import type { DebriefContent } from '../../../domain/debrief'
import { LIMITS as DEBRIEF_LIMITS } from '../../../domain/debrief/types'
import type { Lang } from '../../../domain/language'
import { newSchedule } from '../../../domain/rehearsal/scheduling'
import {
  type Action,
  type Anchor,
  anchorResource,
  assignmentResource,
  decideAccess,
  isAnchorStepValid,
  mayConvert,
  type Resource,
  rubricMean,
  threadRootId,
} from '../../../domain/sharing'
import type {
  AssignmentView,
  CommentView,
  ConvertComment,
  FeedbackList,
  HomeFeedback,
  MarkRead,
  NewAssignment,
  NewComment,
  NewRating,
  RatingView,
  Reply,
} from '../../../shared/schemas/review'
import { validationMessage } from '../../../shared/validation-messages'
import { ApiError } from '../../errors'
import type { Repositories } from '../../repositories'
import type { SharingLinkRecord } from '../../repositories/sharing.repository'
import type {
  AssignmentRecord,
  CommentRecord,
  FeedbackItem,
  RatingRecord,
} from '../../repositories/sharing-reviews.repository'
import { newId } from '../../security/tokens'
import type { ServiceContext } from '../context'
import { saveDebrief } from '../debriefs/save-debrief'

const commentView = (record: CommentRecord, viewerId: string): CommentView => ({
  id: record.id,
  linkId: record.linkId,
  author: record.author,
  mine: record.authorId === viewerId,
  anchor: record.anchor,
  parentId: record.parentId,
  body: record.body,
  createdAt: record.createdAt,
  readAt: record.readAt,
  convertedTo: record.convertedTo,
})

const ratingView = (record: RatingRecord): RatingView => {
  const { ownerId: _owner, ...rest } = record
  return { ...rest, mean: rubricMean(record) ?? 0 }
}

const assignmentView = (record: AssignmentRecord): AssignmentView => record

const listView = (
  list: Awaited<ReturnType<Repositories['sharingReviews']['list']>>,
  viewerId: string,
): FeedbackList => ({
  comments: list.comments.map((c) => commentView(c, viewerId)),
  ratings: list.ratings.map(ratingView),
  assignments: list.assignments.map(assignmentView),
})

/**
 * The active link made to `actorId` that lets them do `action` to `resource`; 404 otherwise, whether
 * the link does not exist, is someone else's, has ended, or does not share it (ADR 0014).
 */
async function allowedLink(
  repositories: Repositories,
  actorId: string,
  linkId: string,
  action: Action,
  resource: (ownerId: string) => Resource,
): Promise<SharingLinkRecord> {
  const link = await repositories.sharing.findReceived(actorId, linkId)
  if (!link) throw new ApiError('not_found')
  const decision = decideAccess(actorId, action, resource(link.ownerId), [link])
  if (!decision.allowed || decision.as === 'owner') throw new ApiError('not_found')
  return link
}

/** Whether the anchor names something that exists among the owner's things. */
async function anchorExists(repositories: Repositories, ownerId: string, anchor: Anchor): Promise<boolean> {
  if (!isAnchorStepValid(anchor.kind, anchor.step)) return false
  if (anchor.kind === 'answer') {
    const attempt = await repositories.attempts.find(ownerId, anchor.step)
    return attempt !== undefined && attempt.cardId === anchor.id
  }
  const debrief = await repositories.debriefs.find(ownerId, anchor.id)
  if (!debrief) return false
  return anchor.kind === 'debrief_step' || debrief.content.questions.some((q) => q.id === anchor.step)
}

/**
 * A coach or a partner comments on an anchor of what a link shares, or replies in a thread of that
 * link. 404 when the link, the share, the anchor or the thread is not theirs to see.
 */
export async function commentAsInvitee(
  { repositories, now }: ServiceContext,
  actorId: string,
  linkId: string,
  input: NewComment,
): Promise<CommentView> {
  const link = await repositories.sharing.findReceived(actorId, linkId)
  if (!link) throw new ApiError('not_found')
  let anchor: Anchor
  let parentId: string | null = null
  if (input.parentId !== undefined) {
    const parent = await repositories.sharingReviews.findForLink(link.id, input.parentId)
    if (!parent) throw new ApiError('not_found')
    anchor = parent.anchor
    parentId = threadRootId(parent)
  } else if (input.anchor) {
    anchor = input.anchor
  } else {
    throw new ApiError('not_found')
  }
  await allowedLink(repositories, actorId, link.id, 'comment', (ownerId) => anchorResource(anchor, ownerId))
  if (!(await anchorExists(repositories, link.ownerId, anchor))) throw new ApiError('not_found')
  const created = await repositories.sharingReviews.insertComment({
    id: newId(),
    linkId: link.id,
    ownerId: link.ownerId,
    authorId: actorId,
    anchor,
    parentId,
    body: input.body,
    createdAt: now().toISOString(),
  })
  if (!created) throw new ApiError('not_found')
  return commentView(created, actorId)
}

/**
 * The owner replies to a comment left on their things. The thread's link must still be active (no
 * one else would read it otherwise): 404 when it ended, as for a comment that is not theirs.
 */
export async function replyAsOwner(
  { repositories, now }: ServiceContext,
  ownerId: string,
  input: Reply,
): Promise<CommentView> {
  const parent = await repositories.sharingReviews.findForOwner(ownerId, input.parentId)
  if (!parent) throw new ApiError('not_found')
  const link = await repositories.sharing.findForSide(ownerId, parent.linkId)
  if (!link || link.endedAt !== null) throw new ApiError('not_found')
  const created = await repositories.sharingReviews.insertComment({
    id: newId(),
    linkId: parent.linkId,
    ownerId,
    authorId: ownerId,
    anchor: parent.anchor,
    parentId: threadRootId(parent),
    body: input.body,
    createdAt: now().toISOString(),
  })
  if (!created) throw new ApiError('not_found')
  return commentView(created, ownerId)
}

/** A coach rates a rehearsal answer of what the link shares; rating it again replaces the rating. */
export async function rateAnswer(
  { repositories, now }: ServiceContext,
  actorId: string,
  linkId: string,
  input: NewRating,
): Promise<RatingView> {
  const link = await allowedLink(repositories, actorId, linkId, 'rate', (ownerId) =>
    anchorResource({ kind: 'answer', id: input.cardId }, ownerId),
  )
  const attempt = await repositories.attempts.find(link.ownerId, input.attemptId)
  if (!attempt || attempt.cardId !== input.cardId) throw new ApiError('not_found')
  const { structure, clarity, results, assertiveness } = input
  const rating = await repositories.sharingReviews.upsertRating({
    id: newId(),
    linkId: link.id,
    ownerId: link.ownerId,
    authorId: actorId,
    cardId: input.cardId,
    attemptId: input.attemptId,
    scores: { structure, clarity, results, assertiveness },
    note: input.note,
    createdAt: now().toISOString(),
  })
  if (!rating) throw new ApiError('not_found')
  return ratingView(rating)
}

/**
 * A coach puts a question in the owner's rehearsal deck, due now: an ordinary card of the owner's
 * (theirs to edit or delete), and a row saying who assigned it (ADR 0015).
 */
export async function assignQuestion(
  context: ServiceContext,
  actorId: string,
  linkId: string,
  input: NewAssignment,
): Promise<AssignmentView> {
  const { repositories, now } = context
  const interviewId = input.interviewId ?? null
  const link = await allowedLink(repositories, actorId, linkId, 'assign', (ownerId) =>
    assignmentResource(ownerId, interviewId),
  )
  if (interviewId !== null && !(await repositories.interviews.find(link.ownerId, interviewId)))
    throw new ApiError('not_found')
  const owner = await repositories.users.findById(link.ownerId)
  if (!owner) throw new ApiError('not_found')
  const at = now()
  const assignment = await context.transaction(async (tx) => {
    const card = await tx.cards.insert(owner.id, {
      id: newId(),
      source: 'own',
      bankKey: null,
      interviewId,
      debriefQuestionId: null,
      lang: input.lang ?? owner.language,
      category: 'situational',
      question: input.question,
      hint: '',
      schedule: newSchedule(at),
      createdAt: at.toISOString(),
    })
    if (!card) throw new ApiError('conflict')
    return tx.sharingReviews.insertAssignment({
      cardId: card.id,
      linkId: link.id,
      ownerId: owner.id,
      authorId: actorId,
      createdAt: at.toISOString(),
    })
  })
  if (!assignment) throw new ApiError('not_found')
  return assignmentView(assignment)
}

/** What coaches and partners left on the owner's things (and the owner's replies), maybe for one item. */
export async function feedbackForOwner(
  { repositories }: ServiceContext,
  ownerId: string,
  item: FeedbackItem,
): Promise<FeedbackList> {
  return listView(await repositories.sharingReviews.list({ ownerId }, item), ownerId)
}

/** One link's thread, for its invitee while it is active: what they left and the owner's replies. */
export async function feedbackForInvitee(
  { repositories }: ServiceContext,
  actorId: string,
  linkId: string,
  item: FeedbackItem,
): Promise<FeedbackList> {
  const link = await repositories.sharing.findReceived(actorId, linkId)
  if (!link) throw new ApiError('not_found')
  return listView(await repositories.sharingReviews.list({ linkId: link.id }, item), actorId)
}

export async function markFeedbackRead(
  { repositories, now }: ServiceContext,
  ownerId: string,
  input: MarkRead,
): Promise<void> {
  await repositories.sharingReviews.markRead(ownerId, input, now().toISOString())
}

/** The debrief a comment belongs to: its anchor's interview, or for an answer its card's interview. */
async function debriefOf(repositories: Repositories, comment: CommentRecord): Promise<string | null> {
  if (comment.anchor.kind !== 'answer') return comment.anchor.id
  const card = await repositories.cards.find(comment.ownerId, comment.anchor.id)
  return card?.interviewId ?? null
}

const withConversion = (
  content: DebriefContent,
  input: ConvertComment,
  text: string,
  newItemId: string,
  lang: Lang,
): DebriefContent => {
  if (input.to === 'lesson') {
    if (content.lessons.length >= DEBRIEF_LIMITS.lessons)
      throw new ApiError('validation_failed', {
        to: validationMessage('too_big', lang).replace('{n}', String(DEBRIEF_LIMITS.lessons)),
      })
    return { ...content, lessons: [...content.lessons, { id: newItemId, text, actions: [] }] }
  }
  const lesson = content.lessons.find((l) => l.id === input.lessonId)
  if (!lesson)
    throw new ApiError('validation_failed', { lessonId: validationMessage('invalid_choice', lang) })
  if (lesson.actions.length >= DEBRIEF_LIMITS.actionsPerLesson)
    throw new ApiError('validation_failed', {
      lessonId: validationMessage('too_big', lang).replace('{n}', String(DEBRIEF_LIMITS.actionsPerLesson)),
    })
  return {
    ...content,
    lessons: content.lessons.map((l) =>
      l.id === lesson.id
        ? {
            ...l,
            actions: [...l.actions, { id: newItemId, text, status: 'open', checkBeforeNext: false }],
          }
        : l,
    ),
  }
}

/**
 * The owner turns a comment someone left into a lesson of the debrief it sits on (an answer's comment:
 * the debrief of the card's interview), or into an action of one of its lessons. Once per comment.
 */
export async function convertComment(
  context: ServiceContext,
  owner: { id: string; language: Lang },
  input: ConvertComment,
  lang: Lang,
): Promise<{ comment: CommentView; interviewId: string }> {
  const { repositories } = context
  const comment = await repositories.sharingReviews.findForOwner(owner.id, input.commentId)
  if (!comment) throw new ApiError('not_found')
  if (!mayConvert(comment, owner.id)) {
    if (comment.convertedTo !== null) throw new ApiError('conflict')
    throw new ApiError('validation_failed', { commentId: validationMessage('invalid_choice', lang) })
  }
  const text = (input.text ?? comment.body).trim()
  const max = input.to === 'lesson' ? DEBRIEF_LIMITS.lesson : DEBRIEF_LIMITS.action
  if (text.length > max)
    throw new ApiError('validation_failed', {
      text: validationMessage('too_long', lang).replace('{n}', String(max)),
    })
  const interviewId = await debriefOf(repositories, comment)
  const stored = interviewId === null ? undefined : await repositories.debriefs.find(owner.id, interviewId)
  if (interviewId === null || !stored)
    throw new ApiError('validation_failed', { to: validationMessage('invalid_choice', lang) })

  const itemId = newId()
  // Claimed first, so that two clicks make one lesson; given back if the debrief cannot be saved.
  if (
    !(await repositories.sharingReviews.markConverted(owner.id, comment.id, { kind: input.to, id: itemId }))
  )
    throw new ApiError('conflict')
  try {
    let current = stored
    // The debrief may be saved from another tab meanwhile: retried on its latest version.
    for (let tries = 0; ; tries++) {
      const content = withConversion(current.content, input, text, itemId, lang)
      const result = await saveDebrief(context, owner, interviewId, current.version, content)
      if (result.saved) break
      if (!result.current || tries >= 2) throw new ApiError('conflict')
      current = result.current
    }
  } catch (error) {
    await repositories.sharingReviews.unmarkConverted(owner.id, comment.id)
    throw error
  }
  const converted = await repositories.sharingReviews.findForOwner(owner.id, comment.id)
  if (!converted) throw new ApiError('not_found')
  return { comment: commentView(converted, owner.id), interviewId }
}

const excerpt = (text: string, max = 140): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`

/** Home's "new feedback from your coach": how much is unread, and the latest few. */
export async function homeFeedback({ repositories }: ServiceContext, ownerId: string): Promise<HomeFeedback> {
  const unread = await repositories.sharingReviews.unread(ownerId, 5)
  const latest: HomeFeedback['latest'] = [
    ...unread.comments.map((c) => ({
      kind: 'comment' as const,
      id: c.id,
      author: c.author,
      excerpt: excerpt(c.body),
      item: { kind: c.anchor.kind === 'answer' ? ('card' as const) : ('debrief' as const), id: c.anchor.id },
      createdAt: c.createdAt,
    })),
    ...unread.ratings.map((r) => ({
      kind: 'rating' as const,
      id: r.id,
      author: r.author,
      excerpt: excerpt(r.note),
      item: { kind: 'card' as const, id: r.cardId },
      createdAt: r.createdAt,
    })),
    ...unread.assignments.map((a) => ({
      kind: 'assignment' as const,
      id: a.cardId,
      author: a.author,
      excerpt: excerpt(a.question),
      item: { kind: 'card' as const, id: a.cardId },
      createdAt: a.createdAt,
    })),
  ]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
    .slice(0, 5)
  return { unread: unread.count, latest }
}
