import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../../db/connection'
import { DATA_TABLES } from '../../repositories/account-data.repository'
import { fillAccount } from '../../test-support/account-history'
import { asUser, createTestApp, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'
import { ownedRowCounts } from '../../test-support/owned-rows'

describe.each(testDatabases)('deleting an account on $kind', (database) => {
  let app: FastifyInstance
  let handle: DatabaseHandle
  afterEach(async () => {
    await app?.close()
  })

  async function twoFilledAccounts(): Promise<[SignedUpUser, SignedUpUser]> {
    handle = await database.open()
    app = await createTestApp({ kind: database.kind, open: async () => handle })
    const leaving = await signUp(app)
    const staying = await signUp(app)
    for (const [who, tag] of [
      [leaving, 'Partante'],
      [staying, 'Restante'],
    ] as const) {
      await fillAccount(app, who, tag)
      expect((await asUser(app, who).post('/api/me/calendar-feed', {})).statusCode).toBe(201)
    }
    return [leaving, staying]
  }

  it('removes every row the person owns, in every table, recordings included; nobody else’s', async () => {
    const [leaving, staying] = await twoFilledAccounts()
    const before = await ownedRowCounts(handle.db, leaving.id)
    const othersBefore = await ownedRowCounts(handle.db, staying.id)
    // What fillAccount made is there to be deleted, recordings among it: every kind of row an export
    // carries, and the account's own (its sessions and calendar address).
    for (const table of ['users', 'sessions', ...DATA_TABLES, 'calendar_feeds'])
      expect(before[table], table).toBeGreaterThan(0)

    const response = await asUser(app, leaving).delete('/api/me', { password: leaving.password })
    expect(response.statusCode).toBe(204)

    const after = await ownedRowCounts(handle.db, leaving.id)
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    expect(
      Object.values(after).every((n) => n === 0),
      JSON.stringify(after),
    ).toBe(true)
    expect(await ownedRowCounts(handle.db, staying.id)).toEqual(othersBefore)
  })

  it('with a wrong password says so on the field and deletes nothing', async () => {
    const [leaving] = await twoFilledAccounts()
    const before = await ownedRowCounts(handle.db, leaving.id)
    const wrong = await asUser(app, leaving, 'en').delete('/api/me', { password: 'not my password at all' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().error.fields).toEqual({ password: 'This password does not match your account.' })
    expect(await ownedRowCounts(handle.db, leaving.id)).toEqual(before)
  })
})
