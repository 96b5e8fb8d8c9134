import { type Kysely, type RawBuilder, type Selectable, sql } from 'kysely'
import type {
  CheckIn,
  MockQuestion,
  MockSettings,
  PostingLanguage,
  PostingTerm,
  PressureLevel,
  RecordedAnswer,
  SessionSummary,
} from '../../domain/mock-interview'
import type { AttemptFigures } from '../../domain/rehearsal/cards'
import type { DeliveryView } from '../../shared/schemas/delivery'
import type { Database, MockAnswersTable, MockSessionsTable } from '../db/schema'
import { changedColumns, changedJson } from './changed-columns'
import { deliveryJson, parseDelivery } from './delivery-json'

export type StoredMockSession = {
  id: string
  applicationId: string | null
  role: string
  settings: MockSettings
  seed: number
  postingTerms: PostingTerm[]
  postingLanguage: PostingLanguage | null
  questions: MockQuestion[]
  before: CheckIn | null
  after: CheckIn | null
  endedAt: string | null
  completedAt: string | null
  summary: SessionSummary | null
  createdAt: string
  updatedAt: string
}

export type NewMockSession = Omit<
  StoredMockSession,
  'before' | 'after' | 'endedAt' | 'completedAt' | 'summary' | 'updatedAt'
>

export type MockSessionChanges = Partial<{
  before: CheckIn
  after: CheckIn
  endedAt: string
  completedAt: string
  summary: SessionSummary
}>

/** An answer as stored: what the session replays, and the delivery figures measured on the device. */
export type StoredMockAnswer = RecordedAnswer & { delivery: DeliveryView | null }

const checkIn = (tension: number | null, note: string): CheckIn | null =>
  tension === null ? null : { tension: Number(tension), note }

const toSession = (row: Selectable<MockSessionsTable>): StoredMockSession => ({
  id: row.id,
  applicationId: row.application_id,
  role: row.role,
  settings: {
    lang: row.lang,
    stage: row.stage,
    questionCount: Number(row.question_count),
    persona: row.persona,
    level: Number(row.level) as PressureLevel,
  },
  seed: Number(row.seed),
  postingTerms: JSON.parse(row.posting_terms) as PostingTerm[],
  postingLanguage: row.posting_language,
  questions: JSON.parse(row.questions) as MockQuestion[],
  before: checkIn(row.tension_before, row.note_before),
  after: checkIn(row.tension_after, row.note_after),
  endedAt: row.ended_at,
  completedAt: row.completed_at,
  summary: row.summary === null ? null : (JSON.parse(row.summary) as SessionSummary),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

const toAnswer = (row: Selectable<MockAnswersTable>): StoredMockAnswer => ({
  questionIndex: Number(row.question_index),
  followUp: Number(row.follow_up),
  prompt: row.prompt,
  followUpKind: row.follow_up_kind as RecordedAnswer['followUpKind'],
  text: row.text,
  spokenSeconds: row.spoken_seconds === null ? null : Number(row.spoken_seconds),
  longPauses: row.long_pauses === null ? null : Number(row.long_pauses),
  interrupted: row.interrupted,
  limitSeconds: Number(row.limit_seconds),
  gate: row.gate,
  figures: JSON.parse(row.figures) as AttemptFigures,
  delivery: parseDelivery(row.delivery),
})

const INTEGER_COLUMNS = new Set(['question_index', 'follow_up', 'long_pauses', 'limit_seconds'])

// In INSERT … SELECT, PostgreSQL reads a bare parameter as text: numbers say what they are.
function typed(column: string, value: string | number | null): RawBuilder<unknown> {
  if (INTEGER_COLUMNS.has(column)) return sql`cast(${value} as integer)`
  if (column === 'spoken_seconds') return sql`cast(${value} as double precision)`
  return sql`${value}`
}

/** Mock interview sessions and their answers. Every query is scoped by the owner. */
export function createMockInterviewsRepository(db: Kysely<Database>) {
  async function find(userId: string, id: string): Promise<StoredMockSession | undefined> {
    const row = await db
      .selectFrom('mock_sessions')
      .selectAll()
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row ? toSession(row) : undefined
  }

  /** The recordings kept for one session of the person's, with the turn each answers. */
  const sessionAudio = (userId: string, sessionId: string) =>
    db
      .selectFrom('mock_answer_audio as r')
      .innerJoin('mock_answers as a', 'a.id', 'r.answer_id')
      .where('r.user_id', '=', userId)
      .where('a.session_id', '=', sessionId)

  return {
    find,

    async insert(userId: string, session: NewMockSession): Promise<void> {
      await db
        .insertInto('mock_sessions')
        .values({
          id: session.id,
          user_id: userId,
          application_id: session.applicationId,
          role: session.role,
          lang: session.settings.lang,
          stage: session.settings.stage,
          persona: session.settings.persona,
          level: session.settings.level,
          question_count: session.settings.questionCount,
          seed: session.seed,
          posting_terms: JSON.stringify(session.postingTerms),
          posting_language: session.postingLanguage,
          questions: JSON.stringify(session.questions),
          tension_before: null,
          note_before: '',
          tension_after: null,
          note_after: '',
          ended_at: null,
          completed_at: null,
          summary: null,
          created_at: session.createdAt,
          updated_at: session.createdAt,
        })
        .execute()
    },

    /** The session's answers, in the order they were given. */
    async answers(userId: string, sessionId: string): Promise<StoredMockAnswer[]> {
      const rows = await db
        .selectFrom('mock_answers')
        .selectAll()
        .where('user_id', '=', userId)
        .where('session_id', '=', sessionId)
        .orderBy('question_index')
        .orderBy('follow_up')
        .execute()
      return rows.map(toAnswer)
    },

    /**
     * Saves one answer, only into the caller's own session; false when that turn already holds one (a
     * retried save) or the session is not theirs.
     */
    async insertAnswer(
      userId: string,
      sessionId: string,
      answer: RecordedAnswer & { id: string; createdAt: string; delivery?: DeliveryView | null },
    ): Promise<boolean> {
      const values = {
        id: answer.id,
        session_id: sessionId,
        user_id: userId,
        question_index: answer.questionIndex,
        follow_up: answer.followUp,
        prompt: answer.prompt,
        follow_up_kind: answer.followUpKind,
        text: answer.text,
        spoken_seconds: answer.spokenSeconds,
        long_pauses: answer.longPauses,
        interrupted: answer.interrupted,
        limit_seconds: answer.limitSeconds,
        gate: answer.gate,
        figures: JSON.stringify(answer.figures),
        delivery: deliveryJson(answer.delivery),
        created_at: answer.createdAt,
      }
      const columns = Object.keys(values) as (keyof typeof values)[]
      const inserted = await db
        .insertInto('mock_answers')
        .columns(columns)
        .expression((eb) =>
          eb
            .selectFrom('mock_sessions')
            .select(columns.map((column) => typed(column, values[column]).as(column)))
            .where('mock_sessions.id', '=', sessionId)
            .where('mock_sessions.user_id', '=', userId),
        )
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst()
      return inserted !== undefined
    },

    async update(userId: string, id: string, changes: MockSessionChanges, now: string): Promise<boolean> {
      const result = await db
        .updateTable('mock_sessions')
        .set({
          ...changedColumns({
            tension_before: changes.before?.tension,
            note_before: changes.before?.note,
            tension_after: changes.after?.tension,
            note_after: changes.after?.note,
            ended_at: changes.endedAt,
            completed_at: changes.completedAt,
            summary: changedJson(changes.summary),
          }),
          updated_at: now,
        })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    },

    /** Newest first, with how many questions were answered. */
    async list(userId: string, limit = 50): Promise<(StoredMockSession & { answered: number })[]> {
      const rows = await db
        .selectFrom('mock_sessions as s')
        .selectAll('s')
        .select((eb) =>
          eb
            .selectFrom('mock_answers as a')
            .select((inner) => inner.fn.countAll<number | string>().as('n'))
            .whereRef('a.session_id', '=', 's.id')
            .where('a.follow_up', '=', 0)
            .as('answered'),
        )
        .where('s.user_id', '=', userId)
        .orderBy('s.created_at', 'desc')
        .orderBy('s.id', 'desc')
        .limit(limit)
        .execute()
      return rows.map((row) => ({ ...toSession(row), answered: Number(row.answered ?? 0) }))
    },

    /** The question keys of the person's latest session before `before`: the next one must not repeat them. */
    async latestQuestionKeys(userId: string, before: string): Promise<string[]> {
      const row = await db
        .selectFrom('mock_sessions')
        .select('questions')
        .where('user_id', '=', userId)
        .where('created_at', '<=', before)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst()
      return row ? (JSON.parse(row.questions) as MockQuestion[]).map((q) => q.key) : []
    },

    /** Summaries of completed sessions before `before`, oldest first, at most `limit`. */
    async summariesBefore(userId: string, before: string, limit = 3): Promise<SessionSummary[]> {
      const rows = await db
        .selectFrom('mock_sessions')
        .select('summary')
        .where('user_id', '=', userId)
        .where('created_at', '<', before)
        .where('summary', 'is not', null)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute()
      return rows
        .flatMap((r) => (r.summary === null ? [] : [JSON.parse(r.summary) as SessionSummary]))
        .reverse()
    },

    /** Completed sessions in a time range, oldest first, with their stored figures. */
    async completed(
      userId: string,
      range: { from?: string | undefined; until?: string | undefined },
      limit = 200,
    ): Promise<{ id: string; completedAt: string; summary: SessionSummary }[]> {
      let query = db
        .selectFrom('mock_sessions')
        .select(['id', 'completed_at', 'summary'])
        .where('user_id', '=', userId)
        .where('completed_at', 'is not', null)
        .where('summary', 'is not', null)
      if (range.until) query = query.where('completed_at', '<', range.until)
      if (range.from) query = query.where('completed_at', '>=', range.from)
      const rows = await query.orderBy('completed_at', 'asc').orderBy('id', 'asc').limit(limit).execute()
      return rows.flatMap((r) =>
        r.completed_at === null || r.summary === null
          ? []
          : [{ id: r.id, completedAt: r.completed_at, summary: JSON.parse(r.summary) as SessionSummary }],
      )
    },

    /** Stores (or replaces) the recording of one of the caller's answers; false when no such answer is theirs. */
    async saveAudio(
      userId: string,
      sessionId: string,
      turn: { questionIndex: number; followUp: number },
      audio: { mime: string; data: Uint8Array },
      now: string,
    ): Promise<boolean> {
      const answer = await db
        .selectFrom('mock_answers')
        .select('id')
        .where('user_id', '=', userId)
        .where('session_id', '=', sessionId)
        .where('question_index', '=', turn.questionIndex)
        .where('follow_up', '=', turn.followUp)
        .executeTakeFirst()
      if (!answer) return false
      const values = { mime: audio.mime, size: audio.data.byteLength, data: audio.data, created_at: now }
      await db
        .insertInto('mock_answer_audio')
        .values({ answer_id: answer.id, user_id: userId, ...values })
        .onConflict((oc) =>
          oc.column('answer_id').doUpdateSet(values).where('mock_answer_audio.user_id', '=', userId),
        )
        .execute()
      return true
    },

    async findAudio(
      userId: string,
      sessionId: string,
      turn: { questionIndex: number; followUp: number },
    ): Promise<{ mime: string; data: Uint8Array } | undefined> {
      const row = await sessionAudio(userId, sessionId)
        .select(['r.mime', 'r.data'])
        .where('a.question_index', '=', turn.questionIndex)
        .where('a.follow_up', '=', turn.followUp)
        .executeTakeFirst()
      return row ? { mime: row.mime, data: row.data } : undefined
    },

    /** The turns of a session whose recording is kept, as "questionIndex-followUp". */
    async turnsWithAudio(userId: string, sessionId: string): Promise<Set<string>> {
      const rows = await sessionAudio(userId, sessionId).select(['a.question_index', 'a.follow_up']).execute()
      return new Set(rows.map((r) => `${Number(r.question_index)}-${Number(r.follow_up)}`))
    },

    async remove(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('mock_sessions')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },
  }
}
