import { describe, expect, it } from 'vitest'
import {
  debriefProgress,
  emptyDebrief,
  newDestabilizing,
  normalizeDebrief,
  openActionsForNextInterview,
  stepStates,
} from './debrief'
import {
  CAUSE_INFO,
  CAUSES,
  DEBRIEF_STEPS,
  DESTABILIZATION_REASONS,
  EMOTION_INFO,
  EMOTIONS,
  REASON_LABELS,
} from './taxonomy'
import { lessonAction } from './test-builders'
import type { DebriefContent } from './types'

const question = (id: string, feeling: 'at_ease' | 'so_so' | 'destabilized' | null = null) => ({
  id,
  question: `Question ${id}?`,
  answer: '',
  feeling,
  recruiterReaction: '',
})

describe('taxonomy', () => {
  it('has every cause the method names, each labelled and explained in both languages', () => {
    for (const required of [
      'company_research',
      'professional_project',
      'unprepared_question',
      'not_assertive',
      'no_examples',
      'questions_for_recruiter',
      'salary',
      'logistics',
      'stress_body_language',
      'skill_gap',
      'fit_mismatch',
      'other',
    ]) {
      expect(CAUSES).toContain(required)
    }
    for (const cause of CAUSES) {
      const info = CAUSE_INFO[cause]
      expect(info.label.fr && info.label.en && info.hint.fr && info.hint.en).toBeTruthy()
      expect(info.label.fr).not.toBe(info.label.en)
    }
  })

  it('offers emotions on both sides: hard ones and good ones', () => {
    const valences = new Set(EMOTIONS.map((e) => EMOTION_INFO[e].valence))
    expect(valences).toEqual(new Set(['hard', 'good']))
    for (const e of ['frustration', 'disappointment', 'doubt', 'relief', 'calm', 'anger', 'pride'] as const) {
      expect(EMOTIONS).toContain(e)
    }
  })

  it('names every reason a question can destabilize', () => {
    expect(DESTABILIZATION_REASONS).toHaveLength(7)
    for (const r of DESTABILIZATION_REASONS) expect(REASON_LABELS[r].fr && REASON_LABELS[r].en).toBeTruthy()
  })
})

describe('normalizeDebrief', () => {
  it('creates an entry for each question marked destabilized, in replay order', () => {
    const content: DebriefContent = {
      ...emptyDebrief(),
      questions: [question('a', 'destabilized'), question('b'), question('c', 'destabilized')],
    }
    expect(normalizeDebrief(content).destabilizing.map((d) => d.questionId)).toEqual(['a', 'c'])
  })

  it('never throws away a better answer already written, even if the question is no longer marked', () => {
    const content: DebriefContent = {
      ...emptyDebrief(),
      questions: [question('a', 'so_so')],
      destabilizing: [
        { questionId: 'a', reasons: [], reasonOther: '', betterAnswer: 'Mon exemple…', rehearse: false },
      ],
    }
    expect(normalizeDebrief(content).destabilizing).toHaveLength(1)
    const blank = {
      ...content,
      destabilizing: [{ questionId: 'a', reasons: [], reasonOther: '', betterAnswer: '', rehearse: false }],
    }
    expect(normalizeDebrief(blank).destabilizing).toHaveLength(0)
  })

  it('puts a question marked destabilized in the rehearsal by default', () => {
    const content: DebriefContent = { ...emptyDebrief(), questions: [question('a', 'destabilized')] }
    expect(normalizeDebrief(content).destabilizing).toEqual([
      { questionId: 'a', reasons: [], reasonOther: '', betterAnswer: '', rehearse: true },
    ])
  })

  it('keeps a question the person chose to work on, though it is not marked destabilized', () => {
    const content: DebriefContent = {
      ...emptyDebrief(),
      questions: [question('a', 'at_ease'), question('b')],
      destabilizing: [newDestabilizing('b', true), newDestabilizing('a')],
    }
    expect(normalizeDebrief(content).destabilizing).toEqual([
      { questionId: 'b', reasons: [], reasonOther: '', betterAnswer: '', rehearse: true, picked: true },
    ])
  })

  it('drops links to deleted questions and duplicates', () => {
    const content: DebriefContent = {
      ...emptyDebrief(),
      questions: [question('a', 'destabilized')],
      causes: [
        { cause: 'salary', otherLabel: '', evidence: '', severity: 'minor', questionIds: ['a', 'gone', 'a'] },
      ],
      destabilizing: [
        { questionId: 'gone', reasons: ['other'], reasonOther: 'x', betterAnswer: 'y', rehearse: true },
        { questionId: 'a', reasons: [], reasonOther: '', betterAnswer: '', rehearse: true },
        { questionId: 'a', reasons: [], reasonOther: '', betterAnswer: '', rehearse: false },
      ],
      skipped: ['ratings', 'ratings'],
    }
    const result = normalizeDebrief(content)
    expect(result.causes[0]?.questionIds).toEqual(['a'])
    expect(result.destabilizing).toEqual([
      { questionId: 'a', reasons: [], reasonOther: '', betterAnswer: '', rehearse: true },
    ])
    expect(result.skipped).toEqual(['ratings'])
  })
})

describe('debrief completeness', () => {
  it('starts at zero and reaches 100 when every step is done or skipped', () => {
    const empty = emptyDebrief()
    expect(debriefProgress(empty)).toBe(0)
    expect(Object.values(stepStates(empty))).toEqual(DEBRIEF_STEPS.map(() => 'todo'))

    const full: DebriefContent = normalizeDebrief({
      ...empty,
      feelings: { emotions: [{ emotion: 'doubt', intensity: 4 }], wentWell: 'Ma présentation', note: '' },
      questions: [question('a', 'destabilized')],
      causes: [
        {
          cause: 'unprepared_question',
          otherLabel: '',
          evidence: 'Pas prêt',
          severity: 'major',
          questionIds: ['a'],
        },
      ],
      lessons: [{ id: 'l1', text: 'Préparer mes prétentions', actions: [] }],
      ratings: { serenity: 2, confidence: 3, oralEase: 3, preparation: 2 },
    })
    expect(stepStates(full).destabilizing).toBe('todo') // the better answer is still to write
    expect(debriefProgress(full)).toBe(83)
    const answered = {
      ...full,
      destabilizing: full.destabilizing.map((d) => ({ ...d, betterAnswer: 'Une réponse travaillée.' })),
    }
    expect(debriefProgress(answered)).toBe(100)
    expect(debriefProgress({ ...emptyDebrief(), skipped: [...DEBRIEF_STEPS] })).toBe(100)
  })

  it('needs both sides of the feelings step: an emotion and something that went well', () => {
    const onlyHard = {
      ...emptyDebrief(),
      feelings: { emotions: [{ emotion: 'anger' as const, intensity: 5 as const }], wentWell: '', note: '' },
    }
    expect(stepStates(onlyHard).feelings).toBe('todo')
  })

  it('has nothing to ask about destabilizing questions when none was destabilizing', () => {
    const calm = { ...emptyDebrief(), questions: [question('a', 'at_ease')] }
    expect(stepStates(calm).destabilizing).toBe('done')
  })

  it('lists open actions flagged for the next interview', () => {
    const content: DebriefContent = {
      ...emptyDebrief(),
      lessons: [
        {
          id: 'l1',
          text: 'Se renseigner',
          actions: [
            lessonAction('a1', 'Lire le rapport annuel'),
            lessonAction('a2', 'Déjà fait', { status: 'done' }),
            lessonAction('a3', 'Pas pour la prochaine fois', { checkBeforeNext: false }),
          ],
        },
      ],
    }
    expect(openActionsForNextInterview(content).map((a) => a.action.id)).toEqual(['a1'])
  })
})
