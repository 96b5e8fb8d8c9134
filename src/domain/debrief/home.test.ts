import { describe, expect, it } from 'vitest'
import { awaitingAnswer, homeView, type InterviewForHome, upcomingInterviews } from './home'

const now = new Date('2026-05-10T12:00:00.000Z')
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString()
const interview = (id: string, date: string, debriefProgress: number | null = null): InterviewForHome => ({
  id,
  company: `Company ${id}`,
  role: 'Role',
  date,
  debriefProgress,
})

describe('what Home suggests', () => {
  it.each([
    { name: 'nothing yet: log a first interview', interviews: [], actions: 0, kind: 'capture_first' },
    {
      name: 'an interview this morning: debrief it while it is fresh',
      interviews: [interview('a', hoursAgo(3))],
      actions: 0,
      kind: 'debrief_fresh',
    },
    {
      name: 'no debrief after 24 hours: a gentle prompt',
      interviews: [interview('a', hoursAgo(30))],
      actions: 0,
      kind: 'debrief_overdue',
    },
    {
      name: 'a debrief half done: continue it',
      interviews: [interview('a', hoursAgo(50), 50)],
      actions: 0,
      kind: 'debrief_continue',
    },
    {
      name: 'an interview in two days with actions to check: prepare',
      interviews: [interview('a', hoursAgo(30)), interview('b', hoursAgo(-48))],
      actions: 2,
      kind: 'prepare_upcoming',
    },
    {
      name: 'an interview next month: the overdue debrief comes first',
      interviews: [interview('a', hoursAgo(30)), interview('b', hoursAgo(-24 * 30))],
      actions: 2,
      kind: 'debrief_overdue',
    },
    {
      name: 'everything debriefed: all clear',
      interviews: [interview('a', hoursAgo(80), 100)],
      actions: 0,
      kind: 'all_clear',
    },
    {
      name: 'a month-old interview without debrief is not nagged about',
      interviews: [interview('a', hoursAgo(24 * 40))],
      actions: 0,
      kind: 'all_clear',
    },
  ])('$name', ({ interviews, actions, kind }) => {
    expect(homeView(interviews, { openActions: actions, dueCards: 0 }, now).next.kind).toBe(kind)
  })

  it('lists every interview still waiting for its debrief after 24 hours', () => {
    const view = homeView(
      [interview('a', hoursAgo(26)), interview('b', hoursAgo(2)), interview('c', hoursAgo(72), 40)],
      { openActions: 0, dueCards: 0 },
      now,
    )
    expect(view.overdueDebriefs).toEqual([
      { interviewId: 'a', company: 'Company a', role: 'Role', hoursSince: 26 },
    ])
    expect(view.next).toMatchObject({ kind: 'debrief_fresh', interviewId: 'b' })
  })

  it.each([
    { name: 'cards due and debriefs done: rehearse', dueCards: 3, kind: 'rehearse_due' },
    { name: 'nothing due and debriefs done: all clear', dueCards: 0, kind: 'all_clear' },
  ])('$name', ({ dueCards, kind }) => {
    const view = homeView([interview('a', hoursAgo(80), 100)], { openActions: 0, dueCards }, now)
    expect(view.next.kind).toBe(kind)
    if (view.next.kind === 'rehearse_due') expect(view.next.count).toBe(3)
  })

  it('never says all clear while an interview is still ahead', () => {
    const ahead = interview('b', hoursAgo(-24 * 20))
    expect(
      homeView([interview('a', hoursAgo(80), 100), ahead], { openActions: 0, dueCards: 0 }, now).next,
    ).toMatchObject({ kind: 'prepare_upcoming', interviewId: 'b' })
    const rejected = { ...ahead, applicationStatus: 'rejected' as const }
    expect(
      homeView([interview('a', hoursAgo(80), 100), rejected], { openActions: 0, dueCards: 0 }, now).next,
    ).toMatchObject({ kind: 'resolve_conflict', interviewId: 'b' })
  })

  it('a fresh debrief still comes before due cards', () => {
    expect(homeView([interview('a', hoursAgo(2))], { openActions: 0, dueCards: 5 }, now).next.kind).toBe(
      'debrief_fresh',
    )
  })
})

describe('interviews to come on Home', () => {
  it('lists each one, soonest first, and flags a round of an application marked not selected', () => {
    const list = upcomingInterviews(
      [
        interview('past', hoursAgo(5)),
        { ...interview('later', hoursAgo(-24 * 9)), applicationStatus: 'rejected' },
        interview('soon', hoursAgo(-20)),
        { ...interview('odd', hoursAgo(-24 * 4)), outcome: 'rejected' },
      ],
      now,
    )
    expect(list.map((u) => [u.interviewId, u.conflict])).toEqual([
      ['soon', null],
      ['odd', 'interview_rejected'],
      ['later', 'application_rejected'],
    ])
  })

  it('shows at most five', () => {
    const many = Array.from({ length: 8 }, (_, i) => interview(`u${i}`, hoursAgo(-(i + 1) * 24)))
    expect(upcomingInterviews(many, now)).toHaveLength(5)
  })
})

describe('recent interviews waiting for an answer', () => {
  it('offers past, still pending interviews of the last three weeks, newest first', () => {
    const list = awaitingAnswer(
      [
        interview('old', hoursAgo(24 * 30)),
        interview('recent', hoursAgo(24 * 2)),
        interview('latest', hoursAgo(3)),
        { ...interview('answered', hoursAgo(24)), outcome: 'rejected' },
        { ...interview('closed', hoursAgo(24)), applicationStatus: 'withdrawn' },
        interview('ahead', hoursAgo(-24)),
      ],
      now,
    )
    expect(list.map((i) => i.interviewId)).toEqual(['latest', 'recent'])
  })
})
