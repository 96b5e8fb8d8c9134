import { describe, expect, it } from 'vitest'
import script from '../public/zod-config.js?raw'

describe('the web app’s zod settings (public/zod-config.js)', () => {
  it('keeps zod from compiling code and from walking schemas for cycles, and keeps what was set before', () => {
    const context: { __zod_globalConfig?: Record<string, unknown> } = {
      __zod_globalConfig: { localeError: 'kept' },
    }
    // The script as the page runs it, its `globalThis` this test's stand-in.
    new Function('globalThis', script)(context)
    const config = context.__zod_globalConfig as {
      jitless: boolean
      localeError: string
      memoizer: {
        attach: () => void
        guard: () => void
        alloc: (s: unknown, p: unknown, empty: object) => object
      }
    }
    expect(config.jitless).toBe(true)
    expect(config.localeError).toBe('kept')
    const empty = {}
    expect(config.memoizer.alloc({}, { value: {} }, empty)).toBe(empty)
    expect(config.memoizer.attach()).toBeUndefined()
    expect(config.memoizer.guard()).toBeUndefined()
  })
})
