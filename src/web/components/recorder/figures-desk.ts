/**
 * What the figures worker does with each message (delivery-figures.worker.ts), apart from the worker so that it
 * can be tested: a take's loudness and pitch frames (src/domain/voice/frames.ts) as soon as its samples arrive,
 * while the speech worker finds where the speech is; its figures (src/domain/voice/delivery.ts) once the page sends
 * those spans. The samples stay here between the two steps.
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

/**
 * Answers each request through `reply`. A take is kept until its figures are asked, once; a page analyses one
 * take at a time, so `kept` takes at most (the oldest goes first): a take forgotten is an `unknown-take`, and the
 * page then computes its figures itself.
 */
export function figuresDesk(
  reply: (message: FiguresReply) => void,
  kept = 2,
): (request: FiguresRequest) => void {
  const takes = new Map<number, { samples: Float32Array; sampleRate: number; frames: Frames }>()
  return (request) => {
    if (request.kind === 'frames') {
      const { id, samples, sampleRate } = request
      takes.set(id, { samples, sampleRate, frames: analyzeFrames(samples, sampleRate) })
      for (const old of takes.keys()) if (takes.size > kept) takes.delete(old)
      reply({ id, kind: 'frames-ready' })
      return
    }
    const take = takes.get(request.take)
    takes.delete(request.take)
    if (!take) {
      reply({ id: request.id, kind: 'unknown-take' })
      return
    }
    const options = { speech: request.speech ?? undefined, frames: take.frames }
    reply({
      id: request.id,
      kind: 'figures',
      figures: analyzeDelivery(take.samples, take.sampleRate, options),
    })
  }
}
