import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'

// The ground-truth speech of eval/voice (espeak-ng and sox), for the specs that check the figures on it.
export { type MadeAudio, makeAudio, type Piece, wordCount } from '../../eval/voice/make-audio'

/**
 * The production delivery analysis, run in a page of the built app: the chunk Vite makes for
 * src/web/components/recorder/delivery-analysis.ts is imported by its URL and its `analyzeTake` called on
 * a recording, exactly as use-delivery.ts does after a take (Web Audio decoding, the Silero detector on
 * onnxruntime-web's WebAssembly, then the figures). No hook in the app: the chunk is a dynamic-import entry,
 * so it keeps its export's name.
 */

export const WEB_ASSETS = path.resolve(import.meta.dirname, '../../dist/web/assets')

/** The served path of the built delivery-analysis chunk (`/assets/delivery-analysis-<hash>.js`). */
export function deliveryChunkPath(assets: string = WEB_ASSETS): string {
  const found = readdirSync(assets).filter(
    (name) =>
      /^delivery-analysis-[\w-]+\.js$/.test(name) &&
      /\bas analyzeTake[,}]/.test(readFileSync(path.join(assets, name), 'utf8')),
  )
  if (found.length !== 1)
    throw new Error(
      `expected one delivery-analysis chunk exporting analyzeTake in ${assets}, found ${found.length}`,
    )
  return `/assets/${found[0]}`
}

/** What the delivery figures hold, as the page returns them (src/domain/voice/delivery.ts). */
export type PageFigures = {
  source: 'vad' | 'loudness'
  durationMs: number
  speakingMs: number
  pauses: { startMs: number; durationMs: number }[]
  syllables: number
  syllablesPerSecond: number | null
  wpmLow: number | null
  wpmHigh: number | null
  pitchMedianHz: number | null
  pitchRangeSemitones: number | null
  pitchVariationSemitones: number | null
  pitchVerdict: 'flat' | 'varied' | null
  probableFillers: { startMs: number; durationMs: number }[]
}

/**
 * One analysis: the figures, the detector's error if it fell back to loudness, and the time taken in the page.
 * `importMs` is the chunk's import (next to nothing once the page has it); `ms` runs from the Blob to the figures, which is what
 * a person waits after Stop (each run decodes and reads the whole take; the page's detector is made at its first take).
 */
export type PageAnalysis = { figures: PageFigures; vadError?: string; importMs: number; ms: number }

/**
 * Runs `analyzeTake` on `audio` (a file's bytes, handed to the page as a Blob of `type`) in `page`, which must
 * be on the app's origin.
 */
export async function analyzeInPage(
  page: Page,
  chunkPath: string,
  audio: Uint8Array,
  type = 'audio/wav',
): Promise<PageAnalysis> {
  // The import as text: in a function, the test runner would rewrite `import()` into its own loader's call.
  const url = JSON.stringify(new URL(chunkPath, page.url()).href)
  const importMs = await page.evaluate<number>(`(async () => {
    const started = performance.now()
    window.__rebondAnalyzeTake = (await import(${url})).analyzeTake
    return performance.now() - started
  })()`)
  const result = await page.evaluate(
    async ({ base64, type }) => {
      const analyzeTake = (globalThis as unknown as { __rebondAnalyzeTake: AnalyzeTake }).__rebondAnalyzeTake
      const binary = atob(base64)
      const bytes = new Uint8Array(binary.length)
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
      const blob = new Blob([bytes], { type })
      const started = performance.now()
      const analysis = await analyzeTake(blob)
      return analysis ? { ...analysis, ms: performance.now() - started } : null
    },
    { base64: Buffer.from(audio).toString('base64'), type },
  )
  if (!result) throw new Error('the page could not decode the audio')
  return { ...(result as Omit<PageAnalysis, 'importMs'>), importMs }
}

/**
 * Readies the detector in `page` as a recording's start does (`prepareAnalysis`: the model fetched, the
 * WebAssembly compiled, the session made), and how long that took in ms; throws if it could not.
 */
export async function prepareInPage(page: Page, chunkPath: string): Promise<number> {
  const url = JSON.stringify(new URL(chunkPath, page.url()).href)
  const prepared = await page.evaluate<{ ready: boolean; ms: number }>(`(async () => {
    const started = performance.now()
    const ready = await (await import(${url})).prepareAnalysis()
    return { ready, ms: performance.now() - started }
  })()`)
  if (!prepared.ready) throw new Error('the detector could not be readied')
  return prepared.ms
}

type AnalyzeTake = (audio: Blob) => Promise<{ figures: unknown; vadError?: string } | null>
