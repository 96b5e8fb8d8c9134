import { describe, expect, it } from 'vitest'
import { emptyResearch, pitchText, RESEARCH_INFO, RESEARCH_ITEMS, readiness } from './plan'

const plan = () => ({
  carriedActions: [{ status: 'open' as const }, { status: 'done' as const }],
  research: emptyResearch(),
  questionsToAsk: [{ done: false }],
  logistics: { place: '', documents: [] as { done: boolean }[] },
  hasPitch: false,
})

describe('preparation plan', () => {
  it('has the six research items, each explained in both languages', () => {
    expect(RESEARCH_ITEMS).toHaveLength(6)
    for (const item of RESEARCH_ITEMS)
      expect(RESEARCH_INFO[item].hint.fr && RESEARCH_INFO[item].hint.en).toBeTruthy()
  })

  it('readiness rises as the plan gets done', () => {
    const start = readiness(plan())
    expect(start).toEqual({ done: 1, total: 11, percent: 9 })
    const more = plan()
    more.carriedActions[0] = { status: 'done' }
    more.research.recent_news.done = true
    more.questionsToAsk = [{ done: false }, { done: false }, { done: false }]
    more.logistics = { place: '12 rue de la Paix, Lille', documents: [{ done: true }] }
    more.hasPitch = true
    expect(readiness(more).percent).toBeGreaterThan(start.percent)
    expect(readiness(more)).toEqual({ done: 6, total: 11, percent: 55 })
  })

  it('assembles the pitch in order, skipping empty parts', () => {
    expect(
      pitchText({
        from: 'Je viens de l’événementiel.',
        strengths: '',
        next: 'Je vise le digital.',
        whyCompany: ' ',
      }),
    ).toBe('Je viens de l’événementiel. Je vise le digital.')
  })
})
