import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as argon2 from '@node-rs/argon2'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildApp } from '../app'
import { loadConfig } from '../config'
import { openDatabase } from '../db/connection'
import { createTestApp, postLogin, signUp, TEST_PASSWORD_COST } from '../test-support/app'
import { testDatabases } from '../test-support/databases'
import { createPasswords, type PasswordCost, PRODUCTION_PASSWORD_COST, verifyPassword } from './passwords'

// The real argon2, watched: which hashes are verified tells which cost the hidden dummy hash was made with.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>()
  return { ...real, verify: vi.fn(real.verify) }
})

/** The cost written in an argon2 hash: `$argon2id$v=19$m=19456,t=2,p=1$…`. */
function costOf(hash: string): PasswordCost {
  const match = hash.match(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/)
  if (!match) throw new Error(`not an argon2id hash: ${hash}`)
  return { memoryCost: Number(match[1]), timeCost: Number(match[2]), parallelism: Number(match[3]) }
}

const verifiedHashes = () => vi.mocked(argon2.verify).mock.calls.map(([hash]) => String(hash))

afterEach(() => {
  vi.mocked(argon2.verify).mockClear()
})

describe('password hashing cost', () => {
  it('is the OWASP baseline in production: 19 MiB, 2 passes, 1 lane', () => {
    expect(PRODUCTION_PASSWORD_COST).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 })
    expect(createPasswords().cost).toEqual(PRODUCTION_PASSWORD_COST)
  })

  it('is the production cost for an app built the way server.ts builds it, whatever the environment says', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rebond-passwords-'))
    const config = loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    })
    const app = await buildApp({ config, database: openDatabase({ kind: 'sqlite', filename: ':memory:' }) })
    try {
      expect(app.passwords.cost).toEqual(PRODUCTION_PASSWORD_COST)
      const user = await signUp(app)
      const record = await app.repositories.users.findByEmail(user.email)
      expect(costOf(record?.passwordHash ?? '')).toEqual(PRODUCTION_PASSWORD_COST)

      // An unknown email costs a verification against a hash as dear as a real one.
      const login = await postLogin(app, { email: 'nobody@example.com', password: 'correct horse battery' })
      expect(login.statusCode).toBe(401)
      expect(verifiedHashes().map(costOf)).toEqual([PRODUCTION_PASSWORD_COST])
    } finally {
      await app.close()
    }
  })

  it('verifies a hash made with the test cost, whatever cost the verifier was made with', async () => {
    const cheap = createPasswords(TEST_PASSWORD_COST)
    const hash = await cheap.hash('correct horse battery')
    expect(costOf(hash)).toEqual(TEST_PASSWORD_COST)
    expect(await cheap.verify(hash, 'correct horse battery')).toBe(true)
    expect(await cheap.verify(hash, 'correct horse batterY')).toBe(false)
    expect(await createPasswords().verify(hash, 'correct horse battery')).toBe(true)
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true)
    expect(await verifyPassword('not a hash', 'correct horse battery')).toBe(false)
  })

  it('hides unknown emails behind a dummy hash of the same cost as real hashes', async () => {
    const cheap = createPasswords(TEST_PASSWORD_COST)
    await cheap.burnVerifyTime('correct horse battery')
    await cheap.burnVerifyTime('another guess')
    expect(verifiedHashes().map(costOf)).toEqual([TEST_PASSWORD_COST, TEST_PASSWORD_COST])
  })

  it.each(testDatabases.map((database) => [database.kind, database] as const))(
    'test apps sign up and sign in with the test cost on %s',
    async (_kind, database) => {
      const app = await createTestApp(database)
      try {
        expect(app.passwords.cost).toEqual(TEST_PASSWORD_COST)
        const user = await signUp(app)
        const record = await app.repositories.users.findByEmail(user.email)
        expect(costOf(record?.passwordHash ?? '')).toEqual(TEST_PASSWORD_COST)
        const login = await postLogin(app, { email: user.email, password: user.password })
        expect(login.statusCode).toBe(200)
      } finally {
        await app.close()
      }
    },
  )
})
