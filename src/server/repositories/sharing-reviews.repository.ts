import type { Kysely } from 'kysely'
import type { AnchorKind, Conversion } from '../../domain/sharing'
import type { Database } from '../db/schema'

type Role = 'owner' | 'coach' | 'partner'

/** A comment as kept, with its author's name and role on the link. */
export type CommentRecord = {
  id: string
  linkId: string
  ownerId: string
  authorId: string
  author: { displayName: string; role: Role }
  anchor: { kind: AnchorKind; id: string; step: string }
  parentId: string | null
  body: string
  createdAt: string
  readAt: string | null
  convertedTo: { kind: Conversion; id: string } | null
}

export type RatingRecord = {
  id: string
  linkId: string
  ownerId: string
  author: { displayName: string; role: Role }
  cardId: string
  attemptId: string
  structure: number
  clarity: number
  results: number
  assertiveness: number
  note: string
  createdAt: string
  readAt: string | null
}

export type AssignmentRecord = {
  cardId: string
  linkId: string
  author: { displayName: string; role: Role }
  question: string
  interviewId: string | null
  createdAt: string
  readAt: string | null
}

export type NewCommentRow = {
  id: string
  linkId: string
  ownerId: string
  authorId: string
  anchor: { kind: AnchorKind; id: string; step: string }
  parentId: string | null
  body: string
  createdAt: string
}

export type NewRatingRow = {
  id: string
  linkId: string
  ownerId: string
  authorId: string
  cardId: string
  attemptId: string
  scores: { structure: number; clarity: number; results: number; assertiveness: number }
  note: string
  createdAt: string
}

/** Which comments, ratings and assignments a list covers: an owner's, or one link's; optionally one item. */
export type FeedbackScope = { ownerId: string } | { linkId: string }
export type FeedbackItem = { interviewId?: string | undefined; cardId?: string | undefined }

const roleOf = (authorId: string, ownerId: string, linkRole: 'coach' | 'partner'): Role =>
  authorId === ownerId ? 'owner' : linkRole

const parseConversion = (value: string | null): CommentRecord['convertedTo'] => {
  if (value === null) return null
  const [kind, ...rest] = value.split(':')
  return kind === 'lesson' || kind === 'action' ? { kind, id: rest.join(':') } : null
}

/**
 * Comments, ratings and assigned questions between people and their coaches or partners (ADR 0015).
 * Every query is scoped by the owner of the items, by the link, or by the author; the service has
 * asked the access policy before anything is written.
 */
export function createSharingReviewsRepository(db: Kysely<Database>) {
  const comments = () =>
    db
      .selectFrom('sharing_comments as c')
      .innerJoin('sharing_links as l', 'l.id', 'c.link_id')
      .innerJoin('users as u', 'u.id', 'c.author_id')
      .selectAll('c')
      .select(['l.role as link_role', 'u.display_name as author_name'])

  type CommentRow = Awaited<ReturnType<ReturnType<typeof comments>['execute']>>[number]
  const toComment = (row: CommentRow): CommentRecord => ({
    id: row.id,
    linkId: row.link_id,
    ownerId: row.owner_id,
    authorId: row.author_id,
    author: { displayName: row.author_name, role: roleOf(row.author_id, row.owner_id, row.link_role) },
    anchor: { kind: row.anchor_kind, id: row.anchor_id, step: row.anchor_step ?? '' },
    parentId: row.parent_id,
    body: row.body,
    createdAt: row.created_at,
    readAt: row.read_at,
    convertedTo: parseConversion(row.converted_to),
  })

  const ratings = () =>
    db
      .selectFrom('sharing_ratings as r')
      .innerJoin('sharing_links as l', 'l.id', 'r.link_id')
      .innerJoin('users as u', 'u.id', 'r.author_id')
      .selectAll('r')
      .select(['l.role as link_role', 'u.display_name as author_name'])
  type RatingRow = Awaited<ReturnType<ReturnType<typeof ratings>['execute']>>[number]
  const toRating = (row: RatingRow): RatingRecord => ({
    id: row.id,
    linkId: row.link_id,
    ownerId: row.owner_id,
    author: { displayName: row.author_name, role: roleOf(row.author_id, row.owner_id, row.link_role) },
    cardId: row.card_id,
    attemptId: row.attempt_id,
    structure: Number(row.structure),
    clarity: Number(row.clarity),
    results: Number(row.results),
    assertiveness: Number(row.assertiveness),
    note: row.note,
    createdAt: row.created_at,
    readAt: row.read_at,
  })

  const assignments = () =>
    db
      .selectFrom('sharing_assignments as a')
      .innerJoin('sharing_links as l', 'l.id', 'a.link_id')
      .innerJoin('users as u', 'u.id', 'a.author_id')
      .innerJoin('cards', 'cards.id', 'a.card_id')
      .selectAll('a')
      .select([
        'l.role as link_role',
        'u.display_name as author_name',
        'cards.question as question',
        'cards.interview_id as interview_id',
      ])
  type AssignmentRow = Awaited<ReturnType<ReturnType<typeof assignments>['execute']>>[number]
  const toAssignment = (row: AssignmentRow): AssignmentRecord => ({
    cardId: row.card_id,
    linkId: row.link_id,
    author: { displayName: row.author_name, role: roleOf(row.author_id, row.owner_id, row.link_role) },
    question: row.question,
    interviewId: row.interview_id,
    createdAt: row.created_at,
    readAt: row.read_at,
  })

  return {
    async insertComment(row: NewCommentRow): Promise<CommentRecord | undefined> {
      await db
        .insertInto('sharing_comments')
        .values({
          id: row.id,
          link_id: row.linkId,
          owner_id: row.ownerId,
          author_id: row.authorId,
          anchor_kind: row.anchor.kind,
          anchor_id: row.anchor.id,
          anchor_step: row.anchor.step,
          parent_id: row.parentId,
          body: row.body,
          created_at: row.createdAt,
          // What the owner writes needs no reading by the owner.
          read_at: row.authorId === row.ownerId ? row.createdAt : null,
          converted_to: null,
        })
        .execute()
      const created = await comments().where('c.id', '=', row.id).executeTakeFirst()
      return created && toComment(created)
    },

    /** A comment of the owner's items. */
    async findForOwner(ownerId: string, id: string): Promise<CommentRecord | undefined> {
      const row = await comments().where('c.id', '=', id).where('c.owner_id', '=', ownerId).executeTakeFirst()
      return row && toComment(row)
    },

    /** A comment of one link's thread. */
    async findForLink(linkId: string, id: string): Promise<CommentRecord | undefined> {
      const row = await comments().where('c.id', '=', id).where('c.link_id', '=', linkId).executeTakeFirst()
      return row && toComment(row)
    },

    /** Comments oldest first, ratings and assignments newest first, for an owner or a link, maybe one item. */
    async list(
      scope: FeedbackScope,
      item: FeedbackItem = {},
    ): Promise<{ comments: CommentRecord[]; ratings: RatingRecord[]; assignments: AssignmentRecord[] }> {
      let c = comments()
      let r = ratings()
      let a = assignments()
      if ('ownerId' in scope) {
        c = c.where('c.owner_id', '=', scope.ownerId)
        r = r.where('r.owner_id', '=', scope.ownerId)
        a = a.where('a.owner_id', '=', scope.ownerId)
      } else {
        c = c.where('c.link_id', '=', scope.linkId)
        r = r.where('r.link_id', '=', scope.linkId)
        a = a.where('a.link_id', '=', scope.linkId)
      }
      if (item.interviewId !== undefined) {
        c = c.where('c.anchor_id', '=', item.interviewId).where('c.anchor_kind', '<>', 'answer')
        a = a.where('cards.interview_id', '=', item.interviewId)
      }
      if (item.cardId !== undefined) {
        c = c.where('c.anchor_id', '=', item.cardId).where('c.anchor_kind', '=', 'answer')
        r = r.where('r.card_id', '=', item.cardId)
        a = a.where('a.card_id', '=', item.cardId)
      }
      const onlyDebrief = item.interviewId !== undefined && item.cardId === undefined
      const [commentRows, ratingRows, assignmentRows] = await Promise.all([
        c.orderBy('c.created_at').orderBy('c.id').execute(),
        onlyDebrief ? Promise.resolve([]) : r.orderBy('r.created_at', 'desc').orderBy('r.id').execute(),
        a.orderBy('a.created_at', 'desc').orderBy('a.card_id').execute(),
      ])
      return {
        comments: commentRows.map(toComment),
        ratings: ratingRows.map(toRating),
        assignments: assignmentRows.map(toAssignment),
      }
    },

    /** Marks what others left on the owner's items as seen; returns nothing, already-read stays as it was. */
    async markRead(
      ownerId: string,
      ids: { commentIds: readonly string[]; ratingIds: readonly string[]; cardIds: readonly string[] },
      now: string,
    ): Promise<void> {
      if (ids.commentIds.length > 0)
        await db
          .updateTable('sharing_comments')
          .set({ read_at: now })
          .where('owner_id', '=', ownerId)
          .where('id', 'in', [...ids.commentIds])
          .where('read_at', 'is', null)
          .execute()
      if (ids.ratingIds.length > 0)
        await db
          .updateTable('sharing_ratings')
          .set({ read_at: now })
          .where('owner_id', '=', ownerId)
          .where('id', 'in', [...ids.ratingIds])
          .where('read_at', 'is', null)
          .execute()
      if (ids.cardIds.length > 0)
        await db
          .updateTable('sharing_assignments')
          .set({ read_at: now })
          .where('owner_id', '=', ownerId)
          .where('card_id', 'in', [...ids.cardIds])
          .where('read_at', 'is', null)
          .execute()
    },

    /** Records what the owner made of a comment, once: false when it was made into something already. */
    async markConverted(ownerId: string, id: string, to: { kind: Conversion; id: string }): Promise<boolean> {
      const result = await db
        .updateTable('sharing_comments')
        .set({ converted_to: `${to.kind}:${to.id}` })
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .where('converted_to', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },

    /** Gives a conversion back when the debrief could not take it. */
    async unmarkConverted(ownerId: string, id: string): Promise<void> {
      await db
        .updateTable('sharing_comments')
        .set({ converted_to: null })
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .execute()
    },

    /** A coach's rating of an attempt through a link; rating the same attempt again replaces it (unread again). */
    async upsertRating(row: NewRatingRow): Promise<RatingRecord | undefined> {
      await db
        .insertInto('sharing_ratings')
        .values({
          id: row.id,
          link_id: row.linkId,
          owner_id: row.ownerId,
          author_id: row.authorId,
          card_id: row.cardId,
          attempt_id: row.attemptId,
          ...row.scores,
          note: row.note,
          created_at: row.createdAt,
          read_at: null,
        })
        .onConflict((oc) =>
          oc.columns(['link_id', 'attempt_id']).doUpdateSet({
            ...row.scores,
            note: row.note,
            created_at: row.createdAt,
            read_at: null,
          }),
        )
        .execute()
      const saved = await ratings()
        .where('r.link_id', '=', row.linkId)
        .where('r.attempt_id', '=', row.attemptId)
        .executeTakeFirst()
      return saved && toRating(saved)
    },

    async insertAssignment(row: {
      cardId: string
      linkId: string
      ownerId: string
      authorId: string
      createdAt: string
    }): Promise<AssignmentRecord | undefined> {
      await db
        .insertInto('sharing_assignments')
        .values({
          card_id: row.cardId,
          link_id: row.linkId,
          owner_id: row.ownerId,
          author_id: row.authorId,
          created_at: row.createdAt,
          read_at: null,
        })
        .execute()
      const saved = await assignments().where('a.card_id', '=', row.cardId).executeTakeFirst()
      return saved && toAssignment(saved)
    },

    /** What others left on the owner's items that the owner has not seen: counts and the latest few of each. */
    async unread(
      ownerId: string,
      latest: number,
    ): Promise<{
      count: number
      comments: CommentRecord[]
      ratings: RatingRecord[]
      assignments: AssignmentRecord[]
    }> {
      const count = async (table: 'sharing_comments' | 'sharing_ratings' | 'sharing_assignments') => {
        const row = await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('owner_id', '=', ownerId)
          .where('author_id', '<>', ownerId)
          .where('read_at', 'is', null)
          .executeTakeFirst()
        return Number(row?.n ?? 0)
      }
      const [nc, nr, na, c, r, a] = await Promise.all([
        count('sharing_comments'),
        count('sharing_ratings'),
        count('sharing_assignments'),
        comments()
          .where('c.owner_id', '=', ownerId)
          .where('c.author_id', '<>', ownerId)
          .where('c.read_at', 'is', null)
          .orderBy('c.created_at', 'desc')
          .orderBy('c.id')
          .limit(latest)
          .execute(),
        ratings()
          .where('r.owner_id', '=', ownerId)
          .where('r.read_at', 'is', null)
          .orderBy('r.created_at', 'desc')
          .orderBy('r.id')
          .limit(latest)
          .execute(),
        assignments()
          .where('a.owner_id', '=', ownerId)
          .where('a.read_at', 'is', null)
          .orderBy('a.created_at', 'desc')
          .orderBy('a.card_id')
          .limit(latest)
          .execute(),
      ])
      return {
        count: nc + nr + na,
        comments: c.map(toComment),
        ratings: r.map(toRating),
        assignments: a.map(toAssignment),
      }
    },
  }
}

export type SharingReviewsRepository = ReturnType<typeof createSharingReviewsRepository>
