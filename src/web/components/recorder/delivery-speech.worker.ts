/**
 * The Silero detector of the page's takes, off its main thread (speech-detector.ts): readied as a recording
 * starts, then asked where the speech is in each take. The samples come transferred; the spans go back, or the
 * detector's error, which the page reports as before (the figures then find speech by loudness).
 */
import type { Span } from '../../../domain/voice'
import { detectSpeechSpans, prepareDetector, warmUpSamples } from './speech-detector'

export type SpeechRequest =
  | { id: number; kind: 'prepare'; warm: boolean }
  | { id: number; kind: 'detect'; samples: Float32Array }
export type SpeechReply =
  /** `spans`: the warm-up's, for the figures' own warm-up. */
  | { id: number; kind: 'prepared'; ready: boolean; spans: Span[] | null }
  | { id: number; kind: 'spans'; spans: Span[] }
  | { id: number; kind: 'failed'; error: string }

type Scope = {
  addEventListener: (type: 'message', listener: (event: MessageEvent<SpeechRequest>) => void) => void
  postMessage: (message: SpeechReply) => void
}

const scope = globalThis as unknown as Scope
scope.addEventListener('message', ({ data }) => {
  if (data.kind === 'prepare') {
    const made = data.warm
      ? detectSpeechSpans(warmUpSamples())
      : prepareDetector({ warm: false }).then((ready) => (ready ? [] : Promise.reject()))
    made.then(
      (spans) =>
        scope.postMessage({ id: data.id, kind: 'prepared', ready: true, spans: data.warm ? spans : null }),
      () => scope.postMessage({ id: data.id, kind: 'prepared', ready: false, spans: null }),
    )
    return
  }
  detectSpeechSpans(data.samples).then(
    (spans) => scope.postMessage({ id: data.id, kind: 'spans', spans }),
    (error: unknown) => scope.postMessage({ id: data.id, kind: 'failed', error: String(error) }),
  )
})
