import { describe, expect, it } from 'vitest'
import { createDeviceStore, deviceStorage, tabStorage } from './device-storage'

/** A Storage in memory, optionally full (every write refused, as browsers do past their quota). */
function memoryStorage({ full = false } = {}): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      items.set(key, String(value))
    },
    removeItem: (key) => {
      items.delete(key)
    },
    clear: () => items.clear(),
  }
}

describe('device storage', () => {
  it('keeps text and JSON under the rebond. namespace', () => {
    const area = memoryStorage()
    const store = createDeviceStore(() => area)
    expect(store.writeText('language', 'en')).toBe(true)
    expect(store.writeJson('pitch.draft.u1', { from: 'Lyon', strengths: '' })).toBe(true)
    expect(area.getItem('rebond.language')).toBe('en')
    expect(area.getItem('rebond.pitch.draft.u1')).toBe('{"from":"Lyon","strengths":""}')
    expect(store.readText('language')).toBe('en')
    expect(store.readJson('pitch.draft.u1')).toEqual({ from: 'Lyon', strengths: '' })
  })

  it('reads nothing as null, and text that is not JSON as null through readJson', () => {
    const area = memoryStorage()
    area.setItem('rebond.broken', '{not json')
    const store = createDeviceStore(() => area)
    expect(store.readText('missing')).toBeNull()
    expect(store.readJson('missing')).toBeNull()
    expect(store.readJson('broken')).toBeNull()
    expect(store.readText('broken')).toBe('{not json')
  })

  it('lists and removes keys under a prefix, leaving other keys and other apps alone', () => {
    const area = memoryStorage()
    area.setItem('other-app.draft.1', 'x')
    const store = createDeviceStore(() => area)
    store.writeText('draft.a', '1')
    store.writeText('draft.b', '2')
    store.writeText('language', 'fr')
    expect(store.keys('draft.').sort()).toEqual(['draft.a', 'draft.b'])
    store.removeAll('draft.')
    expect(store.keys()).toEqual(['language'])
    expect(area.getItem('other-app.draft.1')).toBe('x')
    store.remove('language')
    expect(store.readText('language')).toBeNull()
  })

  it('says when a write did not happen because storage is full, and keeps what was there', () => {
    const area = memoryStorage({ full: true })
    const store = createDeviceStore(() => area)
    expect(store.writeText('a', 'b')).toBe(false)
    expect(store.writeJson('a', { b: 1 })).toBe(false)
    expect(store.readText('a')).toBeNull()
  })

  it('never throws when storage is disabled or missing', () => {
    const denied = createDeviceStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    const missing = createDeviceStore(() => undefined)
    for (const store of [denied, missing]) {
      expect(store.readText('a')).toBeNull()
      expect(store.readJson('a')).toBeNull()
      expect(store.writeText('a', 'b')).toBe(false)
      expect(store.writeJson('a', 1)).toBe(false)
      expect(store.keys()).toEqual([])
      expect(() => store.remove('a')).not.toThrow()
      expect(() => store.removeAll('a')).not.toThrow()
    }
  })

  it('refuses values JSON cannot hold instead of throwing', () => {
    const store = createDeviceStore(() => memoryStorage())
    const loop: Record<string, unknown> = {}
    loop.self = loop
    expect(store.writeJson('loop', loop)).toBe(false)
  })

  it('outside a browser, the shared stores hold nothing and accept nothing', () => {
    expect(deviceStorage.writeText('a', 'b')).toBe(false)
    expect(tabStorage.readText('a')).toBeNull()
  })
})
