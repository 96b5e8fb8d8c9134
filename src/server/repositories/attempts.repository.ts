import { type Kysely, type RawBuilder, type Selectable, sql } from 'kysely'
import { type AttemptFigures, fillersPer100Words } from '../../domain/rehearsal/cards'
import type { GradeName } from '../../domain/rehearsal/grades'
import type { DeliveryView } from '../../shared/schemas/delivery'
import type { AttemptView } from '../../shared/schemas/rehearsal'
import type { AttemptsTable, Database } from '../db/schema'
import { deliveryJson, parseDelivery } from './delivery-json'

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

const toAttempt = (row: Selectable<AttemptsTable> & { has_audio?: unknown }): AttemptView => {
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
    longPauses: row.long_pauses === null ? null : Number(row.long_pauses),
    wordsPerMinute: row.words_per_minute === null ? null : Number(row.words_per_minute),
    delivery: parseDelivery(row.delivery ?? null),
    hasAudio: Boolean(Number(row.has_audio ?? 0)),
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
  longPauses: number | null
  wordsPerMinute: number | null
  delivery?: DeliveryView | null
  createdAt: string
}

const INTEGER_COLUMNS = new Set([
  'word_count',
  'estimated_seconds',
  'filler_count',
  'hedge_count',
  'self_deprecation_count',
  'star_parts',
  'metrics_count',
  'assertiveness_score',
  'long_pauses',
])
const REAL_COLUMNS = new Set(['spoken_seconds', 'words_per_minute'])

/** A value selected as a column (PostgreSQL types a bare parameter as text). */
function typed(column: string, value: string | number | null): RawBuilder<unknown> {
  if (INTEGER_COLUMNS.has(column)) return sql`cast(${value} as integer)`
  if (REAL_COLUMNS.has(column)) return sql`cast(${value} as double precision)`
  return sql`${value}`
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
  long_pauses: a.longPauses,
  words_per_minute: a.wordsPerMinute,
  delivery: deliveryJson(a.delivery),
  created_at: a.createdAt,
})

export function createAttemptsRepository(db: Kysely<Database>) {
  const withAudioFlag = () =>
    db
      .selectFrom('attempts')
      .selectAll('attempts')
      .select((eb) =>
        eb
          .case()
          .when(
            eb.exists(
              eb
                .selectFrom('attempt_audio')
                .select('attempt_id')
                .whereRef('attempt_audio.attempt_id', '=', 'attempts.id'),
            ),
          )
          .then(1)
          .else(0)
          .end()
          .as('has_audio'),
      )

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

    /** Only on the caller's own card: under another person's id it writes nothing (undefined). */
    async insert(userId: string, a: NewAttempt): Promise<AttemptView | undefined> {
      const values = toRow(userId, a)
      const columns = Object.keys(values) as (keyof typeof values)[]
      const row = await db
        .insertInto('attempts')
        .columns(columns)
        .expression((eb) =>
          eb
            .selectFrom('cards')
            .select(columns.map((column) => typed(column, values[column]).as(column)))
            .where('cards.id', '=', a.cardId)
            .where('cards.user_id', '=', userId),
        )
        .returningAll()
        .executeTakeFirst()
      return row ? toAttempt(row) : undefined
    },

    /** A card's attempts, oldest first. */
    async listForCard(userId: string, cardId: string): Promise<AttemptView[]> {
      const rows = await withAudioFlag()
        .where('attempts.user_id', '=', userId)
        .where('attempts.card_id', '=', cardId)
        .orderBy('attempts.created_at', 'asc')
        .orderBy('attempts.id', 'asc')
        .execute()
      return rows.map(toAttempt)
    },

    /**
     * The attempts of several cards of one person in one query, oldest first, grouped by card (a card
     * with none is absent). Cards of someone else give nothing.
     */
    async listForCards(userId: string, cardIds: readonly string[]): Promise<Map<string, AttemptView[]>> {
      const byCard = new Map<string, AttemptView[]>()
      if (cardIds.length === 0) return byCard
      const rows = await withAudioFlag()
        .where('attempts.user_id', '=', userId)
        .where('attempts.card_id', 'in', [...cardIds])
        .orderBy('attempts.created_at', 'asc')
        .orderBy('attempts.id', 'asc')
        .execute()
      for (const attempt of rows.map(toAttempt)) {
        const list = byCard.get(attempt.cardId)
        if (list) list.push(attempt)
        else byCard.set(attempt.cardId, [attempt])
      }
      return byCard
    },

    async find(userId: string, id: string): Promise<AttemptView | undefined> {
      const row = await withAudioFlag()
        .where('attempts.user_id', '=', userId)
        .where('attempts.id', '=', id)
        .executeTakeFirst()
      return row ? toAttempt(row) : undefined
    },

    /** Stores (or replaces) the recording of an attempt. */
    async saveAudio(
      userId: string,
      attemptId: string,
      audio: { mime: string; data: Uint8Array },
      now: string,
    ) {
      const values = { mime: audio.mime, size: audio.data.byteLength, data: audio.data, created_at: now }
      await db
        .insertInto('attempt_audio')
        .values({ attempt_id: attemptId, user_id: userId, ...values })
        // Never someone else's recording: the update applies only to the owner's row.
        .onConflict((oc) =>
          oc.column('attempt_id').doUpdateSet(values).where('attempt_audio.user_id', '=', userId),
        )
        .execute()
    },

    async findAudio(
      userId: string,
      attemptId: string,
    ): Promise<{ mime: string; data: Uint8Array } | undefined> {
      const row = await db
        .selectFrom('attempt_audio')
        .select(['mime', 'data'])
        .where('user_id', '=', userId)
        .where('attempt_id', '=', attemptId)
        .executeTakeFirst()
      return row ? { mime: row.mime, data: row.data } : undefined
    },

    async deleteAudio(userId: string, attemptId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('attempt_audio')
        .where('user_id', '=', userId)
        .where('attempt_id', '=', attemptId)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },
  }
}
