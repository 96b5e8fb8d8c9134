/**
 * Delivery figures of a take, computed in the browser from the recording itself: decoded and resampled to
 * 16 kHz mono by Web Audio, speech found by the Silero voice-activity detector (vad-web on onnxruntime-web's
 * WebAssembly), then src/domain/voice. The model and the WebAssembly come from Rebond's own files (Vite emits
 * them as hashed assets); nothing is fetched from elsewhere and nothing leaves the device. Loaded only when a
 * take is analysed (a dynamic import from use-delivery.ts): the pages that do not record never download it.
 */
import vadModelUrl from '@ricky0123/vad-web/dist/silero_vad_legacy.onnx?url'
import ortGlueUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url'
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url'
import { analyzeDelivery, type DeliveryFigures, type Span } from '../../../domain/voice'

const RATE = 16_000
/** The legacy Silero model reads 1536-sample frames (96 ms at 16 kHz). */
const FRAME_SAMPLES = 1536
/** Speech ends after two silent frames. */
const REDEMPTION_MS = 192

/** The take as 16 kHz mono samples: decodeAudioData resamples to the context's rate. */
async function decode(audio: Blob): Promise<Float32Array> {
  const context = new OfflineAudioContext(1, 1, RATE)
  const buffer = await context.decodeAudioData(await audio.arrayBuffer())
  if (buffer.numberOfChannels === 1) return buffer.getChannelData(0)
  const mono = new Float32Array(buffer.length)
  for (let c = 0; c < buffer.numberOfChannels; c++) {
    const channel = buffer.getChannelData(c)
    for (let i = 0; i < mono.length; i++)
      mono[i] = (mono[i] as number) + (channel[i] as number) / buffer.numberOfChannels
  }
  return mono
}

/** Where the speech is, according to the Silero model: spans in milliseconds. */
async function speechSpans(samples: Float32Array): Promise<Span[]> {
  const { NonRealTimeVAD } = await import('@ricky0123/vad-web')
  const vad = await NonRealTimeVAD.new({
    modelURL: vadModelUrl,
    ortConfig: (ort) => {
      // One thread: no worker, no SharedArrayBuffer (the page is not cross-origin isolated).
      ort.env.wasm.numThreads = 1
      ort.env.wasm.wasmPaths = { mjs: ortGlueUrl, wasm: ortWasmUrl }
      ort.env.logLevel = 'error'
    },
    // The detector's frames are 96 ms: end speech after two silent ones, pad nothing, keep short words.
    redemptionMs: REDEMPTION_MS,
    preSpeechPadMs: 0,
    minSpeechMs: 96,
  })
  // vad-web reports a span's end once the silent frames that close it have passed: the speech itself ended
  // REDEMPTION_MS earlier (pauses would start 0.2–0.3 s late). A span still open when the audio runs out ends there.
  const audioEndMs = (Math.floor(samples.length / FRAME_SAMPLES) * FRAME_SAMPLES * 1000) / RATE
  const spans: Span[] = []
  for await (const { start, end } of vad.run(samples, RATE)) {
    const endMs = end >= audioEndMs ? end : Math.max(start, end - REDEMPTION_MS)
    spans.push({ startMs: start, endMs })
  }
  return spans
}

export type TakeAnalysis = { figures: DeliveryFigures; vadError?: string }

/**
 * The figures of a recording, or null when the browser cannot decode it. When the detector cannot run
 * (WebAssembly refused, model missing), loudness finds the speech instead, as before.
 */
export async function analyzeTake(audio: Blob): Promise<TakeAnalysis | null> {
  let samples: Float32Array
  try {
    samples = await decode(audio)
  } catch {
    return null
  }
  try {
    const speech = await speechSpans(samples)
    return { figures: analyzeDelivery(samples, RATE, { speech }) }
  } catch (error) {
    return { figures: analyzeDelivery(samples, RATE), vadError: String(error) }
  }
}
