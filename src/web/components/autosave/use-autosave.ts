import { useCallback, useEffect, useRef, useState } from 'react'

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

/**
 * Saves a value a moment after the last change, one request at a time, in order. What was typed
 * is never dropped: leaving the page sends what is still waiting. While the last attempt has
 * failed, `error` holds why (an API error may carry messages per field).
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<unknown>, delay = 700) {
  const [state, setState] = useState<SaveState>('saved')
  const [error, setError] = useState<unknown>(undefined)
  const saved = useRef(JSON.stringify(value))
  const latest = useRef(value)
  const chain = useRef<Promise<unknown>>(Promise.resolve())
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const saveRef = useRef(save)
  saveRef.current = save
  latest.current = value

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = undefined
    const current = latest.current
    const text = JSON.stringify(current)
    if (text === saved.current) {
      setState('saved')
      return
    }
    setState('saving')
    chain.current = chain.current
      .catch(() => undefined)
      .then(() => saveRef.current(current))
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
  }, [])

  const serialized = JSON.stringify(value)
  useEffect(() => {
    if (serialized === saved.current) return
    setState('pending')
    clearTimeout(timer.current)
    timer.current = setTimeout(flush, delay)
  }, [serialized, delay, flush])

  // Leaving sends what is waiting: another page of the app (unmount), another app on a phone
  // or a closed tab (the page is hidden first, while it can still send a request).
  useEffect(() => {
    const sendWaiting = () => {
      if (timer.current !== undefined) flush()
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') sendWaiting()
    }
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', sendWaiting)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', sendWaiting)
      sendWaiting()
    }
  }, [flush])

  // A change not yet sent shows as waiting from the very render that made it.
  const shown: SaveState = state === 'saved' && serialized !== saved.current ? 'pending' : state
  return { state: shown, retry: flush, error: shown === 'error' ? error : undefined }
}
