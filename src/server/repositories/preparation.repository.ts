import type { Kysely } from 'kysely'
import { emptyResearch, type Pitch, type ResearchState } from '../../domain/preparation/plan'
import type { Database } from '../db/schema'

export type Checkable = { id: string; text: string; done: boolean }
export type Logistics = { place: string; link: string; arrival: string; documents: Checkable[] }
export type StoredPrep = {
  questionsToAsk: Checkable[]
  logistics: Logistics
  appliedActionIds: string[]
  /** How many actions the plan offered when the applied ones were saved; null until then. */
  appliedOffered: number | null
}

export const emptyPrep = (): StoredPrep => ({
  questionsToAsk: [],
  logistics: { place: '', link: '', arrival: '', documents: [] },
  appliedActionIds: [],
  appliedOffered: null,
})

/** Compare-and-set attempts before giving up on a list another request keeps changing. */
const LIST_UPDATE_ATTEMPTS = 5

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
  /** The owner's plan of one interview. */
  const planOf = (userId: string, interviewId: string) =>
    db.selectFrom('interview_prep').where('user_id', '=', userId).where('interview_id', '=', interviewId)

  /**
   * Changes one plan's list of completed actions without losing a concurrent change: the write
   * only happens if the list is still the one read, else it is read again.
   */
  async function updateCompleted(
    userId: string,
    interviewId: string,
    change: (ids: string[]) => string[],
  ): Promise<void> {
    for (let attempt = 0; attempt < LIST_UPDATE_ATTEMPTS; attempt++) {
      const row = await planOf(userId, interviewId).select('completed_action_ids').executeTakeFirst()
      if (!row) return
      const next = JSON.stringify(change(parse<string[]>(row.completed_action_ids, [])))
      if (next === row.completed_action_ids) return
      const result = await db
        .updateTable('interview_prep')
        .set({ completed_action_ids: next })
        .where('user_id', '=', userId)
        .where('interview_id', '=', interviewId)
        .where('completed_action_ids', '=', row.completed_action_ids)
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) > 0) return
    }
    throw new Error('completed actions kept changing while being updated')
  }

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
      const row = await planOf(userId, interviewId).selectAll().executeTakeFirst()
      if (!row) return emptyPrep()
      const empty = emptyPrep()
      return {
        questionsToAsk: parse(row.questions, empty.questionsToAsk),
        // Plans saved before the link and arrival existed get them empty.
        logistics: { ...empty.logistics, ...parse<Partial<Logistics>>(row.logistics, {}) },
        appliedActionIds: parse(row.applied_action_ids, empty.appliedActionIds),
        appliedOffered: row.applied_offered === null ? null : Number(row.applied_offered),
      }
    },

    /** Saves what the person typed; which actions were ticked from this plan is kept as it is. */
    async savePrep(userId: string, interviewId: string, prep: StoredPrep, now: string): Promise<void> {
      const values = {
        questions: JSON.stringify(prep.questionsToAsk),
        logistics: JSON.stringify(prep.logistics),
        applied_action_ids: JSON.stringify(prep.appliedActionIds),
        applied_offered: prep.appliedOffered,
        updated_at: now,
      }
      await db
        .insertInto('interview_prep')
        .values({ interview_id: interviewId, user_id: userId, ...values, completed_action_ids: '[]' })
        // Never someone else's plan: the update applies only to the owner's row.
        .onConflict((oc) =>
          oc.column('interview_id').doUpdateSet(values).where('interview_prep.user_id', '=', userId),
        )
        .execute()
    },

    /** For each action ticked done from a preparation plan, the interview whose plan it was. */
    async completions(userId: string): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('interview_prep')
        .select(['interview_id', 'completed_action_ids'])
        .where('user_id', '=', userId)
        .where('completed_action_ids', '<>', '[]')
        .orderBy('updated_at')
        .execute()
      const completions = new Map<string, string>()
      for (const row of rows) {
        for (const actionId of parse<string[]>(row.completed_action_ids, [])) {
          completions.set(actionId, row.interview_id)
        }
      }
      return completions
    },

    /**
     * Records that an action was ticked done from the plan of `planInterviewId`, or, with null,
     * that it is no longer done from any plan. An action is recorded in one plan at most.
     */
    async recordCompletion(
      userId: string,
      actionId: string,
      planInterviewId: string | null,
      now: string,
    ): Promise<void> {
      if (planInterviewId !== null) {
        const empty = emptyPrep()
        await db
          .insertInto('interview_prep')
          .values({
            interview_id: planInterviewId,
            user_id: userId,
            questions: JSON.stringify(empty.questionsToAsk),
            logistics: JSON.stringify(empty.logistics),
            applied_action_ids: JSON.stringify(empty.appliedActionIds),
            completed_action_ids: '[]',
            updated_at: now,
          })
          .onConflict((oc) => oc.column('interview_id').doNothing())
          .execute()
      }
      const rows = await db
        .selectFrom('interview_prep')
        .select(['interview_id', 'completed_action_ids'])
        .where('user_id', '=', userId)
        .where('completed_action_ids', '<>', '[]')
        .execute()
      const holding = rows
        .filter((row) => parse<string[]>(row.completed_action_ids, []).includes(actionId))
        .map((row) => row.interview_id)
      const touched = planInterviewId === null ? holding : [...new Set([...holding, planInterviewId])]
      for (const interviewId of touched) {
        await updateCompleted(userId, interviewId, (ids) => {
          const others = ids.filter((id) => id !== actionId)
          return interviewId === planInterviewId ? [...others, actionId] : others
        })
      }
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
