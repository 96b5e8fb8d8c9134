import type { DebriefContent } from '../../../domain/debrief'
import type { DebriefState } from '../../../shared/schemas/interviews'
import { onConnectionBack } from '../use-online-status'
import { getDebrief, putDebrief } from './debrief-api'
import { type DebriefDevice, debriefDevice } from './device'
import {
  hasUnsentEdits,
  initialState,
  reduce,
  type SyncEffect,
  type SyncEvent,
  type SyncSnapshot,
  type SyncState,
  settledOutcome,
  toSnapshot,
} from './reducer'
import { debriefLockName, sharedLock } from './tab-locks'

/**
 * Autosave of one debrief, shared by every page of this tab that shows it. The rules are in
 * reducer.ts; this runs what they ask for (requests, timers, this device's storage, the tab
 * lock) and listens to the browser (back online, page hidden or left).
 */
export type DebriefSync = {
  subscribe(listener: () => void): () => void
  getSnapshot(): SyncSnapshot
  /** Loads once; later calls refresh from the server when nothing local is waiting. */
  ensureLoaded(): void
  load(): void
  /**
   * Picks the debrief up again: loads it if it never could be, sends what is waiting, or, when
   * nothing is, takes the draft another tab left on this device (the caller checked that no
   * open tab is still sending it).
   */
  resume(): void
  /** Whether this tab holds edits not yet on the server (then it holds the debrief's lock too). */
  hasUnsentEdits(): boolean
  /** Applies an edit; saving follows SAVE_DELAY_MS after the last one. */
  edit(change: (content: DebriefContent) => DebriefContent): void
  /** Sends what is waiting now. */
  flush(options?: { keepalive?: boolean }): void
  /** Sends what is waiting now and starts the backoff again (the Retry button). */
  retryNow(): void
  /** Keeps this version: it is saved over the other one, which stays on this device. */
  keepMine(): void
  /** Takes the other version; this one stays on this device. */
  takeTheirs(): void
  /**
   * Takes the other version without setting this one aside: for an edit made from another page,
   * which tells the person it was not made (see saveEditNow).
   */
  withdrawMine(): void
  /** Forgets one copy set aside (all of them without an id). */
  forgetDiscarded(id?: string): void
  /**
   * Sends what is waiting now and resolves once the server holds everything typed (true), or as
   * soon as it cannot (false: offline, refused, or a conflict to settle first).
   */
  settle(): Promise<boolean>
  dispose(): void
  /** After the interview is deleted: nothing of it stays on this device. */
  forgetEverything(): void
}

export function createDebriefSync(userId: string, interviewId: string): DebriefSync {
  const device = debriefDevice(userId, interviewId)
  const lock = sharedLock(debriefLockName(userId, interviewId))
  const listeners = new Set<() => void>()
  let state: SyncState = initialState(device.readDiscarded())
  let snapshot = toSnapshot(state)
  const flush = () => dispatch({ type: 'flush', keepalive: false })
  const saveTimer = timer(flush)
  const retryTimer = timer(flush)
  let disposed = false
  // Events raised while effects run (a copy set aside, say) wait for the current one to finish.
  const queue: SyncEvent[] = []
  let dispatching = false

  function dispatch(event: SyncEvent) {
    if (disposed) return
    queue.push(event)
    if (dispatching) return
    dispatching = true
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const step = reduce(state, next)
        if (step.state !== state) {
          state = step.state
          snapshot = toSnapshot(state)
          lock.want(hasUnsentEdits(state))
          for (const listener of listeners) listener()
        }
        for (const effect of step.effects) run(effect)
      }
    } finally {
      dispatching = false
      queue.length = 0
    }
  }

  function run(effect: SyncEffect) {
    switch (effect.type) {
      case 'fetch':
        void fetchDebrief(effect.purpose)
        return
      case 'send':
        void send(effect.content, effect.baseVersion, effect.keepalive)
        return
      case 'schedule_save':
        saveTimer.set(effect.delayMs)
        return
      case 'cancel_save':
        saveTimer.clear()
        return
      case 'schedule_retry':
        retryTimer.set(effect.delayMs)
        return
      case 'cancel_retry':
        retryTimer.clear()
        return
      default:
        runOnDevice(device, effect, (copies) => dispatch({ type: 'discarded_stored', copies }))
    }
  }

  async function fetchDebrief(purpose: 'load' | 'refresh' | 'adopt') {
    let server: DebriefState
    try {
      server = await getDebrief(interviewId)
    } catch (error) {
      // A failed refresh keeps the copy on screen (the next save tells if it was stale); a failed
      // adoption is tried again when the connection returns.
      if (purpose === 'load')
        dispatch({ type: 'load_failed', error, online: navigator.onLine, draft: device.readDraft() })
      return
    }
    if (purpose === 'refresh') dispatch({ type: 'refreshed', server })
    else {
      const type = purpose === 'load' ? 'loaded' : 'adopted'
      dispatch({ type, server, draft: device.readDraft(), now: Date.now() })
    }
  }

  async function send(content: DebriefContent, baseVersion: number, keepalive: boolean) {
    try {
      const outcome = await putDebrief(interviewId, baseVersion, content, { keepalive })
      if (outcome.kind === 'saved') dispatch({ type: 'saved', server: outcome.state, now: Date.now() })
      else dispatch({ type: 'save_conflict', server: outcome.current, now: Date.now() })
    } catch (error) {
      dispatch({ type: 'save_failed', error, online: navigator.onLine })
    }
  }

  const stopListening = listenToBrowser(dispatch)

  function dispose() {
    disposed = true
    saveTimer.clear()
    retryTimer.clear()
    stopListening()
    listeners.clear()
    lock.want(false)
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    getSnapshot: () => snapshot,
    ensureLoaded: () => dispatch({ type: 'ensure_loaded' }),
    load: () => dispatch({ type: 'load' }),
    resume: () => dispatch({ type: 'resume', hasDraft: device.readDraft() !== null }),
    hasUnsentEdits: () => hasUnsentEdits(state),
    edit: (change) => dispatch({ type: 'edit', change }),
    flush: (options = {}) => dispatch({ type: 'flush', keepalive: options.keepalive === true }),
    retryNow: () => dispatch({ type: 'retry_now' }),
    keepMine: () => dispatch({ type: 'keep_mine' }),
    takeTheirs: () => dispatch({ type: 'take_theirs', now: Date.now(), setAside: true }),
    withdrawMine: () => dispatch({ type: 'take_theirs', now: Date.now(), setAside: false }),
    forgetDiscarded: (id) => dispatch({ type: 'forget_discarded', id }),
    settle() {
      dispatch({ type: 'retry_now' })
      return new Promise((resolve) => {
        const check = () => {
          const outcome = settledOutcome(state)
          if (outcome === null) return
          listeners.delete(check)
          resolve(outcome)
        }
        listeners.add(check)
        check()
      })
    },
    dispose,
    forgetEverything() {
      dispose()
      device.forgetEverything()
    },
  }
}

/** A timer that replaces the one set before. */
function timer(run: () => void) {
  let handle: ReturnType<typeof setTimeout> | undefined
  return {
    set(delayMs: number) {
      clearTimeout(handle)
      handle = setTimeout(run, delayMs)
    },
    clear: () => clearTimeout(handle),
  }
}

/** Back online, the page hidden or left: told as events. Returns the way to stop listening. */
function listenToBrowser(dispatch: (event: SyncEvent) => void): () => void {
  const onHide = () => dispatch({ type: 'hidden', online: navigator.onLine })
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide()
  }
  const stopOnline = onConnectionBack(() => dispatch({ type: 'online' }))
  window.addEventListener('pagehide', onHide)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    stopOnline()
    window.removeEventListener('pagehide', onHide)
    document.removeEventListener('visibilitychange', onVisibility)
  }
}

type DeviceEffect = Extract<
  SyncEffect,
  { type: 'write_draft' | 'forget_draft_if_saved' | 'remove_draft' | 'set_aside' | 'forget_discarded' }
>

function runOnDevice(
  device: DebriefDevice,
  effect: DeviceEffect,
  stored: (copies: ReturnType<DebriefDevice['readDiscarded']>) => void,
) {
  switch (effect.type) {
    case 'write_draft':
      device.writeDraft(effect.draft)
      return
    case 'forget_draft_if_saved':
      device.forgetDraftIfSaved(effect.shown)
      return
    case 'remove_draft':
      device.removeDraft()
      return
    case 'set_aside':
      stored(device.setAside(effect.content, effect.which))
      return
    case 'forget_discarded':
      stored(device.forgetDiscarded(effect.id))
  }
}
