import { describe, expect, it } from 'vitest'
import {
  carriedIntoPlan,
  emptyResearch,
  type FlaggedAction,
  pitchText,
  RESEARCH_INFO,
  RESEARCH_ITEMS,
  readiness,
} from './plan'

const plan = () => ({
  carriedActions: [{ status: 'open' as const }, { status: 'done' as const }],
  research: emptyResearch(),
  questionsToAsk: [{ done: false }],
  logistics: { place: '', link: '', documents: [] as { done: boolean }[] },
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
    more.logistics = { place: '12 rue de la Paix, Lille', link: '', documents: [{ done: true }] }
    more.hasPitch = true
    expect(readiness(more).percent).toBeGreaterThan(start.percent)
    expect(readiness(more)).toEqual({ done: 6, total: 11, percent: 55 })
  })

  it('counts the logistics done once the place or the link is known and every document is ready', () => {
    const where = (place: string, link: string, documents: { done: boolean }[]) =>
      readiness({ ...plan(), logistics: { place, link, documents } }).done
    const base = where('', '', [])
    expect(where('  ', '', [])).toBe(base)
    expect(where('12 rue de la Paix, Lille', '', [])).toBe(base + 1)
    expect(where('', 'https://meet.example.com/abc', [])).toBe(base + 1)
    expect(where('', 'https://meet.example.com/abc', [{ done: false }])).toBe(base)
    expect(where('', 'https://meet.example.com/abc', [{ done: true }])).toBe(base + 1)
  })

  describe('which flagged actions a plan carries', () => {
    // Interview B on 10 March, C on 20 March; the action comes from a debrief before both.
    const B = { interviewId: 'B', date: '2026-03-10T09:00:00.000Z' }
    const C = { interviewId: 'C', date: '2026-03-20T09:00:00.000Z' }
    it.each([
      // name, status, ticked done from the plan of, applied according to the debrief of, in B, in C
      ['open', 'open', null, null, true, true],
      ["done from B's plan", 'done', B, null, true, false],
      ["done from C's plan: still to do when B came", 'done', C, null, true, true],
      ['done from no plan (in its own debrief)', 'done', null, null, false, false],
      ["done from no plan, but B's debrief says it was applied", 'done', null, 'B', true, false],
    ] as const)('%s', (_name, status, completedFrom, appliedIn, inB, inC) => {
      const flagged = (plan: string): FlaggedAction => ({
        status,
        completedFrom,
        applied: appliedIn === plan,
      })
      expect(carriedIntoPlan(flagged('B'), B)).toBe(inB)
      expect(carriedIntoPlan(flagged('C'), C)).toBe(inC)
    })
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
