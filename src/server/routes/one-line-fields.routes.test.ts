import { describe, expect, it } from 'vitest'
import { emptyDebrief } from '../../domain/debrief'
import { appPerTest, asUser, captureInterview, type SignedUpUser } from '../test-support/app'
import { testDatabases } from '../test-support/databases'

// One-line fields refuse line breaks with a field message; the one-line parts of a debrief fold
// them into a space, so that a document saved before the rule still saves.
describe.each(testDatabases)('one-line fields on $kind', (database) => {
  const ctx = appPerTest(database, { signUpAs: { language: 'en' } })
  const as = (who: SignedUpUser) => asUser(ctx.app, who)

  it.each([
    ['/api/applications', { company: 'Acme\n# Injected', role: 'Analyst' }, 'company'],
    ['/api/applications', { company: 'Acme', role: 'Analyst\r\nLead' }, 'role'],
    [
      '/api/interviews',
      { company: 'Acme\u2028Corp', role: 'Analyst', stage: 'hr', date: '2026-03-02T09:00:00.000Z' },
      'company',
    ],
  ])('POST %s refuses a line break in %j', async (url, body, field) => {
    const response = await as(ctx.user).post(url, body)
    expect(response.statusCode).toBe(400)
    expect(response.json().error.fields).toEqual({
      [field]: 'This field fits on one line: remove the line breaks.',
    })
  })

  it('a display name with a line break is refused, the account unchanged', async () => {
    const response = await as(ctx.user).patch('/api/me', { displayName: 'Alex\nAdmin' })
    expect(response.statusCode).toBe(400)
    expect(Object.keys(response.json().error.fields)).toEqual(['displayName'])
  })

  it('an action typed over two lines is saved on one', async () => {
    const { interview } = await captureInterview(ctx.app, ctx.user, {
      company: 'Acme',
      role: 'Analyst',
      stage: 'hr',
      date: '2026-03-02T09:00:00.000Z',
    })
    const debrief = {
      ...emptyDebrief(),
      lessons: [
        {
          id: 'l1',
          text: 'Prepare',
          actions: [{ id: 'a1', text: 'Write\n  three lines', status: 'open', checkBeforeNext: false }],
        },
      ],
    }
    const saved = await as(ctx.user).put(`/api/interviews/${interview.id}/debrief`, { version: 0, debrief })
    expect(saved.statusCode).toBe(200)
    expect(saved.json().debrief.lessons[0].actions[0].text).toBe('Write three lines')
  })
})
