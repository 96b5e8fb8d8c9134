/**
 * Delivery figures of a take, computed in the browser from the recording itself: decoded and resampled to
 * 16 kHz mono by Web Audio, speech found by the Silero voice-activity detector (speech-detector.ts, in the
 * speech worker), loudness and pitch frames computed beside it and then the figures (src/domain/voice) in the
 * figures worker: the page's main thread only decodes and passes messages. The
 * model and the WebAssembly come from Rebond's own files (Vite emits them as hashed assets); nothing is fetched
 * from elsewhere and nothing leaves the device. Loaded only when a recording starts (a dynamic import from
 * use-delivery.ts): the pages that do not record never download it. Where a worker cannot start, the page does
 * its work itself.
 */
import { analyzeDelivery, type DeliveryFigures, type Span } from '../../../domain/voice'
import { analyzeFrames } from '../../../domain/voice/frames'
import type { SpeechReply, SpeechRequest } from './delivery-speech.worker'
import type { FiguresReply, FiguresRequest } from './figures-desk'
import { detectSpeechSpans, prepareDetector, RATE, warmUpSamples } from './speech-detector'

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

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

/**
 * A worker of the page, made at its first request and asked by id. Its answer, or null where it cannot start or
 * fails (its file not served, say): it is then given up, and whoever asked does the work on the page.
 */
function pageWorker<Request extends { id: number }, Reply extends { id: number }>(make: () => Worker) {
  let worker: Worker | null | undefined
  let asked = 0
  const waiting = new Map<number, (reply: Reply | null) => void>()
  const start = (): Worker | null => {
    if (worker !== undefined) return worker
    try {
      worker = make()
    } catch {
      worker = null
      return null
    }
    worker.addEventListener('message', ({ data }: MessageEvent<Reply>) => {
      waiting.get(data.id)?.(data)
      waiting.delete(data.id)
    })
    worker.addEventListener('error', () => {
      worker = null
      for (const resolve of waiting.values()) resolve(null)
      waiting.clear()
    })
    return worker
  }
  return (request: WithoutId<Request>, transfer: Transferable[] = []): Promise<Reply | null> => {
    const started = start()
    if (!started) return Promise.resolve(null)
    return new Promise((resolve) => {
      const id = ++asked
      waiting.set(id, resolve)
      started.postMessage({ ...request, id }, transfer)
    })
  }
}

const askFigures = pageWorker<FiguresRequest, FiguresReply>(
  () => new Worker(new URL('./delivery-figures.worker.ts', import.meta.url), { type: 'module' }),
)
const askSpeech = pageWorker<SpeechRequest, SpeechReply>(
  () => new Worker(new URL('./delivery-speech.worker.ts', import.meta.url), { type: 'module' }),
)

/**
 * The figures of the samples once `speech` is known (the detector's spans, or null: loudness finds the speech),
 * from the figures worker, which starts on the frames at once (a copy of the samples goes); null where that
 * worker cannot start.
 */
function figuresInWorker(samples: Float32Array): (speech: Span[] | null) => Promise<DeliveryFigures | null> {
  const copy = samples.slice()
  const framesReady = askFigures({ kind: 'frames', samples: copy, sampleRate: RATE }, [copy.buffer])
  return async (speech) => {
    const frames = await framesReady
    const reply = frames && (await askFigures({ kind: 'figures', take: frames.id, speech }))
    return reply?.kind === 'figures' ? reply.figures : null
  }
}

/** The figures computed on the page, where the figures worker cannot start. */
function figuresHere(samples: Float32Array, speech: Span[] | null): DeliveryFigures {
  const frames = analyzeFrames(samples, RATE)
  return analyzeDelivery(samples, RATE, { speech: speech ?? undefined, frames })
}

/** Where the speech is, from the speech worker (a copy goes), or found here, giving the page its turns. */
async function speechOf(samples: Float32Array): Promise<Span[]> {
  const copy = samples.slice()
  const reply = await askSpeech({ kind: 'detect', samples: copy }, [copy.buffer])
  if (!reply) return detectSpeechSpans(samples, true)
  if (reply.kind === 'spans') return reply.spans
  throw new Error(reply.kind === 'failed' ? reply.error : `unexpected answer: ${reply.kind}`)
}

/**
 * Readies the analysis while a take is being recorded, so that the figures follow the end of the recording,
 * first take included: the detector (model fetched, WebAssembly compiled, session made and run once on made-up
 * sound) and the figures' code, run once on the same sound, each in its worker; nothing heavy runs on the page
 * unless a worker cannot start. Whether the detector is ready; a failure here is tried again with the take.
 */
export async function prepareAnalysis(): Promise<boolean> {
  const samples = warmUpSamples()
  const figures = figuresInWorker(samples)
  const reply = await askSpeech({ kind: 'prepare', warm: true })
  const ready = reply ? reply.kind === 'prepared' && reply.ready : await prepareDetector({ yielding: true })
  await figures(reply?.kind === 'prepared' ? reply.spans : null)
  return ready
}

export type TakeAnalysis = { figures: DeliveryFigures; vadError?: string }

/**
 * The figures of a recording, or null when the browser cannot decode it. When the detector cannot run
 * (WebAssembly refused, model missing), loudness finds the speech instead, as before.
 */
export async function analyzeTake(audio: Blob): Promise<TakeAnalysis | null> {
  // The detector is made (at the first take of the page, if nothing readied it) while the take is decoded.
  void askSpeech({ kind: 'prepare', warm: false }).then((reply) => {
    if (!reply) void prepareDetector({ warm: false })
  })
  let samples: Float32Array
  try {
    samples = await decode(audio)
  } catch {
    return null
  }
  const figures = figuresInWorker(samples)
  let speech: Span[] | null = null
  let vadError: string | undefined
  try {
    speech = await speechOf(samples)
  } catch (error) {
    vadError = String(error)
  }
  const made = (await figures(speech)) ?? figuresHere(samples, speech)
  return vadError === undefined ? { figures: made } : { figures: made, vadError }
}
