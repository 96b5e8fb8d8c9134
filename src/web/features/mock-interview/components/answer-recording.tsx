import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSeekableAudio } from '../../../components/recorder/use-seekable-audio'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { PlayIcon } from '../../../components/ui/icons'
import { useDescribeError } from '../../../lib/error-text'
import { type AnswerTurn, fetchAnswerAudio } from '../api/answer-audio'

type Playback =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; url: string }
  | { status: 'error'; error: unknown }

/** A spoken answer's recording: fetched only when asked for, played from an object URL released after. */
export function AnswerRecording({ sessionId, turn }: { sessionId: string; turn: AnswerTurn }) {
  const { t } = useTranslation('mock')
  const describe = useDescribeError()
  const [playback, setPlayback] = useState<Playback>({ status: 'idle' })
  const audioRef = useRef<HTMLAudioElement>(null)
  const controller = useRef<AbortController | null>(null)
  const url = playback.status === 'ready' ? playback.url : null
  useEffect(() => {
    if (!url) return
    return () => URL.revokeObjectURL(url)
  }, [url])
  useSeekableAudio(audioRef, url, (audio) => void audio.play().catch(() => {}))
  useEffect(() => () => controller.current?.abort(), [])

  async function load() {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    setPlayback({ status: 'loading' })
    try {
      const blob = await fetchAnswerAudio(sessionId, turn, abort.signal)
      if (!abort.signal.aborted) setPlayback({ status: 'ready', url: URL.createObjectURL(blob) })
    } catch (error) {
      if (!abort.signal.aborted) setPlayback({ status: 'error', error })
    }
  }

  if (url) {
    // biome-ignore lint/a11y/useMediaCaption: the person's own voice; the words are in the answer above
    return <audio ref={audioRef} className="r-audio" controls src={url} aria-label={t('recordingOf')} />
  }
  return (
    <div>
      <Button
        variant="secondary"
        pending={playback.status === 'loading'}
        pendingLabel={t('recordingLoading')}
        onClick={() => void load()}
      >
        <PlayIcon />
        {t('playRecording')}
      </Button>
      {playback.status === 'error' ? <FormAlert>{describe(playback.error)}</FormAlert> : null}
    </div>
  )
}
