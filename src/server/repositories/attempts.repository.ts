import type { Kysely, Selectable } from 'kysely'
import { type AttemptFigures, fillersPer100Words } from '../../domain/rehearsal/cards'
import type { GradeName } from '../../domain/rehearsal/scheduling'
import type { AttemptView } from '../../shared/schemas/rehearsal'
import type { AttemptsTable, Database } from '../db/schema'

function parseStar(json: string): AttemptView['star'] {
  try {
    const v = JSON.parse(json) as Partial<AttemptView['star']>
    return {
      situation: v.situation === true,
      task: v.task === true,
      action: v.action === true,
      result: v.result === true,
    }
  } catch {
    return { situation: false, task: false, action: false, result: false }
  }
}

const toAttempt = (row: Selectable<AttemptsTable>): AttemptView => {
  const wordCount = Number(row.word_count)
  const fillerCount = Number(row.filler_count)
  return {
    id: row.id,
    cardId: row.card_id,
    mode: row.mode,
    grade: row.grade,
    text: row.text,
    lang: row.lang,
    wordCount,
    estimatedSeconds: Number(row.estimated_seconds),
    fillerCount,
    hedgeCount: Number(row.hedge_count),
    selfDeprecationCount: Number(row.self_deprecation_count),
    starParts: Number(row.star_parts),
    star: parseStar(row.star),
    metricsCount: Number(row.metrics_count),
    assertivenessScore: Number(row.assertiveness_score),
    assertivenessLevel: row.assertiveness_level,
    fillersPer100Words: fillersPer100Words({ fillerCount, wordCount }),
    spokenSeconds: row.spoken_seconds === null ? null : Number(row.spoken_seconds),
    createdAt: row.created_at,
  }
}

export type NewAttempt = {
  id: string
  cardId: string
  mode: 'review' | 'cram'
  grade: GradeName | null
  text: string
  figures: AttemptFigures
  spokenSeconds: number | null
  createdAt: string
}

const toRow = (userId: string, a: NewAttempt) => ({
  id: a.id,
  user_id: userId,
  card_id: a.cardId,
  mode: a.mode,
  grade: a.grade,
  text: a.text,
  lang: a.figures.lang,
  word_count: a.figures.wordCount,
  estimated_seconds: a.figures.estimatedSeconds,
  filler_count: a.figures.fillerCount,
  hedge_count: a.figures.hedgeCount,
  self_deprecation_count: a.figures.selfDeprecationCount,
  star_parts: a.figures.starParts,
  star: JSON.stringify(a.figures.star),
  metrics_count: a.figures.metricsCount,
  assertiveness_score: a.figures.assertivenessScore,
  assertiveness_level: a.figures.assertivenessLevel,
  spoken_seconds: a.spokenSeconds,
  created_at: a.createdAt,
})

export function createAttemptsRepository(db: Kysely<Database>) {
  return {
    /** Bulk insert for seeding large demo or benchmark histories (one statement per chunk). */
    async insertMany(userId: string, attempts: readonly NewAttempt[]): Promise<void> {
      for (let i = 0; i < attempts.length; i += 500) {
        await db
          .insertInto('attempts')
          .values(attempts.slice(i, i + 500).map((a) => toRow(userId, a)))
          .execute()
      }
    },

    async insert(userId: string, a: NewAttempt): Promise<AttemptView> {
      const row = await db
        .insertInto('attempts')
        .values(toRow(userId, a))
        .returningAll()
        .executeTakeFirstOrThrow()
      return toAttempt(row)
    },

    /** A card's attempts, oldest first. */
    async listForCard(userId: string, cardId: string): Promise<AttemptView[]> {
      const rows = await db
        .selectFrom('attempts')
        .selectAll()
        .where('user_id', '=', userId)
        .where('card_id', '=', cardId)
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .execute()
      return rows.map(toAttempt)
    },

    async find(userId: string, id: string): Promise<AttemptView | undefined> {
      const row = await db
        .selectFrom('attempts')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst()
      return row ? toAttempt(row) : undefined
    },
  }
}

export type AttemptsRepository = ReturnType<typeof createAttemptsRepository>
