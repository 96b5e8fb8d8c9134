import { type DebriefContent, debriefProgress, normalizeDebrief } from '../../../domain/debrief'
import type { DebriefState } from '../../../shared/schemas/interviews'
import { ApiError, NetworkError } from '../api-client'
import { canonical, type DiscardedCopy, type Draft, judgeDraft } from './drafts'

/**
 * Every rule of a debrief's autosave, as a pure function: (state, event) → (state, effects).
 * The store (store.ts) runs the effects (requests, timers, what is kept on this device) and
 * turns their results back into events. The rules, from ADR 0002 and the autosave's promises:
 *
 * - Every edit is kept on this device first (with the version it is based on), then sent
 *   SAVE_DELAY_MS after the last one: closing the tab or losing the network loses nothing.
 * - Only real changes are saved: moving to another step, or the empty first question or lesson
 *   a step offers, is shown but not sent on its own (the step goes with the next real change).
 * - One PUT at a time: edits made while one is in flight go out right after it.
 * - Network failures, 5xx and 429 are retried with backoff, and as soon as the browser is back online.
 * - A 409 (saved elsewhere first) pauses saving and keeps both versions until the person chooses;
 *   the one not chosen stays on this device as a recoverable copy. A 409 that changes nothing
 *   of substance is no conflict: sent again on the newer version, or the other version taken.
 * - Opened without a connection, the debrief shows this device's draft and sends it later.
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

export type SyncState = {
  status: SyncStatus
  content: DebriefContent | null
  /** The server version the content is based on. */
  version: number
  /** canonical() of that server version: what "changed elsewhere" is measured against. */
  baseCanonical: string
  /** Edits not yet on the server. */
  dirty: boolean
  /** What the PUT in flight carries; null when none is. */
  sending: DebriefContent | null
  loadStarted: boolean
  /** Failed saves in a row, for the backoff. */
  attempt: number
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

/** What the pages see: the state, with the progress worked out. */
export type SyncSnapshot = Pick<
  SyncState,
  | 'status'
  | 'content'
  | 'version'
  | 'error'
  | 'fieldErrors'
  | 'conflict'
  | 'discarded'
  | 'restored'
  | 'fromDevice'
  | 'savedAt'
> & { progress: number }

/** What a draft records besides the tab and the time, which the store adds. */
export type DraftBasis = Pick<Draft, 'baseVersion' | 'baseCanonical' | 'content'>

export type SyncEvent =
  /** A page shows the debrief: load it once, later refresh it when nothing local waits. */
  | { type: 'ensure_loaded' }
  /** Load it again (a Retry button, the connection back after a failed load). */
  | { type: 'load' }
  /** Drafts left on this device are being picked up; `hasDraft`: one is stored for this debrief. */
  | { type: 'resume'; hasDraft: boolean }
  | { type: 'loaded'; server: DebriefState; draft: Draft | null; now: number }
  | { type: 'load_failed'; error: unknown; online: boolean; draft: Draft | null }
  | { type: 'refreshed'; server: DebriefState }
  /** The server's debrief, fetched to take up a draft another tab left. */
  | { type: 'adopted'; server: DebriefState; draft: Draft | null; now: number }
  | { type: 'edit'; change: (content: DebriefContent) => DebriefContent }
  /** Send what waits now (the save delay ended, a page asked, or the page is being hidden). */
  | { type: 'flush'; keepalive: boolean }
  /** Send now and start the backoff again (the Retry button). */
  | { type: 'retry_now' }
  | { type: 'saved'; server: DebriefState; now: number }
  | { type: 'save_conflict'; server: DebriefState; now: number }
  | { type: 'save_failed'; error: unknown; online: boolean }
  /** The person keeps this device's version; the other is set aside. */
  | { type: 'keep_mine' }
  /** The person takes the other version; this one is set aside, unless `setAside` is false. */
  | { type: 'take_theirs'; now: number; setAside: boolean }
  | { type: 'forget_discarded'; id?: string | undefined }
  /** The copies set aside, as now stored on this device. */
  | { type: 'discarded_stored'; copies: DiscardedCopy[] }
  | { type: 'online' }
  /**
   * The page is being hidden or left: what waits goes out as a request that may outlive it,
   * unless the browser says it is offline or the last save already failed for want of a
   * connection (then the edits wait on the device, and go when the app opens again).
   */
  | { type: 'hidden'; online: boolean }

export type SyncEffect =
  | { type: 'fetch'; purpose: 'load' | 'refresh' | 'adopt' }
  | { type: 'send'; content: DebriefContent; baseVersion: number; keepalive: boolean }
  /** Replaces any save (or retry) timer set before. */
  | { type: 'schedule_save'; delayMs: number }
  | { type: 'cancel_save' }
  | { type: 'schedule_retry'; delayMs: number }
  | { type: 'cancel_retry' }
  | { type: 'write_draft'; draft: DraftBasis }
  /** The server holds `shown`: forget the draft, unless another tab wrote something else since. */
  | { type: 'forget_draft_if_saved'; shown: DebriefContent }
  /** The person chose the other version: this device's draft goes. */
  | { type: 'remove_draft' }
  | { type: 'set_aside'; content: DebriefContent; which: 'mine' | 'theirs' }
  | { type: 'forget_discarded'; id?: string | undefined }

export type Step = { state: SyncState; effects: SyncEffect[] }

export const SAVE_DELAY_MS = 800
export const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000] as const

export function initialState(discarded: DiscardedCopy[]): SyncState {
  return {
    status: 'loading',
    content: null,
    version: 0,
    baseCanonical: '',
    dirty: false,
    sending: null,
    loadStarted: false,
    attempt: 0,
    error: null,
    fieldErrors: {},
    conflict: null,
    discarded,
    restored: false,
    fromDevice: false,
    savedAt: null,
  }
}

export function toSnapshot(state: SyncState): SyncSnapshot {
  const { status, content, version, error, fieldErrors, conflict, discarded, restored, fromDevice, savedAt } =
    state
  return {
    status,
    content,
    version,
    progress: content ? debriefProgress(content) : 0,
    error,
    fieldErrors,
    conflict,
    discarded,
    restored,
    fromDevice,
    savedAt,
  }
}

/** Whether edits made here are not on the server yet (then this tab holds the debrief's lock). */
export const hasUnsentEdits = (state: SyncState): boolean => state.dirty || state.conflict !== null

/**
 * Whether a page waiting for the save can stop waiting: true once the server holds everything
 * typed, false as soon as it cannot (offline, refused, a conflict to settle), null meanwhile.
 */
export function settledOutcome(state: SyncState): boolean | null {
  if (state.content && !state.dirty && !state.sending && state.status !== 'loading') return true
  const { status } = state
  if (status === 'offline' || status === 'error' || status === 'conflict' || status === 'load_error')
    return false
  return null
}

export type Failure = {
  offline: boolean
  retryable: boolean
  fieldErrors: Record<string, string>
}

/** How a failed request is told and whether it is tried again. */
export function classifyFailure(error: unknown, online: boolean): Failure {
  const offline = error instanceof NetworkError || !online
  const retryable = offline || (error instanceof ApiError && (error.status >= 500 || error.status === 429))
  const fieldErrors: Record<string, string> = {}
  if (error instanceof ApiError && error.fields) {
    for (const [path, message] of Object.entries(error.fields))
      fieldErrors[path.replace(/^debrief\./, '')] = message
  }
  return { offline, retryable, fieldErrors }
}

/** The backoff before the next try, after `attempt` failures in a row. */
export const retryDelay = (attempt: number): number =>
  RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000

// ---------- the rules ----------

const unchanged = (state: SyncState): Step => ({ state, effects: [] })

const then = (first: SyncEffect[], step: Step): Step => ({
  state: step.state,
  effects: [...first, ...step.effects],
})

const draftOf = (state: SyncState): SyncEffect[] =>
  state.content
    ? [
        {
          type: 'write_draft',
          draft: { baseVersion: state.version, baseCanonical: state.baseCanonical, content: state.content },
        },
      ]
    : []

/** The server's version, as the base of what follows. */
const basedOn = (state: SyncState, server: DebriefState): SyncState => ({
  ...state,
  version: server.version,
  baseCanonical: canonical(server.debrief),
})

/** The server's version, shown where the person is in the debrief. */
const theirsAtStep = (server: DebriefState, step: DebriefContent['currentStep']): DebriefContent => ({
  ...server.debrief,
  currentStep: step,
})

function load(state: SyncState): Step {
  return {
    state: { ...state, status: 'loading', error: null },
    effects: [{ type: 'fetch', purpose: 'load' }],
  }
}

function ensureLoaded(state: SyncState): Step {
  if (!state.loadStarted) return load({ ...state, loadStarted: true })
  if (state.status === 'load_error') return load(state)
  if (!state.dirty && !state.sending && !state.conflict && state.content)
    return { state, effects: [{ type: 'fetch', purpose: 'refresh' }] }
  return unchanged(state)
}

/**
 * Picks the debrief up again: loads it if it never could be, sends what is waiting, or, when
 * nothing is, takes the draft another tab left on this device.
 */
function resume(state: SyncState, hasDraft: boolean): Step {
  if (!state.loadStarted || state.status === 'load_error') return load({ ...state, loadStarted: true })
  if (state.status === 'loading' || state.sending || state.conflict) return unchanged(state)
  if (state.dirty) return retryNow(state)
  if (hasDraft) return { state, effects: [{ type: 'fetch', purpose: 'adopt' }] }
  return unchanged(state)
}

/** The debrief as the server has it, compared with what this device kept unsent. */
function applyInitial(state: SyncState, server: DebriefState, draft: Draft | null, now: number): Step {
  const base: SyncState = { ...basedOn(state, server), content: server.debrief }
  if (!draft) return unchanged({ ...base, status: 'idle', fromDevice: false })
  const mine = normalizeDebrief(draft.content)
  const verdict = judgeDraft(draft, server)
  if (verdict === 'already_saved') {
    // Already on the server (perhaps the answer to the last save never arrived).
    return {
      state: {
        ...base,
        content: theirsAtStep(server, mine.currentStep),
        status: 'saved',
        fromDevice: false,
        savedAt: now,
      },
      effects: [{ type: 'forget_draft_if_saved', shown: server.debrief }],
    }
  }
  const restored: SyncState = { ...base, content: mine, dirty: true, restored: true, fromDevice: false }
  if (verdict === 'send') {
    // Nothing changed elsewhere since these edits were made: send them.
    const pending: SyncState = { ...restored, status: 'pending' }
    return then(draftOf(pending), flush(pending, false))
  }
  return unchanged({ ...restored, status: 'conflict', conflict: { mine, theirs: server } })
}

function loadFailed(state: SyncState, error: unknown, online: boolean, draft: Draft | null): Step {
  if (!draft || !classifyFailure(error, online).retryable)
    return unchanged({ ...state, status: 'load_error', error })
  // The server cannot be reached, but this device holds unsent edits: show them, editable, and
  // send them once it can be, based on the version they were made from (the 409 rules apply).
  const fromDevice: SyncState = {
    ...state,
    content: normalizeDebrief(draft.content),
    version: draft.baseVersion,
    baseCanonical: draft.baseCanonical,
    dirty: true,
    restored: true,
    fromDevice: true,
  }
  return failed(fromDevice, error, online)
}

/** A fresher copy from the server replaces what is shown, unless something here is under way. */
function refreshed(state: SyncState, server: DebriefState): Step {
  // A copy no newer than the one shown (a slow answer overtaken by a save) changes nothing.
  if (state.dirty || state.sending || state.conflict || server.version <= state.version)
    return unchanged(state)
  const step = state.content?.currentStep ?? server.debrief.currentStep
  return unchanged({ ...basedOn(state, server), content: theirsAtStep(server, step) })
}

/** A question or a lesson added empty (the first one each list offers): nothing to save yet. */
const blankQuestion = (q: DebriefContent['questions'][number]) =>
  q.question.trim() === '' &&
  q.answer.trim() === '' &&
  q.recruiterReaction.trim() === '' &&
  q.feeling === null
const blankLesson = (l: DebriefContent['lessons'][number]) =>
  l.text.trim() === '' && l.actions.every((a) => a.text.trim() === '' && a.status === 'open')
/** A part of the debrief as it would be saved, empty items aside. */
function substance(content: DebriefContent, key: keyof DebriefContent): string {
  if (key === 'questions') return JSON.stringify(content.questions.filter((q) => !blankQuestion(q)))
  if (key === 'lessons') return JSON.stringify(content.lessons.filter((l) => !blankLesson(l)))
  return JSON.stringify(content[key])
}

/**
 * Whether an edit changes something worth a save. Moving to another step only changes where
 * the person is, and the empty first question or lesson a step offers holds nothing: neither
 * is sent on its own (the step travels with the next real change).
 */
export function changesSubstance(before: DebriefContent, after: DebriefContent): boolean {
  return (Object.keys(after) as (keyof DebriefContent)[]).some(
    (key) =>
      key !== 'currentStep' && before[key] !== after[key] && substance(before, key) !== substance(after, key),
  )
}

function edit(state: SyncState, change: (content: DebriefContent) => DebriefContent): Step {
  const current = state.content
  if (!current) return unchanged(state)
  const next = change(current)
  if (next === current) return unchanged(state)
  // Nothing waits and nothing of substance changed: shown here, not sent.
  if (!state.dirty && !state.conflict && !changesSubstance(current, next))
    return unchanged({ ...state, content: normalizeDebrief(next) })
  const status: SyncStatus = state.conflict
    ? 'conflict'
    : state.sending
      ? 'saving'
      : state.status === 'offline' || state.status === 'error'
        ? state.status
        : 'pending'
  const edited: SyncState = { ...state, content: normalizeDebrief(next), dirty: true, status }
  return { state: edited, effects: [...draftOf(edited), { type: 'schedule_save', delayMs: SAVE_DELAY_MS }] }
}

function flush(state: SyncState, keepalive: boolean): Step {
  const effects: SyncEffect[] = [{ type: 'cancel_save' }]
  const { content } = state
  // While a PUT is in flight, what waits is sent when it ends.
  if (!state.dirty || !content || state.conflict || state.sending) return { state, effects }
  effects.push({ type: 'cancel_retry' }, { type: 'send', content, baseVersion: state.version, keepalive })
  return { state: { ...state, sending: content, status: 'saving' }, effects }
}

function retryNow(state: SyncState): Step {
  return then([{ type: 'cancel_retry' }], flush({ ...state, attempt: 0 }, false))
}

function saved(state: SyncState, server: DebriefState, now: number): Step {
  const sent = state.sending
  if (!sent) return unchanged(state)
  const answered: SyncState = { ...basedOn(state, server), sending: null, attempt: 0 }
  const local = state.content ?? sent
  // The server may have added entries (a destabilizing entry per destabilized question): take
  // those, but keep every character typed locally, including what was typed since sending.
  const known = new Set(local.destabilizing.map((d) => d.questionId))
  const questionIds = new Set(local.questions.map((q) => q.id))
  const added = server.debrief.destabilizing.filter(
    (d) => !known.has(d.questionId) && questionIds.has(d.questionId),
  )
  const content =
    added.length > 0
      ? normalizeDebrief({ ...local, destabilizing: [...local.destabilizing, ...added] })
      : state.content
  const clear = { error: null, fieldErrors: {}, fromDevice: false }
  // Only the step moved (or an empty item was added) since sending: nothing more to send.
  if (content === sent || (content && !changesSubstance(sent, content))) {
    return {
      state: { ...answered, ...clear, content, dirty: false, status: 'saved', savedAt: now },
      effects: [{ type: 'forget_draft_if_saved', shown: content }],
    }
  }
  // Edits arrived while saving: they go out next, based on the new version.
  const pending: SyncState = { ...answered, ...clear, content, status: 'pending' }
  return { state: pending, effects: [...draftOf(pending), { type: 'schedule_save', delayMs: SAVE_DELAY_MS }] }
}

function saveConflict(state: SyncState, theirs: DebriefState, now: number): Step {
  const answered: SyncState = { ...state, sending: null, attempt: 0 }
  const mine = answered.content
  if (!mine) return unchanged(answered)
  const theirsCanonical = canonical(theirs.debrief)
  if (theirsCanonical === answered.baseCanonical || theirsCanonical === canonical(mine)) {
    // Only the position in the debrief changed elsewhere, or both sides hold the same: no real
    // conflict. Sent again, on the newer version.
    const rebased: SyncState = { ...basedOn(answered, theirs), fromDevice: false }
    return then(draftOf(rebased), flush(rebased, false))
  }
  if (canonical(mine) === answered.baseCanonical) {
    // Nothing of substance was changed here: take theirs, staying on the current step.
    const content = theirsAtStep(theirs, mine.currentStep)
    return {
      state: {
        ...basedOn(answered, theirs),
        content,
        dirty: false,
        status: 'saved',
        fromDevice: false,
        savedAt: now,
      },
      effects: [{ type: 'forget_draft_if_saved', shown: content }],
    }
  }
  return unchanged({ ...answered, status: 'conflict', fromDevice: false, conflict: { mine, theirs } })
}

function failed(state: SyncState, error: unknown, online: boolean): Step {
  const { offline, retryable, fieldErrors } = classifyFailure(error, online)
  const told: SyncState = { ...state, status: offline ? 'offline' : 'error', error, fieldErrors }
  if (!retryable) return unchanged(told)
  return {
    state: { ...told, attempt: state.attempt + 1 },
    effects: [{ type: 'schedule_retry', delayMs: retryDelay(state.attempt) }],
  }
}

function keepMine(state: SyncState): Step {
  const { conflict } = state
  if (!conflict) return unchanged(state)
  // This version is saved over the other one, which stays on this device.
  const kept: SyncState = {
    ...basedOn(state, conflict.theirs),
    dirty: true,
    conflict: null,
    status: 'pending',
  }
  const setAside: SyncEffect = { type: 'set_aside', content: conflict.theirs.debrief, which: 'theirs' }
  return then([setAside, ...draftOf(kept)], flush(kept, false))
}

function takeTheirs(state: SyncState, now: number, setAside: boolean): Step {
  const { conflict, content: mine } = state
  if (!conflict || !mine) return unchanged(state)
  // The other version is shown and saved as it is; this one stays on this device (if asked).
  const effects: SyncEffect[] = setAside ? [{ type: 'set_aside', content: mine, which: 'mine' }] : []
  effects.push({ type: 'remove_draft' })
  const next: SyncState = {
    ...basedOn(state, conflict.theirs),
    content: theirsAtStep(conflict.theirs, mine.currentStep),
    dirty: false,
    conflict: null,
    status: 'saved',
    savedAt: now,
  }
  return { state: next, effects }
}

function hidden(state: SyncState, browserOnline: boolean): Step {
  if (!browserOnline || state.status === 'offline') return unchanged(state)
  return flush(state, true)
}

function online(state: SyncState): Step {
  const reset: SyncState = { ...state, attempt: 0 }
  return state.status === 'load_error' ? load(reset) : flush(reset, false)
}

export function reduce(state: SyncState, event: SyncEvent): Step {
  switch (event.type) {
    case 'ensure_loaded':
      return ensureLoaded(state)
    case 'load':
      return load(state)
    case 'resume':
      return resume(state, event.hasDraft)
    case 'loaded':
      return applyInitial(state, event.server, event.draft, event.now)
    case 'load_failed':
      return loadFailed(state, event.error, event.online, event.draft)
    case 'refreshed':
      return refreshed(state, event.server)
    case 'adopted':
      // Something happened here meanwhile: it wins over the draft left by another tab.
      if (state.dirty || state.sending || state.conflict) return unchanged(state)
      return applyInitial(state, event.server, event.draft, event.now)
    case 'edit':
      return edit(state, event.change)
    case 'flush':
      return flush(state, event.keepalive)
    case 'retry_now':
      return retryNow(state)
    case 'saved':
      return saved(state, event.server, event.now)
    case 'save_conflict':
      return saveConflict(state, event.server, event.now)
    case 'save_failed':
      return failed({ ...state, sending: null }, event.error, event.online)
    case 'keep_mine':
      return keepMine(state)
    case 'take_theirs':
      return takeTheirs(state, event.now, event.setAside)
    case 'forget_discarded':
      return { state, effects: [{ type: 'forget_discarded', id: event.id }] }
    case 'discarded_stored':
      return unchanged({ ...state, discarded: event.copies })
    case 'online':
      return online(state)
    case 'hidden':
      return hidden(state, event.online)
  }
}
