/**
 * A take's figures, off the page's main thread: its loudness and pitch frames (src/domain/voice/frames.ts) are
 * computed as soon as its samples arrive, while the speech worker finds where the speech is; the figures follow
 * once the page sends those spans (src/domain/voice/delivery.ts). Both steps took the page's main thread before
 * (half a second at the end of a two-minute take with the processor slowed four times). The samples come
 * transferred, and stay here between the two steps.
 */
import { analyzeDelivery, type DeliveryFigures, type Span } from '../../../domain/voice'
import { analyzeFrames, type Frames } from '../../../domain/voice/frames'

export type FiguresRequest =
  | { id: number; kind: 'frames'; samples: Float32Array; sampleRate: number }
  /** `take`: the id of the frames request; `speech`: null when the detector could not run (loudness decides). */
  | { id: number; kind: 'figures'; take: number; speech: Span[] | null }
export type FiguresReply =
  | { id: number; kind: 'frames-ready' }
  | { id: number; kind: 'figures'; figures: DeliveryFigures }
  | { id: number; kind: 'unknown-take' }

type Scope = {
  addEventListener: (type: 'message', listener: (event: MessageEvent<FiguresRequest>) => void) => void
  postMessage: (message: FiguresReply) => void
}

/** Takes whose figures are still to come; a page analyses one take at a time, so two are kept at most. */
const takes = new Map<number, { samples: Float32Array; sampleRate: number; frames: Frames }>()
const KEPT = 2

const scope = globalThis as unknown as Scope
scope.addEventListener('message', ({ data }) => {
  if (data.kind === 'frames') {
    takes.set(data.id, {
      samples: data.samples,
      sampleRate: data.sampleRate,
      frames: analyzeFrames(data.samples, data.sampleRate),
    })
    for (const id of takes.keys()) if (takes.size > KEPT) takes.delete(id)
    scope.postMessage({ id: data.id, kind: 'frames-ready' })
    return
  }
  const take = takes.get(data.take)
  takes.delete(data.take)
  if (!take) {
    scope.postMessage({ id: data.id, kind: 'unknown-take' })
    return
  }
  const options = data.speech ? { speech: data.speech, frames: take.frames } : { frames: take.frames }
  scope.postMessage({
    id: data.id,
    kind: 'figures',
    figures: analyzeDelivery(take.samples, take.sampleRate, options),
  })
})
