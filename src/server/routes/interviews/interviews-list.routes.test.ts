import { beforeEach, describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../../domain/debrief'
import { appPerTest, asUser, type SignedUpUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'

describe.each(testDatabases)('the interviews list: company filter and text search on $kind', (database) => {
  const ctx = appPerTest(database, { start: new Date('2026-04-15T16:00:00.000Z') })
  let other: SignedUpUser
  beforeEach(async () => {
    other = await signUp(ctx.app)
  })

  const get = (who: SignedUpUser, url: string) =>
    ctx.app.inject({ method: 'GET', url, headers: { cookie: who.cookie, 'accept-language': 'en' } })

  async function capture(who: SignedUpUser, company: string, role: string, date: string) {
    const response = await asUser(ctx.app, who).post('/api/interviews', { company, role, stage: 'hr', date })
    expect(response.statusCode).toBe(201)
    return response.json().interview.id as string
  }

  async function list(who: SignedUpUser, query: Record<string, string>) {
    const response = await get(who, `/api/interviews?${new URLSearchParams(query)}`)
    expect(response.statusCode).toBe(200)
    return (response.json().interviews as { company: string; role: string }[]).map(
      (i) => `${i.company} / ${i.role}`,
    )
  }

  it('filters on the whole company name, whatever the case and accents; the search stays partial', async () => {
    await capture(ctx.user, 'Orange', 'Chef de projet', '2026-04-01T09:00:00Z')
    await capture(ctx.user, 'orange ', 'Analyste', '2026-04-02T09:00:00Z')
    await capture(ctx.user, 'Orange Bank', 'Conseiller', '2026-04-03T09:00:00Z')
    await capture(ctx.user, 'Société Générale', 'Analyste', '2026-04-04T09:00:00Z')
    await capture(other, 'Orange', 'Stagiaire', '2026-04-05T09:00:00Z')

    expect(await list(ctx.user, { company: 'Orange' })).toEqual([
      'orange / Analyste',
      'Orange / Chef de projet',
    ])
    expect(await list(ctx.user, { company: 'ORANGE BANK' })).toEqual(['Orange Bank / Conseiller'])
    expect(await list(ctx.user, { company: 'societe generale' })).toEqual(['Société Générale / Analyste'])
    expect(await list(ctx.user, { company: 'Oran' })).toEqual([])
    expect(await list(ctx.user, { company: 'Société' })).toEqual([])
    // Free text still finds part of a name.
    expect(await list(ctx.user, { q: 'orange' })).toEqual([
      'Orange Bank / Conseiller',
      'orange / Analyste',
      'Orange / Chef de projet',
    ])
    expect(await list(ctx.user, { q: 'orange', company: 'Orange Bank' })).toEqual([
      'Orange Bank / Conseiller',
    ])
  })

  it('searches the debrief: questions, answers, evidence, lessons, only in the asker’s own debriefs', async () => {
    const salary = await capture(ctx.user, 'Decathlon', 'Cheffe de projet', '2026-04-10T09:00:00Z')
    await capture(ctx.user, 'Leroy Merlin', 'Chef de rayon', '2026-04-11T09:00:00Z')
    const theirs = await capture(other, 'Fnac', 'Vendeur', '2026-04-12T09:00:00Z')
    const debrief = {
      ...emptyDebrief(),
      feelings: { emotions: [], wentWell: 'Un sourire du jury', note: '' },
      questions: [
        {
          id: 'q1',
          question: 'Quelles sont vos prétentions salariales ?',
          answer: 'J’ai donné un chiffre trop bas',
          feeling: 'destabilized',
          recruiterReaction: '',
        },
      ],
      causes: [
        {
          cause: 'other',
          otherLabel: 'Trac',
          evidence: 'Je regardais mes notes sans arrêt',
          severity: 'notable',
          questionIds: ['q1'],
        },
      ],
      lessons: [
        {
          id: 'l1',
          text: 'Me renseigner sur la grille des salaires',
          actions: [{ id: 'a1', text: 'Consulter l’Apec', status: 'open', checkBeforeNext: true }],
        },
      ],
    }
    for (const [who, id] of [
      [ctx.user, salary],
      [other, theirs],
    ] as const) {
      const saved = await asUser(ctx.app, who).put(`/api/interviews/${id}/debrief`, { version: 0, debrief })
      expect(saved.statusCode).toBe(200)
    }

    for (const q of [
      'pretentions',
      'CHIFFRE TROP',
      'mes notes',
      'grille salaires',
      'apec',
      'salariales decathlon',
    ])
      expect(await list(ctx.user, { q }), q).toEqual(['Decathlon / Cheffe de projet'])
    // Words spread over the interview and its debrief must all be there.
    expect(await list(ctx.user, { q: 'salariales merlin' })).toEqual([])
    // Feelings are not searched.
    expect(await list(ctx.user, { q: 'sourire' })).toEqual([])
    // The other person finds only their own interview with the same debrief.
    expect(await list(other, { q: 'pretentions' })).toEqual(['Fnac / Vendeur'])
  })

  it('refuses an unknown outcome, stage or an over-long company, naming the field', async () => {
    const outcome = await get(ctx.user, '/api/interviews?outcome=bogus')
    expect(outcome.statusCode).toBe(400)
    expect(outcome.json().error).toMatchObject({
      code: 'validation_failed',
      fields: { outcome: expect.any(String) },
    })
    expect(Object.keys(outcome.json().error.fields)).toEqual(['outcome'])
    const stage = await get(ctx.user, '/api/interviews?stage=lunch')
    expect(Object.keys(stage.json().error.fields)).toEqual(['stage'])
    const company = await get(ctx.user, `/api/interviews?company=${'x'.repeat(121)}`)
    expect(company.statusCode).toBe(400)
    expect(Object.keys(company.json().error.fields)).toEqual(['company'])
  })
})
