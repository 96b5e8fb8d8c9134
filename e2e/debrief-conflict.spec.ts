import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { FR, interviewsPage } from './pages/interviews.page'
import { rebond } from './pages/rebond.page'
import { desktop, launchBrowser, phone, screenshot, watchProblems } from './support/browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function storedDebrief(page: Page, id: string) {
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
    const created = await pageA.request.post(`${baseURL}/api/interviews`, {
      data: { company: 'Initech', role: 'Développeur', stage: 'technical', date: new Date().toISOString() },
      headers: { origin: baseURL },
    })
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { interview: { id: string } }).interview.id
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
    // B's note is kept on this device, to copy back.
    await pageB.getByRole('button', { name: 'La consulter' }).click()
    expect(await pageB.getByLabel('Version mise de côté (à copier si besoin)').inputValue()).toContain(
      'Une note écrite dans B',
    )
    await screenshot(pageB, 'debrief-conflict-03-took-theirs-fr-phone')
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
    const created = await pageA.request.post(`${baseURL}/api/interviews`, {
      data: { company: 'Umbrella', role: 'Comptable', stage: 'final', date: new Date().toISOString() },
      headers: { origin: baseURL },
    })
    const id = ((await created.json()) as { interview: { id: string } }).interview.id
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
