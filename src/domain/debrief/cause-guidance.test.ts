import { describe, expect, it } from 'vitest'
import { CAUSE_GUIDANCE, PREP_SECTION_LABELS, PREP_SECTIONS, suggestedActions } from './cause-guidance'
import { CAUSES } from './taxonomy'
import { LIMITS } from './types'

describe('what to do about each cause', () => {
  it.each(CAUSES)(
    '%s carries two or three actions in French and English, and the preparation it feeds',
    (cause) => {
      const guidance = CAUSE_GUIDANCE[cause]
      expect(guidance.actions.length).toBeGreaterThanOrEqual(2)
      expect(guidance.actions.length).toBeLessThanOrEqual(3)
      for (const action of guidance.actions) {
        for (const lang of ['fr', 'en'] as const) {
          expect(action[lang].trim()).not.toBe('')
          // An action is saved as one line within its limit.
          expect(action[lang].length).toBeLessThanOrEqual(LIMITS.action)
          expect(action[lang]).not.toMatch(/[\r\n]/)
        }
        expect(action.fr).not.toBe(action.en)
        // French text uses the typographic apostrophe.
        expect(action.fr).not.toContain("'")
      }
      expect(PREP_SECTIONS).toContain(guidance.feeds)
      expect(guidance.lesson.fr.length).toBeLessThanOrEqual(LIMITS.lesson)
      expect(guidance.lesson.en).not.toBe('')
      expect(guidance.lesson.fr).not.toContain("'")
    },
  )

  it('sends company research to the research checklist and an unclear project to the pitch', () => {
    expect(CAUSE_GUIDANCE.company_research.feeds).toBe('research')
    expect(CAUSE_GUIDANCE.professional_project.feeds).toBe('pitch')
    expect(CAUSE_GUIDANCE.questions_for_recruiter.feeds).toBe('questions')
    expect(CAUSE_GUIDANCE.logistics.feeds).toBe('logistics')
  })

  it('names every preparation section in both languages', () => {
    for (const section of PREP_SECTIONS) {
      expect(PREP_SECTION_LABELS[section].fr).not.toBe('')
      expect(PREP_SECTION_LABELS[section].en).not.toBe('')
    }
  })

  it('lists the actions of the causes chosen, in order, each once', () => {
    const actions = suggestedActions(
      [{ cause: 'logistics' }, { cause: 'logistics' }, { cause: 'salary' }],
      'fr',
    )
    expect(actions).toEqual([
      ...CAUSE_GUIDANCE.logistics.actions.map((a) => a.fr),
      ...CAUSE_GUIDANCE.salary.actions.map((a) => a.fr),
    ])
    expect(suggestedActions([], 'en')).toEqual([])
  })
})
