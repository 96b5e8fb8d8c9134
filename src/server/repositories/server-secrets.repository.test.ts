import { beforeEach, describe, expect, it } from 'vitest'
import { testDatabases } from '../test-support/databases'
import { migratedPerTest } from '../test-support/repositories'
import { createServerSecretsRepository, type ServerSecretsRepository } from './server-secrets.repository'

const at = new Date('2026-03-02T09:00:00.000Z')

describe.each(testDatabases)('server secrets repository on $kind', (database) => {
  const ctx = migratedPerTest(database)
  let secrets: ServerSecretsRepository
  beforeEach(() => {
    secrets = createServerSecretsRepository(ctx.handle.db)
  })

  it('keeps the first value offered for a name and gives it back to every later caller', async () => {
    expect(await secrets.getOrCreate('session', 'first-candidate', at)).toBe('first-candidate')
    expect(await secrets.getOrCreate('session', 'second-candidate', at)).toBe('first-candidate')
    expect(await secrets.getOrCreate('other', 'its-own', at)).toBe('its-own')
  })

  it('callers racing with different candidates all get the same one', async () => {
    const values = await Promise.all(
      Array.from({ length: 8 }, (_, i) => secrets.getOrCreate('session', `candidate-${i}`, at)),
    )
    expect(new Set(values).size).toBe(1)
  })
})
