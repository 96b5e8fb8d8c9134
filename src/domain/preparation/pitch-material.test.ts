import { describe, expect, it } from 'vitest'
import {
  answerMaterial,
  type DebriefForMaterial,
  isWhyCompanyQuestion,
  researchMaterial,
} from './pitch-material'
import { emptyResearch } from './plan'

describe('which questions ask "why us?"', () => {
  it.each([
    'Pourquoi avez-vous postulé chez nous ?',
    'Pourquoi notre entreprise ?',
    'Et pourquoi nous, plutôt qu’un autre ?',
    'POURQUOI VOULEZ-VOUS NOUS REJOINDRE ?',
    'Qu’est-ce qui vous attire chez nous ?',
    'Quelles sont vos motivations pour ce poste ?',
    'Why do you want to work here?',
    'So, why us?',
    'Why did you apply to this company?',
    'What attracts you to our company?',
    'Why are you interested in this role?',
  ])('yes: %s', (text) => {
    expect(isWhyCompanyQuestion({ text })).toBe(true)
  })

  it.each([
    'Pourquoi voulez-vous quitter votre poste actuel ?',
    'Pourquoi devrions-nous vous recruter ?',
    'Parlez-moi de vous.',
    'Why should we hire you?',
    'Why are you leaving your current job?',
    'Tell me about a conflict.',
  ])('no: %s', (text) => {
    expect(isWhyCompanyQuestion({ text })).toBe(false)
  })

  it('trusts the bank key over the wording when the question comes from the bank', () => {
    expect(isWhyCompanyQuestion({ bankKey: 'fr-pourquoi-avez-vous-postule-chez-nous', text: 'edited' })).toBe(
      true,
    )
    expect(isWhyCompanyQuestion({ bankKey: 'en-why-should-we-hire-you', text: 'Why us?' })).toBe(false)
    // An unknown key (the pitch's own card, a removed question): the wording decides.
    expect(isWhyCompanyQuestion({ bankKey: 'gone-from-the-bank', text: 'Why us?' })).toBe(true)
  })
})

describe('material for "Why this company"', () => {
  it('offers the research items that have notes, in the checklist order', () => {
    const research = emptyResearch()
    research.culture_values.notes = '  Entreprise à mission depuis 2021. '
    research.mission_products.notes = 'Paie pour les PME.'
    research.competitors.notes = '   '
    expect(researchMaterial(research).map((m) => [m.item, m.notes, m.label.fr])).toEqual([
      ['mission_products', 'Paie pour les PME.', 'Mission et produits'],
      ['culture_values', 'Entreprise à mission depuis 2021.', 'Culture et valeurs'],
    ])
    expect(researchMaterial(null)).toEqual([])
  })

  const debrief = (
    interviewId: string,
    company: string,
    date: string,
    question: string,
    betterAnswer: string,
  ): DebriefForMaterial => ({
    interviewId,
    company,
    date,
    questions: [
      { id: 'q1', question },
      { id: 'q2', question: 'Parlez-moi de vous.' },
    ],
    destabilizing: [
      { questionId: 'q1', betterAnswer },
      { questionId: 'q2', betterAnswer: 'Mon parcours en deux phrases.' },
    ],
  })

  it('offers better answers to "why us?" from debriefs: same company first, then the newest', () => {
    const result = answerMaterial(
      [
        debrief('old', 'Initech', '2026-09-01', 'Pourquoi chez nous ?', 'Leur outil, je l’utilise déjà.'),
        debrief('new', 'Globex', '2026-10-01', 'Why us?', 'Your customers are mine.'),
        debrief('empty', 'Globex', '2026-10-05', 'Pourquoi nous ?', '   '),
      ],
      [],
      'initech',
    )
    expect(result.map((m) => m.answer)).toEqual([
      'Leur outil, je l’utilise déjà.',
      'Your customers are mine.',
    ])
    expect(result[0]?.from).toEqual({
      kind: 'debrief',
      interviewId: 'old',
      company: 'Initech',
      date: '2026-09-01',
    })
  })

  it('offers a card’s own note, not the bank’s shipped hint, and the same answer once', () => {
    const result = answerMaterial(
      [debrief('d', 'Globex', '2026-10-01', 'Pourquoi nous ?', 'Parce que votre produit m’a aidée.')],
      [
        {
          id: 'bank-untouched',
          bankKey: 'fr-pourquoi-avez-vous-postule-chez-nous',
          question: 'Pourquoi avez-vous postulé chez nous ?',
          hint: 'Deux raisons propres à cette entreprise (produit, clientèle, façon de travailler, valeurs vérifiées) et leur lien avec votre parcours. Une réponse qui vaudrait aussi pour un concurrent ne convainc pas.',
        },
        {
          id: 'bank-mine',
          bankKey: 'en-why-do-you-want-to-work-here',
          question: 'Why do you want to work here?',
          hint: 'You build tools for nurses; I was one.',
        },
        {
          id: 'from-debrief',
          bankKey: null,
          question: 'Pourquoi nous ?',
          hint: 'Parce que votre produit m’a aidée.',
        },
        { id: 'other', bankKey: null, question: 'Parlez-moi de vous.', hint: 'Mon parcours.' },
      ],
      null,
    )
    expect(result.map((m) => (m.from.kind === 'card' ? m.from.cardId : m.from.interviewId))).toEqual([
      'd',
      'bank-mine',
    ])
  })
})
