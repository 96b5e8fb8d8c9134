import { describe, expect, it } from 'vitest'
import * as taxonomy from '../../domain/debrief/taxonomy'
import { INTERVIEW_OUTCOMES } from '../../domain/debrief/taxonomy'
import { CAUSE_QUESTIONS, EXPECTATION_TEXT } from '../../domain/feedback/rules'
import { findTemplate } from '../../domain/feedback/templates'
import { EN_QUESTIONS } from '../../domain/rehearsal/question-bank/en'
import { FR_QUESTIONS } from '../../domain/rehearsal/question-bank/fr'

type Tree = { [key: string]: string | Tree }
const files = (lang: 'fr' | 'en') =>
  Object.fromEntries(
    Object.entries(import.meta.glob<Tree>('./*/*.json', { eager: true, import: 'default' }))
      .filter(([path]) => path.startsWith(`./${lang}/`))
      .map(([path, tree]) => [path.slice(`./${lang}/`.length), tree]),
  )

/** Every text of a tree, by its dotted key. */
function texts(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : texts(value, `${prefix}${key}.`),
  )
}

/** Strings under a `fr` (or `en`) key anywhere in a piece of domain data. */
function bilingual(data: unknown, lang: 'fr' | 'en', path = ''): [string, string][] {
  if (data === null || typeof data !== 'object') return []
  return Object.entries(data).flatMap(([key, value]) =>
    key === lang && typeof value === 'string'
      ? [[path, value] as [string, string]]
      : bilingual(value, lang, `${path}.${key}`),
  )
}

/** Question bank entries: every string field they hold. */
const bankTexts = (bank: readonly object[]) =>
  bank.flatMap((entry, i) =>
    Object.entries(entry)
      .filter(([, v]) => typeof v === 'string')
      .map(([k, v]) => [`bank[${i}].${k}`, v as string] as [string, string]),
  )

const templates = (lang: 'fr' | 'en') =>
  INTERVIEW_OUTCOMES.flatMap((outcome) =>
    (['formal', 'warm'] as const).flatMap((tone) =>
      (['short', 'detailed'] as const).map((style) => {
        const t = findTemplate(lang, tone, style, outcome)
        return [`template ${tone}/${style}/${outcome}`, `${t.subject}\n${t.body}`] as [string, string]
      }),
    ),
  )

const FR = files('fr')
const EN = files('en')

// A locale file may hold a text in the other language under an `en` or `fr` key (the follow-up
// message is offered in both): each scan skips those.
const frenchTexts: [string, string][] = [
  ...Object.entries(FR).flatMap(([file, tree]) =>
    texts(tree)
      .filter(([key]) => !/(^|\.)en$/.test(key))
      .map(([key, text]) => [`fr/${file} ${key}`, text] as [string, string]),
  ),
  ...bilingual({ taxonomy, CAUSE_QUESTIONS, EXPECTATION_TEXT }, 'fr'),
  ...bankTexts(FR_QUESTIONS),
  ...templates('fr'),
]
const englishTexts: [string, string][] = [
  ...Object.entries(EN).flatMap(([file, tree]) =>
    texts(tree)
      .filter(([key]) => !/(^|\.)fr$/.test(key))
      .map(([key, text]) => [`en/${file} ${key}`, text] as [string, string]),
  ),
  ...bilingual({ taxonomy, CAUSE_QUESTIONS, EXPECTATION_TEXT }, 'en'),
  ...bankTexts(EN_QUESTIONS),
  ...templates('en'),
]

describe('locale files', () => {
  it('holds the same files in French and English', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(FR).sort())
  })

  it.each(Object.keys(FR))('%s: every key exists in both languages', (file) => {
    const keys = (tree: Tree | undefined) =>
      tree
        ? texts(tree)
            .map(([key]) => key)
            .sort()
        : []
    expect(keys(EN[file])).toEqual(keys(FR[file]))
  })

  it('the scans below see the texts they check', () => {
    expect(frenchTexts.length).toBeGreaterThan(1000)
    expect(englishTexts.length).toBeGreaterThan(1000)
  })
})

/** A straight apostrophe between two letters: "l'entretien" instead of "l’entretien". */
const STRAIGHT_APOSTROPHE = /\p{L}'\p{L}/u
/** « not followed, or » not preceded, by a non-breaking space (U+00A0 or the narrow U+202F). */
const BARE_GUILLEMET = /«(?![\u00A0\u202F])|(?<![\u00A0\u202F])»/

describe('French typography', () => {
  it('uses the typographic apostrophe ’ in every French text', () => {
    const offending = frenchTexts.filter(([, text]) => STRAIGHT_APOSTROPHE.test(text)).map(([where]) => where)
    expect(offending).toEqual([])
  })

  it('keeps a non-breaking space inside « and », so a line never breaks there', () => {
    const offending = frenchTexts.filter(([, text]) => BARE_GUILLEMET.test(text)).map(([where]) => where)
    expect(offending).toEqual([])
  })

  it('the checks catch what they are meant to', () => {
    expect(STRAIGHT_APOSTROPHE.test("l'entretien")).toBe(true)
    expect(STRAIGHT_APOSTROPHE.test('l’entretien')).toBe(false)
    expect(BARE_GUILLEMET.test('« Déstabilisante »')).toBe(true)
    expect(BARE_GUILLEMET.test('«\u00A0Déstabilisante\u00A0»')).toBe(false)
    expect(BARE_GUILLEMET.test('«\u202FDéstabilisante\u202F»')).toBe(false)
  })

  it('never says "deck": the word for the questions to rehearse is « vos questions à répéter »', () => {
    expect(frenchTexts.filter(([, text]) => /\bdeck\b/i.test(text)).map(([where]) => where)).toEqual([])
  })
})

/**
 * Rebond's English is British (practise, analyse, organisation, behaviour): American variants are
 * caught here. Words that end in -ize in both spellings are allowed.
 */
const AMERICAN = [
  /\b\p{L}*(?<!s|pr|se|caps)iz(e|es|ed|ing|ation|ations|er|ers)\b/iu,
  /\b\p{L}*yz(e|es|ed|ing|er|ers)\b/iu,
  /\b(colors?|colored|behaviors?|behavioral|favors?|favorite|honors?|labors?|neighbors?|humor|rumors?)\b/i,
  /\b(centers?|centered|theaters?|meters?|liters?|fibers?)\b/i,
  /\b(catalogs?|dialogs?|analog)\b/i,
  /\b(traveled|traveling|traveler|canceled|canceling|labeled|labeling|modeled|modeling|counseling|counselor)\b/i,
  /\b(judgment|enrollment|fulfill|skillful|gray|mom|defense|offense|practiced|practicing)\b/i,
]

describe('English spelling', () => {
  it('uses British spelling in every English text', () => {
    const offending = englishTexts
      .filter(([, text]) => AMERICAN.some((pattern) => pattern.test(text)))
      .map(([where, text]) => `${where}: ${text.match(AMERICAN.find((p) => p.test(text)) ?? /$/)?.[0]}`)
    expect(offending).toEqual([])
  })

  it('the check catches the American variants and lets common -ize words through', () => {
    for (const word of [
      'analyzer',
      'organized',
      'recognize',
      'color',
      'behavior',
      'center',
      'practiced',
      'judgment',
    ])
      expect(
        AMERICAN.some((p) => p.test(word)),
        word,
      ).toBe(true)
    for (const word of [
      'analyser',
      'organised',
      'recognise',
      'colour',
      'behaviour',
      'centre',
      'practise',
      'size',
      'prize',
      'seize',
    ])
      expect(
        AMERICAN.some((p) => p.test(word)),
        word,
      ).toBe(false)
  })
})
