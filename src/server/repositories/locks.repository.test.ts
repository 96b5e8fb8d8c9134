import { type Kysely, sql } from 'kysely'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../db/schema'
import { testDatabases } from '../test-support/databases'
import { insertOwnerWithInterviews } from '../test-support/repositories'
import { migratedPerFile } from '../test-support/shared-database'
import { createRepositories } from '.'
import { isUniqueViolation } from './locks.repository'

const T0 = '2026-03-02T09:00:00.000Z'
const pitch = { from: 'Vente', strengths: 'Chiffrer', next: 'Produit', whyCompany: 'Le sport' }

/** What a repository call threw (undefined when it did not throw). */
const thrownBy = (work: () => Promise<unknown>) =>
  work().then(
    () => undefined,
    (error: unknown) => error,
  )

/** A promise and the function that settles it: lets two transactions take turns without timers. */
function signal() {
  let give!: () => void
  const given = new Promise<void>((resolve) => {
    give = resolve
  })
  return { give, given }
}

/**
 * Whether some other PostgreSQL session waits for a lock held by backend `pid`: true once one
 * does, false if `done()` comes true first (the other session went through without waiting).
 */
async function someoneWaitsFor(db: Kysely<Database>, pid: number, done: () => boolean): Promise<boolean> {
  while (!done()) {
    const { rows } = await sql<{ waiting: number | string }>`
      select count(*) as waiting from pg_stat_activity where ${pid} = any(pg_blocking_pids(pid))`.execute(db)
    if (Number(rows[0]?.waiting) > 0) return true
    await new Promise((resolve) => setImmediate(resolve))
  }
  return false
}

const backendPid = async (trx: Kysely<Database>) =>
  Number((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]?.pid)

describe.each(testDatabases)('locks repository on $kind', (database) => {
  const ctx = migratedPerFile(database)

  beforeEach(async () => {
    await insertOwnerWithInterviews(ctx.repos, T0, ['i1'])
  })

  it('isUniqueViolation recognises what this engine throws for a duplicate key, and only that', async () => {
    await ctx.repos.preparation.addPitch('u1', 1, pitch, T0)
    await ctx.repos.sessions.insert({ id: 's1', userId: 'u1', createdAt: T0, expiresAt: T0 })
    const rebound = {
      interviewId: 'i1',
      applicationId: 'a1',
      mood: null,
      learned: '',
      steps: [],
      createdAt: T0,
    }
    await ctx.repos.rebounds.insert('u1', { ...rebound, id: 'r1', closedAt: T0 }, T0)
    await ctx.repos.rebounds.insert('u1', { ...rebound, id: 'r2', closedAt: null }, T0)

    const duplicates = {
      'a composite primary key (pitch version)': () => ctx.repos.preparation.addPitch('u1', 1, pitch, T0),
      'a text primary key (session id)': () =>
        ctx.repos.sessions.insert({ id: 's1', userId: 'u1', createdAt: T0, expiresAt: T0 }),
      'a partial unique index (a second open rebound)': () =>
        ctx.repos.rebounds.update('u1', 'r1', { closedAt: null }, T0),
    }
    for (const [what, work] of Object.entries(duplicates)) {
      expect(isUniqueViolation(await thrownBy(work)), what).toBe(true)
    }

    const others = {
      'a foreign key to no one': () => ctx.repos.moods.add('nobody', { id: 'm1', at: T0, mood: 3, note: '' }),
      'a missing table': () => sql`select * from no_such_table`.execute(ctx.handle.db),
    }
    for (const [what, work] of Object.entries(others)) {
      const error = await thrownBy(work)
      expect(error, what).toBeDefined()
      expect(isUniqueViolation(error), what).toBe(false)
    }
    for (const notADatabaseError of [new Error('boom'), null, undefined, 'duplicate', { code: 23505 }]) {
      expect(isUniqueViolation(notADatabaseError)).toBe(false)
    }
  })

  it('works inside a transaction on either engine: two that lock, read the last version and add the next get 1 and 2', async () => {
    const addNextPitch = () =>
      ctx.handle.db.transaction().execute(async (trx) => {
        const repos = createRepositories(trx)
        await repos.locks.owner('u1')
        const latest = (await repos.preparation.pitches('u1'))[0]?.version ?? 0
        await repos.preparation.addPitch('u1', latest + 1, pitch, T0)
        return latest + 1
      })
    expect((await Promise.all([addNextPitch(), addNextPitch()])).sort()).toEqual([1, 2])
    expect((await ctx.repos.preparation.pitches('u1')).map((p) => p.version)).toEqual([2, 1])
  })

  if (database.kind === 'postgres') {
    it('on PostgreSQL, a second transaction of the same owner waits for the first, then reads what it added', async () => {
      const log: string[] = []
      const firstHolds = signal()
      const firstMayAdd = signal()
      let firstPid = 0
      // Lock the owner, read the last pitch version, add the next: what savePitch does.
      const addNextPitch = (who: string, beforeAdding?: (trx: Kysely<Database>) => Promise<void>) =>
        ctx.handle.db.transaction().execute(async (trx) => {
          const repos = createRepositories(trx)
          await repos.locks.owner('u1')
          const latest = (await repos.preparation.pitches('u1'))[0]?.version ?? 0
          log.push(`${who} reads version ${latest}`)
          await beforeAdding?.(trx)
          await repos.preparation.addPitch('u1', latest + 1, pitch, T0)
          log.push(`${who} adds version ${latest + 1} and commits`)
        })
      const first = addNextPitch('first', async (trx) => {
        firstPid = await backendPid(trx)
        firstHolds.give()
        await firstMayAdd.given
      })
      await firstHolds.given
      const second = addNextPitch('second')
      const secondRead = () => log.some((line) => line.startsWith('second reads'))
      if (await someoneWaitsFor(ctx.handle.db, firstPid, secondRead)) log.push('second waits for the first')
      firstMayAdd.give()
      await Promise.all([first, second])
      expect(log).toEqual([
        'first reads version 0',
        'second waits for the first',
        'first adds version 1 and commits',
        'second reads version 1',
        'second adds version 2 and commits',
      ])
    })

    it('on PostgreSQL, another owner’s transaction does not wait', async () => {
      const log: string[] = []
      const firstHolds = signal()
      const firstMayCommit = signal()
      let firstPid = 0
      const first = ctx.handle.db.transaction().execute(async (trx) => {
        await createRepositories(trx).locks.owner('u1')
        firstPid = await backendPid(trx)
        log.push('u1 holds the lock')
        firstHolds.give()
        await firstMayCommit.given
        log.push('u1 commits')
      })
      await firstHolds.given
      const second = ctx.handle.db.transaction().execute(async (trx) => {
        await createRepositories(trx).locks.owner('u2')
        log.push('u2 holds the lock and commits')
      })
      const secondDone = () => log.includes('u2 holds the lock and commits')
      if (await someoneWaitsFor(ctx.handle.db, firstPid, secondDone)) log.push('u2 waits for u1')
      firstMayCommit.give()
      await Promise.all([first, second])
      expect(log).toEqual(['u1 holds the lock', 'u2 holds the lock and commits', 'u1 commits'])
    })
  }
})
