import { describe, expect, it } from 'vitest'
import { postingTerms } from './posting-terms'
import {
  bankPool,
  HISTORY_WEIGHT,
  type HistoryQuestion,
  type SelectionInput,
  selectQuestions,
} from './selection'

const base: SelectionInput = { lang: 'fr', stage: 'manager', count: 6, seed: 42 }

const keysOf = (input: SelectionInput): string[] => {
  const result = selectQuestions(input)
  if (!result.ok) throw new Error(`no selection: ${result.available}`)
  return result.questions.map((q) => q.key)
}

const appearances = (key: string, input: Omit<SelectionInput, 'seed'>, seeds = 200): number =>
  Array.from({ length: seeds }, (_, seed) => keysOf({ ...input, seed })).filter((keys) => keys.includes(key))
    .length

describe('question selection', () => {
  it.each([
    ['fr', 'screening'],
    ['fr', 'technical'],
    ['en', 'hr'],
    ['en', 'final'],
  ] as const)(
    '%s, %s: questions of that language and stage, never the candidate’s own questions',
    (lang, stage) => {
      const result = selectQuestions({ ...base, lang, stage })
      expect(result.ok).toBe(true)
      if (!result.ok) return
      const pool = new Map(bankPool(lang, stage).map((q) => [q.key, q]))
      expect(result.questions).toHaveLength(6)
      expect(new Set(result.questions.map((q) => q.key)).size).toBe(6)
      for (const q of result.questions) {
        expect(pool.has(q.key), q.key).toBe(true)
        expect(q.category).not.toBe('questions_to_ask')
        expect(q.limitSeconds).toBeGreaterThan(0)
      }
    },
  )

  it('replays exactly from the same seed, and another seed draws another set', () => {
    expect(keysOf(base)).toEqual(keysOf(base))
    expect(keysOf({ ...base, seed: 43 })).not.toEqual(keysOf(base))
  })

  it('opens with an "about you" question when one is drawn', () => {
    for (let seed = 0; seed < 30; seed++) {
      const result = selectQuestions({ ...base, seed })
      if (!result.ok) throw new Error('no selection')
      const opener = result.questions.findIndex((q) => q.category === 'about_you')
      expect(opener === -1 || opener === 0).toBe(true)
    }
  })

  it('never draws the same set twice in a row', () => {
    for (let seed = 0; seed < 40; seed++) {
      const previous = keysOf({ ...base, seed })
      const next = keysOf({ ...base, seed, previousKeys: previous })
      expect([...next].sort()).not.toEqual([...previous].sort())
    }
  })

  it('says when the filter leaves too few questions', () => {
    expect(selectQuestions({ ...base, stage: 'technical', count: 500 })).toEqual({
      ok: false,
      error: 'not-enough-questions',
      available: bankPool('fr', 'technical').length,
    })
  })

  describe('the person’s history', () => {
    const destabilizing: HistoryQuestion = {
      key: 'debrief:i1:q1',
      source: 'debrief',
      lang: 'fr',
      text: 'Pourquoi avez-vous quitté votre dernier poste si vite ?',
      category: null,
      weight: HISTORY_WEIGHT.destabilizing,
    }
    it('brings back a question that destabilized far more often than a bank question', () => {
      const withHistory = appearances(destabilizing.key, { ...base, history: [destabilizing] })
      // Without weighting, one of ~60 candidates in 6 draws would come back about 10% of the time.
      expect(withHistory).toBeGreaterThan(80)
      const bankKey = bankPool('fr', 'manager')[5]?.key ?? ''
      expect(withHistory).toBeGreaterThan(appearances(bankKey, { ...base, history: [destabilizing] }) * 2)
    })

    it('boosts the bank question behind a weak card instead of adding it twice', () => {
      const bankKey = bankPool('fr', 'manager')[7]?.key ?? ''
      const card: HistoryQuestion = {
        key: 'card:c1',
        source: 'card',
        lang: 'fr',
        text: 'x',
        category: 'about_you',
        bankKey,
        weight: HISTORY_WEIGHT.weakCard,
      }
      const boosted = appearances(bankKey, { ...base, history: [card] })
      expect(boosted).toBeGreaterThan(appearances(bankKey, base) + 20)
      expect(keysOf({ ...base, history: [card] })).not.toContain('card:c1')
    })

    it('keeps the person’s own questions to half the session, and ignores another language', () => {
      const many: HistoryQuestion[] = Array.from({ length: 10 }, (_, i) => ({
        ...destabilizing,
        key: `debrief:i1:q${i}`,
        weight: 50,
      }))
      const keys = keysOf({ ...base, history: many })
      expect(keys.filter((k) => k.startsWith('debrief:'))).toHaveLength(3)
      const english = keysOf({ ...base, history: [{ ...destabilizing, lang: 'en' }] })
      expect(english).not.toContain(destabilizing.key)
    })
  })

  it('lets the posting’s terms steer towards questions that echo them', () => {
    const result = postingTerms(
      'Salaire, rémunération, prétentions salariales : le salaire est ouvert, la rémunération variable aussi.',
    )
    if (!result.ok) throw new Error('terms')
    const salaryKeys = bankPool('fr', 'hr')
      .filter((q) => q.category === 'salary')
      .map((q) => q.key)
    const salaryCount = (terms: typeof result.terms) =>
      Array.from({ length: 100 }, (_, seed) => keysOf({ ...base, stage: 'hr', seed, terms }))
        .flat()
        .filter((k) => salaryKeys.includes(k)).length
    expect(salaryCount(result.terms)).toBeGreaterThan(salaryCount([]) * 1.3)
  })
})
