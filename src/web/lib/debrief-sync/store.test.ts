import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type DebriefContent, emptyDebrief } from '../../../domain/debrief'
import type { DebriefState } from '../../../shared/schemas/interviews'
import { NetworkError } from '../api-client'
import { getDebrief, putDebrief, type SaveOutcome } from './debrief-api'
import { saveEditNow } from './edit-now'
import { createDebriefSync, type DebriefSync } from './store'

vi.mock('../i18n', () => ({ currentLanguage: () => 'fr' }))
vi.mock('./debrief-api', () => ({ getDebrief: vi.fn(), putDebrief: vi.fn() }))

/** The store against fakes: the server (getDebrief/putDebrief), the browser's storage and events. */

class MemoryStorage implements Storage {
  private items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}

const debrief = (wentWell: string, note = ''): DebriefContent => ({
  ...emptyDebrief(),
  feelings: { emotions: [], wentWell, note },
})
const onServer = (version: number, content: DebriefContent): DebriefState => ({
  version,
  debrief: content,
  progress: 0,
  updatedAt: null,
})

const DRAFT = 'rebond.debrief.draft.u1.i1'
const DISCARDED = 'rebond.debrief.discarded.u1.i1'

let local: MemoryStorage
let browser: EventTarget & { localStorage: Storage; sessionStorage: Storage }
let network: { onLine: boolean }
let store: DebriefSync

const put = vi.mocked(putDebrief)
const get = vi.mocked(getDebrief)

/** The server answers each PUT with the next answer given, in order. */
function serverAnswers(...answers: (SaveOutcome | Error)[]) {
  for (const answer of answers)
    put.mockImplementationOnce(async () => {
      if (answer instanceof Error) throw answer
      return answer
    })
}

async function opened(content = debrief(''), version = 0) {
  get.mockResolvedValueOnce(onServer(version, content))
  store = createDebriefSync('u1', 'i1')
  store.ensureLoaded()
  await vi.runAllTimersAsync()
  expect(store.getSnapshot().status).toBe('idle')
}

const typed = (wentWell: string) => (c: DebriefContent) => ({ ...c, feelings: { ...c.feelings, wentWell } })

beforeEach(() => {
  vi.useFakeTimers()
  local = new MemoryStorage()
  browser = Object.assign(new EventTarget(), { localStorage: local, sessionStorage: new MemoryStorage() })
  network = { onLine: true }
  vi.stubGlobal('window', browser)
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }))
  vi.stubGlobal('navigator', network)
})

afterEach(() => {
  store?.dispose()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.resetAllMocks()
})

describe('the debrief store', () => {
  it('keeps the draft on this device under the same key as before, sends it after the pause, then forgets it', async () => {
    await opened(debrief(''), 2)
    serverAnswers({ kind: 'saved', state: onServer(3, debrief('typed')) })
    store.edit(typed('typed'))
    expect(JSON.parse(local.getItem(DRAFT) ?? 'null')).toMatchObject({ v: 1, baseVersion: 2 })
    expect(put).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(800)
    expect(put).toHaveBeenCalledWith('i1', 2, debrief('typed'), { keepalive: false })
    expect(store.getSnapshot()).toMatchObject({ status: 'saved', version: 3 })
    expect(local.getItem(DRAFT)).toBeNull()
  })

  it('offline, keeps the edits and sends them when the connection returns', async () => {
    await opened()
    serverAnswers(new NetworkError(), { kind: 'saved', state: onServer(1, debrief('typed offline')) })
    network.onLine = false
    store.edit(typed('typed offline'))
    await vi.advanceTimersByTimeAsync(800)
    expect(store.getSnapshot().status).toBe('offline')
    expect(local.getItem(DRAFT)).not.toBeNull()
    network.onLine = true
    browser.dispatchEvent(new Event('online'))
    await vi.advanceTimersByTimeAsync(0)
    expect(put).toHaveBeenCalledTimes(2)
    expect(store.getSnapshot().status).toBe('saved')
  })

  it('a page being hidden sends what waits at once, as keepalive', async () => {
    await opened()
    serverAnswers({ kind: 'saved', state: onServer(1, debrief('typed')) })
    store.edit(typed('typed'))
    window.dispatchEvent(new Event('pagehide'))
    expect(put).toHaveBeenCalledWith('i1', 0, debrief('typed'), { keepalive: true })
    await vi.advanceTimersByTimeAsync(0)
  })

  it('a page hidden while offline sends nothing: the edits wait on the device', async () => {
    await opened()
    network.onLine = false
    store.edit(typed('typed offline'))
    window.dispatchEvent(new Event('pagehide'))
    expect(put).not.toHaveBeenCalled()
    expect(local.getItem(DRAFT)).not.toBeNull()
  })

  it('keeping mine after a conflict stores the other version aside and shows it', async () => {
    await opened()
    serverAnswers(
      { kind: 'conflict', current: onServer(1, debrief('theirs')) },
      { kind: 'saved', state: onServer(2, debrief('mine')) },
    )
    store.edit(typed('mine'))
    expect(await store.settle()).toBe(false)
    expect(store.getSnapshot().conflict?.theirs.version).toBe(1)
    store.keepMine()
    expect(store.getSnapshot().discarded.map((c) => c.which)).toEqual(['theirs'])
    expect(JSON.parse(local.getItem(DISCARDED) ?? '[]')).toHaveLength(1)
    expect(await store.settle()).toBe(true)
    expect(put).toHaveBeenLastCalledWith('i1', 1, debrief('mine'), { keepalive: false })
  })

  it('forgetting everything removes what this device kept and ignores late answers', async () => {
    await opened()
    let answer: (outcome: SaveOutcome) => void = () => {}
    put.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
    store.edit(typed('typed'))
    store.flush()
    // Typed while that save is in flight: were the answer heard, this would be kept as a draft.
    store.edit(typed('typed, then more'))
    store.forgetEverything()
    expect(local.getItem(DRAFT)).toBeNull()
    answer({ kind: 'saved', state: onServer(1, debrief('typed, then more')) })
    await vi.advanceTimersByTimeAsync(1000)
    expect(local.getItem(DRAFT)).toBeNull()
  })
})

describe('an edit made from another page (saveEditNow)', () => {
  const addLesson = (c: DebriefContent): DebriefContent => ({
    ...c,
    lessons: [...c.lessons, { id: 'l1', text: 'From the feedback', actions: [] }],
  })

  it('sends what waits first, then the edit, and resolves once the server holds it', async () => {
    await opened(debrief(''), 4)
    serverAnswers(
      { kind: 'saved', state: onServer(5, debrief('typed before')) },
      { kind: 'saved', state: onServer(6, addLesson(debrief('typed before'))) },
    )
    store.edit(typed('typed before'))
    const outcome = await saveEditNow(store, addLesson)
    expect(outcome.kind).toBe('saved')
    expect(put.mock.calls.map(([, version, content]) => [version, content.lessons.length])).toEqual([
      [4, 0],
      [5, 1],
    ])
  })

  it('if another version was saved first, withdraws the edit: theirs stays, nothing set aside', async () => {
    await opened(debrief('base'), 1)
    serverAnswers({ kind: 'conflict', current: onServer(2, debrief('saved elsewhere')) })
    expect(await saveEditNow(store, addLesson)).toEqual({ kind: 'conflict' })
    const after = store.getSnapshot()
    expect(after).toMatchObject({ status: 'saved', conflict: null, version: 2, discarded: [] })
    expect(after.content?.lessons).toEqual([])
    expect(after.content?.feelings.wentWell).toBe('saved elsewhere')
    expect(local.getItem(DRAFT)).toBeNull()
  })

  it('a change that refuses (throws) changes nothing', async () => {
    await opened()
    const refuse = () => {
      throw new Error('lessons_full')
    }
    await expect(saveEditNow(store, refuse)).rejects.toThrow('lessons_full')
    expect(put).not.toHaveBeenCalled()
    expect(store.getSnapshot().status).toBe('idle')
  })

  it('does not add anything while a conflict waits for the person', async () => {
    await opened()
    serverAnswers({ kind: 'conflict', current: onServer(1, debrief('theirs')) })
    store.edit(typed('mine'))
    await store.settle()
    expect(await saveEditNow(store, addLesson)).toEqual({ kind: 'conflict' })
    expect(store.getSnapshot().conflict?.mine.lessons).toEqual([])
  })

  it('offline: says so, the failure as it is', async () => {
    await opened()
    serverAnswers(new NetworkError())
    network.onLine = false
    const outcome = await saveEditNow(store, addLesson)
    expect(outcome.kind).toBe('failed')
    expect(outcome.kind === 'failed' && outcome.error).toBeInstanceOf(NetworkError)
  })
})
