import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMeasuredDuration } from './measured-duration'
import type { Take } from './recorder-session'
import { announcedMark } from './recording'

/**
 * What a screen reader is told of the recording: that it started, the time each half minute,
 * how long the take is once stopped. `announce` says anything else (a take thrown away).
 */
export function useSpokenAnnouncement(recording: boolean, elapsedMs: number, take: Take | null) {
  const { t } = useTranslation('recorder')
  const duration = useMeasuredDuration()
  const [announcement, announce] = useState('')
  const mark = recording ? announcedMark(elapsedMs) : 0
  useEffect(() => {
    if (recording) {
      announce(
        mark === 0 ? t('spoken.announceRecording') : t('spoken.announceElapsed', { time: duration(mark) }),
      )
    }
  }, [recording, mark, t, duration])
  useEffect(() => {
    if (take) announce(t('spoken.announceStopped', { time: duration(take.spokenSeconds) }))
  }, [take, t, duration])
  return { announcement, announce }
}
