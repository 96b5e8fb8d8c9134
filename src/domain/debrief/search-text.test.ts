import { describe, expect, it } from 'vitest'
import { emptyDebrief } from './debrief'
import { debriefSearchText } from './search-text'

describe('debriefSearchText', () => {
  it('holds questions, answers, better answers, evidence, lessons and actions', () => {
    const text = debriefSearchText({
      ...emptyDebrief(),
      feelings: { emotions: [], wentWell: 'Mon pitch', note: 'Fatigué' },
      questions: [
        {
          id: 'q1',
          question: 'Vos prétentions ?',
          answer: 'J’ai bafouillé',
          feeling: 'destabilized',
          recruiterReaction: 'Un silence',
        },
      ],
      destabilizing: [
        { questionId: 'q1', reasons: [], reasonOther: '', betterAnswer: 'Une fourchette', rehearse: true },
      ],
      causes: [
        {
          cause: 'other',
          otherLabel: 'Trac',
          evidence: 'Mains moites',
          severity: 'minor',
          questionIds: [],
        },
      ],
      lessons: [
        {
          id: 'l1',
          text: 'Chiffrer mes réussites',
          actions: [{ id: 'a1', text: 'Relire mon CV', status: 'open', checkBeforeNext: false }],
        },
      ],
    })
    expect(text).toEqual([
      'Vos prétentions ?',
      'J’ai bafouillé',
      'Un silence',
      'Une fourchette',
      'Trac',
      'Mains moites',
      'Chiffrer mes réussites',
      'Relire mon CV',
    ])
  })

  it('is empty for an empty debrief (feelings are not searched)', () => {
    expect(
      debriefSearchText({ ...emptyDebrief(), feelings: { emotions: [], wentWell: 'x', note: 'y' } }),
    ).toEqual([])
  })
})
