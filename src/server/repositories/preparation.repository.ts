import type { Kysely } from 'kysely'
import { emptyResearch, type Pitch, type ResearchState } from '../../domain/preparation/plan'
import type { Database } from '../db/schema'

export type Checkable = { id: string; text: string; done: boolean }
export type StoredPrep = {
  questionsToAsk: Checkable[]
  logistics: { place: string; documents: Checkable[] }
  appliedActionIds: string[]
}

export const emptyPrep = (): StoredPrep => ({
  questionsToAsk: [],
  logistics: { place: '', documents: [] },
  appliedActionIds: [],
})

// Documents are validated by the shared schemas before they are written.
const parse = <T>(json: string, fallback: T): T => {
  try {
    return JSON.parse(json) as T
  } catch {
    return fallback
  }
}

/** Every query is scoped by the owner. */
export function createPreparationRepository(db: Kysely<Database>) {
  return {
    async research(userId: string, companyKey: string): Promise<ResearchState> {
      const row = await db
        .selectFrom('company_research')
        .select('items')
        .where('user_id', '=', userId)
        .where('company_key', '=', companyKey)
        .executeTakeFirst()
      return { ...emptyResearch(), ...(row ? parse<Partial<ResearchState>>(row.items, {}) : {}) }
    },

    async saveResearch(
      userId: string,
      companyKey: string,
      research: ResearchState,
      now: string,
    ): Promise<void> {
      const items = JSON.stringify(research)
      await db
        .insertInto('company_research')
        .values({ user_id: userId, company_key: companyKey, items, updated_at: now })
        .onConflict((oc) => oc.columns(['user_id', 'company_key']).doUpdateSet({ items, updated_at: now }))
        .execute()
    },

    async prep(userId: string, interviewId: string): Promise<StoredPrep> {
      const row = await db
        .selectFrom('interview_prep')
        .selectAll()
        .where('user_id', '=', userId)
        .where('interview_id', '=', interviewId)
        .executeTakeFirst()
      if (!row) return emptyPrep()
      const empty = emptyPrep()
      return {
        questionsToAsk: parse(row.questions, empty.questionsToAsk),
        logistics: parse(row.logistics, empty.logistics),
        appliedActionIds: parse(row.applied_action_ids, empty.appliedActionIds),
      }
    },

    async savePrep(userId: string, interviewId: string, prep: StoredPrep, now: string): Promise<void> {
      const values = {
        questions: JSON.stringify(prep.questionsToAsk),
        logistics: JSON.stringify(prep.logistics),
        applied_action_ids: JSON.stringify(prep.appliedActionIds),
        updated_at: now,
      }
      await db
        .insertInto('interview_prep')
        .values({ interview_id: interviewId, user_id: userId, ...values })
        .onConflict((oc) => oc.column('interview_id').doUpdateSet(values))
        .execute()
    },

    async pitches(userId: string): Promise<{ version: number; content: Pitch; createdAt: string }[]> {
      const rows = await db
        .selectFrom('pitches')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('version', 'desc')
        .execute()
      return rows.map((r) => ({
        version: Number(r.version),
        content: parse<Pitch>(r.content, { from: '', strengths: '', next: '', whyCompany: '' }),
        createdAt: r.created_at,
      }))
    },

    /** Adds a version; the primary key refuses a duplicate version if two saves race. */
    async addPitch(userId: string, version: number, pitch: Pitch, now: string): Promise<void> {
      await db
        .insertInto('pitches')
        .values({ user_id: userId, version, content: JSON.stringify(pitch), created_at: now })
        .execute()
    },
  }
}

export type PreparationRepository = ReturnType<typeof createPreparationRepository>
