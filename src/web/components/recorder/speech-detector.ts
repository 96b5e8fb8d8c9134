/**
 * The Silero voice-activity detector (vad-web on onnxruntime-web's WebAssembly), one per thread: where the speech
 * is in a take's 16 kHz samples. It runs in the speech worker (delivery-speech.worker.ts), off the page's main
 * thread: making its session and running it held the page for over a second as a recording started (the level
 * meter frozen, Stop unanswered), several seconds on a modest phone. Where workers cannot start, the page runs
 * it itself (delivery-analysis.ts), handing the browser its turn between stretches of frames.
 */
import type { Message, NonRealTimeVAD } from '@ricky0123/vad-web'
import vadModelUrl from '@ricky0123/vad-web/dist/silero_vad_legacy.onnx?url'
import ortGlueUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url'
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url'
import type { Span } from '../../../domain/voice'
import { nextTask } from '../../lib/next-task'

export const RATE = 16_000
/** The legacy Silero model reads 1536-sample frames (96 ms at 16 kHz). */
const FRAME_SAMPLES = 1536
/** Speech ends after two silent frames. */
const REDEMPTION_MS = 192

/** The Silero detector, and vad-web's names for what its frame processor says. */
type Detector = { vad: NonRealTimeVAD; said: typeof Message }

/** The detector, made once a thread: the model is fetched and its session created at the first take only. */
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
/** How long the detector works before the page gets its turn (ms): well under a frame at 60 Hz. */
const SLICE_MS = 8

async function detectSpeech(
  { vad, said }: Detector,
  samples: Float32Array,
  yielding: boolean,
): Promise<Span[]> {
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
  let sliceStart = performance.now()
  for (let frame = 0; frame < frames; frame++) {
    // The frames follow each other as microtasks: without a pause, a take held the page for one long stretch.
    if (yielding && performance.now() - sliceStart > SLICE_MS) {
      await nextTask()
      sliceStart = performance.now()
    }
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

/**
 * Where the speech is in one take, through this thread's detector (made at the first take), after any take
 * already in it. `yielding`: on the page, the browser gets its turn every few milliseconds.
 */
export async function detectSpeechSpans(samples: Float32Array, yielding = false): Promise<Span[]> {
  const detected = await loadDetector()
  const spans = detectorQueue.then(() => detectSpeech(detected, samples, yielding))
  detectorQueue = spans.catch(() => {
    // Stopped half-way, the detector may hold that take's state: the next take makes a new one.
    detector = null
  })
  return spans
}

/**
 * Seconds of made-up sound the readied detector runs on once: with 5, a first take still waited about 0.4 s
 * more than the next ones (the WebAssembly not yet optimised); with 30, the first take is as quick as the others
 * (bench/voice.ts).
 */
const WARM_UP_SECONDS = 30

/** A hum that comes and goes every half second: speech and silence for the detector and the frames. */
export function warmUpSamples(): Float32Array {
  const samples = new Float32Array(WARM_UP_SECONDS * RATE)
  for (let i = 0; i < samples.length; i++) {
    const on = Math.floor(i / (RATE / 2)) % 2 === 0
    samples[i] = on ? 0.2 * Math.sin((2 * Math.PI * 140 * i) / RATE) : 0
  }
  return samples
}

/**
 * Readies the detector (model fetched, WebAssembly compiled, session made, then run once on made-up sound: the
 * browser compiles the WebAssembly quickly at first and optimises what has run, so a first take would otherwise
 * pay for that); without `warm`, only made, as a take that was not readied starts. Whether it is ready; a
 * failure here is tried again with the take.
 */
export function prepareDetector({ yielding = false, warm = true } = {}): Promise<boolean> {
  const ready = warm ? detectSpeechSpans(warmUpSamples(), yielding) : loadDetector()
  return ready.then(
    () => true,
    () => false,
  )
}
