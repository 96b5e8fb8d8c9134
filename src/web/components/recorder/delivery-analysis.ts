/**
 * Delivery figures of a take, computed in the browser from the recording itself: decoded and resampled to
 * 16 kHz mono by Web Audio, speech found by the Silero voice-activity detector (vad-web on onnxruntime-web's
 * WebAssembly), then src/domain/voice. The model and the WebAssembly come from Rebond's own files (Vite emits
 * them as hashed assets); nothing is fetched from elsewhere and nothing leaves the device. Loaded only when a
 * take is analysed (a dynamic import from use-delivery.ts): the pages that do not record never download it.
 */
import type { Message, NonRealTimeVAD } from '@ricky0123/vad-web'
import vadModelUrl from '@ricky0123/vad-web/dist/silero_vad_legacy.onnx?url'
import ortGlueUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url'
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url'
import { analyzeDelivery, type DeliveryFigures, type Span } from '../../../domain/voice'
import { analyzeFrames, type Frames } from '../../../domain/voice/frames'
import type { FramesReply, FramesRequest } from './delivery-frames.worker'

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

/** The Silero detector, and vad-web's names for what its frame processor says. */
type Detector = { vad: NonRealTimeVAD; said: typeof Message }

/** The detector, made once a page: the model is fetched and its session created at the first take only. */
let detector: Promise<Detector> | null = null
/** Takes go through the detector one after another: it keeps the model's state from frame to frame. */
let detectorQueue: Promise<unknown> = Promise.resolve()

function loadDetector(): Promise<Detector> {
  detector ??= import('@ricky0123/vad-web')
    .then(async ({ NonRealTimeVAD, Message }) => ({
      said: Message,
      vad: await NonRealTimeVAD.new({
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
      }),
    }))
    .catch((error: unknown) => {
      // The next take tries again (a network failure while fetching the model may not last).
      detector = null
      throw error
    })
  return detector
}

/**
 * Where the speech is, according to the Silero model: spans in milliseconds. The samples are already at the
 * model's rate, so its frames are read straight from them (vad-web's `run` would pass every sample through
 * its resampler first); the frame processor then decides, as in `run`, where speech starts and ends.
 * `frameProcessor` and its `process`/`endSegment` are vad-web's internals, not its documented API: the package is
 * pinned to an exact version (package.json), and e2e/delivery-ground-truth.spec.ts checks the spans it gives
 * against labeled recordings, so an upgrade that changes them fails there, not in people's hands.
 */
async function detectSpeech({ vad, said }: Detector, samples: Float32Array): Promise<Span[]> {
  const spans: Span[] = []
  let startMs = 0
  const frames = Math.floor(samples.length / FRAME_SAMPLES)
  // vad-web reports a span's end once the silent frames that close it have passed: the speech itself ended
  // REDEMPTION_MS earlier (pauses would start 0.2–0.3 s late). A span still open when the audio runs out ends there.
  const audioEndMs = (frames * FRAME_SAMPLES * 1000) / RATE
  const close = (endMs: number) => {
    const end = endMs >= audioEndMs ? endMs : Math.max(startMs, endMs - REDEMPTION_MS)
    spans.push({ startMs, endMs: end })
  }
  for (let frame = 0; frame < frames; frame++) {
    const events: { msg: Message }[] = []
    await vad.frameProcessor.process(
      samples.slice(frame * FRAME_SAMPLES, (frame + 1) * FRAME_SAMPLES),
      (event) => events.push(event),
    )
    for (const { msg } of events) {
      if (msg === said.SpeechStart) startMs = (frame * FRAME_SAMPLES * 1000) / RATE
      else if (msg === said.SpeechEnd) close(((frame + 1) * FRAME_SAMPLES * 1000) / RATE)
    }
  }
  // The end of the take ends the speech still going on, and readies the processor for the next take.
  const events: { msg: Message }[] = []
  vad.frameProcessor.endSegment((event) => events.push(event))
  if (events.some(({ msg }) => msg === said.SpeechEnd)) close(audioEndMs)
  return spans
}

/** One take through the page's detector, after any take already in it. */
function speechSpans(detected: Detector, samples: Float32Array): Promise<Span[]> {
  const spans = detectorQueue.then(() => detectSpeech(detected, samples))
  detectorQueue = spans.catch(() => {
    // Stopped half-way, the detector may hold that take's state: the next take makes a new one.
    detector = null
  })
  return spans
}

/**
 * Readies the detector (model fetched, WebAssembly compiled, session made) while a take is being recorded, so
 * that the figures follow the end of the recording, first take included. Whether it is ready; a failure here is
 * tried again with the take.
 */
export function prepareAnalysis(): Promise<boolean> {
  return loadDetector().then(
    async (loaded) => {
      await warmUp(loaded)
      return true
    },
    () => false,
  )
}

/**
 * Seconds of made-up sound the readied detector and figures are run on once: with 5, a first take still waited
 * about 0.4 s more than the next ones (the WebAssembly not yet optimised); 30 take about half a second, while
 * the person speaks, and the first take is then as quick as the others (bench/voice.ts).
 */
const WARM_UP_SECONDS = 30

/**
 * Runs the detector and the figures once on a few seconds of made-up sound (a hum that comes and goes): the
 * browser compiles the WebAssembly and the figures' code quickly at first, and optimises what has run,
 * so a first take would otherwise pay for that.
 */
async function warmUp(loaded: Detector): Promise<void> {
  const samples = new Float32Array(WARM_UP_SECONDS * RATE)
  for (let i = 0; i < samples.length; i++) {
    const on = Math.floor(i / (RATE / 2)) % 2 === 0
    samples[i] = on ? 0.2 * Math.sin((2 * Math.PI * 140 * i) / RATE) : 0
  }
  const frames = framesOf(samples)
  analyzeDelivery(samples, RATE, { speech: await speechSpans(loaded, samples), frames: await frames })
}

/** The page's frames worker, made at its first take; null where workers cannot start (the frames are then made here). */
let framesWorker: Worker | null | undefined
let framesAsked = 0
const framesWaiting = new Map<number, (frames: Frames | null) => void>()

function startFramesWorker(): Worker | null {
  if (framesWorker !== undefined) return framesWorker
  try {
    framesWorker = new Worker(new URL('./delivery-frames.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    framesWorker = null
    return null
  }
  framesWorker.addEventListener('message', ({ data }: MessageEvent<FramesReply>) => {
    framesWaiting.get(data.id)?.({ intensityDb: data.intensityDb, pitchHz: data.pitchHz })
    framesWaiting.delete(data.id)
  })
  // A worker that fails (its file not served, say) is given up: the waiting takes make their frames here.
  framesWorker.addEventListener('error', () => {
    framesWorker = null
    for (const resolve of framesWaiting.values()) resolve(null)
    framesWaiting.clear()
  })
  return framesWorker
}

/**
 * The loudness and pitch frames of the samples, made in the frames worker beside the detector; made here,
 * after it, when there is no worker.
 */
async function framesOf(samples: Float32Array): Promise<Frames> {
  const worker = startFramesWorker()
  const made = worker
    ? await new Promise<Frames | null>((resolve) => {
        const id = ++framesAsked
        framesWaiting.set(id, resolve)
        // A copy goes: the samples stay here for the detector and the figures.
        const request: FramesRequest = { id, samples: samples.slice(), sampleRate: RATE }
        worker.postMessage(request, [request.samples.buffer])
      })
    : null
  return made ?? analyzeFrames(samples, RATE)
}

export type TakeAnalysis = { figures: DeliveryFigures; vadError?: string }

/**
 * The figures of a recording, or null when the browser cannot decode it. When the detector cannot run
 * (WebAssembly refused, model missing), loudness finds the speech instead, as before.
 */
export async function analyzeTake(audio: Blob): Promise<TakeAnalysis | null> {
  // The detector loads (at the first take of the page) while the take is decoded.
  const vad = loadDetector()
  vad.catch(() => undefined)
  let samples: Float32Array
  try {
    samples = await decode(audio)
  } catch {
    return null
  }
  const frames = framesOf(samples)
  try {
    const speech = await speechSpans(await vad, samples)
    return { figures: analyzeDelivery(samples, RATE, { speech, frames: await frames }) }
  } catch (error) {
    return { figures: analyzeDelivery(samples, RATE, { frames: await frames }), vadError: String(error) }
  }
}
