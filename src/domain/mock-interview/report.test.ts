import { describe, expect, it } from 'vitest'
import { ANSWERS } from './fixtures'
import { postingTerms } from './posting-terms'
import {
  buildReport,
  compareWith,
  type MockReport,
  reportMarkdown,
  type SessionSummary,
  summarize,
  weakestQuestions,
} from './report'
import type { MockQuestion } from './selection'
import { currentTurn, type SessionEvent, type SessionState, startSession, step } from './session'

const QUESTIONS: MockQuestion[] = [
  {
    key: 'en-a',
    source: 'bank',
    text: 'Tell me about a conflict you resolved.',
    category: 'failures_conflicts',
    limitSeconds: 150,
  },
  {
    key: 'en-b',
    source: 'bank',
    text: 'What are your salary expectations?',
    category: 'salary',
    limitSeconds: 60,
  },
  {
    key: 'en-c',
    source: 'bank',
    text: 'Tell me about a project you led.',
    category: 'situational',
    limitSeconds: 150,
  },
  {
    key: 'en-d',
    source: 'bank',
    text: 'Why this company?',
    category: 'motivation_company',
    limitSeconds: 90,
  },
]

const T0 = Date.parse('2026-12-02T10:00:00.000Z')

function session(texts: string[], lang: 'en' | 'fr' = 'en'): SessionState {
  let s = startSession({
    settings: { lang, stage: 'manager', questionCount: 5, persona: 'bienveillant', level: 2 },
    seed: 3,
    questions: QUESTIONS,
  })
  const events: SessionEvent[] = [{ type: 'check-in', now: T0, tension: 4, note: '' }]
  s = events.reduce(step, s)
  for (const text of texts) {
    // Follow-ups get a plain strong answer, so that each text lands on its own question.
    while ((currentTurn(s)?.followUp ?? 0) > 0)
      s = step(s, { type: 'answer', now: T0, text: ANSWERS[lang].strong })
    s = step(s, { type: 'answer', now: T0, text, spokenSeconds: 40, longPauses: 1 })
  }
  s = step(s, { type: 'end', now: T0 })
  return step(s, { type: 'check-in', now: T0, tension: 2, note: 'Mieux' })
}

describe('mock interview report', () => {
  it('never gives a verdict on an answer too short to judge', () => {
    const report = buildReport(session([ANSWERS.en.short]))
    const first = report.questions[0]?.answers[0]
    expect(first?.gate).toBe('too-short')
    expect(first?.verdict).toBe('not-enough')
    expect(report.summary).toMatchObject({
      answered: 1,
      judged: 0,
      averageAssertiveness: null,
      resultShare: null,
    })
  })

  it('judges a full answer and gathers per-question figures, tension and posting terms', () => {
    const terms = postingTerms('We want someone who cuts churn and owns the callback process for customers.')
    if (!terms.ok) throw new Error('terms')
    const s = session([ANSWERS.en.strong, ANSWERS.en.strong])
    const report = buildReport(s, { terms: terms.terms })
    const first = report.questions[0]?.answers[0]
    expect(first?.verdict).not.toBe('not-enough')
    expect(first?.postingTerms).toEqual(expect.arrayContaining(['churn', 'callback', 'process']))
    expect(first).toMatchObject({ spokenSeconds: 40, longPauses: 1, overLimit: false })
    expect(report.before?.tension).toBe(4)
    expect(report.after?.tension).toBe(2)
    expect(report.summary).toMatchObject({
      answered: 2,
      judged: 2,
      resultShare: 1,
      averageSpokenSeconds: 40,
      averageLongPauses: 1,
    })
  })

  it('compares with the mean of the last three sessions, knowing which way is better', () => {
    const previous: SessionSummary[] = [10, 40, 50, 60].map((score) => ({
      level: 2,
      answered: 5,
      judged: 5,
      averageAssertiveness: score,
      fillersPer100: 4,
      resultShare: null,
      averageSpokenSeconds: 60,
      tensionBefore: 4,
      tensionAfter: 3,
    }))
    const current = {
      ...previous[0],
      averageAssertiveness: 55,
      fillersPer100: 2,
      tensionAfter: 3,
      resultShare: 0.5,
    } as SessionSummary
    expect(compareWith(current, previous)).toEqual([
      { metric: 'averageAssertiveness', previous: 50, current: 55, better: true },
      { metric: 'fillersPer100', previous: 4, current: 2, better: true },
      { metric: 'tensionAfter', previous: 3, current: 3, better: false },
    ])
    expect(compareWith(current, [])).toEqual([])
  })

  it('proposes the weakest answers for rehearsal: nothing to judge first, then the lowest scores', () => {
    const s = session([ANSWERS.en.hedged, ANSWERS.en.short, ANSWERS.en.strong, ANSWERS.en.we])
    const report = buildReport(s)
    const weakest = weakestQuestions(report)
    expect(weakest[0]).toBe(1)
    expect(weakest).not.toContain(2)
    expect(weakestQuestions(report, 1)).toEqual([1])
  })

  it('exports Markdown in the session’s language, escaping what the person typed', () => {
    const s = session([
      'I *really* led a <team> of 5 people and we cut costs by 20% in a year, then I trained two new managers.',
    ])
    const report = buildReport(s, { previous: [summarize(s)] })
    // Both sessions on the same day, at the same pressure: the language, stage and role change.
    type Exported = Parameters<typeof reportMarkdown>[1]
    const markdown = (r: MockReport, lang: Exported['lang'], stage: Exported['stage'], role: string) =>
      reportMarkdown(r, { lang, stage, role, level: 2, date: '2026-12-02' })
    const en = markdown(report, 'en', 'manager', 'Ops lead')
    expect(en).toContain('# Mock interview — Ops lead')
    expect(en).toContain('## 1. Tell me about a conflict you resolved.')
    expect(en).toContain('I \\*really\\* led a &lt;team&gt;')
    expect(en).toContain('- Tension (1 to 5): before 4, after 2')
    expect(en).toContain('- Time: 40 s / 180 s')
    expect(en).toContain('## Compared with previous sessions')
    const fr = markdown(buildReport(session([ANSWERS.fr.short], 'fr')), 'fr', 'hr', '')
    expect(fr).toContain('# Entretien blanc\n')
    expect(fr).toContain('- Étape\u00a0: Entretien RH')
    expect(fr).toContain('- Assurance\u00a0: pas assez pour juger')
    expect(fr).not.toContain(' mots,')
  })
})
