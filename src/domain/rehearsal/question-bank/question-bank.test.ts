import { describe, expect, it } from 'vitest'
import {
  BANK_VERSION,
  bankQuestion,
  CATEGORY_LABELS,
  EN_QUESTIONS,
  FR_QUESTIONS,
  INTERVIEW_STAGES,
  QUESTION_BANK,
  QUESTION_CATEGORIES,
} from './index'

const LANGUAGES = [
  ['fr', FR_QUESTIONS],
  ['en', EN_QUESTIONS],
] as const

// Informal address: "tu", "te", "toi", "ton", "ta", "tes", and the elided "t'" (but not "t-" as in "a-t-il").
const TUTOIEMENT = /(^|[^\p{L}])(tu|te|toi|ton|ta|tes|t')(?=$|[^\p{L}-])/iu
// Formal address: "vous", "votre", "vos", or a verb in the second person plural ("Présentez-vous", "Citez-moi").
const VOUVOIEMENT = /(^|[^\p{L}])(vous|votre|vos)(?=$|[^\p{L}])|\p{L}ez(?=$|[^\p{L}])/iu

describe('question bank', () => {
  it('has unique, well-formed keys prefixed by the question language', () => {
    const keys = QUESTION_BANK.map((question) => question.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const question of QUESTION_BANK) {
      expect(question.key).toMatch(/^(fr|en)-[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(question.key.startsWith(`${question.lang}-`)).toBe(true)
    }
  })

  it('keeps each language in its own list', () => {
    expect(FR_QUESTIONS.every((question) => question.lang === 'fr')).toBe(true)
    expect(EN_QUESTIONS.every((question) => question.lang === 'en')).toBe(true)
    expect(QUESTION_BANK).toHaveLength(FR_QUESTIONS.length + EN_QUESTIONS.length)
  })

  it.each(LANGUAGES)('has at least 80 questions in %s, at least 6 in every category', (_lang, questions) => {
    expect(questions.length).toBeGreaterThanOrEqual(80)
    for (const category of QUESTION_CATEGORIES) {
      expect(
        questions.filter((question) => question.category === category).length,
        category,
      ).toBeGreaterThanOrEqual(6)
    }
  })

  it('labels every category in both languages', () => {
    for (const category of QUESTION_CATEGORIES) {
      expect(CATEGORY_LABELS[category].fr.trim()).not.toBe('')
      expect(CATEGORY_LABELS[category].en.trim()).not.toBe('')
    }
  })

  it('has non-empty texts ending with "?" or "." and short non-empty hints', () => {
    for (const question of QUESTION_BANK) {
      expect(question.text.trim(), question.key).toBe(question.text)
      expect(question.text, question.key).toMatch(/.[?.]$/)
      expect(question.hint.trim(), question.key).toBe(question.hint)
      expect(question.hint.length, question.key).toBeGreaterThan(0)
      expect(question.hint.length, question.key).toBeLessThanOrEqual(400)
    }
  })

  it('has no duplicate texts, whatever the case, spacing or punctuation', () => {
    const normalized = QUESTION_BANK.map((question) =>
      question.text
        .toLowerCase()
        .replace(/[’']/g, "'")
        .replace(/[^\p{L}\p{N}']+/gu, ' ')
        .trim(),
    )
    expect(new Set(normalized).size).toBe(normalized.length)
  })

  it('uses French typography: a space before "?" and no tutoiement', () => {
    for (const question of FR_QUESTIONS) {
      if (question.text.endsWith('?')) expect(question.text, question.key).toMatch(/ \?$/)
      expect(question.text, question.key).not.toMatch(TUTOIEMENT)
      expect(question.hint, question.key).not.toMatch(TUTOIEMENT)
    }
  })

  it('says "vous" in every French question and hint', () => {
    for (const question of FR_QUESTIONS) {
      expect(question.text, question.key).toMatch(VOUVOIEMENT)
      expect(question.hint, question.key).toMatch(VOUVOIEMENT)
    }
  })

  it('has no French-style space before "?" in English', () => {
    for (const question of EN_QUESTIONS) expect(question.text, question.key).not.toMatch(/\s\?$/)
  })

  it('uses known stages, without repeats', () => {
    for (const question of QUESTION_BANK) {
      const stages = question.stages ?? []
      expect(new Set(stages).size, question.key).toBe(stages.length)
      for (const stage of stages) expect(INTERVIEW_STAGES, question.key).toContain(stage)
    }
  })

  it('dates every question to a released bank version', () => {
    for (const question of QUESTION_BANK) {
      expect(Number.isInteger(question.since), question.key).toBe(true)
      expect(question.since, question.key).toBeGreaterThanOrEqual(1)
      expect(question.since, question.key).toBeLessThanOrEqual(BANK_VERSION)
    }
  })

  it('finds a question by key', () => {
    expect(bankQuestion('fr-presentez-vous')?.text).toBe('Présentez-vous.')
    expect(bankQuestion('en-tell-me-about-yourself')?.text).toBe('Tell me about yourself.')
    expect(bankQuestion('fr-does-not-exist')).toBeUndefined()
  })

  it('keeps the classic questions recruiters ask in each language', () => {
    for (const key of [
      'fr-presentez-vous',
      'fr-quel-est-votre-projet-professionnel',
      'fr-quelles-sont-vos-pretentions-salariales',
      'fr-pourquoi-ce-trou-dans-votre-cv',
      'fr-ou-vous-voyez-vous-dans-5-ans',
      'en-tell-me-about-yourself',
      'en-why-do-you-want-to-work-here',
      'en-what-are-your-salary-expectations',
      'en-walk-me-through-your-resume',
      'en-whats-your-greatest-weakness',
    ]) {
      expect(bankQuestion(key), key).toBeDefined()
    }
  })
})
