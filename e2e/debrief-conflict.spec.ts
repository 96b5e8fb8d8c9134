import type { APIRequestContext, BrowserContext } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { FR, interviewsPage } from './pages/interviews.page'
import { rebond } from './pages/rebond.page'
import { captureInterview } from './support/api'
import { desktop, phone, screenshot, sharedBrowser, watchProblems } from './support/browser'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

async function storedDebrief(page: { request: APIRequestContext }, id: string) {
  const response = await page.request.get(`${baseURL}/api/interviews/${id}/debrief`)
  expect(response.status()).toBe(200)
  return (await response.json()) as {
    version: number
    debrief: { feelings: { wentWell: string; note: string } }
  }
}

describe('a debrief edited in two tabs at once', () => {
  it('shows both versions, keeps the chosen one and loses nothing', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const pageA = await context.newPage()
    const problemsA = watchProblems(pageA)
    await rebond(pageA, baseURL).signUp('fr', {
      name: 'Noa',
      email: `noa-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await pageA.waitForURL(`${baseURL}/home`)
    const id = await captureInterview(pageA.request, baseURL, {
      company: 'Initech',
      role: 'Développeur',
      stage: 'technical',
      date: new Date().toISOString(),
    })
    const url = `${baseURL}/interviews/${id}/debrief/feelings`

    // Tab B opens the debrief first; tab A after.
    const pageB = await context.newPage()
    const problemsB = watchProblems(pageB)
    const a = interviewsPage(pageA)
    const b = interviewsPage(pageB)
    await pageB.goto(url)
    await pageB.getByLabel(FR.wentWell).waitFor()
    await pageA.goto(url)
    await pageA.getByLabel(FR.wentWell).waitFor()

    // A saves first.
    await pageA.getByLabel(FR.wentWell).fill('Version de l’onglet A')
    await a.waitSaved()

    // B, still on the old version, saves too: it is told, calmly, and sees both.
    await pageB.bringToFront()
    await pageB.getByLabel(FR.wentWell).fill('Version de l’onglet B')
    const panel = pageB.getByRole('region', { name: FR.conflictTitle })
    await panel.waitFor()
    await panel.getByRole('heading', { name: FR.mine }).waitFor()
    await panel.getByRole('heading', { name: FR.theirs }).waitFor()
    await panel.getByText(/Version de l’onglet A/).waitFor()
    await panel.getByText(/Version de l’onglet B/).waitFor()
    await screenshot(pageB, 'debrief-conflict-01-panel-fr-phone')

    // B keeps its own: the server now holds B's text.
    await panel.getByRole('button', { name: FR.keepMine }).click()
    await b.waitSaved()
    expect((await storedDebrief(pageB, id)).debrief.feelings.wentWell).toBe('Version de l’onglet B')
    // A's text is not lost: it stays readable in tab B.
    await pageB.getByRole('button', { name: 'La consulter' }).click()
    expect(await pageB.getByLabel('Version mise de côté (à copier si besoin)').inputValue()).toContain(
      'Version de l’onglet A',
    )
    await screenshot(pageB, 'debrief-conflict-02-kept-mine-fr-phone')

    // A starts again from the saved version and writes more.
    await pageA.bringToFront()
    await pageA.reload()
    expect(await pageA.getByLabel(FR.wentWell).inputValue()).toBe('Version de l’onglet B')
    await pageA.getByLabel(FR.wentWell).fill('Version A, deuxième passage')
    await a.waitSaved()

    // B, now behind, adds a note: another conflict; this time B takes the other version.
    await pageB.bringToFront()
    await pageB.getByLabel(FR.feelingsNote).fill('Une note écrite dans B')
    const second = pageB.getByRole('region', { name: FR.conflictTitle })
    await second.waitFor()
    await second.getByRole('button', { name: FR.takeTheirs }).click()
    await pageB.getByText(FR.conflictTitle).waitFor({ state: 'detached' })
    expect(await pageB.getByLabel(FR.wentWell).inputValue()).toBe('Version A, deuxième passage')
    expect(await pageB.getByLabel(FR.feelingsNote).inputValue()).toBe('')
    // B's note is kept on this device, to copy back; so is A's first text, set aside before:
    // each conflict adds a copy, newest first, none overwrites another.
    const copies = pageB.locator('.discarded').getByRole('listitem')
    await pageB.getByText(/2 versions mises de côté sont gardées sur cet appareil/).waitFor()
    expect(await copies.count()).toBe(2)
    await copies.nth(0).getByRole('button', { name: FR.discardedShow }).click()
    expect(await copies.nth(0).getByLabel(FR.discardedText).inputValue()).toContain('Une note écrite dans B')
    await copies.nth(1).getByRole('button', { name: FR.discardedShow }).click()
    expect(await copies.nth(1).getByLabel(FR.discardedText).inputValue()).toContain('Version de l’onglet A')
    await screenshot(pageB, 'debrief-conflict-03-took-theirs-fr-phone')
    // Forgetting one keeps the other.
    await copies.nth(1).getByRole('button', { name: 'L’oublier' }).click()
    expect(await copies.count()).toBe(1)
    await pageB.reload()
    await pageB.getByLabel(FR.wentWell).waitFor()
    expect(await pageB.locator('.discarded').getByRole('listitem').count()).toBe(1)
    const final = await storedDebrief(pageB, id)
    expect(final.debrief.feelings.wentWell).toBe('Version A, deuxième passage')

    expect(problemsA).toEqual([])
    // The browser logs the two 409 answers; they are the conflicts this test provokes.
    expect(problemsB.filter((p) => !/status of 409/.test(p))).toEqual([])
    await context.close()
  })

  it('the conflict panel on a wide screen, in dark mode', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'fr-FR', colorScheme: 'dark' })
    const pageA = await context.newPage()
    await rebond(pageA, baseURL).signUp('fr', {
      name: 'Lou',
      email: `lou-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await pageA.waitForURL(`${baseURL}/home`)
    const id = await captureInterview(pageA.request, baseURL, {
      company: 'Umbrella',
      role: 'Comptable',
      stage: 'final',
      date: new Date().toISOString(),
    })
    const pageB = await context.newPage()
    await pageB.goto(`${baseURL}/interviews/${id}/debrief/feelings`)
    await pageB.getByLabel(FR.wentWell).waitFor()
    await pageA.goto(`${baseURL}/interviews/${id}/debrief/feelings`)
    await pageA.getByRole('checkbox', { name: 'Fierté' }).check()
    await pageA.getByLabel(FR.wentWell).fill('Mon exemple chiffré a fait mouche.')
    await interviewsPage(pageA).waitSaved()
    await pageB.bringToFront()
    await pageB.getByRole('checkbox', { name: 'Doute' }).check()
    await pageB.getByLabel(FR.wentWell).fill('Je suis arrivé en avance.')
    await pageB.getByRole('region', { name: FR.conflictTitle }).waitFor()
    await screenshot(pageB, 'debrief-conflict-04-panel-fr-desktop-dark')
    await context.close()
  })
})

async function createInterview(context: BrowserContext, company: string): Promise<string> {
  return captureInterview(context.request, baseURL, {
    company,
    role: 'Chargé d’études',
    stage: 'manager',
    date: new Date().toISOString(),
  })
}

describe('a debrief written without a connection', () => {
  it('opens from this device while offline; edits left by closed tabs go out when the connection returns or the app opens, never over another version', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const home = await context.newPage()
    const problems = watchProblems(home)
    await rebond(home, baseURL).signUp('fr', {
      name: 'Inès',
      email: `ines-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await home.waitForURL(`${baseURL}/home`)
    const first = await createInterview(context, 'Ubisoft')
    await home.reload()
    const start = home.getByRole('link', { name: 'Commencer le débrief' }).first()
    await start.waitFor()

    // In another tab, the debrief is written in the metro, without network; the tab is closed.
    const metro = await context.newPage()
    await metro.goto(`${baseURL}/interviews/${first}/debrief/feelings`)
    await metro.getByLabel(FR.wentWell).waitFor()
    await context.setOffline(true)
    await metro.getByLabel(FR.wentWell).fill('Écrit dans le métro, sans réseau.')
    await metro.getByText(FR.offline).waitFor()
    await metro.close()

    // Still offline, the debrief is opened from Home: what this device holds shows, and says so.
    await home.bringToFront()
    await start.click()
    await home.waitForURL(`${baseURL}/interviews/${first}/debrief/feelings`)
    await home.getByText(FR.fromDevice).waitFor()
    await home.getByText(FR.offline).waitFor()
    expect(await home.getByLabel(FR.wentWell).inputValue()).toBe('Écrit dans le métro, sans réseau.')
    await home.getByLabel(FR.feelingsNote).fill('Et une note, toujours hors ligne.')
    await screenshot(home, 'debrief-offline-01-from-device-fr-phone')
    expect((await storedDebrief(context, first)).version).toBe(0)

    // Back online: all of it goes out, based on the version it was written from.
    await context.setOffline(false)
    await interviewsPage(home).waitSaved(20_000)
    expect((await storedDebrief(context, first)).debrief.feelings).toMatchObject({
      wentWell: 'Écrit dans le métro, sans réseau.',
      note: 'Et une note, toujours hors ligne.',
    })

    // Another debrief, written offline in a tab closed before it could send.
    const second = await createInterview(context, 'Dassault Systèmes')
    const closing = await context.newPage()
    await closing.goto(`${baseURL}/interviews/${second}/debrief/feelings`)
    await closing.getByLabel(FR.wentWell).waitFor()
    await context.setOffline(true)
    await closing.getByLabel(FR.wentWell).fill('Tapé juste avant de fermer l’onglet.')
    await closing.getByText(FR.offline).waitFor()
    await closing.close()

    // When the connection returns, the tab still open sends the closed tab's edits.
    await context.setOffline(false)
    await expect
      .poll(async () => (await storedDebrief(context, second)).debrief.feelings.wentWell, { timeout: 15_000 })
      .toBe('Tapé juste avant de fermer l’onglet.')
    await home.close()

    // A third, written offline in a tab then closed; meanwhile another device saves its own text.
    const third = await createInterview(context, 'Thales')
    const train = await context.newPage()
    const problemsTrain = watchProblems(train)
    await train.goto(`${baseURL}/interviews/${third}/debrief/feelings`)
    await train.getByLabel(FR.wentWell).waitFor()
    await context.setOffline(true)
    await train.getByLabel(FR.wentWell).fill('Version écrite dans le train.')
    await train.getByText(FR.offline).waitFor()
    await train.close()
    await context.setOffline(false)
    const elsewhere = await context.request.put(`${baseURL}/api/interviews/${third}/debrief`, {
      data: {
        version: 0,
        debrief: {
          currentStep: 'feelings',
          skipped: [],
          feelings: { emotions: [], wentWell: 'Version écrite sur l’ordinateur.', note: '' },
          questions: [],
          causes: [],
          destabilizing: [],
          lessons: [],
          ratings: { serenity: null, confidence: null, oralEase: null, preparation: null },
        },
      },
      headers: { origin: baseURL },
    })
    expect(elsewhere.status()).toBe(200)

    // The app opens again: the train's edits are not sent over the other version; both are kept.
    const later = await context.newPage()
    const problemsLater = watchProblems(later)
    await later.goto(`${baseURL}/home`)
    const notice = later.getByText(FR.waitingConflict)
    await notice.waitFor()
    await later
      .getByText(/Thales/)
      .first()
      .waitFor()
    await screenshot(later, 'debrief-offline-02-waiting-conflict-fr-phone')
    expect((await storedDebrief(context, third)).debrief.feelings.wentWell).toBe(
      'Version écrite sur l’ordinateur.',
    )
    await later.getByRole('link', { name: FR.chooseVersion }).click()
    const panel = later.getByRole('region', { name: FR.conflictTitle })
    await panel.waitFor()
    await panel.getByText(/Version écrite dans le train/).waitFor()
    await panel.getByText(/Version écrite sur l’ordinateur/).waitFor()
    await panel.getByRole('button', { name: FR.keepMine }).click()
    await interviewsPage(later).waitSaved()
    expect((await storedDebrief(context, third)).debrief.feelings.wentWell).toBe(
      'Version écrite dans le train.',
    )
    await later.getByRole('button', { name: FR.discardedShow }).click()
    expect(await later.getByLabel(FR.discardedText).inputValue()).toContain(
      'Version écrite sur l’ordinateur.',
    )
    await screenshot(later, 'debrief-offline-03-kept-both-fr-phone')

    const offlineNoise = /ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/
    expect([...problems, ...problemsTrain, ...problemsLater].filter((p) => !offlineNoise.test(p))).toEqual([])
    await context.close()
  })
})
