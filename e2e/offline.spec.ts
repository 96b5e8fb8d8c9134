import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type APIRequestContext, type BrowserContext, chromium } from 'playwright-core'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { FR, interviewsPage } from './pages/interviews.page'
import { offlineApp } from './pages/offline.page'
import { rebond } from './pages/rebond.page'
import { captureInterview } from './support/api'
import { phone, screenshot, watchProblems } from './support/browser'

const baseURL = inject('baseURL')
const profile = mkdtempSync(path.join(tmpdir(), 'rebond-offline-'))

afterAll(() => {
  rmSync(profile, { recursive: true, force: true })
})

/**
 * A browser profile of its own, on disk: Chromium never offers to install an app from an incognito
 * context (what `browser.newContext()` gives), and installability is what this journey checks.
 */
function launchProfile(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-component-update'],
    ...phone,
    locale: 'fr-FR',
  })
}

const COMPANY = 'Ubisoft'

async function createInterview(context: BrowserContext): Promise<string> {
  return captureInterview(context.request, baseURL, {
    company: COMPANY,
    role: 'Chargée d’études',
    stage: 'manager',
    date: new Date().toISOString(),
  })
}

async function storedWentWell(request: APIRequestContext, id: string): Promise<string> {
  const response = await request.get(`${baseURL}/api/interviews/${id}/debrief`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { debrief: { feelings: { wentWell: string } } }).debrief.feelings
    .wentWell
}

describe('Rebond installed and offline, on a phone in French', () => {
  it('reopens visited pages offline after a reload, sends a draft typed offline, and keeps nothing of a signed-out person', async () => {
    const context = await launchProfile()
    const page = context.pages()[0] ?? (await context.newPage())
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const offline = offlineApp(context, page)

    await app.signUp('fr', {
      name: 'Inès',
      email: `ines-offline-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await page.waitForURL(`${baseURL}/home`)
    await offline.waitControlled()
    expect(await offline.installabilityErrors()).toEqual([])
    const id = await createInterview(context)

    // Online, the person opens Home, the interview and its debrief: what they show is kept.
    await page.reload()
    await page.getByText(COMPANY).first().waitFor()
    await page.goto(`${baseURL}/interviews/${id}`)
    await page.getByRole('heading', { level: 1, name: new RegExp(COMPANY) }).waitFor()
    await page.goto(`${baseURL}/interviews/${id}/debrief/feelings`)
    await page.getByLabel(FR.wentWell).waitFor()
    await page.goto(`${baseURL}/home`)
    await page.getByText(COMPANY).first().waitFor()
    expect(await offline.cachedApi()).toEqual(
      expect.arrayContaining(['/api/auth/session', `/api/interviews/${id}`]),
    )
    const install = page.getByRole('button', { name: 'Installer Rebond' })
    if (await install.isVisible()) await screenshot(page, 'offline-00-install-offer-fr-phone')
    expect(problems).toEqual([])

    // In the metro: no network, and the page is reloaded. Home and the interview open with their content.
    await context.setOffline(true)
    await page.reload()
    await page.getByText('Vous êtes hors ligne').waitFor()
    await page.getByText(COMPANY).first().waitFor()
    await screenshot(page, 'offline-01-home-reloaded-fr-phone')
    await page.goto(`${baseURL}/interviews/${id}`)
    await page.getByRole('heading', { level: 1, name: new RegExp(COMPANY) }).waitFor()
    await screenshot(page, 'offline-02-interview-reloaded-fr-phone')

    // A draft typed offline survives a reload, still offline, and goes out when the network returns.
    await page.goto(`${baseURL}/interviews/${id}/debrief/feelings`)
    await page.getByLabel(FR.wentWell).fill('Écrit hors ligne, dans le métro.')
    await page.getByText(FR.offline).waitFor()
    await page.reload()
    await expect
      .poll(() => page.getByLabel(FR.wentWell).inputValue(), { timeout: 15_000 })
      .toBe('Écrit hors ligne, dans le métro.')
    await screenshot(page, 'offline-03-draft-after-reload-fr-phone')
    await context.setOffline(false)
    await interviewsPage(page).waitSaved(20_000)
    expect(await storedWentWell(context.request, id)).toBe('Écrit hors ligne, dans le métro.')

    // Signed out, then offline: nothing of Inès shows, and nothing of hers is kept. A second tab left
    // open on her interview follows the sign-out at once, without being touched.
    const otherTab = await context.newPage()
    await otherTab.goto(`${baseURL}/interviews/${id}`)
    await otherTab.getByRole('heading', { level: 1, name: new RegExp(COMPANY) }).waitFor()
    await page.goto(`${baseURL}/home`)
    await app.signOut('fr')
    await page.waitForURL(`${baseURL}/`)
    await otherTab.waitForURL(`${baseURL}/`)
    expect(await otherTab.getByText(COMPANY).count()).toBe(0)
    await otherTab.close()
    await expect
      .poll(() => offline.cachedApi())
      .toEqual(expect.not.arrayContaining([`/api/interviews/${id}`]))
    await context.setOffline(true)
    await page.goto(`${baseURL}/home`)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    expect(await page.getByText(COMPANY).count()).toBe(0)
    expect(await page.getByText('Inès').count()).toBe(0)
    expect(await offline.cachedApi()).not.toContain(`/api/interviews/${id}`)
    await screenshot(page, 'offline-04-signed-out-fr-phone')
    await context.setOffline(false)
    await context.close()
    // The longest journey: a slow, shared CI machine needs more than the default minute.
  }, 150_000)
})
