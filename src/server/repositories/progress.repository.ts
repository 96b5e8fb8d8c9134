import { type Kysely, sql } from 'kysely'
import type {
  AttemptDay,
  CardsFact,
  DebriefFacts,
  DeliveryRecording,
  InterviewFact,
  TimeRange,
} from '../../domain/progress'
import type { Database } from '../db/schema'
import { parseDelivery } from './delivery-json'

/** The most recordings a period reads for the delivery trend: years of daily practice. */
const MAX_DELIVERY_ROWS = 5000

function parseFacts(json: string | null): DebriefFacts | null {
  if (json === null) return null
  const facts = JSON.parse(json) as Partial<DebriefFacts>
  return facts.ratings && facts.causes && facts.actions ? (facts as DebriefFacts) : null
}

function countIds(json: string | null): number {
  if (json === null) return 0
  const ids: unknown = JSON.parse(json)
  return Array.isArray(ids) ? ids.length : 0
}

/**
 * Read-only queries behind the Progress page, insights and the report. Every query is scoped
 * by the owner; sums are done by the database so a long history stays fast.
 */
export function createProgressRepository(db: Kysely<Database>) {
  return {
    async interviewFacts(userId: string, range: TimeRange): Promise<InterviewFact[]> {
      let query = db
        .selectFrom('interviews as i')
        .innerJoin('applications as a', 'a.id', 'i.application_id')
        .leftJoin('debriefs as d', 'd.interview_id', 'i.id')
        .leftJoin('interview_prep as p', 'p.interview_id', 'i.id')
        .select([
          'i.id',
          'i.application_id',
          'a.company',
          'a.role',
          'i.date',
          'i.stage',
          'i.outcome',
          'd.facts',
          'p.applied_action_ids',
          'p.applied_offered',
        ])
        .where('i.user_id', '=', userId)
      if (range.from) query = query.where('i.date', '>=', range.from)
      if (range.until) query = query.where('i.date', '<', range.until)
      const rows = await query.orderBy('i.date').orderBy('i.id').execute()
      return rows.map((r) => ({
        interviewId: r.id,
        applicationId: r.application_id,
        company: r.company,
        role: r.role,
        date: r.date,
        stage: r.stage,
        outcome: r.outcome,
        debrief: parseFacts(r.facts),
        appliedActions:
          r.applied_offered === null || r.applied_offered === undefined
            ? null
            : { applied: countIds(r.applied_action_ids), offered: Number(r.applied_offered) },
      }))
    },

    /**
     * The delivery figures of the spoken rehearsal attempts and mock interview answers of a period, oldest
     * first (the newest ones when there are more than the cap).
     */
    async deliveries(userId: string, range: TimeRange): Promise<DeliveryRecording[]> {
      const read = async (table: 'attempts' | 'mock_answers', from: DeliveryRecording['from']) => {
        let query = db
          .selectFrom(table)
          .select(['created_at', 'delivery'])
          .where('user_id', '=', userId)
          .where('delivery', 'is not', null)
        if (range.from) query = query.where('created_at', '>=', range.from)
        if (range.until) query = query.where('created_at', '<', range.until)
        const rows = await query.orderBy('created_at', 'desc').limit(MAX_DELIVERY_ROWS).execute()
        return rows.flatMap((r): DeliveryRecording[] => {
          const delivery = parseDelivery(r.delivery)
          return delivery ? [{ at: r.created_at, from, delivery }] : []
        })
      }
      const [attempts, answers] = await Promise.all([
        read('attempts', 'rehearsal'),
        read('mock_answers', 'mock'),
      ])
      return [...attempts, ...answers]
        .sort((a, b) => b.at.localeCompare(a.at))
        .slice(0, MAX_DELIVERY_ROWS)
        .reverse()
    },

    /** Rehearsal attempts summed per UTC day (timestamps are ISO text on both engines). */
    async attemptDays(userId: string, range: TimeRange): Promise<AttemptDay[]> {
      const day = sql<string>`substr(created_at, 1, 10)`
      let query = db
        .selectFrom('attempts')
        .select((eb) => [
          day.as('day'),
          eb.fn.countAll<number | string>().as('attempts'),
          eb.fn.sum<number | string>('word_count').as('words'),
          eb.fn.sum<number | string>('filler_count').as('fillers'),
          eb.fn.sum<number | string>('assertiveness_score').as('assertiveness_sum'),
        ])
        .where('user_id', '=', userId)
      if (range.from) query = query.where('created_at', '>=', range.from)
      if (range.until) query = query.where('created_at', '<', range.until)
      const rows = await query.groupBy(day).orderBy(day).execute()
      return rows.map((r) => ({
        day: r.day,
        attempts: Number(r.attempts),
        words: Number(r.words),
        fillers: Number(r.fillers),
        assertivenessSum: Number(r.assertiveness_sum),
      }))
    },

    /** Cards in the deck, and those whose next review is at least `masteredDays` away. */
    async cards(userId: string, masteredDays: number): Promise<CardsFact> {
      const row = await db
        .selectFrom('cards')
        .select((eb) => [
          eb.fn.countAll<number | string>().as('total'),
          sql<
            number | string | null
          >`sum(case when state = 'review' and scheduled_days >= ${masteredDays} then 1 else 0 end)`.as(
            'mastered',
          ),
        ])
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow()
      return { total: Number(row.total), mastered: Number(row.mastered ?? 0) }
    },
  }
}
