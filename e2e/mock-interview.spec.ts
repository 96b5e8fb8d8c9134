import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { MOCK_FR, mockInterviewPage } from './pages/mock-interview.page'
import { rebond } from './pages/rebond.page'
import { launchBrowser, phone, screenshot, watchProblems } from './support/browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const STRONG =
  'Dans mon dernier poste, notre service client perdait des clients. J’ai analysé les réclamations, j’ai proposé un nouveau process de rappel et je l’ai mis en place avec deux collègues. Le taux de désabonnement a baissé de 15 % en six mois.'

describe('a mock interview', () => {
  it('on a phone, in French, written: set-up → check-in → a follow-up → check-in after → report → rehearsal', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const ui = mockInterviewPage(page)

    await app.signUp('fr', {
      name: 'Inès',
      email: `ines-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await page.waitForURL(`${baseURL}/home`)

    // ---- Set-up: sensible defaults, five questions, the demanding interviewer, written ----
    // Reached from the rehearsal page.
    await page.goto(`${baseURL}/rehearsal`)
    await page.getByRole('link', { name: 'Lancer un entretien blanc', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: MOCK_FR.title }).waitFor()
    await page.getByLabel(MOCK_FR.count, { exact: true }).selectOption('5')
    await page.getByRole('radio', { name: 'Exigeant', exact: true }).check()
    await screenshot(page, 'mock-01-setup-fr-phone')
    await page.getByRole('button', { name: MOCK_FR.start, exact: true }).click()
    await page.waitForURL(/\/mock-interview\/[^/]+$/)

    // ---- Check-in before, with the reframing sentence ----
    await page.getByText('Le cœur qui bat plus vite').waitFor()
    await screenshot(page, 'mock-02-check-in-fr-phone')
    await ui.checkIn('4', MOCK_FR.ready)

    // ---- A far too short answer: the demanding interviewer asks for an example ----
    await ui.prompt().waitFor()
    expect(await ui.eyebrow().textContent()).toBe('Question 1 sur 5')
    await ui.answer('Je suis motivée.')
    await page.getByText('Un exemple précis, s’il vous plaît.').waitFor()
    expect(await ui.eyebrow().textContent()).toBe(MOCK_FR.followUp)
    await screenshot(page, 'mock-03-follow-up-fr-phone')

    // ---- A reload resumes at the same turn: the answer was saved as it was given ----
    await page.reload()
    await page.getByText('Un exemple précis, s’il vous plaît.').waitFor()
    await ui.answer(STRONG)
    // The other questions, and any follow-up they bring, get a full answer.
    let turns = 0
    while (await ui.onTurn()) {
      await ui.answer(STRONG)
      turns++
    }
    expect(turns).toBeGreaterThanOrEqual(4)

    // ---- Check-in after, then the report ----
    await ui.checkIn('2', MOCK_FR.finish)
    await page.getByRole('heading', { name: MOCK_FR.report }).waitFor()
    await page.getByText('Tension : 4 avant, 2 après.').waitFor()
    expect(await page.getByText(MOCK_FR.notEnough).count()).toBeGreaterThan(0)
    await screenshot(page, 'mock-04-report-fr-phone')
    await page.getByRole('button', { name: MOCK_FR.rehearse }).click()
    await page.getByText(/ajoutée\(s\) à vos révisions/).waitFor()
    await screenshot(page, 'mock-05-rehearsed-fr-phone')

    expect(problems).toEqual([])
    await context.close()
  })
  it('at level 4, in English: a long answer is cut when it runs far past its limit (moved clock)', async () => {
    const context = await browser.newContext({ ...phone, locale: 'en-GB' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.clock.install()
    const app = rebond(page, baseURL)
    await app.signUp('en', {
      name: 'Sam',
      email: `sam-${Date.now()}@example.com`,
      password: 'a long enough password',
    })
    await page.waitForURL(`${baseURL}/home`)

    await page.goto(`${baseURL}/mock-interview`)
    await page.getByRole('radio', { name: 'Demanding', exact: true }).check()
    await page.getByRole('radio', { name: '4 · Timed, with interruptions', exact: true }).check()
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await page.waitForURL(/\/mock-interview\/[^/]+$/)
    await page
      .getByRole('group', { name: 'How tense you feel right now, from 1 (calm) to 5 (very tense)' })
      .getByRole('radio', { name: '3', exact: true })
      .check()
    await page.getByRole('button', { name: 'I am ready', exact: true }).click()

    // Thinking time first, then the answer and its clock.
    await page.getByRole('button', { name: 'Answer now', exact: true }).click()
    const box = page.getByRole('textbox', { name: 'Your answer', exact: true })
    await box.fill('I led the migration of our billing system, and there is a lot to say about how it went.')
    // Far past the limit: the interviewer cuts in and asks for one sentence.
    await page.clock.fastForward(400_000)
    await page.getByText('Let me stop you. In one sentence, please?').waitFor()
    expect(await page.locator('.mock-turn__eyebrow').textContent()).toBe('Follow-up')
    await screenshot(page, 'mock-06-interrupted-en-phone')

    expect(problems).toEqual([])
    await context.close()
  })
})
