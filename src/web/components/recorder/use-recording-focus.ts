import { useEffect, useMemo, useRef } from 'react'
import type { Take } from './recorder-session'

/**
 * Focus follows the one button that matters: Stop once recording has started, then the take
 * once it is there, and Start again when the take is thrown away.
 */
export function useRecordingFocus(recording: boolean, take: Take | null) {
  const startRef = useRef<HTMLButtonElement>(null)
  const stopRef = useRef<HTMLButtonElement>(null)
  const takeRef = useRef<HTMLHeadingElement>(null)
  const focusAfter = useRef<'stop' | 'take' | null>(null)

  useEffect(() => {
    if (focusAfter.current === 'stop' && recording) {
      focusAfter.current = null
      stopRef.current?.focus()
    } else if (focusAfter.current === 'take' && take) {
      focusAfter.current = null
      takeRef.current?.focus()
    }
  }, [recording, take])

  return useMemo(
    () => ({
      startRef,
      stopRef,
      takeRef,
      /** Stop gets the focus once the recording runs. */
      focusStopNext: () => {
        focusAfter.current = 'stop'
      },
      /** The take gets the focus once it is shown. */
      focusTakeNext: () => {
        focusAfter.current = 'take'
      },
      focusStart: () => startRef.current?.focus(),
    }),
    [],
  )
}
