import { describe, expect, it } from 'vitest'
import { homeView, type InterviewForHome } from './home'

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
    expect(homeView(interviews, actions, now).next.kind).toBe(kind)
  })

  it('lists every interview still waiting for its debrief after 24 hours', () => {
    const view = homeView(
      [interview('a', hoursAgo(26)), interview('b', hoursAgo(2)), interview('c', hoursAgo(72), 40)],
      0,
      now,
    )
    expect(view.overdueDebriefs).toEqual([
      { interviewId: 'a', company: 'Company a', role: 'Role', hoursSince: 26 },
    ])
    expect(view.next).toMatchObject({ kind: 'debrief_fresh', interviewId: 'b' })
  })
})
