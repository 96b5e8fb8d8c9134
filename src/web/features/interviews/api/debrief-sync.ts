import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { type DebriefContent, debriefProgress, normalizeDebrief } from '../../../../domain/debrief'
import { type DebriefState, debriefContentSchema } from '../../../../shared/schemas/interviews'
import { ApiError, NetworkError } from '../../../lib/api-client'
import { useCurrentUser } from '../../../lib/session/get-me'
import { getDebrief, putDebrief } from './debrief-api'

/**
 * Autosave of one debrief, shared by every page that shows it.
 *
 * - Every edit is written to localStorage first (with the version it is based on), then sent
 *   about 800 ms after the last keystroke: closing the tab or losing the network loses nothing.
 * - One PUT at a time: edits made while one is in flight go out right after it.
 * - Network failures and 5xx are retried with backoff, and as soon as the browser is back online.
 * - A 409 (saved elsewhere first) pauses saving and keeps both versions until the person chooses;
 *   the one not chosen stays on this device as a recoverable copy.
 */

export type SyncStatus =
  | 'loading'
  | 'load_error'
  | 'idle'
  | 'pending'
  | 'saving'
  | 'saved'
  | 'offline'
  | 'error'
  | 'conflict'

export type Conflict = { mine: DebriefContent; theirs: DebriefState }
export type DiscardedCopy = { content: DebriefContent; which: 'mine' | 'theirs'; at: string }

export type SyncSnapshot = {
  status: SyncStatus
  content: DebriefContent | null
  version: number
  progress: number
  error: unknown
  /** Field messages from the API, keyed by path inside the debrief ("feelings.wentWell"). */
  fieldErrors: Record<string, string>
  conflict: Conflict | null
  discarded: DiscardedCopy | null
  /** True when unsent edits kept on this device were put back at load. */
  restored: boolean
  savedAt: number | null
}

type Draft = {
  v: 1
  tab: string
  baseVersion: number
  baseCanonical: string
  content: DebriefContent
  at: string
}

export const SAVE_DELAY_MS = 800
const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000]

// ---------- canonical comparison ----------

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key])
    return out
  }
  return typeof value === 'string' ? value.trim() : value
}

/** The debrief's substance, as the server would store it, without where the person is in it. */
export function canonical(content: DebriefContent): string {
  const { currentStep: _step, ...rest } = normalizeDebrief(content)
  return JSON.stringify(sortKeys(rest))
}

export function sameSubstance(a: DebriefContent, b: DebriefContent): boolean {
  return canonical(a) === canonical(b)
}

// ---------- storage ----------

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

let tabIdValue: string | null = null
/** This tab's id; kept in sessionStorage so that it survives a reload of the same tab. */
function tabId(): string {
  if (tabIdValue) return tabIdValue
  try {
    const existing = window.sessionStorage.getItem('rebond.tab')
    tabIdValue = existing ?? crypto.randomUUID()
    if (!existing) window.sessionStorage.setItem('rebond.tab', tabIdValue)
  } catch {
    tabIdValue = crypto.randomUUID()
  }
  return tabIdValue
}

function readJson(key: string): unknown {
  try {
    const raw = storage()?.getItem(key)
    return raw ? JSON.parse(raw) : null
  } catch {
    return null
  }
}

function writeJson(key: string, value: unknown): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

function isContent(value: unknown): value is DebriefContent {
  return debriefContentSchema.safeParse(value).success
}

function readDraft(key: string): Draft | null {
  const value = readJson(key) as Partial<Draft> | null
  if (value?.v !== 1 || typeof value.baseVersion !== 'number' || !isContent(value.content)) return null
  return value as Draft
}

function readDiscarded(key: string): DiscardedCopy | null {
  const value = readJson(key) as Partial<DiscardedCopy> | null
  if (!value || !isContent(value.content) || (value.which !== 'mine' && value.which !== 'theirs')) return null
  return value as DiscardedCopy
}

// ---------- the store ----------

export class DebriefSync {
  private readonly interviewId: string
  private readonly draftKey: string
  private readonly discardedKey: string
  private listeners = new Set<() => void>()
  private snapshot: SyncSnapshot
  private content: DebriefContent | null = null
  private version = 0
  private baseCanonical = ''
  private dirty = false
  private inFlight = false
  private loadStarted = false
  private saveTimer: ReturnType<typeof setTimeout> | undefined
  private retryTimer: ReturnType<typeof setTimeout> | undefined
  private attempt = 0

  constructor(userId: string, interviewId: string) {
    this.interviewId = interviewId
    this.draftKey = `rebond.debrief.draft.${userId}.${interviewId}`
    this.discardedKey = `rebond.debrief.discarded.${userId}.${interviewId}`
    this.snapshot = {
      status: 'loading',
      content: null,
      version: 0,
      progress: 0,
      error: null,
      fieldErrors: {},
      conflict: null,
      discarded: readDiscarded(this.discardedKey),
      restored: false,
      savedAt: null,
    }
    window.addEventListener('online', this.onOnline)
    window.addEventListener('pagehide', this.onHide)
    document.addEventListener('visibilitychange', this.onVisibility)
  }

  // --- external store plumbing ---

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  getSnapshot = (): SyncSnapshot => this.snapshot

  private set(patch: Partial<SyncSnapshot>) {
    const content = this.content
    this.snapshot = {
      ...this.snapshot,
      ...patch,
      content,
      version: this.version,
      progress: content ? debriefProgress(content) : 0,
    }
    for (const listener of this.listeners) listener()
  }

  // --- loading ---

  /** Loads once; later calls refresh from the server when nothing local is waiting. */
  ensureLoaded() {
    if (!this.loadStarted) {
      this.loadStarted = true
      void this.load()
      return
    }
    if (this.snapshot.status === 'load_error') {
      void this.load()
      return
    }
    if (!this.dirty && !this.inFlight && !this.snapshot.conflict && this.content) void this.refresh()
  }

  async load() {
    this.set({ status: 'loading', error: null })
    let state: DebriefState
    try {
      state = await getDebrief(this.interviewId)
    } catch (error) {
      this.set({ status: 'load_error', error })
      return
    }
    this.applyInitial(state)
  }

  private async refresh() {
    try {
      const state = await getDebrief(this.interviewId)
      if (this.dirty || this.inFlight || this.snapshot.conflict || state.version === this.version) return
      this.content = { ...state.debrief, currentStep: this.content?.currentStep ?? state.debrief.currentStep }
      this.version = state.version
      this.baseCanonical = canonical(state.debrief)
      this.set({})
    } catch {
      // The copy on screen stays; the next save will tell if it was stale.
    }
  }

  private applyInitial(state: DebriefState) {
    this.version = state.version
    this.baseCanonical = canonical(state.debrief)
    this.content = state.debrief
    const draft = readDraft(this.draftKey)
    if (!draft) {
      this.set({ status: 'idle' })
      return
    }
    const mine = normalizeDebrief(draft.content)
    if (canonical(mine) === this.baseCanonical) {
      // Already on the server (perhaps the answer to the last save never arrived).
      this.removeDraft()
      this.content = { ...state.debrief, currentStep: mine.currentStep }
      this.set({ status: 'saved', savedAt: Date.now() })
      return
    }
    this.content = mine
    this.dirty = true
    if (draft.baseVersion === state.version || draft.baseCanonical === this.baseCanonical) {
      // Nothing changed elsewhere since these edits were made: send them.
      this.writeDraft()
      this.set({ status: 'pending', restored: true })
      this.flush()
      return
    }
    this.set({ status: 'conflict', restored: true, conflict: { mine, theirs: state } })
  }

  // --- editing ---

  /** Applies an edit; saving follows about 800 ms after the last one. */
  edit = (change: (content: DebriefContent) => DebriefContent) => {
    const current = this.content
    if (!current) return
    const next = change(current)
    if (next === current) return
    this.content = normalizeDebrief(next)
    this.dirty = true
    this.writeDraft()
    const status = this.snapshot.conflict
      ? 'conflict'
      : this.inFlight
        ? 'saving'
        : this.snapshot.status === 'offline' || this.snapshot.status === 'error'
          ? this.snapshot.status
          : 'pending'
    this.set({ status })
    this.schedule(SAVE_DELAY_MS)
  }

  private writeDraft() {
    if (!this.content) return
    const draft: Draft = {
      v: 1,
      tab: tabId(),
      baseVersion: this.version,
      baseCanonical: this.baseCanonical,
      content: this.content,
      at: new Date().toISOString(),
    }
    writeJson(this.draftKey, draft)
  }

  /** Forgets the local copy, unless another tab wrote a newer one in the meantime. */
  private removeDraft() {
    const draft = readDraft(this.draftKey)
    if (!draft) return
    if (draft.tab !== tabId() && this.content && canonical(draft.content) !== canonical(this.content)) return
    try {
      storage()?.removeItem(this.draftKey)
    } catch {
      // Nothing to do: the draft will be recognised as already saved next time.
    }
  }

  private schedule(delay: number) {
    clearTimeout(this.saveTimer)
    this.saveTimer = setTimeout(() => this.flush(), delay)
  }

  // --- saving ---

  /** Sends what is waiting now (also the Retry button). */
  flush = (options: { keepalive?: boolean } = {}) => {
    clearTimeout(this.saveTimer)
    if (!this.dirty || !this.content || this.snapshot.conflict) return
    if (this.inFlight) return // sent again when the current request ends
    void this.send(options.keepalive === true)
  }

  retryNow = () => {
    clearTimeout(this.retryTimer)
    this.attempt = 0
    this.flush()
  }

  private async send(keepalive: boolean) {
    const sent = this.content
    if (!sent) return
    const baseVersion = this.version
    this.inFlight = true
    clearTimeout(this.retryTimer)
    this.set({ status: 'saving' })
    try {
      const outcome = await putDebrief(this.interviewId, baseVersion, sent, { keepalive })
      this.inFlight = false
      this.attempt = 0
      if (outcome.kind === 'saved') this.onSaved(sent, outcome.state)
      else this.onConflict(outcome.current)
    } catch (error) {
      this.inFlight = false
      this.onFailure(error)
    }
  }

  private onSaved(sent: DebriefContent, state: DebriefState) {
    this.version = state.version
    this.baseCanonical = canonical(state.debrief)
    const local = this.content ?? sent
    // The server may have added entries (a destabilizing entry per destabilized question): take
    // those, but keep every character typed locally, including what was typed since sending.
    const known = new Set(local.destabilizing.map((d) => d.questionId))
    const questionIds = new Set(local.questions.map((q) => q.id))
    const added = state.debrief.destabilizing.filter(
      (d) => !known.has(d.questionId) && questionIds.has(d.questionId),
    )
    if (added.length > 0)
      this.content = normalizeDebrief({ ...local, destabilizing: [...local.destabilizing, ...added] })
    if (this.content === sent) {
      this.dirty = false
      this.removeDraft()
      this.set({ status: 'saved', error: null, fieldErrors: {}, savedAt: Date.now() })
    } else {
      // Edits arrived while saving: they go out next, based on the new version.
      this.writeDraft()
      this.set({ status: 'pending', error: null, fieldErrors: {} })
      this.schedule(SAVE_DELAY_MS)
    }
  }

  private onConflict(theirs: DebriefState) {
    const mine = this.content
    if (!mine) return
    const theirsCanonical = canonical(theirs.debrief)
    if (theirsCanonical === this.baseCanonical || theirsCanonical === canonical(mine)) {
      // Only the position in the debrief changed elsewhere, or both sides hold the same: no real conflict.
      this.version = theirs.version
      this.baseCanonical = theirsCanonical
      this.writeDraft()
      this.flush()
      return
    }
    if (canonical(mine) === this.baseCanonical) {
      // Nothing of substance was changed here: take theirs, staying on the current step.
      this.content = { ...theirs.debrief, currentStep: mine.currentStep }
      this.version = theirs.version
      this.baseCanonical = theirsCanonical
      this.dirty = false
      this.removeDraft()
      this.set({ status: 'saved', savedAt: Date.now() })
      return
    }
    this.set({ status: 'conflict', conflict: { mine, theirs } })
  }

  private onFailure(error: unknown) {
    const offline = error instanceof NetworkError || !navigator.onLine
    const retryable = offline || (error instanceof ApiError && (error.status >= 500 || error.status === 429))
    const fieldErrors: Record<string, string> = {}
    if (error instanceof ApiError && error.fields) {
      for (const [path, message] of Object.entries(error.fields))
        fieldErrors[path.replace(/^debrief\./, '')] = message
    }
    this.set({ status: offline ? 'offline' : 'error', error, fieldErrors })
    if (retryable) {
      const delay = RETRY_DELAYS_MS[Math.min(this.attempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000
      this.attempt += 1
      clearTimeout(this.retryTimer)
      this.retryTimer = setTimeout(() => this.flush(), delay)
    }
  }

  // --- conflicts ---

  /** Keeps this version: it is saved over the other one, which stays on this device. */
  keepMine = () => {
    const conflict = this.snapshot.conflict
    if (!conflict) return
    this.keepDiscarded(conflict.theirs.debrief, 'theirs')
    this.version = conflict.theirs.version
    this.baseCanonical = canonical(conflict.theirs.debrief)
    this.dirty = true
    this.writeDraft()
    this.set({ conflict: null, status: 'pending' })
    this.flush()
  }

  /** Takes the other version; this one stays on this device. */
  takeTheirs = () => {
    const conflict = this.snapshot.conflict
    const mine = this.content
    if (!conflict || !mine) return
    this.keepDiscarded(mine, 'mine')
    this.content = { ...conflict.theirs.debrief, currentStep: mine.currentStep }
    this.version = conflict.theirs.version
    this.baseCanonical = canonical(conflict.theirs.debrief)
    this.dirty = false
    try {
      storage()?.removeItem(this.draftKey)
    } catch {
      // Ignored: it would be recognised next time.
    }
    this.set({ conflict: null, status: 'saved', savedAt: Date.now() })
  }

  private keepDiscarded(content: DebriefContent, which: 'mine' | 'theirs') {
    const copy: DiscardedCopy = { content, which, at: new Date().toISOString() }
    writeJson(this.discardedKey, copy)
    this.snapshot = { ...this.snapshot, discarded: copy }
  }

  forgetDiscarded = () => {
    try {
      storage()?.removeItem(this.discardedKey)
    } catch {
      // Nothing stored.
    }
    this.set({ discarded: null })
  }

  // --- browser events ---

  private onOnline = () => {
    this.attempt = 0
    this.flush()
  }

  private onHide = () => {
    this.flush({ keepalive: true })
  }

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush({ keepalive: true })
  }

  dispose() {
    clearTimeout(this.saveTimer)
    clearTimeout(this.retryTimer)
    window.removeEventListener('online', this.onOnline)
    window.removeEventListener('pagehide', this.onHide)
    document.removeEventListener('visibilitychange', this.onVisibility)
    this.listeners.clear()
  }

  /** After the interview is deleted: nothing of it stays on this device. */
  forgetEverything() {
    this.dispose()
    try {
      storage()?.removeItem(this.draftKey)
      storage()?.removeItem(this.discardedKey)
    } catch {
      // Nothing stored.
    }
  }
}

const stores = new Map<string, DebriefSync>()

export function debriefSyncFor(userId: string, interviewId: string): DebriefSync {
  const key = `${userId}:${interviewId}`
  let store = stores.get(key)
  if (!store) {
    store = new DebriefSync(userId, interviewId)
    stores.set(key, store)
  }
  return store
}

export function forgetDebriefSync(userId: string, interviewId: string) {
  const key = `${userId}:${interviewId}`
  const store = stores.get(key) ?? new DebriefSync(userId, interviewId)
  store.forgetEverything()
  stores.delete(key)
}

/** The debrief of an interview, kept in sync with the server; loads it on first use. */
export function useDebriefSync(interviewId: string): [SyncSnapshot, DebriefSync] {
  const user = useCurrentUser()
  const store = useMemo(() => debriefSyncFor(user.id, interviewId), [user.id, interviewId])
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot)
  useEffect(() => {
    store.ensureLoaded()
  }, [store])
  return [snapshot, store]
}
