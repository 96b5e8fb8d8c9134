import { describe, expect, it } from 'vitest'
import {
  defaultReboundSteps,
  type Rebound,
  type ReboundRejection,
  type ReboundStep,
  reboundFollowUp,
  reboundOffers,
} from './rebound'

const t0 = new Date('2026-05-04T08:00:00.000Z')
const hours = (h: number) => new Date(t0.getTime() + h * 3_600_000)
const days = (d: number) => hours(d * 24)

const counter = () => {
  let n = 0
  return () => `step-${++n}`
}

describe('rebound steps', () => {
  it('suggests asking for feedback after a late round, stored by key with no words', () => {
    expect(defaultReboundSteps({ lateRound: true, makeId: counter() })).toEqual([
      { id: 'step-1', key: 'rest', text: '', done: false },
      { id: 'step-2', key: 'rehearse_two', text: '', done: false },
      { id: 'step-3', key: 'ask_feedback', text: '', done: false },
      { id: 'step-4', key: 'one_application', text: '', done: false },
    ])
  })

  it('suggests talking it over after an early round', () => {
    const steps = defaultReboundSteps({ lateRound: false, makeId: counter() })
    expect(steps.map((s) => s.key)).toEqual(['rest', 'rehearse_two', 'talk', 'one_application'])
  })
})

describe('rebound follow-up, with a fixed clock', () => {
  const step = (done: boolean, i: number): ReboundStep => ({ id: `s${i}`, key: null, text: 'Pas', done })
  const rebound = (over: Partial<Rebound> = {}): Rebound => ({
    id: 'r1',
    interviewId: 'i1',
    applicationId: 'a1',
    company: 'Acme',
    mood: 2,
    learned: '',
    steps: [true, false, false, false].map(step),
    createdAt: t0.toISOString(),
    closedAt: null,
    ...over,
  })

  it.each([
    { at: hours(0), expected: { kind: 'in_progress', done: 1, total: 4, hoursLeft: 48 } },
    { at: hours(1), expected: { kind: 'in_progress', done: 1, total: 4, hoursLeft: 47 } },
    { at: hours(47.5), expected: { kind: 'in_progress', done: 1, total: 4, hoursLeft: 1 } },
    { at: hours(48), expected: { kind: 'check_in', done: 1, total: 4 } },
    { at: days(5), expected: { kind: 'check_in', done: 1, total: 4 } },
    { at: days(7), expected: { kind: 'check_in', done: 1, total: 4 } },
    { at: new Date(days(7).getTime() + 1), expected: null },
  ])('at $at', ({ at, expected }) => {
    expect(reboundFollowUp(rebound(), at)).toEqual(expected)
  })

  it.each([
    { name: 'closed', over: { closedAt: hours(2).toISOString() } },
    { name: 'every step done', over: { steps: [true, true].map(step) } },
    { name: 'without steps', over: { steps: [] } },
  ])('shows nothing when $name', ({ over }) => {
    expect(reboundFollowUp(rebound(over), hours(3))).toBeNull()
  })
})

describe('rebound offers', () => {
  const now = days(20)
  const rejection = (applicationId: string, interviewId: string | null, at: Date): ReboundRejection => ({
    interviewId,
    applicationId,
    company: `Company ${applicationId}`,
    role: 'Role',
    at: at.toISOString(),
  })

  it('offers recent rejections without a rebound, newest first', () => {
    const offers = reboundOffers(
      [
        rejection('old', 'i-old', days(5)),
        rejection('a', 'i-a', days(15)),
        rejection('b', 'i-b', days(18)),
        rejection('limit', 'i-limit', days(6)),
      ],
      [],
      now,
    )
    expect(offers.map((o) => o.applicationId)).toEqual(['b', 'a', 'limit'])
  })

  it('keeps one offer per application, the newest', () => {
    const offers = reboundOffers(
      [rejection('a', 'i-1', days(12)), rejection('a', 'i-2', days(16)), rejection('b', null, days(14))],
      [],
      now,
    )
    expect(offers.map((o) => o.interviewId)).toEqual(['i-2', null])
  })

  it.each([
    {
      name: 'a rebound for the same interview',
      rebound: { interviewId: 'i-a', applicationId: 'a', createdAt: days(10).toISOString() },
      offered: false,
    },
    {
      name: 'a rebound for another interview of the application, created before',
      rebound: { interviewId: 'i-other', applicationId: 'a', createdAt: days(10).toISOString() },
      offered: true,
    },
    {
      name: 'a rebound on the application, created after the rejection',
      rebound: { interviewId: null, applicationId: 'a', createdAt: days(16).toISOString() },
      offered: false,
    },
    {
      name: 'a rebound on another application',
      rebound: { interviewId: null, applicationId: 'b', createdAt: days(16).toISOString() },
      offered: true,
    },
  ])('a rejection of an interview, with $name', ({ rebound, offered }) => {
    const offers = reboundOffers([rejection('a', 'i-a', days(15))], [rebound], now)
    expect(offers.length).toBe(offered ? 1 : 0)
  })

  it('covers a rejection without interview by any rebound on its application', () => {
    const rebounds = [{ interviewId: null, applicationId: 'a', createdAt: days(2).toISOString() }]
    expect(reboundOffers([rejection('a', null, days(15))], rebounds, now)).toEqual([])
  })

  it('keeps the extra fields of the rejections it returns', () => {
    const [offer] = reboundOffers([{ ...rejection('a', 'i-a', days(15)), stage: 'final' }], [], now)
    expect(offer?.stage).toBe('final')
  })
})
