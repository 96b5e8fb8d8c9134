import { type Kysely, Migrator, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { testDatabases } from '../test-support/databases'
import { whileNoSchemaIsDropped } from '../test-support/postgres-schemas'
import type { DatabaseHandle } from './connection'
import { migrateToLatest } from './migrate'
import { migrations } from './migrations'

describe.each(testDatabases)('migrations on $kind', (database) => {
  it('migrate a database next to another one already migrated, and run once', async () => {
    // On PostgreSQL each handle is its own schema of the same database.
    const first = await database.open()
    const second = await database.open()
    try {
      await migrateToLatest(first.db)
      const result = await migrateToLatest(second.db)
      expect(result.results?.map((r) => r.migrationName)).toEqual(Object.keys(migrations))
      expect((await migrateToLatest(second.db)).results).toEqual([])
    } finally {
      await first.close()
      await second.close()
    }
  })
})

describe('migration names', () => {
  it('are ASCII and numbered, so the code-unit order migrate.ts compares by is their order', () => {
    const names = Object.keys(migrations)
    for (const name of names) expect(name).toMatch(/^\d{4}-[a-z0-9-]+$/)
    expect([...names].sort()).toEqual([...names].sort((a, b) => a.localeCompare(b)))
    expect([...names].sort()).toEqual(names)
  })
})

describe.each(testDatabases)('migration 0009 on $kind', (database) => {
  it('closes the extra open rebounds a race left behind, keeping the oldest open, before forbidding them', async () => {
    const handle = await database.open()
    try {
      const db = await migratedTo(handle, '0008-prep-completed-actions')
      await insertOwnerWithApplication(db, at)
      const rebound = (id: string, createdAt: string) => ({
        id,
        user_id: 'u1',
        application_id: 'a1',
        interview_id: null,
        mood: null,
        learned: '',
        steps: '[]',
        created_at: createdAt,
        updated_at: createdAt,
        closed_at: null,
      })
      await db
        .insertInto('rebounds')
        .values([
          rebound('r2', '2026-03-02T10:00:00.000Z'),
          rebound('r1', at),
          rebound('r3', '2026-03-02T11:00:00.000Z'),
        ])
        .execute()

      await migrateToLatest(handle.db)
      const rows = await db.selectFrom('rebounds').select(['id', 'closed_at']).orderBy('id').execute()
      expect(rows).toEqual([
        { id: 'r1', closed_at: null },
        { id: 'r2', closed_at: '2026-03-02T10:00:00.000Z' },
        { id: 'r3', closed_at: '2026-03-02T11:00:00.000Z' },
      ])
    } finally {
      await handle.close()
    }
  })
})

describe.each(testDatabases)('migration 0012 on $kind', (database) => {
  it("puts each plan's mood in the mood log, and keeps suggested steps by key only", async () => {
    const handle = await database.open()
    try {
      const db = await migratedTo(handle, '0010-accounts-hardening')
      await insertOwnerWithApplication(db, at)
      const steps = [
        { id: 's1', key: 'rest', text: 'Faire quelque chose qui vous ressource', done: true },
        { id: 's2', key: 'talk', text: 'Talk it over with someone you trust', done: false },
        { id: 's3', key: 'rehearse_two', text: 'Répéter la question du salaire', done: false },
        { id: 's4', key: null, text: 'Appeler Léa', done: false },
      ]
      const rebound = (id: string, mood: number | null) => ({
        id,
        user_id: 'u1',
        application_id: 'a1',
        interview_id: null,
        mood,
        learned: '',
        steps: JSON.stringify(steps),
        created_at: at,
        updated_at: '2026-03-02T10:00:00.000Z',
        closed_at: id === 'r1' ? null : at,
      })
      await db
        .insertInto('rebounds')
        .values([rebound('r1', 2), rebound('r2', null)])
        .execute()

      await migrateToLatest(handle.db)
      const moods = await db
        .selectFrom('moods')
        .select(['user_id', 'mood', 'created_at', 'rebound_id'])
        .execute()
      expect(moods.map((m) => ({ ...m, mood: Number(m.mood) }))).toEqual([
        { user_id: 'u1', mood: 2, created_at: '2026-03-02T10:00:00.000Z', rebound_id: 'r1' },
      ])
      const row = await db
        .selectFrom('rebounds')
        .select('steps')
        .where('id', '=', 'r1')
        .executeTakeFirstOrThrow()
      expect(JSON.parse(row.steps as string).map((s: { text: string }) => s.text)).toEqual([
        '',
        '',
        'Répéter la question du salaire',
        'Appeler Léa',
      ])
    } finally {
      await handle.close()
    }
  })
})

const at = '2026-03-02T09:00:00.000Z'
type AnyDb = Kysely<Record<string, Record<string, unknown>>>

/** The database migrated up to `name` only, as an older version left it, untyped. */
async function migratedTo(handle: DatabaseHandle, name: string): Promise<AnyDb> {
  const db = handle.db as unknown as AnyDb
  const migrate = async () => {
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
      ...(handle.kind === 'postgres' ? { migrationTableSchema: await currentSchema(db) } : {}),
    })
    expect((await migrator.migrateTo(name)).error).toBeUndefined()
  }
  await (handle.kind === 'postgres' ? whileNoSchemaIsDropped(db, migrate) : migrate())
  return db
}

/** User u1 and its rejected application a1, as the early migrations' tables hold them. */
async function insertOwnerWithApplication(db: AnyDb, createdAt: string): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: 'u1',
      email: 'u1@example.com',
      password_hash: 'x',
      display_name: 'U',
      language: 'fr',
      created_at: createdAt,
      updated_at: createdAt,
    })
    .execute()
  await db
    .insertInto('applications')
    .values({
      id: 'a1',
      user_id: 'u1',
      company: 'C',
      role: 'R',
      posting_url: '',
      source: '',
      status: 'rejected',
      notes: '',
      created_at: createdAt,
      updated_at: createdAt,
    })
    .execute()
}

async function currentSchema(db: AnyDb): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
  return rows[0]?.schema ?? 'public'
}
