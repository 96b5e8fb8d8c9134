import { describe, expect, it } from 'vitest'
import { contentKeys, postingTerms, termOverlap, termSpans, termsUsed } from './posting-terms'
import { MAX_POSTING_LENGTH } from './settings'

const FR_POSTING =
  'Nous recherchons un(e) Chef de projet data H/F pour rejoindre notre équipe à Lyon. Vous piloterez les projets de migration vers le cloud (AWS), la gouvernance des données et le reporting Power BI. Vous animerez une équipe de 4 data analysts. Maîtrise de SQL et de Python. Les projets data sont au cœur de notre stratégie.'
const EN_POSTING =
  'We are hiring a Customer Success Manager to own onboarding for our SaaS customers. You will reduce churn, run quarterly business reviews and work with Sales and Product. Churn and retention metrics matter to us.'

const termsOf = (text: string) => {
  const result = postingTerms(text)
  if (!result.ok) throw new Error('expected terms')
  return result
}

describe('posting terms', () => {
  it.each([
    ['fr', FR_POSTING, ['data', 'projet'], ['nous', 'vous', 'les', 'de', 'h/f']],
    ['en', EN_POSTING, ['churn', 'customer'], ['we', 'are', 'you', 'the', 'and']],
  ] as const)(
    '%s: repeated job words come first; stop words and boilerplate never appear',
    (lang, text, first, never) => {
      const { terms, language } = termsOf(text)
      expect(language).toBe(lang)
      expect(terms.slice(0, 2).map((t) => t.key)).toEqual(first)
      for (const word of never) expect(terms.map((t) => t.key)).not.toContain(word)
    },
  )

  it('ranks a word ordinary in interview talk below a rare one used as often', () => {
    // "équipe" is all over the question bank; "gouvernance" is not.
    const { terms } = termsOf('équipe gouvernance')
    expect(terms.map((t) => t.key)).toEqual(['gouvernance', 'equipe'])
  })

  it('keeps acronyms, folds plurals and accents, drops elisions and lone numbers', () => {
    const keys = [...contentKeys('L’équipe pilote les projets SQL et BI depuis 2019 ; d’outils')]
    expect(keys).toEqual(expect.arrayContaining(['equipe', 'pilote', 'projet', 'sql', 'bi', 'outil']))
    expect(keys).not.toContain('2019')
    expect(keys).not.toContain('l’equipe')
  })

  it('shows the form the posting writes', () => {
    const { terms } = termsOf(FR_POSTING)
    expect(terms.find((t) => t.key === 'aws')?.label).toBe('AWS')
    expect(terms.find((t) => t.key === 'equipe')?.label).toBe('équipe')
  })

  it('refuses a posting beyond the limit with a clear error, and accepts one at the limit', () => {
    expect(postingTerms('a'.repeat(MAX_POSTING_LENGTH + 1))).toEqual({
      ok: false,
      error: 'too-long',
      limit: MAX_POSTING_LENGTH,
    })
    expect(postingTerms('mot '.repeat(MAX_POSTING_LENGTH / 4)).ok).toBe(true)
  })

  it('uses a posting in another language gracefully: terms, flagged as other', () => {
    const result = termsOf(
      'Wir suchen einen Entwickler für unser Team in Berlin. Sie entwickeln Dienste mit Java und Kubernetes, arbeiten eng mit dem Produktteam zusammen und bringen drei Jahre Erfahrung mit. Wir bieten flexible Arbeitszeiten und ein modernes Büro.',
    )
    expect(result.language).toBe('other')
    // Its own stop words are not known, so they may rank high: the terms still steer, weakly.
    expect(result.terms.length).toBeGreaterThan(0)
  })

  it('gives nothing for an empty posting', () => {
    expect(termsOf('   ').terms).toEqual([])
  })

  it('finds the terms an answer uses, plural or not, and weighs a text by them', () => {
    const { terms } = termsOf(EN_POSTING)
    const used = termsUsed('I cut churn by 12% and ran the onboarding of new customer accounts.', terms).map(
      (t) => t.key,
    )
    expect(used).toEqual(expect.arrayContaining(['churn', 'onboarding', 'customer']))
    expect(termOverlap('Tell me about churn.', terms)).toBeGreaterThan(
      termOverlap('Tell me about yourself.', terms),
    )
    expect(termOverlap('anything', [])).toBe(0)
  })

  it.each([
    ['fr', FR_POSTING, 'J’ai piloté deux Projets Data, et l’équipe a suivi.', ['Projets', 'Data', 'équipe']],
    ['en', EN_POSTING, 'I cut churn by 12% for our customers.', ['churn', 'customers']],
  ] as const)(
    '%s: finds where an answer uses the terms, in any form, to highlight them',
    (_, posting, answer, said) => {
      const spans = termSpans(answer, termsOf(posting).terms)
      expect(spans.map((s) => answer.slice(s.start, s.end))).toEqual(said)
    },
  )

  it('highlights nothing without a posting, or in an answer that shares no term', () => {
    expect(termSpans('J’ai piloté des projets data.', [])).toEqual([])
    expect(termSpans('Je cuisine le dimanche.', termsOf(FR_POSTING).terms)).toEqual([])
  })
})
