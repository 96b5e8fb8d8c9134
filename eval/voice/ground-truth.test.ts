import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeDelivery } from '../../src/domain/voice/delivery'
import { type MadeAudio, makeAudio, wordCount } from './make-audio'

// Delivery figures checked on speech with known answers (espeak-ng and sox make it, at test time):
// pauses where they were put, pace in the order and range it was made at, a held flat vowel flagged as a
// probable filled pause while plain speech is not, and a monotone voice flatter than a lively one.

const SENTENCES = {
  fr: [
    'Lors de mon dernier poste, j’ai repris un projet en retard de trois mois.',
    'J’ai réuni l’équipe et nous avons revu le planning ensemble.',
    'Nous avons livré à temps, et le client a renouvelé son contrat.',
  ],
  en: [
    'In my last role I took over a project that was three months late.',
    'I brought the team together and we rebuilt the plan from scratch.',
    'We delivered on time, and the client renewed their contract.',
  ],
} as const
const LANGUAGES = ['fr', 'en'] as const

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rebond-voice-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const analyze = (audio: MadeAudio) => analyzeDelivery(audio.samples, audio.sampleRate)

describe.each(LANGUAGES)('delivery figures on %s speech made with espeak-ng', (voice) => {
  const [one, two, three] = SENTENCES[voice]

  it('finds the pauses where they were put, and no other long one', () => {
    const audio = makeAudio(dir, [
      { say: one, voice, wpm: 160 },
      { silence: 1.5 },
      { say: two, voice, wpm: 160 },
      { silence: 2.5 },
      { say: three, voice, wpm: 160 },
    ])
    const inserted = audio.spans.filter((s) => 'silence' in s.piece)
    const long = analyze(audio).pauses.filter((p) => p.durationMs >= 1000)
    expect(long).toHaveLength(inserted.length)
    long.forEach((pause, i) => {
      const truth = inserted[i] as (typeof inserted)[number]
      expect(Math.abs(pause.startMs - truth.startMs)).toBeLessThanOrEqual(100)
      expect(Math.abs(pause.startMs + pause.durationMs - truth.endMs)).toBeLessThanOrEqual(100)
    })
  })

  it('orders the pace slow < normal < fast, and the range holds the rate it was made at', () => {
    const text = `${one} ${two} ${three}`
    const runs = [120, 180, 240].map((wpm) => {
      const audio = makeAudio(dir, [{ say: text, voice, wpm }])
      const figures = analyze(audio)
      const truth = (wordCount(text) * 60_000) / figures.speakingMs
      return { wpm, truth, figures }
    })
    const rates = runs.map((r) => r.figures.syllablesPerSecond ?? 0)
    expect(rates[0]).toBeLessThan(rates[1] as number)
    expect(rates[1]).toBeLessThan(rates[2] as number)
    // The rates an interview answer is said at: the true words per minute lies within 15 % of the range.
    for (const run of runs.slice(0, 2)) {
      expect(run.truth, `made at ${run.wpm}`).toBeGreaterThanOrEqual((run.figures.wpmLow ?? 0) * 0.85)
      expect(run.truth, `made at ${run.wpm}`).toBeLessThanOrEqual((run.figures.wpmHigh ?? 0) * 1.15)
    }
  })

  it('flags a held flat vowel as a probable filled pause, and plain speech at any rate not at all', () => {
    const audio = makeAudio(dir, [
      { say: one, voice, wpm: 160 },
      { silence: 0.3 },
      { flatVowel: 0.6 },
      { silence: 0.3 },
      { say: two, voice, wpm: 160 },
    ])
    const vowel = audio.spans.find((s) => 'flatVowel' in s.piece)
    const fillers = analyze(audio).probableFillers
    expect(fillers).toHaveLength(1)
    expect(Math.abs((fillers[0]?.startMs ?? 0) - (vowel?.startMs ?? 0))).toBeLessThanOrEqual(100)
    for (const wpm of [120, 180, 240]) {
      expect(analyze(makeAudio(dir, [{ say: `${one} ${two}`, voice, wpm }])).probableFillers).toEqual([])
    }
  })

  it('scores a monotone voice flatter than the usual one, and that flatter than a lively one', () => {
    const variation = (range?: 'x-low' | 'x-high') =>
      analyze(makeAudio(dir, [{ say: `${one} ${two}`, voice, wpm: 160, ...(range ? { range } : {}) }]))
    const monotone = variation('x-low')
    const usual = variation()
    const lively = variation('x-high')
    expect(monotone.pitchVariationSemitones).toBeLessThan(usual.pitchVariationSemitones ?? 0)
    expect(usual.pitchVariationSemitones).toBeLessThan(lively.pitchVariationSemitones ?? 0)
    expect(monotone.pitchVerdict).toBe('flat')
    expect(lively.pitchVerdict).toBe('varied')
  })
})
