import { type RefObject, useEffect, useRef } from 'react'

/**
 * Browsers write a MediaRecorder's WebM without its duration, so the player shows 0:00 and
 * cannot seek. Asking for a position far past the end makes the browser find the real
 * duration; then the player goes back to the start and `onReady` runs.
 */
export function useSeekableAudio(
  ref: RefObject<HTMLAudioElement | null>,
  src: string | null,
  onReady?: (audio: HTMLAudioElement) => void,
) {
  const onReadyRef = useRef(onReady)
  useEffect(() => {
    onReadyRef.current = onReady
  })

  useEffect(() => {
    const audio = ref.current
    if (!audio || !src) return
    let settled = false
    const ready = () => {
      if (settled) return
      settled = true
      onReadyRef.current?.(audio)
    }
    const backToStart = () => {
      audio.removeEventListener('timeupdate', backToStart)
      audio.currentTime = 0
      ready()
    }
    const onMetadata = () => {
      if (Number.isFinite(audio.duration)) {
        ready()
        return
      }
      audio.addEventListener('timeupdate', backToStart)
      audio.currentTime = Number.MAX_SAFE_INTEGER
    }
    if (audio.readyState >= HTMLMediaElement.HAVE_METADATA) onMetadata()
    else audio.addEventListener('loadedmetadata', onMetadata)
    return () => {
      audio.removeEventListener('loadedmetadata', onMetadata)
      audio.removeEventListener('timeupdate', backToStart)
    }
  }, [ref, src])
}
