import { describe, expect, it } from 'vitest'
import { appPerTest, asUser, captureInterview, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

const HOUR = 3_600_000

describe.each(testDatabases)('Home on $kind', (database) => {
  const ctx = appPerTest(database, {
    start: new Date('2026-06-30T09:00:00.000Z'),
    signUpAs: { language: 'fr' },
  })
  const as = (who: SignedUpUser) => asUser(ctx.app, who)
  const home = async (who = ctx.user) => (await as(who).get('/api/home')).json()
  const at = (hours: number) => new Date(ctx.clock.now().getTime() + hours * HOUR).toISOString()

  it('counts the rehearsal cards due now, as the queue does, and is not "all clear" while any is due', async () => {
    // An interview too old to be nagged about: without cards, Home would be "all clear".
    await captureInterview(ctx.app, ctx.user, {
      company: 'Arbre',
      role: 'Analyste',
      stage: 'hr',
      date: at(-24 * 40),
    })
    expect((await home()).next).toEqual({ kind: 'all_clear' })
    const bank = (await as(ctx.user).get('/api/rehearsal/bank?lang=fr&category=salary')).json()
    for (const q of bank.questions.slice(0, 2)) {
      expect((await as(ctx.user).post('/api/rehearsal/cards', { bankKey: q.key })).statusCode).toBe(201)
    }
    const queue = (await as(ctx.user).get('/api/rehearsal/queue')).json()
    const view = await home()
    expect(view.dueCards).toBe(queue.dueCount)
    expect(view.dueCards).toBe(2)
    expect(view.next).toEqual({ kind: 'rehearse_due', count: 2 })
  })

  it('shows one card per interview to come, soonest first, and flags one whose application is not selected', async () => {
    const soon = await captureInterview(ctx.app, ctx.user, {
      company: 'Brume',
      role: 'Chef de projet',
      stage: 'hr',
      date: at(30),
    })
    const later = await captureInterview(ctx.app, ctx.user, {
      company: 'Cèdre',
      role: 'Juriste',
      stage: 'final',
      date: at(24 * 6),
    })
    expect(
      (await as(ctx.user).patch(`/api/applications/${later.application.id}`, { status: 'rejected' }))
        .statusCode,
    ).toBe(200)
    const view = await home()
    expect(view.upcomingInterviews).toEqual([
      expect.objectContaining({ interviewId: soon.interview.id, company: 'Brume', conflict: null }),
      expect.objectContaining({
        interviewId: later.interview.id,
        company: 'Cèdre',
        conflict: 'application_rejected',
      }),
    ])
    expect(view.upcomingInterviews[0].readiness).toEqual(expect.any(Number))
    expect(view.upcoming).toMatchObject({ interviewId: soon.interview.id })
    // Another person sees none of it.
    const other = await signUp(ctx.app, { email: 'autre@example.org' })
    expect((await home(other)).upcomingInterviews).toEqual([])
  })

  it('lists recent interviews waiting for an answer, until one is marked not selected', async () => {
    const { interview } = await captureInterview(ctx.app, ctx.user, {
      company: 'Dune',
      role: 'Designer',
      stage: 'hr',
      date: at(-50),
    })
    expect((await home()).awaitingAnswer).toEqual([
      expect.objectContaining({ interviewId: interview.id, company: 'Dune' }),
    ])
    await as(ctx.user).post('/api/rebounds', { interviewId: interview.id, markRejected: true })
    expect((await home()).awaitingAnswer).toEqual([])
  })
})
