import { describe, expect, it } from 'vitest'
import { type DebriefContent, emptyDebrief, LIMITS } from '../../../../domain/debrief'
import { withSuggestedAction } from './with-suggested-action'

const LESSON = 'Avoir une réponse prête aux questions difficiles'
const ACTION = 'Écrire une meilleure réponse à cette question et la répéter.'
const blankLesson = {
  id: 'l0',
  text: '',
  actions: [{ id: 'a0', text: '', status: 'open' as const, checkBeforeNext: false }],
}
const withLessons = (lessons: DebriefContent['lessons']): DebriefContent => ({ ...emptyDebrief(), lessons })

describe('taking a suggested action in one tap', () => {
  it('writes the empty first lesson: the cause’s lesson, the action to check before the next interview', () => {
    const [lesson] = withSuggestedAction(withLessons([blankLesson]), LESSON, ACTION).lessons
    expect(lesson).toMatchObject({ id: 'l0', text: LESSON })
    expect(lesson?.actions).toEqual([
      expect.objectContaining({ text: ACTION, status: 'open', checkBeforeNext: true }),
    ])
  })

  it('adds to the cause’s lesson when it is there, else a new lesson; never twice', () => {
    const mine = { id: 'l1', text: 'Ma leçon', actions: [] }
    const once = withSuggestedAction(withLessons([mine]), LESSON, ACTION)
    expect(once.lessons.map((l) => l.text)).toEqual(['Ma leçon', LESSON])
    expect(withSuggestedAction(once, LESSON, ACTION)).toBe(once)
    const twice = withSuggestedAction(once, LESSON, 'Préparer une phrase pour gagner du temps.')
    expect(twice.lessons).toHaveLength(2)
    expect(twice.lessons[1]?.actions.map((a) => a.text)).toEqual([
      ACTION,
      'Préparer une phrase pour gagner du temps.',
    ])
  })

  it('leaves five lessons as they are', () => {
    const full = withLessons(
      Array.from({ length: LIMITS.lessons }, (_, i) => ({ id: `l${i}`, text: `Leçon ${i}`, actions: [] })),
    )
    expect(withSuggestedAction(full, LESSON, ACTION)).toBe(full)
  })
})
