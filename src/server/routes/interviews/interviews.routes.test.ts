import { describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../../domain/debrief'
import { appPerTest, asUser, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'
import { replayedQuestion } from '../../test-support/debrief-builders'

describe.each(testDatabases)('interviews and debriefs on $kind', (database) => {
  const ctx = appPerTest(database, { start: new Date('2026-04-15T16:00:00.000Z') })
  const as = (who: SignedUpUser) => asUser(ctx.app, who)

  const capture = (who: SignedUpUser, extra: object = {}) =>
    as(who).post('/api/interviews', {
      company: 'Decathlon',
      role: 'Cheffe de projet digital',
      stage: 'manager',
      date: '2026-04-15T14:00:00+02:00',
      gutFeeling: 2,
      note: 'Question sur le salaire mal gérée.',
      ...extra,
    })

  it('quick capture creates the interview and its application, dates stored in UTC', async () => {
    const response = await capture(ctx.user)
    expect(response.statusCode).toBe(201)
    const { interview, application } = response.json()
    expect(application).toMatchObject({
      company: 'Decathlon',
      role: 'Cheffe de projet digital',
      status: 'active',
    })
    expect(interview).toMatchObject({
      applicationId: application.id,
      date: '2026-04-15T12:00:00.000Z',
      stage: 'manager',
      outcome: 'pending',
      gutFeeling: 2,
      interviewers: [],
    })
  })

  it('reuses the application for the same company and role, or the one named', async () => {
    const first = (await capture(ctx.user)).json()
    const again = (
      await capture(ctx.user, { company: 'decathlon ', role: 'CHEFFE de projet digital', stage: 'final' })
    ).json()
    expect(again.application.id).toBe(first.application.id)
    const named = (
      await capture(ctx.user, { company: undefined, role: undefined, applicationId: first.application.id })
    ).json()
    expect(named.application.id).toBe(first.application.id)
    const other = (await capture(ctx.user, { role: 'Product owner' })).json()
    expect(other.application.id).not.toBe(first.application.id)
    const list = (await as(ctx.user).get('/api/applications?q=decath')).json().applications
    expect(list).toHaveLength(2)
    expect(list.find((a: { id: string }) => a.id === first.application.id).interviewCount).toBe(3)
  })

  it.each([
    [{ date: '2026-02-30T10:00:00Z' }, 'date'],
    [{ date: 'demain' }, 'date'],
    [{ date: '1850-01-01T10:00:00Z' }, 'date'],
    [{ stage: 'coffee' }, 'stage'],
    [{ gutFeeling: 6 }, 'gutFeeling'],
    [{ company: 'x'.repeat(121) }, 'company'],
    [{ company: '' }, 'company'],
    [{ role: undefined }, 'role'],
  ])('refuses %o with a message on %s', async (extra, field) => {
    const response = await capture(ctx.user, extra)
    expect(response.statusCode).toBe(400)
    expect(response.json().error.fields).toHaveProperty([field])
  })

  it('lists newest first, filters by stage, outcome and company, and searches text', async () => {
    await capture(ctx.user, { date: '2026-04-01T09:00:00Z', stage: 'screening' })
    const manager = (
      await capture(ctx.user, { date: '2026-04-10T09:00:00Z', company: 'Société Générale', role: 'Analyste' })
    ).json()
    await capture(ctx.user, {
      date: '2026-04-12T09:00:00Z',
      company: 'Leroy Merlin',
      role: 'Chef de rayon',
      note: 'Mise en situation',
    })
    await as(ctx.user).patch(`/api/interviews/${manager.interview.id}`, { outcome: 'rejected' })

    const all = (await as(ctx.user).get('/api/interviews')).json().interviews
    expect(all.map((i: { date: string }) => i.date)).toEqual([
      '2026-04-12T09:00:00.000Z',
      '2026-04-10T09:00:00.000Z',
      '2026-04-01T09:00:00.000Z',
    ])
    expect(all[0]).toMatchObject({ company: 'Leroy Merlin', role: 'Chef de rayon', debrief: null })

    const byStage = (await as(ctx.user).get('/api/interviews?stage=screening')).json().interviews
    expect(byStage).toHaveLength(1)
    const byOutcome = (await as(ctx.user).get('/api/interviews?outcome=rejected')).json().interviews
    expect(byOutcome.map((i: { id: string }) => i.id)).toEqual([manager.interview.id])
    const byCompany = (await as(ctx.user).get('/api/interviews?company=societe%20GENERALE')).json().interviews
    expect(byCompany).toHaveLength(1)
    const search = (
      await as(ctx.user).get(`/api/interviews?q=${encodeURIComponent('mise SITUATION')}`)
    ).json().interviews
    expect(search.map((i: { company: string }) => i.company)).toEqual(['Leroy Merlin'])
    expect((await as(ctx.user).get('/api/interviews?stage=lunch')).statusCode).toBe(400)
  })

  it('updates an interview field by field and refuses bad values', async () => {
    const { interview } = (await capture(ctx.user)).json()
    const ok = await as(ctx.user).patch(`/api/interviews/${interview.id}`, {
      format: 'video',
      interviewers: [{ name: 'Claire Martin', role: 'DRH' }],
      durationMinutes: 45,
      outcome: 'passed',
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().interview).toMatchObject({
      format: 'video',
      interviewers: [{ name: 'Claire Martin', role: 'DRH' }],
      durationMinutes: 45,
      outcome: 'passed',
      gutFeeling: 2,
    })
    const bad = await as(ctx.user).patch(`/api/interviews/${interview.id}`, {
      outcome: 'maybe',
      durationMinutes: -5,
    })
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['durationMinutes', 'outcome'])
    expect((await as(ctx.user).patch(`/api/interviews/${interview.id}`, {})).statusCode).toBe(400)
  })

  it('keeps HTML as text: stored and returned exactly as typed, never interpreted', async () => {
    const note = '<img src=x onerror="alert(1)"> & <b>gras</b>'
    const { interview } = (await capture(ctx.user, { note })).json()
    expect((await as(ctx.user).get(`/api/interviews/${interview.id}`)).json().interview.note).toBe(note)
  })

  it('saves the debrief with a version that goes up, and returns it as it was saved', async () => {
    const { interview } = (await capture(ctx.user)).json()
    const url = `/api/interviews/${interview.id}/debrief`
    const initial = (await as(ctx.user).get(url)).json()
    expect(initial).toMatchObject({ version: 0, progress: 0, updatedAt: null })
    // Before its first save, the debrief's replay starts from the capture note.
    expect(initial.debrief).toEqual({
      ...emptyDebrief(),
      questions: [
        {
          id: 'note-1',
          question: 'Question sur le salaire mal gérée.',
          answer: '',
          feeling: null,
          recruiterReaction: '',
        },
      ],
    })

    const debrief = {
      ...emptyDebrief(),
      currentStep: 'replay',
      feelings: { emotions: [{ emotion: 'frustration', intensity: 4 }], wentWell: 'Mon pitch', note: '' },
      questions: [
        replayedQuestion('q1', {
          question: 'Vos prétentions ?',
          answer: 'J’ai bafouillé',
          feeling: 'destabilized',
        }),
      ],
    }
    const first = await as(ctx.user).put(url, { version: 0, debrief })
    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ version: 1, progress: 33 })
    // The server adds the destabilizing entry for q1, to be rehearsed by default.
    expect(first.json().debrief.destabilizing).toEqual([
      { questionId: 'q1', reasons: [], reasonOther: '', betterAnswer: '', rehearse: true },
    ])

    const second = await as(ctx.user).put(url, {
      version: 1,
      debrief: { ...first.json().debrief, currentStep: 'diagnose' },
    })
    expect(second.json().version).toBe(2)
    expect((await as(ctx.user).get(url)).json()).toMatchObject({
      version: 2,
      debrief: { currentStep: 'diagnose' },
    })

    const list = (await as(ctx.user).get('/api/interviews')).json().interviews
    expect(list[0].debrief).toMatchObject({ version: 2, progress: 33 })
  })

  it('offers the capture note as the first replayed questions, one per line, until the first save', async () => {
    const { interview } = (
      await capture(ctx.user, { note: 'On m’a demandé pourquoi cette entreprise…\n- Et mes prétentions' })
    ).json()
    const url = `/api/interviews/${interview.id}/debrief`
    const offered = (await as(ctx.user).get(url)).json()
    expect(offered.version).toBe(0)
    expect(
      offered.debrief.questions.map((q: { id: string; question: string }) => [q.id, q.question]),
    ).toEqual([
      ['note-1', 'On m’a demandé pourquoi cette entreprise…'],
      ['note-2', 'Et mes prétentions'],
    ])
    // The same each time it is read, so a save based on it is no conflict.
    expect((await as(ctx.user).get(url)).json()).toEqual(offered)
    const saved = await as(ctx.user).put(url, { version: 0, debrief: { ...offered.debrief, questions: [] } })
    expect(saved.statusCode).toBe(200)
    // Once saved, the debrief is what the person kept.
    expect((await as(ctx.user).get(url)).json().debrief.questions).toEqual([])
    const quiet = (await capture(ctx.user, { note: '' })).json().interview
    expect((await as(ctx.user).get(`/api/interviews/${quiet.id}/debrief`)).json().debrief).toEqual(
      emptyDebrief(),
    )
  })

  it('better answers written in the debrief reach the rehearsal queue without another tap', async () => {
    const { interview } = (await capture(ctx.user)).json()
    const url = `/api/interviews/${interview.id}/debrief`
    const offered = (await as(ctx.user).get(url)).json().debrief
    // One question marked destabilized, one the person chose to work on though it went so-so.
    const marked = (
      await as(ctx.user).put(url, {
        version: 0,
        debrief: {
          ...offered,
          questions: [
            { ...offered.questions[0], feeling: 'destabilized' },
            replayedQuestion('q2', { question: 'Parlez-moi d’un échec.', feeling: 'so_so' }),
          ],
          destabilizing: [
            {
              questionId: 'q2',
              reasons: [],
              reasonOther: '',
              betterAnswer: '',
              rehearse: true,
              picked: true,
            },
          ],
        },
      })
    ).json()
    expect(marked.debrief.destabilizing.map((d: { questionId: string }) => d.questionId)).toEqual([
      'note-1',
      'q2',
    ])
    const written = {
      ...marked.debrief,
      destabilizing: marked.debrief.destabilizing.map((d: object, i: number) => ({
        ...d,
        betterAnswer: i === 0 ? 'Ma fourchette est de 42 à 45 k€.' : 'Un projet en retard : j’ai replanifié.',
      })),
    }
    expect((await as(ctx.user).put(url, { version: 1, debrief: written })).statusCode).toBe(200)
    const queue = (await as(ctx.user).get('/api/rehearsal/queue')).json()
    expect(
      queue.due
        .filter((c: { source: string }) => c.source === 'debrief')
        .map((c: { question: string; hint: string }) => [c.question, c.hint]),
    ).toEqual(
      expect.arrayContaining([
        ['Question sur le salaire mal gérée.', 'Ma fourchette est de 42 à 45 k€.'],
        ['Parlez-moi d’un échec.', 'Un projet en retard : j’ai replanifié.'],
      ]),
    )
    expect(queue.dueCount).toBeGreaterThanOrEqual(2)
  })

  it('answers 409 with the current debrief when the edit was based on an older version', async () => {
    const { interview } = (await capture(ctx.user)).json()
    const url = `/api/interviews/${interview.id}/debrief`
    const tabA = {
      ...emptyDebrief(),
      feelings: { emotions: [], wentWell: 'Écrit dans l’onglet A', note: '' },
    }
    const tabB = {
      ...emptyDebrief(),
      feelings: { emotions: [], wentWell: 'Écrit dans l’onglet B', note: '' },
    }
    expect((await as(ctx.user).put(url, { version: 0, debrief: tabA })).statusCode).toBe(200)

    // Tab B still thinks nothing was saved.
    const stale = await as(ctx.user).put(url, { version: 0, debrief: tabB })
    expect(stale.statusCode).toBe(409)
    expect(stale.json()).toMatchObject({
      error: { code: 'version_conflict' },
      current: { version: 1, debrief: { feelings: { wentWell: 'Écrit dans l’onglet A' } } },
    })
    // Tab B chooses to keep its text, based on the version it now knows.
    const keep = await as(ctx.user).put(url, { version: 1, debrief: tabB })
    expect(keep.json()).toMatchObject({
      version: 2,
      debrief: { feelings: { wentWell: 'Écrit dans l’onglet B' } },
    })
    // And a save based on version 1 again is stale too.
    expect((await as(ctx.user).put(url, { version: 1, debrief: tabA })).statusCode).toBe(409)
  })

  it('refuses an invalid debrief field by field and keeps what was saved', async () => {
    const { interview } = (await capture(ctx.user)).json()
    const url = `/api/interviews/${interview.id}/debrief`
    await as(ctx.user).put(url, {
      version: 0,
      debrief: { ...emptyDebrief(), feelings: { emotions: [], wentWell: 'gardé', note: '' } },
    })
    const bad = await as(ctx.user).put(url, {
      version: 1,
      debrief: {
        ...emptyDebrief(),
        feelings: { emotions: [{ emotion: 'ecstatic', intensity: 9 }], wentWell: 'x'.repeat(2001), note: '' },
        ratings: { serenity: 0, confidence: null, oralEase: null, preparation: null },
      },
    })
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields)).toEqual(
      expect.arrayContaining([
        'debrief.feelings.emotions.0.emotion',
        'debrief.feelings.wentWell',
        'debrief.ratings.serenity',
      ]),
    )
    expect((await as(ctx.user).get(url)).json()).toMatchObject({
      version: 1,
      debrief: { feelings: { wentWell: 'gardé' } },
    })
    expect((await as(ctx.user).put(url, { debrief: emptyDebrief() })).statusCode).toBe(400)
  })

  it('refuses a NUL character deep in a debrief, in a query or in a path, naming where it is', async () => {
    const { interview } = (await capture(ctx.user)).json()
    const url = `/api/interviews/${interview.id}/debrief`
    const debrief = {
      ...emptyDebrief(),
      questions: [
        replayedQuestion('q1', { question: 'Vos prétentions ?', answer: 'Je\u0000', feeling: 'so_so' }),
      ],
    }
    const bad = await ctx.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: ctx.user.cookie, 'accept-language': 'en' },
      payload: { version: 0, debrief },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toEqual({
      code: 'validation_failed',
      message: expect.any(String),
      fields: {
        'debrief.questions.0.answer': 'This text contains an invisible character that is not allowed.',
      },
    })
    expect((await as(ctx.user).get(url)).json()).toMatchObject({ version: 0 })

    const search = await as(ctx.user).get('/api/interviews?q=Deca%00thlon')
    expect(search.statusCode).toBe(400)
    expect(search.json().error.fields).toEqual({ q: expect.stringContaining('caractère invisible') })
    const path = await as(ctx.user).get('/api/interviews/abc%00def/debrief')
    expect(path.statusCode).toBe(400)
    expect(Object.keys(path.json().error.fields)).toEqual(['id'])
  })

  it('exports the debrief as Markdown in the language asked', async () => {
    const { interview } = (await capture(ctx.user)).json()
    await as(ctx.user).put(`/api/interviews/${interview.id}/debrief`, {
      version: 0,
      debrief: { ...emptyDebrief(), lessons: [{ id: 'l1', text: 'Préparer mes prétentions', actions: [] }] },
    })
    const fr = await as(ctx.user).get(`/api/interviews/${interview.id}/debrief.md`)
    expect(fr.statusCode).toBe(200)
    expect(fr.headers['content-type']).toBe('text/markdown; charset=utf-8')
    expect(fr.headers['content-disposition']).toBe('attachment; filename="debrief-decathlon-2026-04-15.md"')
    expect(fr.body).toContain('# Débrief — Decathlon, Cheffe de projet digital')
    expect(fr.body).toContain('1. Préparer mes prétentions')
    const en = await as(ctx.user).get(`/api/interviews/${interview.id}/debrief.md?lang=en`)
    expect(en.body).toContain('## Lessons and actions')
  })

  it('the export gives times in the person’s zone and a readable file name', async () => {
    const { interview } = (
      await capture(ctx.user, { company: 'Lumen Énergie', date: '2026-03-12T13:30:00Z' })
    ).json()
    const md = await as(ctx.user).get(`/api/interviews/${interview.id}/debrief.md`)
    expect(md.headers['content-disposition']).toBe(
      'attachment; filename="debrief-lumen-energie-2026-03-12.md"',
    )
    expect(md.body).toContain('- Date : 12 mars 2026 à 14:30 (Europe/Paris)')
    expect(md.body).not.toContain('UTC')

    // Late in the evening in Los Angeles is already the next day in UTC: the name keeps the local day.
    await as(ctx.user).patch('/api/me', { timeZone: 'America/Los_Angeles' })
    await as(ctx.user).patch(`/api/interviews/${interview.id}`, { date: '2026-03-13T05:00:00Z' })
    const there = await as(ctx.user).get(`/api/interviews/${interview.id}/debrief.md?lang=en`)
    expect(there.headers['content-disposition']).toBe(
      'attachment; filename="debrief-lumen-energie-2026-03-12.md"',
    )
    expect(there.body).toContain('- Date: 12 March 2026 at 22:00 (America/Los_Angeles)')
  })

  it('Home puts forward the debrief to do, then the prompt after 24 hours', async () => {
    expect((await as(ctx.user).get('/api/home')).json().next).toEqual({ kind: 'capture_first' })
    const { interview } = (await capture(ctx.user, { date: '2026-04-15T15:00:00Z' })).json()
    expect((await as(ctx.user).get('/api/home')).json().next).toMatchObject({
      kind: 'debrief_fresh',
      interviewId: interview.id,
    })
    ctx.clock.advance(30 * 3_600_000)
    const later = (await as(ctx.user).get('/api/home')).json()
    expect(later.next).toMatchObject({ kind: 'debrief_overdue', interviewId: interview.id, hoursSince: 31 })
    expect(later.overdueDebriefs).toHaveLength(1)
  })

  it('deleting an application deletes its interviews and debriefs', async () => {
    const { interview, application } = (await capture(ctx.user)).json()
    await as(ctx.user).put(`/api/interviews/${interview.id}/debrief`, { version: 0, debrief: emptyDebrief() })
    expect((await as(ctx.user).delete(`/api/applications/${application.id}`)).statusCode).toBe(204)
    expect((await as(ctx.user).get(`/api/interviews/${interview.id}`)).statusCode).toBe(404)
    expect((await as(ctx.user).get(`/api/interviews/${interview.id}/debrief`)).statusCode).toBe(404)
    expect(await ctx.app.repositories.debriefs.listContents(ctx.user.id)).toEqual([])
  })

  it("another user's interview, application and debrief are a 404, whatever the verb", async () => {
    const { interview, application } = (await capture(ctx.user)).json()
    const intruder = await signUp(ctx.app)
    const other = as(intruder)
    const attempts = [
      await other.get(`/api/interviews/${interview.id}`),
      await other.patch(`/api/interviews/${interview.id}`, { note: 'pwned' }),
      await other.get(`/api/interviews/${interview.id}/debrief`),
      await other.put(`/api/interviews/${interview.id}/debrief`, { version: 0, debrief: emptyDebrief() }),
      await other.get(`/api/interviews/${interview.id}/debrief.md`),
      await other.delete(`/api/interviews/${interview.id}`),
      await other.get(`/api/applications/${application.id}`),
      await other.patch(`/api/applications/${application.id}`, { status: 'withdrawn' }),
      await other.delete(`/api/applications/${application.id}`),
      await other.post('/api/interviews', {
        applicationId: application.id,
        stage: 'hr',
        date: '2026-04-16T10:00:00Z',
      }),
    ]
    for (const response of attempts) {
      expect(response.statusCode).toBe(404)
      expect(response.json().error.code).toBe('not_found')
    }
    expect((await other.get('/api/interviews')).json().interviews).toEqual([])
    expect((await other.get('/api/applications')).json().applications).toEqual([])
    // Nothing changed for the owner.
    const mine = (await as(ctx.user).get(`/api/interviews/${interview.id}`)).json()
    expect(mine.interview.note).toBe('Question sur le salaire mal gérée.')
    expect(mine.application.status).toBe('active')
    expect((await as(ctx.user).get(`/api/interviews/${interview.id}/debrief`)).json().version).toBe(0)
  })
})
