import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { type DebriefContent, debriefProgress, normalizeDebrief } from '../../../../domain/debrief'
import type { DebriefState } from '../../../../shared/schemas/interviews'
import { ApiError, NetworkError } from '../../../lib/api-client'
import { useCurrentUser } from '../../../lib/session/get-me'
import { getDebrief, putDebrief } from './debrief-api'
import {
  addDiscardedCopy,
  canonical,
  type DiscardedCopy,
  type Draft,
  discardedKey,
  draftKey,
  judgeDraft,
  MAX_DISCARDED_COPIES,
  parseDiscardedCopies,
  parseDraft,
  waitingDraftIds,
} from './debrief-drafts'

export { canonical, type DiscardedCopy, sameSubstance } from './debrief-drafts'

/**
 * Autosave of one debrief, shared by every page that shows it.
 *
 * - Every edit is written to localStorage first (with the version it is based on), then sent
 *   about 800 ms after the last keystroke: closing the tab or losing the network loses nothing.
 * - One PUT at a time: edits made while one is in flight go out right after it.
 * - Network failures and 5xx are retried with backoff, and as soon as the browser is back online.
 * - A 409 (saved elsewhere first) pauses saving and keeps both versions until the person chooses;
 *   the one not chosen stays on this device as a recoverable copy (the last few are kept).
 * - Opened without a connection, the debrief shows this device's draft and sends it later.
 * - Drafts left by a closed tab are sent when the app starts or the connection returns
 *   (sendWaitingDrafts), under the same version rules. While a tab has unsent edits it holds a
 *   shared Web Lock named after the debrief, so another tab does not send them in its place.
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

export type SyncSnapshot = {
  status: SyncStatus
  content: DebriefContent | null
  version: number
  progress: number
  error: unknown
  /** Field messages from the API, keyed by path inside the debrief ("feelings.wentWell"). */
  fieldErrors: Record<string, string>
  conflict: Conflict | null
  /** Versions set aside after conflicts, newest first. */
  discarded: DiscardedCopy[]
  /** True when unsent edits kept on this device were put back at load. */
  restored: boolean
  /** True while what is shown is this device's draft, not yet compared with the server (offline). */
  fromDevice: boolean
  savedAt: number | null
}

export const SAVE_DELAY_MS = 800
const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000]

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

function readDraft(key: string): Draft | null {
  return parseDraft(readJson(key))
}

function removeItem(key: string) {
  try {
    storage()?.removeItem(key)
  } catch {
    // Nothing to do: what is left is recognised for what it is next time.
  }
}

function storageKeys(): string[] {
  const store = storage()
  if (!store) return []
  const keys: string[] = []
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i)
      if (key !== null) keys.push(key)
    }
  } catch {
    // Storage unavailable: nothing waiting can be found.
  }
  return keys
}

// ---------- locks between tabs ----------

function lockManager(): LockManager | null {
  try {
    return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null
  } catch {
    return null
  }
}

const lockName = (userId: string, interviewId: string) => `rebond.debrief.${userId}.${interviewId}`

/** Names of the debrief locks held or asked for by any tab; null when the browser has no Web Locks. */
async function debriefLocksInUse(): Promise<Set<string> | null> {
  const manager = lockManager()
  if (!manager) return null
  try {
    const state = await manager.query()
    return new Set([...(state.held ?? []), ...(state.pending ?? [])].map((lock) => lock.name ?? ''))
  } catch {
    return null
  }
}

const isOffline = (error: unknown) => error instanceof NetworkError || !navigator.onLine
const isRetryable = (error: unknown) =>
  isOffline(error) || (error instanceof ApiError && (error.status >= 500 || error.status === 429))

// ---------- the store ----------

export class DebriefSync {
  private readonly interviewId: string
  private readonly draftKey: string
  private readonly discardedKey: string
  private readonly lockName: string
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
  private lockWanted = false
  private lockGeneration = 0
  private releaseLock: (() => void) | null = null

  constructor(userId: string, interviewId: string) {
    this.interviewId = interviewId
    this.draftKey = draftKey(userId, interviewId)
    this.discardedKey = discardedKey(userId, interviewId)
    this.lockName = lockName(userId, interviewId)
    this.snapshot = {
      status: 'loading',
      content: null,
      version: 0,
      progress: 0,
      error: null,
      fieldErrors: {},
      conflict: null,
      discarded: parseDiscardedCopies(readJson(this.discardedKey)),
      restored: false,
      fromDevice: false,
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
    this.holdLockWhileUnsent()
    for (const listener of this.listeners) listener()
  }

  /**
   * While edits made here are not on the server, this tab holds a shared lock on the debrief:
   * other tabs then know those edits have someone to send them (see sendWaitingDrafts).
   */
  private holdLockWhileUnsent() {
    const want = this.dirty || this.snapshot.conflict !== null
    if (want === this.lockWanted) return
    this.lockWanted = want
    this.lockGeneration += 1
    this.releaseLock?.()
    this.releaseLock = null
    const manager = lockManager()
    if (!want || !manager) return
    const generation = this.lockGeneration
    manager
      .request(this.lockName, { mode: 'shared' }, () =>
        generation === this.lockGeneration
          ? new Promise<void>((resolve) => {
              this.releaseLock = resolve
            })
          : undefined,
      )
      .catch(() => {
        // No lock: other tabs may send these edits too, under the same version rules.
      })
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
      const draft = isRetryable(error) ? readDraft(this.draftKey) : null
      if (draft) this.openFromDevice(draft, error)
      else this.set({ status: 'load_error', error })
      return
    }
    this.applyInitial(state)
  }

  /**
   * The server cannot be reached, but this device holds unsent edits: show them, editable, and
   * send them once it can be, based on the version they were made from. The usual 409 rules
   * then apply: sent as they are, or both versions shown if the debrief changed elsewhere.
   */
  private openFromDevice(draft: Draft, error: unknown) {
    this.content = normalizeDebrief(draft.content)
    this.version = draft.baseVersion
    this.baseCanonical = draft.baseCanonical
    this.dirty = true
    this.set({ restored: true, fromDevice: true })
    this.onFailure(error)
  }

  /**
   * Picks the debrief up again: loads it if it never could be, sends what is waiting, or, when
   * nothing is, takes the draft another tab left on this device (the caller checked that no
   * open tab is still sending it).
   */
  resume = () => {
    const status = this.snapshot.status
    if (!this.loadStarted || status === 'load_error') {
      this.loadStarted = true
      void this.load()
      return
    }
    if (status === 'loading' || this.inFlight || this.snapshot.conflict) return
    if (this.dirty) this.retryNow()
    else if (readDraft(this.draftKey)) void this.adoptDraft()
  }

  /** Whether this tab holds edits not yet on the server (then it holds the debrief's lock too). */
  hasUnsentEdits(): boolean {
    return this.dirty || this.snapshot.conflict !== null
  }

  private async adoptDraft() {
    let state: DebriefState
    try {
      state = await getDebrief(this.interviewId)
    } catch {
      return // Tried again when the connection returns.
    }
    if (this.dirty || this.inFlight || this.snapshot.conflict) return
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
      this.set({ status: 'idle', fromDevice: false })
      return
    }
    const mine = normalizeDebrief(draft.content)
    const verdict = judgeDraft(draft, state)
    if (verdict === 'already_saved') {
      // Already on the server (perhaps the answer to the last save never arrived).
      this.removeDraft()
      this.content = { ...state.debrief, currentStep: mine.currentStep }
      this.set({ status: 'saved', fromDevice: false, savedAt: Date.now() })
      return
    }
    this.content = mine
    this.dirty = true
    if (verdict === 'send') {
      // Nothing changed elsewhere since these edits were made: send them.
      this.writeDraft()
      this.set({ status: 'pending', restored: true, fromDevice: false })
      this.flush()
      return
    }
    this.set({ status: 'conflict', restored: true, fromDevice: false, conflict: { mine, theirs: state } })
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
    removeItem(this.draftKey)
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
      this.set({ status: 'saved', error: null, fieldErrors: {}, fromDevice: false, savedAt: Date.now() })
    } else {
      // Edits arrived while saving: they go out next, based on the new version.
      this.writeDraft()
      this.set({ status: 'pending', error: null, fieldErrors: {}, fromDevice: false })
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
      this.snapshot = { ...this.snapshot, fromDevice: false }
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
      this.set({ status: 'saved', fromDevice: false, savedAt: Date.now() })
      return
    }
    this.set({ status: 'conflict', fromDevice: false, conflict: { mine, theirs } })
  }

  private onFailure(error: unknown) {
    const offline = isOffline(error)
    const retryable = isRetryable(error)
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
    removeItem(this.draftKey)
    this.set({ conflict: null, status: 'saved', savedAt: Date.now() })
  }

  private keepDiscarded(content: DebriefContent, which: 'mine' | 'theirs') {
    const copy: DiscardedCopy = { id: crypto.randomUUID(), content, which, at: new Date().toISOString() }
    // Read again: another tab may have set a copy aside too.
    const kept = parseDiscardedCopies(readJson(this.discardedKey))
    let copies = addDiscardedCopy(kept, copy, MAX_DISCARDED_COPIES)
    // When storage is full, older copies make room for the newest; it at least stays on screen.
    while (!writeJson(this.discardedKey, copies) && copies.length > 1) copies = copies.slice(0, -1)
    this.snapshot = { ...this.snapshot, discarded: copies }
  }

  /** Forgets one copy set aside (all of them without an id). */
  forgetDiscarded = (id?: string) => {
    const copies = id
      ? parseDiscardedCopies(readJson(this.discardedKey)).filter((copy) => copy.id !== id)
      : []
    if (copies.length === 0) removeItem(this.discardedKey)
    else writeJson(this.discardedKey, copies)
    this.set({ discarded: copies })
  }

  /**
   * Sends what is waiting now and resolves once the server holds everything typed (true), or as
   * soon as it cannot (false: offline, refused, or a conflict to settle first).
   */
  settle = (): Promise<boolean> => {
    this.retryNow()
    return new Promise((resolve) => {
      const check = () => {
        const { status } = this.snapshot
        if (this.content && !this.dirty && !this.inFlight && status !== 'loading') finish(true)
        else if (
          status === 'offline' ||
          status === 'error' ||
          status === 'conflict' ||
          status === 'load_error'
        )
          finish(false)
      }
      const finish = (value: boolean) => {
        unsubscribe()
        resolve(value)
      }
      const unsubscribe = this.subscribe(check)
      check()
    })
  }

  // --- browser events ---

  private onOnline = () => {
    this.attempt = 0
    if (this.snapshot.status === 'load_error') void this.load()
    else this.flush()
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
    this.lockWanted = false
    this.lockGeneration += 1
    this.releaseLock?.()
    this.releaseLock = null
  }

  /** After the interview is deleted: nothing of it stays on this device. */
  forgetEverything() {
    this.dispose()
    removeItem(this.draftKey)
    removeItem(this.discardedKey)
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

const awaitingRelease = new Set<string>()

/** Runs `then` once no other tab holds the lock (at once if none does), asking only once per lock. */
function afterRelease(name: string, then: () => void) {
  const manager = lockManager()
  if (!manager || awaitingRelease.has(name)) return
  awaitingRelease.add(name)
  manager
    .request(name, { mode: 'exclusive' }, () => {
      awaitingRelease.delete(name)
      then()
    })
    .catch(() => awaitingRelease.delete(name))
}

/**
 * Sends the drafts this person left on this device: from a tab since closed, or from before the
 * app was (re)opened. Each goes through the version rules: sent, recognised as already saved,
 * or, if the debrief changed elsewhere meanwhile, held as a conflict with both versions kept.
 * A draft another open tab is still sending (it holds the debrief's lock) is left to it, and
 * taken over only if that tab closes first. `onPicked` hears of each debrief taken up.
 */
export async function sendWaitingDrafts(userId: string, onPicked: (interviewId: string) => void = () => {}) {
  const ids = waitingDraftIds(storageKeys(), userId)
  if (ids.length === 0) return
  const inUse = await debriefLocksInUse()
  for (const id of ids) {
    const key = `${userId}:${id}`
    const name = lockName(userId, id)
    const take = () => {
      const store = stores.get(key) ?? debriefSyncFor(userId, id)
      store.resume()
      onPicked(id)
    }
    const live = stores.get(key)
    if (live?.hasUnsentEdits() || !inUse?.has(name)) take()
    else
      afterRelease(name, () => {
        if (readDraft(draftKey(userId, id))) take()
      })
  }
}

/** The state of a debrief this tab already follows, without loading it (null if none). */
export function useFollowedDebrief(userId: string, interviewId: string): SyncSnapshot | null {
  const store = stores.get(`${userId}:${interviewId}`)
  const subscribe = useMemo(() => store?.subscribe ?? (() => () => {}), [store])
  return useSyncExternalStore(subscribe, () => store?.getSnapshot() ?? null)
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
