import { afterEach, describe, expect, it, vi } from 'vitest'

// Every file of src/shared/schemas but its tests and the helper itself.
const SCHEMA_FILES = import.meta.glob([
  '../../shared/schemas/*.ts',
  '!../../shared/schemas/*.test.ts',
  '!../../shared/schemas/lazy-schema.ts',
])

describe('the shared schemas in the browser', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it('are all left unbuilt until used (lazySchema), so that a page builds only the schemas it parses with', async () => {
    vi.stubGlobal('document', {})
    vi.resetModules()
    const { isDeferredSchema } = await import('../../shared/schemas/lazy-schema')
    const eager: string[] = []
    let deferred = 0
    for (const [file, load] of Object.entries(SCHEMA_FILES)) {
      const exports = (await load()) as Record<string, unknown>
      for (const [name, value] of Object.entries(exports)) {
        if (isDeferredSchema(value)) deferred++
        else if (typeof value === 'object' && value !== null && '_zod' in value)
          eager.push(`${file}: ${name}`)
      }
    }
    expect(eager).toEqual([])
    expect(deferred).toBeGreaterThan(150)
  })
})
