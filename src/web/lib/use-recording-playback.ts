import { type RefObject, useEffect, useRef, useState } from 'react'
import { useSeekableAudio } from '../components/recorder/use-seekable-audio'

export type RecordingPlayback =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; url: string }
  | { status: 'error'; error: unknown }

/**
 * A recording kept on the server, fetched only when the person asks to listen (`load`), then played from
 * an object URL, released when the recording leaves the page. A new `load` or leaving the page cancels
 * the one under way. With `focusWhenReady` the player takes the focus the button had.
 */
export function useRecordingPlayback(
  fetchRecording: (signal: AbortSignal) => Promise<Blob>,
  { focusWhenReady = false }: { focusWhenReady?: boolean } = {},
): {
  playback: RecordingPlayback
  url: string | null
  audioRef: RefObject<HTMLAudioElement | null>
  load: () => Promise<void>
} {
  const [playback, setPlayback] = useState<RecordingPlayback>({ status: 'idle' })
  const audioRef = useRef<HTMLAudioElement>(null)
  const controller = useRef<AbortController | null>(null)
  const url = playback.status === 'ready' ? playback.url : null

  useEffect(() => {
    if (!url) return
    if (focusWhenReady) audioRef.current?.focus()
    return () => URL.revokeObjectURL(url)
  }, [url, focusWhenReady])
  // The person asked to listen: play once the player knows the length (a browser may still wait for a press on play).
  useSeekableAudio(audioRef, url, (audio) => void audio.play().catch(() => {}))

  useEffect(() => () => controller.current?.abort(), [])

  async function load() {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    setPlayback({ status: 'loading' })
    try {
      const blob = await fetchRecording(abort.signal)
      if (!abort.signal.aborted) setPlayback({ status: 'ready', url: URL.createObjectURL(blob) })
    } catch (error) {
      if (!abort.signal.aborted) setPlayback({ status: 'error', error })
    }
  }

  return { playback, url, audioRef, load }
}
