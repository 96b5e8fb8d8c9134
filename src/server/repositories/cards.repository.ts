import type { ExpressionBuilder, Kysely, Selectable } from 'kysely'
import type { CardSource } from '../../domain/rehearsal/cards'
import { fsrsMemory, type Schedule } from '../../domain/rehearsal/scheduling'
import type { CardView } from '../../shared/schemas/rehearsal'
import type { CardsTable, Database } from '../db/schema'
import { changedColumns } from './changed-columns'
import { matchesAll } from './text-search'

type CardRow = Selectable<CardsTable> & {
  attempt_count: number | string | bigint | null
  last_assertiveness: number | null
}

const toCard = (row: CardRow): CardView => ({
  id: row.id,
  source: row.source,
  bankKey: row.bank_key,
  interviewId: row.interview_id,
  lang: row.lang,
  category: row.category as CardView['category'],
  question: row.question,
  hint: row.hint,
  referenceAttemptId: row.reference_attempt_id,
  due: row.due,
  state: row.state,
  reps: Number(row.reps),
  lapses: Number(row.lapses),
  lastReview: row.last_review,
  createdAt: row.created_at,
  attemptCount: Number(row.attempt_count ?? 0),
  lastAssertiveness: row.last_assertiveness === null ? null : Number(row.last_assertiveness),
})

const scheduleColumns = (s: Schedule) => ({
  due: s.due,
  ...fsrsMemory(s),
  state: s.state,
  last_review: s.lastReview,
})

export type NewCard = {
  id: string
  source: CardSource
  bankKey: string | null
  interviewId: string | null
  debriefQuestionId: string | null
  lang: 'fr' | 'en'
  category: string
  question: string
  hint: string
  schedule: Schedule
  createdAt: string
}

const newCardRow = (userId: string, card: NewCard) => ({
  id: card.id,
  user_id: userId,
  source: card.source,
  bank_key: card.bankKey,
  interview_id: card.interviewId,
  debrief_question_id: card.debriefQuestionId,
  lang: card.lang,
  category: card.category,
  question: card.question,
  hint: card.hint,
  reference_attempt_id: null,
  ...scheduleColumns(card.schedule),
  created_at: card.createdAt,
  updated_at: card.createdAt,
})

/**
 * Deletes the rehearsal cards born from the debrief of an interview, or from those of every interview
 * of an application, before the interviews go; the cards the person added themselves stay.
 */
export async function deleteDebriefCards(
  db: Kysely<Database>,
  userId: string,
  of: { interviewId: string } | { applicationId: string },
): Promise<void> {
  const debriefCards = db.deleteFrom('cards').where('user_id', '=', userId).where('source', '=', 'debrief')
  await ('interviewId' in of
    ? debriefCards.where('interview_id', '=', of.interviewId)
    : debriefCards.where('interview_id', 'in', (eb) =>
        eb
          .selectFrom('interviews')
          .select('id')
          .where('user_id', '=', userId)
          .where('application_id', '=', of.applicationId),
      )
  ).execute()
}

/** Every query is scoped by the owner: another user's card is simply not found. */
export function createCardsRepository(db: Kysely<Database>) {
  /** The owner's cards, to select from. */
  const ownCards = (userId: string) => db.selectFrom('cards').where('user_id', '=', userId)
  const withStats = (userId: string) =>
    db
      .selectFrom('cards')
      .selectAll('cards')
      .select((eb: ExpressionBuilder<Database, 'cards'>) => [
        eb
          .selectFrom('attempts')
          .select((sub) => sub.fn.countAll<number>().as('n'))
          .whereRef('attempts.card_id', '=', 'cards.id')
          .as('attempt_count'),
        eb
          .selectFrom('attempts')
          .select('attempts.assertiveness_score')
          .whereRef('attempts.card_id', '=', 'cards.id')
          .orderBy('attempts.created_at', 'desc')
          .limit(1)
          .as('last_assertiveness'),
      ])
      .where('cards.user_id', '=', userId)

  async function find(userId: string, id: string): Promise<CardView | undefined> {
    const row = await withStats(userId).where('cards.id', '=', id).executeTakeFirst()
    return row ? toCard(row) : undefined
  }

  return {
    find,

    async findByBankKey(userId: string, bankKey: string): Promise<CardView | undefined> {
      const row = await withStats(userId).where('cards.bank_key', '=', bankKey).executeTakeFirst()
      return row ? toCard(row) : undefined
    },

    async schedule(userId: string, id: string): Promise<Schedule | undefined> {
      const row = await ownCards(userId).selectAll().where('id', '=', id).executeTakeFirst()
      if (!row) return undefined
      return {
        due: row.due,
        stability: Number(row.stability),
        difficulty: Number(row.difficulty),
        elapsedDays: Number(row.elapsed_days),
        scheduledDays: Number(row.scheduled_days),
        learningSteps: Number(row.learning_steps),
        reps: Number(row.reps),
        lapses: Number(row.lapses),
        state: row.state,
        lastReview: row.last_review,
      }
    },

    /** Inserts a card; undefined when the same bank question or debrief question is already in the deck. */
    async insert(userId: string, card: NewCard): Promise<CardView | undefined> {
      const inserted = await db
        .insertInto('cards')
        .values(newCardRow(userId, card))
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst()
      return inserted ? find(userId, inserted.id) : undefined
    },

    /** Keeps a debrief-born card's question and prepared answer in step with the debrief. */
    async refreshFromDebrief(
      userId: string,
      interviewId: string,
      debriefQuestionId: string,
      question: string,
      hint: string,
      now: string,
    ) {
      await db
        .updateTable('cards')
        .set({ question, hint, updated_at: now })
        .where('user_id', '=', userId)
        .where('interview_id', '=', interviewId)
        .where('debrief_question_id', '=', debriefQuestionId)
        .execute()
    },

    async list(
      userId: string,
      filter: { category?: string | undefined; source?: CardSource | undefined; q?: string | undefined } = {},
    ): Promise<CardView[]> {
      let query = withStats(userId).orderBy('cards.created_at', 'desc')
      if (filter.category) query = query.where('cards.category', '=', filter.category)
      if (filter.source) query = query.where('cards.source', '=', filter.source)
      const rows = await query.execute()
      return rows.filter((r) => matchesAll([r.question, r.hint], filter.q)).map(toCard)
    },

    /** Cards due at `now`, for the queue: just what ordering needs, no statistics. */
    async listDueKeys(
      userId: string,
      now: string,
    ): Promise<{ id: string; due: string; source: CardSource; createdAt: string }[]> {
      return ownCards(userId)
        .select(['id', 'due', 'source', 'created_at as createdAt'])
        .where('due', '<=', now)
        .execute()
    },

    /** Full cards (with statistics) for the given ids, in the order given. */
    async findMany(userId: string, ids: readonly string[]): Promise<CardView[]> {
      if (ids.length === 0) return []
      const rows = await withStats(userId)
        .where('cards.id', 'in', [...ids])
        .execute()
      const byId = new Map(rows.map((r) => [r.id, toCard(r)]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },

    /** Bulk insert for seeding large demo or benchmark decks (one statement per chunk). */
    async insertMany(userId: string, cards: readonly NewCard[]): Promise<void> {
      for (let i = 0; i < cards.length; i += 500) {
        await db
          .insertInto('cards')
          .values(cards.slice(i, i + 500).map((card) => newCardRow(userId, card)))
          .execute()
      }
    },

    async deckSummary(userId: string, now: string): Promise<{ size: number; nextDue: string | null }> {
      const row = await ownCards(userId)
        .select((eb) => [
          eb.fn.countAll<number | string>().as('size'),
          eb.fn.min(eb.case().when('due', '>', now).then(eb.ref('due')).end()).as('next_due'),
        ])
        .executeTakeFirstOrThrow()
      return { size: Number(row.size), nextDue: (row.next_due as string | null) ?? null }
    },

    async bankKeys(userId: string): Promise<Set<string>> {
      const rows = await ownCards(userId).select('bank_key').where('bank_key', 'is not', null).execute()
      return new Set(rows.map((r) => r.bank_key ?? ''))
    },

    async saveSchedule(userId: string, id: string, schedule: Schedule, now: string): Promise<void> {
      await db
        .updateTable('cards')
        .set({ ...scheduleColumns(schedule), updated_at: now })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .execute()
    },

    async update(
      userId: string,
      id: string,
      changes: { question?: string; hint?: string; category?: string; referenceAttemptId?: string | null },
      now: string,
    ): Promise<CardView | undefined> {
      const result = await db
        .updateTable('cards')
        .set({
          ...changedColumns({
            question: changes.question,
            hint: changes.hint,
            category: changes.category,
            reference_attempt_id: changes.referenceAttemptId,
          }),
          updated_at: now,
        })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) > 0 ? find(userId, id) : undefined
    },

    /** Removes the card and its attempts (cascade). */
    async delete(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('cards')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },
  }
}
