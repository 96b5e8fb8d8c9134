import { useCallback, useEffect, useRef, useState } from 'react'
import type { Delivery } from '../../lib/api-client'

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

/**
 * Saves a value a moment after the last change, one request at a time, in order. What was typed
 * is never dropped: leaving the page sends what is still waiting. While the last attempt has
 * failed, `error` holds why (an API error may carry messages per field); the next change, or
 * `retry`, sends the latest value again.
 *
 * - `saveNow()`, called in the handler that makes a change, sends that change without the pause
 *   (a choice clicked, not text being typed).
 * - `flush()` sends what waits now; its promise settles once the server has answered.
 * - `edited` stays false until something changes: 'saved' then only means "nothing to save".
 * - `save` gets `{ keepalive: true }` when the page is being hidden or closed: it must pass it on
 *   to the request (`apiRequest`'s `keepalive`), so that what waits outlives the page.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T, delivery: Delivery) => Promise<unknown>,
  delay = 700,
) {
  const [state, setState] = useState<SaveState>('saved')
  const [error, setError] = useState<unknown>(undefined)
  const [changed, setChanged] = useState(false)
  const saved = useRef(JSON.stringify(value))
  const latest = useRef(value)
  const chain = useRef<Promise<unknown>>(Promise.resolve())
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const immediately = useRef(false)
  const saveRef = useRef(save)
  saveRef.current = save
  latest.current = value

  const send = useCallback((delivery: Delivery): Promise<void> => {
    clearTimeout(timer.current)
    timer.current = undefined
    const current = latest.current
    const text = JSON.stringify(current)
    if (text === saved.current) {
      setState('saved')
      return chain.current.then(() => undefined)
    }
    setState('saving')
    chain.current = chain.current
      .catch(() => undefined)
      .then(() => saveRef.current(current, delivery))
      .then(
        () => {
          saved.current = text
          setError(undefined)
          if (JSON.stringify(latest.current) === text) setState('saved')
        },
        (reason: unknown) => {
          setError(reason)
          setState('error')
        },
      )
    return chain.current.then(() => undefined)
  }, [])
  const flush = useCallback(() => send({ keepalive: false }), [send])

  const serialized = JSON.stringify(value)
  useEffect(() => {
    if (serialized === saved.current) return
    setChanged(true)
    setState('pending')
    clearTimeout(timer.current)
    timer.current = setTimeout(flush, immediately.current ? 0 : delay)
    immediately.current = false
  }, [serialized, delay, flush])

  // A saveNow() that changed nothing does not carry over to the next change.
  useEffect(() => {
    immediately.current = false
  })

  // Leaving sends what is waiting: another page of the app (unmount), another app on a phone
  // or a closed tab (the page is hidden first, while it can still send a request).
  useEffect(() => {
    const sendWaiting = (keepalive: boolean) => {
      if (timer.current !== undefined) void send({ keepalive })
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') sendWaiting(true)
    }
    const onPageHide = () => sendWaiting(true)
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', onPageHide)
      sendWaiting(false)
    }
  }, [send])

  const saveNow = useCallback(() => {
    immediately.current = true
  }, [])

  // A change not yet sent shows as waiting from the very render that made it.
  const unsent = serialized !== saved.current
  const shown: SaveState = state === 'saved' && unsent ? 'pending' : state
  return {
    state: shown,
    retry: flush,
    flush,
    saveNow,
    edited: changed || unsent,
    error: shown === 'error' ? error : undefined,
  }
}
