import { describe, expect, it } from 'vitest'
import { analyzeAnswer } from '../analysis'
import { ANSWERS } from './fixtures'
import { answerSignals, decideFollowUp, type FollowUpInput, matchingRule } from './follow-ups'
import { qualityGate } from './quality-gate'
import { FOLLOW_UP_KINDS, FOLLOW_UP_LINES, followUpPrompt } from './wording'

const signalsOf = (text: string, lang: 'fr' | 'en', limit = 120) =>
  answerSignals(analyzeAnswer(text, { lang }), null, limit)

describe('follow-up rules, on the analyzer’s figures', () => {
  const cases = [
    ['strong', null],
    ['noResult', 'outcome'],
    ['we', 'personal'],
    ['hedged', 'as-fact'],
    ['short', 'example'],
    ['rambling', 'one-sentence'],
  ] as const
  for (const lang of ['fr', 'en'] as const) {
    it.each(cases)(`${lang}: a %s answer → %s`, (sample, expected) => {
      expect(matchingRule(lang, signalsOf(ANSWERS[lang][sample], lang), 'situational')).toBe(expected)
    })
  }

  it('asks for no outcome after a question that owes no story (salary)', () => {
    expect(matchingRule('fr', signalsOf(ANSWERS.fr.noResult, 'fr'), 'salary')).toBeNull()
    expect(matchingRule('fr', signalsOf(ANSWERS.fr.noResult, 'fr'), null)).toBeNull()
  })

  it('skips a kind already asked on the question and takes the next rule that holds', () => {
    const hedgedNoResult =
      'Je pense que j’ai peut-être un peu aidé, il me semble, en proposant sans doute un nouveau process de rappel que j’ai mis en place.'
    const signals = signalsOf(hedgedNoResult, 'fr')
    expect(matchingRule('fr', signals, 'situational')).toBe('as-fact')
    expect(matchingRule('fr', signals, 'situational', ['as-fact'])).toBe('outcome')
  })

  it('reads "on" with a higher bar in French than "we" in English', () => {
    const signals = {
      words: 60,
      hasResult: true,
      pronouns: 10,
      pluralShare: 0.65,
      hedges: 0,
      hedgesPer100: 0,
      overLimit: 0.5,
    }
    expect(matchingRule('en', signals, 'situational')).toBe('personal')
    expect(matchingRule('fr', signals, 'situational')).toBeNull()
  })

  it('uses the spoken time over the estimate when there is one', () => {
    const analysis = analyzeAnswer(ANSWERS.en.strong, { lang: 'en' })
    expect(answerSignals(analysis, 250, 120).overLimit).toBeGreaterThan(2)
    expect(matchingRule('en', answerSignals(analysis, 250, 120), 'situational')).toBe('one-sentence')
  })
})

describe('decideFollowUp', () => {
  const base: FollowUpInput = {
    lang: 'fr',
    persona: 'neutre',
    level: 3,
    signals: signalsOf(ANSWERS.fr.noResult, 'fr'),
    category: 'situational',
    gate: 'ok',
    asked: [],
    interrupted: null,
    roll: 0.1,
  }
  it.each([
    ['a rule that holds, a low draw', {}, { kind: 'outcome', interruption: null }],
    ['one follow-up already asked below level 4', { asked: ['example'] }, null],
    [
      'a second follow-up at level 4',
      { level: 4, asked: ['example'] },
      { kind: 'outcome', interruption: null },
    ],
    ['a third at level 4', { level: 4, asked: ['example', 'personal'] }, null],
    ['a draw above the persona’s frequency (neutre 0.75)', { roll: 0.8 }, null],
    [
      'the same draw with the exigeant persona, who always follows up',
      { roll: 0.8, persona: 'exigeant' },
      { kind: 'outcome', interruption: null },
    ],
    ['a draw the bienveillant persona lets pass (0.5)', { roll: 0.6, persona: 'bienveillant' }, null],
    ['an unintelligible answer', { gate: 'unintelligible' }, null],
    [
      'an interruption for over-time, whatever the draw',
      { level: 4, roll: 0.99, interrupted: 'over-time' },
      { kind: 'one-sentence', interruption: 'over-time' },
    ],
    [
      'an interruption for silence',
      { level: 4, interrupted: 'silence' },
      { kind: 'example', interruption: 'silence' },
    ],
    ['nothing to follow up', { signals: signalsOf(ANSWERS.fr.strong, 'fr') }, null],
  ] as const)('%s', (_name, change, expected) => {
    expect(decideFollowUp({ ...base, ...change } as FollowUpInput)).toEqual(expected)
  })
})

describe('follow-up wording', () => {
  it('has a line for every kind, persona and language, French in "vous"', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const kind of FOLLOW_UP_KINDS) {
        for (const line of Object.values(FOLLOW_UP_LINES[lang][kind])) {
          expect(line.trim()).not.toBe('')
          if (lang === 'fr') {
            expect(line).not.toMatch(/(^|[^\p{L}])(tu|te|toi|ton|ta|tes)(?=$|[^\p{L}])/iu)
            expect(line).not.toContain("'")
          }
        }
      }
    }
  })
  it('puts the cut-in before the follow-up when the interviewer interrupts', () => {
    expect(followUpPrompt('en', 'exigeant', 'one-sentence', 'over-time')).toBe(
      'Let me stop you. In one sentence, please?',
    )
    expect(followUpPrompt('fr', 'neutre', 'example', null)).toBe('Pouvez-vous me donner un exemple concret ?')
  })
})

describe('quality gate', () => {
  it.each([
    ['', 'too-short'],
    [ANSWERS.fr.short, 'too-short'],
    [ANSWERS.en.short, 'too-short'],
    [ANSWERS.fr.strong, 'ok'],
    [ANSWERS.en.hedged, 'ok'],
    ['euh euh euh euh euh euh euh euh euh euh euh euh euh euh', 'unintelligible'],
    ['xkcd qwerty zxcvb plokij uhygtf rdeszaq mlkjhg nbvcxw poiuyt azerty wxcvbn qsdfgh', 'unintelligible'],
  ])('%s → %s', (text, expected) => {
    expect(qualityGate(text)).toBe(expected)
  })
})
