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
    // Warmed up: the warm-up's spans go back too, for the figures worker's own warm-up.
    const prepared = data.warm
      ? detectSpeechSpans(warmUpSamples()).then(
          (spans) => ({ ready: true, spans }),
          () => ({ ready: false, spans: null }),
        )
      : prepareDetector({ warm: false }).then((ready) => ({ ready, spans: null }))
    void prepared.then((answer) => scope.postMessage({ id: data.id, kind: 'prepared', ...answer }))
    return
  }
  detectSpeechSpans(data.samples).then(
    (spans) => scope.postMessage({ id: data.id, kind: 'spans', spans }),
    (error: unknown) => scope.postMessage({ id: data.id, kind: 'failed', error: String(error) }),
  )
})
