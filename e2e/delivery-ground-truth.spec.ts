import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { sharedBrowser, watchProblems } from './support/browser'
import {
  analyzeInPage,
  deliveryChunkPath,
  type MadeAudio,
  makeAudio,
  type PageFigures,
  type Piece,
  prepareInPage,
  wordCount,
} from './support/delivery-in-page'

// The delivery figures as the app computes them after a take, checked on speech with known answers: espeak-ng and
// sox make French and English at 120, 160 and 200 words a minute with silences of known length (eval/voice does
// the same without the detector), and the built app's own analysis (the Silero detector on onnxruntime-web's
// WebAssembly, then src/domain/voice) reads them in Chromium, on a page of the running app.

const baseURL = inject('baseURL')
const browser = sharedBrowser()

const SENTENCES = {
  fr: [
    'Lors de mon dernier poste, j’ai repris un projet en retard de trois mois.',
    'J’ai réuni l’équipe et nous avons revu le planning ensemble.',
    'Nous avons livré à temps, et le client a renouvelé son contrat.',
    'Depuis, je commence chaque projet difficile par un entretien avec chacun.',
  ],
  en: [
    'In my last role I took over a project that was three months late.',
    'I brought the team together and we rebuilt the plan from scratch.',
    'We delivered on time, and the client renewed their contract.',
    'Since then I start every difficult project by talking to each person.',
  ],
} as const
const RATES = [120, 160, 200] as const
/** A pause found matches one that was put there when both its ends are this close (ms). */
const TOLERANCE_MS = 150

let page: Page
let problems: string[]
let chunk: string
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rebond-delivery-truth-'))
  chunk = deliveryChunkPath()
  // The service worker would fetch the app's files into its cache meanwhile: nothing it does is checked here.
  const context = await browser.newContext({ serviceWorkers: 'block' })
  page = await context.newPage()
  problems = watchProblems(page)
  await page.goto(`${baseURL}/`)
})
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/**
 * The pieces as a take: half a second of silence before and after, as when a person presses Record and then
 * speaks (the detector's first frame has no past to go on; speech from the very first sample loses its start).
 */
function take(pieces: readonly Piece[]): MadeAudio {
  return makeAudio(dir, [{ silence: 0.5 }, ...pieces, { silence: 0.5 }])
}

/**
 * The figures the app shows for this audio, made sure they come from the voice detector, and that the page met
 * no error nor a refusal of its Content-Security-Policy (the model and WebAssembly come from Rebond itself).
 */
async function figuresOf(audio: MadeAudio): Promise<PageFigures> {
  const { figures, vadError } = await analyzeInPage(page, chunk, readFileSync(audio.file))
  expect(vadError).toBeUndefined()
  expect(figures.source).toBe('vad')
  expect(problems).toEqual([])
  return figures
}

type Mark = { startMs: number; endMs: number }

/** Found pauses matched one to one with the ones put there, both ends within TOLERANCE_MS. */
function matchPauses(truth: readonly Mark[], found: readonly Mark[]) {
  const extra = [...found]
  const missed: Mark[] = []
  for (const t of truth) {
    const i = extra.findIndex(
      (f) => Math.abs(f.startMs - t.startMs) <= TOLERANCE_MS && Math.abs(f.endMs - t.endMs) <= TOLERANCE_MS,
    )
    if (i < 0) missed.push(t)
    else extra.splice(i, 1)
  }
  return { matched: truth.length - missed.length, missed, extra }
}

describe('delivery figures in the browser, on speech with known answers', () => {
  it('finds the pauses longer than a second where they were put, in French and English at every rate (F1 ≥ 0.9)', async () => {
    let truthCount = 0
    let foundCount = 0
    let matched = 0
    const wrong: string[] = []
    for (const voice of ['fr', 'en'] as const) {
      const [one, two, three, four] = SENTENCES[voice]
      // Each rate, long silences from 1.2 to 2.5 s between sentences, and a short one that is no long pause.
      const audio = take([
        { say: one, voice, wpm: 120 },
        { silence: 1.2 },
        { say: two, voice, wpm: 160 },
        { silence: 2.5 },
        { say: three, voice, wpm: 200 },
        { silence: 0.6 },
        { say: four, voice, wpm: 160 },
        { silence: 1.7 },
        { say: one, voice, wpm: 200 },
      ])
      const figures = await figuresOf(audio)
      const truth = audio.spans
        .filter((s) => 'silence' in s.piece && s.piece.silence > 1)
        .map((s) => ({ startMs: s.startMs, endMs: s.endMs }))
      const found = figures.pauses
        .filter((p) => p.durationMs > 1000)
        .map((p) => ({ startMs: p.startMs, endMs: p.startMs + p.durationMs }))
      const result = matchPauses(truth, found)
      truthCount += truth.length
      foundCount += found.length
      matched += result.matched
      if (result.missed.length + result.extra.length > 0)
        wrong.push(`${voice}: missed ${JSON.stringify(result.missed)}, extra ${JSON.stringify(result.extra)}`)
    }
    const precision = matched / Math.max(1, foundCount)
    const recall = matched / truthCount
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    expect(truthCount).toBe(6)
    expect(f1, wrong.join('; ')).toBeGreaterThanOrEqual(0.9)
  })

  it('finds the speech and computes the frames in two workers, off the page that shows the level meter', async () => {
    // The page's workers, the production chunk's, are started by its first take.
    await figuresOf(take([{ say: SENTENCES.fr[0], voice: 'fr', wpm: 160 }]))
    const workers = page.workers().map((worker) => new URL(worker.url()).pathname)
    expect(workers).toContainEqual(expect.stringMatching(/^\/assets\/delivery-figures\.worker-[\w-]+\.js$/))
    expect(workers).toContainEqual(expect.stringMatching(/^\/assets\/delivery-speech\.worker-[\w-]+\.js$/))
  })

  /**
   * A page of the app where these worker files are not served and the detector's model fails to download the
   * first time; whether readying the detector failed as it should, and the figures of `audio` after it.
   */
  async function afterFailures(audio: MadeAudio, blockedWorkers: readonly string[]) {
    const context = await browser.newContext({ serviceWorkers: 'block' })
    try {
      const blocked = await context.newPage()
      for (const name of blockedWorkers)
        await blocked.route(`**/assets/${name}.worker-*.js`, (route) => route.abort())
      let modelAsked = 0
      await blocked.route('**/assets/silero_vad_legacy-*.onnx', (route) =>
        ++modelAsked === 1 ? route.abort() : route.continue(),
      )
      await blocked.goto(`${baseURL}/`)
      await expect(prepareInPage(blocked, chunk)).rejects.toThrow('could not be readied')
      const analysis = await analyzeInPage(blocked, chunk, readFileSync(audio.file))
      const workers = blocked.workers().map((worker) => worker.url())
      return { ...analysis, modelAsked, workers }
    } finally {
      await context.close()
    }
  }

  it('readies the detector again with the take after a failed first try', async () => {
    const audio = take([{ say: SENTENCES.fr[2], voice: 'fr', wpm: 160 }])
    const expected = await figuresOf(audio)
    const { figures, vadError, modelAsked } = await afterFailures(audio, [])
    expect(vadError).toBeUndefined()
    expect(modelAsked).toBe(2)
    expect(figures).toEqual(expected)
  })

  it('gives the same figures when neither worker can start: the page does their work', async () => {
    const audio = take([{ say: SENTENCES.en[1], voice: 'en', wpm: 160 }])
    const expected = await figuresOf(audio)
    const { figures, vadError, modelAsked, workers } = await afterFailures(audio, [
      'delivery-figures',
      'delivery-speech',
    ])
    expect(vadError).toBeUndefined()
    expect(modelAsked).toBe(2)
    expect(figures).toEqual(expected)
    expect(workers).not.toContainEqual(expect.stringContaining('delivery-'))
  })

  for (const voice of ['fr', 'en'] as const) {
    it(`puts the rate ${voice} speech was made at, by its words, within 15 % of the estimated range at 120, 160 and 200 words a minute`, async () => {
      const text = SENTENCES[voice].slice(0, 3).join(' ')
      const misses: string[] = []
      for (const wpm of RATES) {
        const audio = take([{ say: text, voice, wpm }])
        const figures = await figuresOf(audio)
        // Words said over the time they took, as eval/voice counts them (espeak-ng's own rate is nominal).
        const said = audio.spans[1]
        const made = (wordCount(text) * 60_000) / ((said?.endMs ?? 1) - (said?.startMs ?? 0))
        if (made < (figures.wpmLow ?? 0) * 0.85 || made > (figures.wpmHigh ?? 0) * 1.15)
          misses.push(`made at ${wpm} (${Math.round(made)} words/min): ${figures.wpmLow}–${figures.wpmHigh}`)
      }
      expect(misses).toEqual([])
    })

    it(`scores a monotone ${voice} voice flatter than a lively one`, async () => {
      const text = SENTENCES[voice].slice(0, 2).join(' ')
      const monotone = await figuresOf(take([{ say: text, voice, wpm: 160, range: 'x-low' }]))
      const lively = await figuresOf(take([{ say: text, voice, wpm: 160, range: 'x-high' }]))
      const spread = `monotone ${monotone.pitchVariationSemitones} st, lively ${lively.pitchVariationSemitones} st`
      expect(monotone.pitchVariationSemitones, spread).toBeLessThan(lively.pitchVariationSemitones ?? 0)
      expect(monotone.pitchVerdict, spread).toBe('flat')
      expect(lively.pitchVerdict, spread).toBe('varied')
    })
  }
})
