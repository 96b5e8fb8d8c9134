import { describe, expect, inject, it } from 'vitest'
import { rebond } from './pages/rebond.page'
import { desktop, screenshot, sharedBrowser, watchProblems } from './support/browser'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

describe('a private calendar address, from Account', () => {
  it('creates it, copies it, a calendar reads it without a session; a new one retires it; turned off, 404', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    await app.signUp('fr', {
      name: 'Camille',
      email: `camille-cal-${Date.now()}@example.fr`,
      password: 'un agenda bien tenu',
    })
    await page.waitForURL(`${baseURL}/home`)
    await app.goTo('fr', 'account')
    const section = page.getByRole('region', { name: 'Votre agenda' })
    await section.getByText('rien de vos notes ni de vos débriefs', { exact: false }).waitFor()

    await section.getByRole('button', { name: 'Créer mon adresse d’agenda' }).click()
    const field = section.getByLabel('Adresse d’abonnement')
    await field.waitFor()
    const first = await field.inputValue()
    expect(first).toMatch(new RegExp(`^${baseURL}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`))
    await section.getByRole('button', { name: 'Copier l’adresse' }).click()
    await section.getByText('Adresse copiée.').waitFor()
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(first)
    await section.scrollIntoViewIfNeeded()
    await screenshot(page, 'calendar-feed-01-created-fr-desktop')

    // A calendar app: no cookie.
    const calendar = await browser.newContext()
    const feed = await calendar.request.get(first)
    expect(feed.status()).toBe(200)
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    expect(await feed.text()).toContain('X-WR-CALNAME:Rebond — entretiens et rappels')

    await page.reload()
    await section.getByText(/Une adresse est active depuis le/).waitFor()
    await screenshot(page, 'calendar-feed-02-active-fr-desktop')
    await section.getByRole('button', { name: 'Créer une nouvelle adresse' }).click()
    const second = await section.getByLabel('Adresse d’abonnement').inputValue()
    expect(second).not.toBe(first)
    expect((await calendar.request.get(first)).status()).toBe(404)
    expect((await calendar.request.get(second)).status()).toBe(200)

    await section.getByRole('button', { name: 'Désactiver l’adresse' }).click()
    await section.getByText('Adresse désactivée.', { exact: false }).waitFor()
    await section.getByRole('button', { name: 'Créer mon adresse d’agenda' }).waitFor()
    expect((await calendar.request.get(second)).status()).toBe(404)
    await screenshot(page, 'calendar-feed-03-revoked-fr-desktop')
    expect(problems).toEqual([])
    await Promise.all([context.close(), calendar.close()])
  })
})
