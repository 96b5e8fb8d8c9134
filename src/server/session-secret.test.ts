import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type DatabaseHandle, openDatabase } from './db/connection'
import { migrateToLatest } from './db/migrate'
import { readOrCreateSessionSecretFile, resolveSessionSecret } from './session-secret'
import { sessionCookie, signUp, testConfig } from './test-support/app'
import {
  instancesOnOneDatabase,
  type SharedDatabase,
  sharedDatabases,
  sharedPostgres,
} from './test-support/instances'

const postgresUrl = process.env.TEST_DATABASE_URL
const freshDir = () => mkdtempSync(path.join(tmpdir(), 'rebond-secret-'))
const at = new Date('2026-03-02T09:00:00.000Z')

describe('resolveSessionSecret', () => {
  it('on SQLite, generates a secret once, keeps it private in DATA_DIR, and reuses it', async () => {
    const dir = freshDir()
    const database = openDatabase({ kind: 'sqlite', filename: ':memory:' })
    try {
      const resolve = () => resolveSessionSecret({ configured: undefined, dataDir: dir, database, now: at })
      const first = await resolve()
      expect(first.length).toBeGreaterThanOrEqual(32)
      expect(await resolve()).toBe(first)
      const file = path.join(dir, 'session-secret')
      expect(readFileSync(file, 'utf8').trim()).toBe(first)
      expect(statSync(file).mode & 0o077).toBe(0)
    } finally {
      await database.close()
    }
  })

  it('uses SESSION_SECRET when set, and writes nothing', async () => {
    const dir = path.join(freshDir(), 'unused')
    const database = openDatabase({ kind: 'sqlite', filename: ':memory:' })
    try {
      const configured = 'c'.repeat(40)
      expect(await resolveSessionSecret({ configured, dataDir: dir, database, now: at })).toBe(configured)
      expect(existsSync(dir)).toBe(false)
    } finally {
      await database.close()
    }
  })

  it('names DATA_DIR and the way out when the secret cannot be kept there', () => {
    const dir = freshDir()
    chmodSync(dir, 0o500)
    try {
      // Running as root ignores the mode: nothing to show then.
      if (process.getuid?.() === 0) return
      expect(() => readOrCreateSessionSecretFile(path.join(dir, 'sub'))).toThrow(
        /^DATA_DIR .* cannot hold the session secret \(.*\); choose another DATA_DIR or set SESSION_SECRET$/,
      )
    } finally {
      chmodSync(dir, 0o700)
    }
  })

  describe.runIf(postgresUrl)('on PostgreSQL', () => {
    let database: SharedDatabase
    const handles: DatabaseHandle[] = []
    afterEach(async () => {
      await Promise.all(handles.splice(0).map((h) => h.close()))
      await database?.drop()
    })
    const connect = async () => {
      const handle = database.connect()
      handles.push(handle)
      await migrateToLatest(handle.db)
      return handle
    }

    it('instances starting at once agree on one secret, kept in the database, DATA_DIR untouched', async () => {
      database = await sharedPostgres(postgresUrl ?? '')
      const [a, b, c] = [await connect(), await connect(), await connect()]
      const dataDir = path.join(freshDir(), 'data')
      const secrets = await Promise.all(
        [a, b, c, a, b].map((handle) =>
          resolveSessionSecret({ configured: undefined, dataDir, database: handle, now: at }),
        ),
      )
      expect(new Set(secrets).size).toBe(1)
      expect(secrets[0]?.length).toBeGreaterThanOrEqual(32)
      expect(existsSync(dataDir)).toBe(false)
    })

    it('adopts the secret an earlier version left in DATA_DIR, so signed-in people stay signed in', async () => {
      database = await sharedPostgres(postgresUrl ?? '')
      const handle = await connect()
      const dataDir = freshDir()
      const earlier = 'e'.repeat(48)
      writeFileSync(path.join(dataDir, 'session-secret'), `${earlier}\n`)
      expect(await resolveSessionSecret({ configured: undefined, dataDir, database: handle, now: at })).toBe(
        earlier,
      )
      // Once stored, the database's secret wins over any other instance's file.
      const otherDir = freshDir()
      writeFileSync(path.join(otherDir, 'session-secret'), `${'o'.repeat(48)}\n`)
      expect(
        await resolveSessionSecret({ configured: undefined, dataDir: otherDir, database: handle, now: at }),
      ).toBe(earlier)
    })
  })
})

describe.each(sharedDatabases)('two app instances without SESSION_SECRET on one database (%#)', (open) => {
  const instances = instancesOnOneDatabase(open)

  it("accept each other's sessions, and write no file outside DATA_DIR", async () => {
    const database = await instances.open()
    // SQLite keeps its secret beside its file, so its instances share DATA_DIR; PostgreSQL
    // instances share nothing but the database, and write nothing at all.
    const sqliteDir = freshDir()
    const dataDirs =
      database.kind === 'sqlite'
        ? [sqliteDir, sqliteDir]
        : [path.join(freshDir(), 'data'), path.join(freshDir(), 'data')]
    const start = (dataDir: string) =>
      instances.start({ config: testConfig({ sessionSecret: undefined, dataDir }) })
    // PostgreSQL instances may start at the same moment; two on one SQLite file would race to
    // migrate it (SQLite is one instance's database), so they start one after the other.
    const [first, second] =
      database.kind === 'postgres'
        ? await Promise.all(dataDirs.map(start))
        : [await start(sqliteDir), await start(sqliteDir)]
    if (!first || !second) throw new Error('apps did not start')

    const user = await signUp(first)
    const me = await second.inject({ url: '/api/me', headers: { cookie: user.cookie } })
    expect(me.statusCode).toBe(200)
    expect(me.json().user.email).toBe(user.email)
    const login = await second.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
    })
    const back = await first.inject({ url: '/api/me', headers: { cookie: sessionCookie(login) } })
    expect(back.statusCode).toBe(200)

    if (database.kind === 'postgres') {
      for (const dir of dataDirs) expect(existsSync(dir)).toBe(false)
    }
  })
})
