import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'

// The 48-hour plan's mood joins the mood log, and its suggested steps keep only their key.
// - `moods.rebound_id` links a check-in to the plan it was given in (kept when the plan goes).
//   Every mood already given in a plan becomes a check-in, dated when the plan last changed.
// - A suggested step whose text is still its suggested words, in French or English, is stored
//   with an empty text: its title is then shown in the reader's language.
// Frozen: imports no live code; the words below are the suggested titles as they were stored.
const SUGGESTED_TITLES: Record<string, readonly string[]> = {
  rest: ['Faire quelque chose qui vous ressource', 'Do something that restores you'],
  move: ['Marcher ou bouger un peu', 'Take a walk or move a little'],
  talk: ['En parler à une personne de confiance', 'Talk it over with someone you trust'],
  rehearse_two: ['Répéter deux questions', 'Rehearse two questions'],
  ask_feedback: ['Demander un retour au recruteur', 'Ask the recruiter for feedback'],
  one_application: ['Envoyer une candidature', 'Send one application'],
}

type Step = { id: string; key: string | null; text: string; done: boolean }
type ReboundRow = { id: string; user_id: string; mood: number | null; steps: string; updated_at: string }

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('moods')
    .addColumn('rebound_id', 'text', (c) => c.references('rebounds.id').onDelete('set null'))
    .execute()
  await db.schema.createIndex('moods_rebound_idx').on('moods').columns(['rebound_id']).execute()

  const typed = db as unknown as Kysely<{
    rebounds: ReboundRow
    moods: {
      id: string
      user_id: string
      mood: number
      note: string
      created_at: string
      rebound_id: string | null
    }
  }>
  const rebounds = await typed
    .selectFrom('rebounds')
    .select(['id', 'user_id', 'mood', 'steps', 'updated_at'])
    .execute()
  for (const rebound of rebounds) {
    if (rebound.mood !== null) {
      await typed
        .insertInto('moods')
        .values({
          id: randomUUID(),
          user_id: rebound.user_id,
          mood: Number(rebound.mood),
          note: '',
          created_at: rebound.updated_at,
          rebound_id: rebound.id,
        })
        .execute()
    }
    const steps = JSON.parse(rebound.steps) as Step[]
    const keyed = steps.map((step) =>
      step.key && SUGGESTED_TITLES[step.key]?.includes(step.text.trim()) ? { ...step, text: '' } : step,
    )
    if (keyed.some((step, i) => step !== steps[i])) {
      await typed
        .updateTable('rebounds')
        .set({ steps: JSON.stringify(keyed) })
        .where('id', '=', rebound.id)
        .execute()
    }
  }
}
