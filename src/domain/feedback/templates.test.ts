import { describe, expect, it } from 'vitest'
import { INTERVIEW_OUTCOMES, type InterviewOutcome } from '../debrief/taxonomy'
import {
  fillTemplate,
  findTemplate,
  firstNameOf,
  formatPoints,
  type Style,
  type TemplateLang,
  type Tone,
} from './templates'

const values = {
  company: 'Decathlon',
  role: 'Cheffe de projet',
  interviewer: 'Claire Martin',
  date: '2 mars 2026',
  name: 'Camille Durand',
  points: formatPoints(['Mon projet vous a-t-il paru clair ?']),
}

function body(lang: TemplateLang, tone: Tone, style: Style, outcome: InterviewOutcome): string {
  const filled = fillTemplate(findTemplate(lang, tone, style, outcome), values)
  if (!filled.complete) throw new Error(`incomplete: ${filled.missing.join(', ')}`)
  return filled.body
}

const ALL = (['fr', 'en'] as const).flatMap((lang) =>
  (['formal', 'warm'] as const).flatMap((tone) =>
    (['short', 'detailed'] as const).flatMap((style) =>
      INTERVIEW_OUTCOMES.map((outcome) => [lang, tone, style, outcome] as const),
    ),
  ),
)

/** The words that only fit a decision against the person. */
const AFTER_REJECTION = {
  fr: [/pesé dans votre décision/, /l’aventure s’arrête là/],
  en: [/led to your decision/, /did not work out/],
}

describe('feedback templates by outcome', () => {
  it.each(ALL)('%s/%s/%s after "%s": complete, no placeholder left', (lang, tone, style, outcome) => {
    expect(body(lang, tone, style, outcome)).not.toMatch(/[{}]/)
  })

  it.each(ALL.filter(([, , , outcome]) => outcome !== 'rejected'))(
    '%s/%s/%s after "%s": never asks about a decision, never says it ends there',
    (lang, tone, style, outcome) => {
      const text = body(lang, tone, style, outcome)
      for (const words of AFTER_REJECTION[lang]) expect(text).not.toMatch(words)
    },
  )

  it.each([
    ['fr', 'short', /ce qui a pesé dans votre décision \?/],
    ['fr', 'detailed', /Même si l’aventure s’arrête là avec Decathlon/],
    ['en', 'short', /what led to your decision\?/],
    ['en', 'detailed', /Even though it did not work out with Decathlon this time/],
  ] as const)('%s warm %s after a rejection: speaks of the decision', (lang, style, words) => {
    expect(body(lang, 'warm', style, 'rejected')).toMatch(words)
  })

  it.each([
    ['fr', 'short', /comment vous avez perçu notre échange \?/],
    ['fr', 'detailed', /Quelle que soit la suite avec Decathlon/],
    ['en', 'short', /how I came across in our conversation\?/],
    ['en', 'detailed', /Whatever comes next with Decathlon/],
  ] as const)('%s warm %s while waiting: asks how it came across', (lang, style, words) => {
    expect(body(lang, 'warm', style, 'pending')).toMatch(words)
    expect(body(lang, 'warm', style, 'no_news')).toMatch(words)
  })

  it.each([
    ['fr', 'short', /ce qui a joué en ma faveur/],
    ['fr', 'detailed', /la suite avec Decathlon/],
    ['en', 'short', /what worked well/],
    ['en', 'detailed', /the next step with Decathlon/],
  ] as const)('%s warm %s after a round passed: looks ahead', (lang, style, words) => {
    expect(body(lang, 'warm', style, 'passed')).toMatch(words)
  })

  it('an interview with no outcome given reads as waiting', () => {
    expect(findTemplate('fr', 'warm', 'short').body).toBe(findTemplate('fr', 'warm', 'short', 'pending').body)
  })
})

describe('greetings', () => {
  it.each([
    ['fr', 'Bonjour Claire,'],
    ['en', 'Hi Claire,'],
  ] as const)('%s: a warm message greets the first name', (lang, greeting) => {
    expect(body(lang, 'warm', 'short', 'pending').split('\n')[0]).toBe(greeting)
  })

  it.each([
    ['fr', 'Bonjour Claire Martin,'],
    ['en', 'Dear Claire Martin,'],
  ] as const)('%s: a formal message keeps the full name', (lang, greeting) => {
    expect(body(lang, 'formal', 'detailed', 'rejected').split('\n')[0]).toBe(greeting)
  })

  it.each([
    ['Claire Martin', 'Claire'],
    ['  Jean-Pierre   Durand ', 'Jean-Pierre'],
    ['Madame Martin', 'Madame Martin'],
    ['Dr. Shah', 'Dr. Shah'],
    ['Ms Patel', 'Ms Patel'],
    ['Claire', 'Claire'],
  ])('the first name of "%s" is "%s"', (full, first) => {
    expect(firstNameOf(full)).toBe(first)
  })

  it('a missing interviewer is asked for, once, whichever greeting needs it', () => {
    const filled = fillTemplate(findTemplate('en', 'warm', 'short'), { ...values, interviewer: ' ' })
    expect(filled).toEqual({ complete: false, missing: ['interviewer'] })
  })
})

describe('French wording', () => {
  it('fits everyone: no "(e)" agreement, one verb per subject', () => {
    for (const outcome of INTERVIEW_OUTCOMES) {
      const text = body('fr', 'formal', 'detailed', outcome)
      expect(text).not.toMatch(/\(e\)/)
      expect(text).toMatch(
        /Un échange de quelques minutes ou quelques lignes par écrit me serait très précieux\./,
      )
    }
  })
})
