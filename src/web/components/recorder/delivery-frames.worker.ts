/**
 * The loudness and pitch frames of a take (src/domain/voice/frames.ts), computed off the page's main thread
 * while the Silero detector runs on it: the two take about as long as each other, so a take's figures come
 * sooner side by side than one after the other (delivery-analysis.ts). The samples come transferred, and the
 * frames go back transferred.
 */
import { analyzeFrames } from '../../../domain/voice/frames'

type Scope = {
  addEventListener: (type: 'message', listener: (event: MessageEvent<FramesRequest>) => void) => void
  postMessage: (message: FramesReply, transfer: Transferable[]) => void
}
export type FramesRequest = { id: number; samples: Float32Array; sampleRate: number }
export type FramesReply = { id: number; intensityDb: Float32Array; pitchHz: Float32Array }

const scope = globalThis as unknown as Scope
scope.addEventListener('message', ({ data: { id, samples, sampleRate } }) => {
  const { intensityDb, pitchHz } = analyzeFrames(samples, sampleRate)
  scope.postMessage({ id, intensityDb, pitchHz }, [intensityDb.buffer, pitchHz.buffer])
})
