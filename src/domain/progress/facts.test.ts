import { describe, expect, it } from 'vitest'
import { type Action, type DebriefContent, type DiagnosedCause, emptyDebrief, type Lesson } from '../debrief'
import { debriefFacts } from './facts'

const cause = (c: DiagnosedCause['cause']): DiagnosedCause => ({
  cause: c,
  otherLabel: '',
  evidence: '',
  severity: 'notable',
  questionIds: [],
})
const action = (text: string, status: Action['status'] = 'open', checkBeforeNext = false): Action => ({
  id: `a-${text}`,
  text,
  status,
  checkBeforeNext,
})
const lesson = (text: string, actions: Action[] = []): Lesson => ({ id: `l-${text}`, text, actions })

const content = (over: Partial<DebriefContent> = {}): DebriefContent => ({
  ...emptyDebrief(),
  currentStep: 'summary',
  ...over,
})

describe('debrief facts', () => {
  it('is all zeros and nulls for an empty debrief', () => {
    expect(debriefFacts(content())).toEqual({
      ratings: { serenity: null, confidence: null, oralEase: null, preparation: null },
      causes: [],
      lessons: 0,
      actions: { total: 0, done: 0, flagged: 0 },
    })
  })

  it('copies the ratings, without sharing the object', () => {
    const c = content({ ratings: { serenity: 2, confidence: 4, oralEase: null, preparation: 5 } })
    const facts = debriefFacts(c)
    expect(facts.ratings).toEqual({ serenity: 2, confidence: 4, oralEase: null, preparation: 5 })
    c.ratings.serenity = 5
    expect(facts.ratings.serenity).toBe(2)
  })

  it('keeps each cause once, in the order it was chosen', () => {
    const facts = debriefFacts(
      content({ causes: [cause('salary'), cause('other'), cause('salary'), cause('company_research')] }),
    )
    expect(facts.causes).toEqual(['salary', 'other', 'company_research'])
  })

  it.each([
    { name: 'a lesson with words', lessons: [lesson('Préparer le salaire')], count: 1 },
    { name: 'a blank lesson', lessons: [lesson('  ')], count: 0 },
    { name: 'a blank lesson with an action', lessons: [lesson('', [action('Relire le site')])], count: 1 },
    { name: 'a blank lesson with a blank action', lessons: [lesson('', [action(' ')])], count: 0 },
    { name: 'three lessons, one blank', lessons: [lesson('a'), lesson(''), lesson('c')], count: 2 },
  ])('counts lessons: $name', ({ lessons, count }) => {
    expect(debriefFacts(content({ lessons })).lessons).toBe(count)
  })

  it('counts actions with words only: total, done, and flagged for the next interview', () => {
    const facts = debriefFacts(
      content({
        lessons: [
          lesson('Recherches', [
            action('Lire les trois derniers communiqués', 'done', true),
            action('Noter deux concurrents', 'open', true),
            action('   ', 'done', true),
          ]),
          lesson('Exemples', [action('Écrire deux histoires STAR', 'done'), action('Chiffrer un résultat')]),
        ],
      }),
    )
    expect(facts.actions).toEqual({ total: 4, done: 2, flagged: 2 })
  })
})
