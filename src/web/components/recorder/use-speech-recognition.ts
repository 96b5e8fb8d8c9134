import { useCallback, useEffect, useRef, useState } from 'react'
import type { Language } from '../../../shared/schemas/common'
import { isFatalRecognitionError, joinPhrases, recognitionLang, recognitionPlace } from './recording'

// The Web Speech API is not in TypeScript's DOM library: the little of it used here.
type Recognition = {
  lang: string
  /** Chrome 139+: recognise on the device, never sending the sound. */
  processLocally?: boolean
  continuous: boolean
  interimResults: boolean
  start(): void
  stop(): void
  abort(): void
  onresult: ((event: { results: SpeechRecognitionResultList }) => void) | null
  onerror: ((event: { error: string }) => void) | null
  onend: (() => void) | null
}
type RecognitionConstructor = (new () => Recognition) & {
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<string>
}

function recognitionConstructor(): RecognitionConstructor | undefined {
  if (typeof window === 'undefined') return undefined
  const speech = window as unknown as {
    SpeechRecognition?: RecognitionConstructor
    webkitSpeechRecognition?: RecognitionConstructor
  }
  return speech.SpeechRecognition ?? speech.webkitSpeechRecognition
}

export type TranscriptionState = 'idle' | 'listening' | 'failed'

/** A session that ends this soon after it began, several times running, is not going to work. */
const QUICK_END_MS = 1000
const QUICK_ENDS_TO_GIVE_UP = 3

/**
 * The browser's speech recognition, when it has one, run for as long as a recording lasts:
 * restarted when the browser ends a session on its own (after a silence, or a minute), and
 * given up on errors that would not go away. `onTranscript` receives the whole transcript so far.
 */
export function useSpeechRecognition(lang: Language, onTranscript: (transcript: string) => void) {
  const [supported] = useState(() => recognitionConstructor() !== undefined)
  const [state, setState] = useState<TranscriptionState>('idle')
  const [place, setPlace] = useState<'device' | 'online'>('online')
  // Whether this browser recognises the language on the device: then it does, and the page says so.
  useEffect(() => {
    const available = recognitionConstructor()?.available
    if (!available) return
    let current = true
    available({ langs: [recognitionLang(lang)], processLocally: true })
      .then((answer) => {
        if (current) setPlace(recognitionPlace(answer))
      })
      .catch(() => {})
    return () => {
      current = false
    }
  }, [lang])
  const placeRef = useRef(place)
  useEffect(() => {
    placeRef.current = place
  })
  const current = useRef<Recognition | null>(null)
  const wanted = useRef(false)
  const onTranscriptRef = useRef(onTranscript)
  useEffect(() => {
    onTranscriptRef.current = onTranscript
  })

  const start = useCallback(() => {
    const Constructor = recognitionConstructor()
    if (!Constructor || current.current) return
    wanted.current = true
    setState('listening')
    const done: string[] = [] // final phrases of the sessions already ended
    let quickEnds = 0

    const open = () => {
      let recognition: Recognition
      try {
        recognition = new Constructor()
        recognition.lang = recognitionLang(lang)
        recognition.continuous = true
        recognition.interimResults = true
        if (placeRef.current === 'device') recognition.processLocally = true
      } catch {
        wanted.current = false
        setState('failed')
        return
      }
      const openedAt = performance.now()
      let phrases: string[] = []
      let failed = false
      recognition.onresult = (event) => {
        phrases = Array.from(event.results, (result) => result[0]?.transcript ?? '')
        const final = Array.from(event.results).every((result) => result.isFinal)
        if (final) quickEnds = 0
        onTranscriptRef.current(joinPhrases([...done, ...phrases]))
      }
      recognition.onerror = (event) => {
        if (isFatalRecognitionError(event.error)) failed = true
      }
      recognition.onend = () => {
        done.push(...phrases)
        phrases = []
        if (current.current !== recognition) return
        current.current = null
        quickEnds = performance.now() - openedAt < QUICK_END_MS ? quickEnds + 1 : 0
        if (failed || quickEnds >= QUICK_ENDS_TO_GIVE_UP) {
          wanted.current = false
          setState('failed')
        } else if (wanted.current) {
          open()
        } else {
          setState('idle')
        }
      }
      current.current = recognition
      try {
        recognition.start()
      } catch {
        current.current = null
        wanted.current = false
        setState('failed')
      }
    }
    open()
  }, [lang])

  /** Stops listening; the last words still arrive before the session ends. */
  const stop = useCallback(() => {
    wanted.current = false
    current.current?.stop()
  }, [])

  useEffect(
    () => () => {
      wanted.current = false
      const recognition = current.current
      current.current = null
      if (recognition) {
        recognition.onresult = null
        recognition.onend = null
        recognition.onerror = null
        recognition.abort()
      }
    },
    [],
  )

  return { supported, state, place, start, stop }
}
