import { describe, expect, it } from 'vitest'
import { emptyDebrief } from './debrief'
import { debriefFromCapture, NOTE_QUESTIONS_MAX, questionsFromNote } from './from-capture'
import { LIMITS } from './types'

describe('the capture note, as the first replayed questions', () => {
  it('makes a one-paragraph note one question', () => {
    expect(questionsFromNote('  On m’a demandé pourquoi cette entreprise…  ')).toEqual([
      {
        id: 'note-1',
        question: 'On m’a demandé pourquoi cette entreprise…',
        answer: '',
        feeling: null,
        recruiterReaction: '',
      },
    ])
  })

  it('makes each line a question, list marks and blank lines aside', () => {
    const note = '- Pourquoi nous ?\n\n2) Vos prétentions salariales\r\n• Un échec ?'
    expect(questionsFromNote(note).map((q) => [q.id, q.question])).toEqual([
      ['note-1', 'Pourquoi nous ?'],
      ['note-2', 'Vos prétentions salariales'],
      ['note-3', 'Un échec ?'],
    ])
  })

  it('gives nothing for an empty note', () => {
    expect(questionsFromNote(' \n ')).toEqual([])
    expect(debriefFromCapture('')).toEqual(emptyDebrief())
  })

  it('keeps within the limits: a few questions, each within its length', () => {
    const many = Array.from({ length: 9 }, (_, i) => `Question ${i}`).join('\n')
    expect(questionsFromNote(many)).toHaveLength(NOTE_QUESTIONS_MAX)
    const long = `${'mot '.repeat(400)}fin`
    const [question] = questionsFromNote(long)
    expect(question?.question.length).toBeLessThanOrEqual(LIMITS.question)
    expect(question?.question.endsWith('…')).toBe(true)
  })

  it('is the same each time it is read (fixed ids), the rest of the debrief empty', () => {
    expect(debriefFromCapture('Pourquoi nous ?')).toEqual(debriefFromCapture('Pourquoi nous ?'))
    expect(debriefFromCapture('Pourquoi nous ?')).toMatchObject({
      currentStep: 'feelings',
      causes: [],
      lessons: [],
    })
  })
})
