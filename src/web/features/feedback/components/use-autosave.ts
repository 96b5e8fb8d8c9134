import { useCallback, useEffect, useRef, useState } from 'react'
import type { SaveFeedbackBody } from '../../../../shared/schemas/feedback'
import type { useSaveFeedback } from '../api/feedback-api'

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error'
const DELAY_MS = 800

/** Gathers changes and sends them together, shortly after the last one. */
export function useAutosave(save: ReturnType<typeof useSaveFeedback>) {
  const [status, setStatus] = useState<AutosaveStatus>('idle')
  const queued = useRef<SaveFeedbackBody>({})
  const timer = useRef<number | undefined>(undefined)
  const { mutateAsync } = save

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current)
    const body = queued.current
    if (Object.keys(body).length === 0) return
    queued.current = {}
    setStatus('saving')
    try {
      await mutateAsync(body)
      setStatus(Object.keys(queued.current).length > 0 ? 'pending' : 'saved')
    } catch {
      // Kept for the next change, which sends it again.
      queued.current = { ...body, ...queued.current }
      setStatus('error')
    }
  }, [mutateAsync])

  const queue = useCallback(
    (body: SaveFeedbackBody, now = false) => {
      queued.current = { ...queued.current, ...body }
      setStatus('pending')
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void flush(), now ? 0 : DELAY_MS)
    },
    [flush],
  )

  // Leaving the page sends what is waiting.
  useEffect(
    () => () => {
      void flush()
    },
    [flush],
  )

  return { status, queue, flush }
}
