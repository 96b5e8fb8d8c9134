import type { Kysely } from 'kysely'

// Migrations are frozen: this file imports no live code, so changing the domain later never
// changes what this migration did. `factsOf` is the rule `debriefFacts` followed when it was written.
type StoredDebrief = {
  ratings?: Record<string, number | null | undefined>
  causes?: { cause: string }[]
  lessons?: { text: string; actions: { text: string; status: string; checkBeforeNext?: boolean }[] }[]
}

function factsOf(content: StoredDebrief) {
  const ratings = Object.fromEntries(
    ['serenity', 'confidence', 'oralEase', 'preparation'].map((r) => [r, content.ratings?.[r] ?? null]),
  )
  const causes: string[] = []
  for (const c of content.causes ?? []) if (!causes.includes(c.cause)) causes.push(c.cause)
  const lessons = content.lessons ?? []
  const actions = lessons.flatMap((lesson) => lesson.actions.filter((a) => a.text.trim()))
  return {
    ratings,
    causes,
    lessons: lessons.filter((l) => l.text.trim() !== '' || l.actions.some((a) => a.text.trim() !== ''))
      .length,
    actions: {
      total: actions.length,
      done: actions.filter((a) => a.status === 'done').length,
      flagged: actions.filter((a) => a.checkBeforeNext).length,
    },
  }
}

// Progress across interviews: what each debrief says in figures (ratings, causes, actions),
// kept beside the document so charts over many interviews need not parse whole documents;
// the 48-hour rebound after a rejection; and mood check-ins.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('debriefs')
    .addColumn('facts', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute()

  // Existing debriefs get their facts now; later saves keep them current.
  const typed = db as unknown as Kysely<{
    debriefs: { interview_id: string; content: string; facts: string }
  }>
  const rows = await typed.selectFrom('debriefs').select(['interview_id', 'content']).execute()
  for (const row of rows) {
    const facts = factsOf(JSON.parse(row.content) as StoredDebrief)
    await typed
      .updateTable('debriefs')
      .set({ facts: JSON.stringify(facts) })
      .where('interview_id', '=', row.interview_id)
      .execute()
  }

  // Progress sums attempts per day over a whole history: an index that holds every figure it
  // reads lets the database answer from the index alone.
  await db.schema
    .createIndex('attempts_user_figures_idx')
    .on('attempts')
    .columns(['user_id', 'created_at', 'word_count', 'filler_count', 'assertiveness_score'])
    .execute()

  await db.schema
    .createTable('rebounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // Deleting the application (or the interview) deletes what was written about it.
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (c) => c.references('interviews.id').onDelete('cascade'))
    .addColumn('mood', 'integer')
    .addColumn('learned', 'text', (c) => c.notNull())
    .addColumn('steps', 'text', (c) => c.notNull()) // JSON ReboundStep[]
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute()
  await db.schema.createIndex('rebounds_user_idx').on('rebounds').columns(['user_id', 'created_at']).execute()

  await db.schema
    .createTable('moods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('mood', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('moods_user_idx').on('moods').columns(['user_id', 'created_at']).execute()
}
