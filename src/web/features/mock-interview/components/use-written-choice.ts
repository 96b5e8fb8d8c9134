import { useCallback, useState } from 'react'
import { tabStorage } from '../../../lib/device-storage'
import type { WrittenReason } from './spoken-answer'

const REASONS: readonly string[] = ['choice', 'denied', 'noMicrophone', 'unsupported', 'insecure']

/**
 * Whether this session is answered in writing although its level is spoken, and why: chosen, or a
 * microphone missing or refused. Kept for the tab, so a reload does not ask for the microphone again.
 */
export function useWrittenChoice(sessionId: string) {
  const key = `mock-written-${sessionId}`
  const [reason, setReason] = useState<WrittenReason | null>(() => {
    const stored = tabStorage.readText(key)
    return stored && REASONS.includes(stored) ? (stored as WrittenReason) : null
  })
  const choose = useCallback(
    (next: WrittenReason | null) => {
      setReason(next)
      if (next) tabStorage.writeText(key, next)
      else tabStorage.remove(key)
    },
    [key],
  )
  return [reason, choose] as const
}
