import { describe, expect, it } from 'vitest'
import { INTERVIEW_STAGES } from '../debrief/taxonomy'
import { CAUSE_QUESTIONS, feedbackAdvice, ROUND_RULES } from './rules'
import { fieldsOf, fillTemplate, findTemplate, formatPoints, TEMPLATE_FIELDS, TEMPLATES } from './templates'
import { defaultFollowUp, displayStage, isFollowUpDue } from './tracking'

describe('round rules', () => {
  it.each([
    ['screening', 'rare', 'short'],
    ['hr', 'rare', 'short'],
    ['manager', 'possible', 'detailed'],
    ['technical', 'likely', 'detailed'],
    ['panel', 'likely', 'detailed'],
    ['final', 'likely', 'detailed'],
  ] as const)('%s: feedback is %s, the ask is %s', (stage, expectation, style) => {
    expect(ROUND_RULES[stage]).toMatchObject({ expectation, style })
  })

  it('late rounds are asked about sooner than early ones', () => {
    expect(ROUND_RULES.final.askWithinDays).toBeLessThan(ROUND_RULES.screening.askWithinDays)
    for (const stage of INTERVIEW_STAGES) expect(ROUND_RULES[stage].followUpAfterDays).toBe(7)
  })

  it('after a late round, proposes the precise points from the diagnosis, most severe first, at most three', () => {
    const advice = feedbackAdvice('final', [
      { cause: 'salary', severity: 'minor' },
      { cause: 'unprepared_question', severity: 'major' },
      { cause: 'no_examples', severity: 'notable' },
      { cause: 'skill_gap', severity: 'notable' },
      { cause: 'unprepared_question', severity: 'minor' },
    ])
    expect(advice.points).toEqual([
      CAUSE_QUESTIONS.unprepared_question,
      CAUSE_QUESTIONS.no_examples,
      CAUSE_QUESTIONS.skill_gap,
    ])
  })

  it('after an early round, keeps the ask short: no points, and sets expectations', () => {
    const advice = feedbackAdvice('hr', [{ cause: 'salary', severity: 'major' }])
    expect(advice.points).toEqual([])
    expect(advice.expectation.fr).toMatch(/rarement/)
    expect(advice.expectation.en).toMatch(/seldom/)
  })
})

describe('templates', () => {
  const values = {
    company: 'Decathlon',
    role: 'Cheffe de projet',
    interviewer: 'Madame Martin',
    date: '2 mars 2026',
    name: 'Camille Durand',
    points: formatPoints(['Mon projet vous a-t-il paru clair ?']),
  }

  it('covers both languages, both tones and both styles', () => {
    for (const lang of ['fr', 'en'] as const)
      for (const tone of ['formal', 'warm'] as const)
        for (const style of ['short', 'detailed'] as const)
          expect(findTemplate(lang, tone, style).lang).toBe(lang)
    expect(TEMPLATES).toHaveLength(8)
  })

  it.each(
    TEMPLATES.map((t) => [`${t.lang}/${t.tone}/${t.style}`, findTemplate(t.lang, t.tone, t.style)] as const),
  )('%s: uses only known fields and leaves no placeholder once filled', (_, template) => {
    for (const field of fieldsOf(template)) expect(TEMPLATE_FIELDS).toContain(field)
    const filled = fillTemplate(template, values)
    expect(filled.complete).toBe(true)
    if (filled.complete) {
      expect(`${filled.subject}\n${filled.body}`).not.toMatch(/[{}]/)
      expect(filled.body).toContain('Decathlon')
      expect(filled.body).toContain('Camille Durand')
    }
  })

  it('asks for what is missing instead of leaving a placeholder', () => {
    const filled = fillTemplate(findTemplate('en', 'formal', 'detailed'), {
      ...values,
      interviewer: '  ',
      points: '',
    })
    expect(filled).toEqual({ complete: false, missing: ['interviewer', 'points'] })
  })

  it('short templates do not need points', () => {
    expect(fieldsOf(findTemplate('fr', 'warm', 'short'))).not.toContain('points')
    expect(fieldsOf(findTemplate('fr', 'warm', 'detailed'))).toContain('points')
  })
})

describe('tracking', () => {
  const asked = new Date('2026-03-03T10:00:00.000Z')
  it('a follow-up is due a week after asking, if nothing came back', () => {
    const followUpAt = defaultFollowUp(asked).toISOString()
    expect(followUpAt).toBe('2026-03-10T10:00:00.000Z')
    const tracking = { status: 'asked' as const, askedAt: asked.toISOString(), followUpAt }
    expect(isFollowUpDue(tracking, new Date('2026-03-09T10:00:00.000Z'))).toBe(false)
    expect(displayStage(tracking, new Date('2026-03-10T10:00:00.000Z'))).toBe('follow_up_due')
    expect(displayStage({ ...tracking, status: 'received' }, new Date('2026-04-01T00:00:00.000Z'))).toBe(
      'received',
    )
  })
})
