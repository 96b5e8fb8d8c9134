import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { rebond } from './pages/rebond.page'
import { REBOUND_FR, reboundPage } from './pages/rebound.page'
import { captureInterview } from './support/api'
import { ARTIFACTS, desktop, launchBrowser, phone, screenshot, watchProblems } from './support/browser'
import { setServerClockOffset } from './support/clock'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  setServerClockOffset(0)
  await browser?.close()
})

const HOUR = 3_600_000
const COMPANY = 'Globex'
const LEARNED = 'Préparer un exemple chiffré pour chaque compétence demandée dans l’offre.'
const OWN_STEP = 'Appeler Julie pour en parler'
const REWORDED = 'Envoyer une candidature chez Initech'

/** Creates an interview through the API, in the page's session, and returns its id. */
async function createInterview(page: Page): Promise<string> {
  return captureInterview(page.request, baseURL, {
    company: COMPANY,
    role: 'Chargée de communication',
    stage: 'manager',
    date: new Date(Date.now() - 24 * HOUR).toISOString(),
  })
}

const HOME_CARD = 'Votre plan de 48 heures : 1 étape sur 4'

/** Where a card is brought before its picture is taken: below the top bar. */
const CARD_TOP = 80

/**
 * Waits until the wheel's scroll is over (it is not done when the wheel event returns): the card
 * is at the top, or the page could not scroll that far and the card has stopped moving.
 */
async function scrollSettled(card: Locator): Promise<void> {
  let previous: number | undefined
  let still = 0
  await expect
    .poll(
      async () => {
        const y = (await card.boundingBox())?.y ?? CARD_TOP
        still = previous !== undefined && Math.abs(y - previous) < 0.5 ? still + 1 : 0
        previous = y
        return Math.abs(y - CARD_TOP) < 1 || still >= 2
      },
      { timeout: 5_000, interval: 100, message: 'the page is still scrolling' },
    )
    .toBe(true)
}

/** One card on its own, away from the fixed bars that a full-page capture lays over it. */
async function cardShot(page: Page, card: Locator, name: string): Promise<void> {
  await card.scrollIntoViewIfNeeded()
  const box = await card.boundingBox()
  // Up towards the top of the screen, clear of the tab bar (scrolled with the wheel: no scripts).
  if (box) await page.mouse.wheel(0, box.y - CARD_TOP)
  await scrollSettled(card)
  await card.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) })
}

/** Every card fits the screen's width (checked with boxes: the CSP forbids evaluating strings). */
async function cardsFit(page: Page): Promise<boolean> {
  const width = page.viewportSize()?.width ?? 0
  for (const card of await page.locator('.card').all()) {
    const box = await card.boundingBox()
    if (box && box.x + box.width > width + 0.5) return false
  }
  return true
}

describe('bouncing back after a rejection', () => {
  it('on a phone, in French: mark rejected → offer → plan saved → reload → Home follows up → close', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const ui = reboundPage(page)

    await app.signUp('fr', {
      name: 'Léa',
      email: `lea-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await page.waitForURL(`${baseURL}/home`)
    const interviewId = await createInterview(page)

    // ---- The rejection is recorded on the interview page, and the offer appears there ----
    await page.goto(`${baseURL}/interviews/${interviewId}`)
    await page.getByRole('heading', { level: 1, name: COMPANY }).waitFor()
    expect(await page.getByRole('region', { name: REBOUND_FR.offerTitle }).count()).toBe(0)
    await page.getByLabel(REBOUND_FR.outcome, { exact: true }).selectOption({ label: REBOUND_FR.rejected })
    await page.getByRole('button', { name: REBOUND_FR.saveInterview }).click()
    const offer = page.getByRole('region', { name: REBOUND_FR.offerTitle })
    await offer.waitFor()
    await screenshot(page, 'rebound-01-offer-fr-phone')
    await cardShot(page, offer, 'rebound-01b-offer-card-fr-phone')

    // "Not now" folds it into one quiet link, which brings it back.
    await offer.getByRole('button', { name: REBOUND_FR.dismiss }).click()
    await offer.waitFor({ state: 'detached' })
    await page.getByRole('button', { name: REBOUND_FR.later, exact: true }).click()
    await offer.getByRole('button', { name: REBOUND_FR.start }).click()
    await page.waitForURL(/\/rebound\/[^/]+#plan$/)
    const reboundId = ui.reboundId()

    // ---- The page: a warm word, then the check-in, what was learned, the plan ----
    await page.getByRole('heading', { level: 1, name: `Après ${COMPANY}` }).waitFor()
    await expect.poll(() => page.title()).toBe(`Rebondir après ${COMPANY} · Rebond`)
    await page.getByText('Un refus fait mal.', { exact: false }).waitFor()
    await page.getByText(/Il reste 4[78] heures\./).waitFor()
    // A late round: the plan suggests asking for feedback, with the way to do it.
    expect(await ui.stepTexts()).toEqual([
      REBOUND_FR.steps.rest,
      REBOUND_FR.steps.rehearse,
      REBOUND_FR.steps.feedback,
      REBOUND_FR.steps.application,
    ])
    expect(await ui.plan().getByRole('link', { name: 'Préparer le message' }).getAttribute('href')).toBe(
      `/interviews/${interviewId}/feedback`,
    )
    expect(await ui.plan().getByRole('link', { name: 'Aller à l’entraînement' }).getAttribute('href')).toBe(
      '/rehearsal',
    )

    // The mood: a radio group the keyboard can move through.
    await ui.mood('Très lourd').check()
    await ui.mood('Très lourd').press('ArrowRight')
    expect(await ui.mood('Pesant').isChecked()).toBe(true)

    await ui.learned().fill(LEARNED)
    await ui
      .section(REBOUND_FR.learned)
      .getByText(/^\d+ \/ 2\s000 caractères$/)
      .waitFor()

    await ui.step(REBOUND_FR.steps.rehearse).check()
    await ui.progress().filter({ hasText: '1 étape faite sur 4' }).waitFor()

    // Reword a step, add one of your own, then take it away again.
    await ui
      .plan()
      .getByRole('button', { name: `Modifier l’étape : ${REBOUND_FR.steps.application}` })
      .click()
    await ui.plan().getByRole('textbox', { name: 'Étape 4', exact: true }).fill(REWORDED)
    await ui.plan().getByRole('textbox', { name: 'Étape 4', exact: true }).press('Enter')
    await ui.step(REWORDED).waitFor()
    await ui.plan().getByRole('button', { name: REBOUND_FR.add }).click()
    await ui.plan().getByRole('textbox', { name: 'Étape 5', exact: true }).fill(OWN_STEP)
    await cardShot(page, ui.plan().getByRole('listitem').last(), 'rebound-02b-editing-step-fr-phone')
    await ui.plan().getByRole('button', { name: 'OK', exact: true }).click()
    await ui.step(OWN_STEP).waitFor()
    await ui.progress().filter({ hasText: '1 étape faite sur 5' }).waitFor()
    await ui.waitAllSaved()
    await ui
      .plan()
      .getByRole('button', { name: `Modifier l’étape : ${OWN_STEP}` })
      .click()
    await ui
      .plan()
      .getByRole('button', { name: `Retirer l’étape : ${OWN_STEP}` })
      .click()
    await ui.progress().filter({ hasText: '1 étape faite sur 4' }).waitFor()
    await ui.waitAllSaved()
    await page.locator('.save-indicator--saved').first().waitFor()
    expect(await cardsFit(page)).toBe(true)
    await screenshot(page, 'rebound-02-plan-fr-phone')

    // ---- A reload keeps everything ----
    await page.reload()
    await page.getByRole('heading', { level: 1, name: `Après ${COMPANY}` }).waitFor()
    expect(await ui.mood('Pesant').isChecked()).toBe(true)
    expect(await ui.learned().inputValue()).toBe(LEARNED)
    expect(await ui.step(REBOUND_FR.steps.rehearse).isChecked()).toBe(true)
    expect(await ui.step(REWORDED).isChecked()).toBe(false)
    expect(await ui.stepTexts()).toEqual([
      REBOUND_FR.steps.rest,
      REBOUND_FR.steps.rehearse,
      REBOUND_FR.steps.feedback,
      REWORDED,
    ])

    // ---- Leaving the page right after typing: what waits goes out as a request that outlives it ----
    await page.evaluate(`{
      window.sentWithKeepalive = []
      const send = window.fetch
      window.fetch = (input, init) => {
        if (init && init.method === 'PATCH') window.sentWithKeepalive.push(init.keepalive === true)
        return send(input, init)
      }
    }`)
    await ui.learned().fill(`${LEARNED} Et le redire à voix haute.`)
    await page.evaluate(`{
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
    }`)
    await expect.poll(() => page.evaluate<boolean[]>('window.sentWithKeepalive')).toEqual([true])
    await ui.waitAllSaved()
    await page.reload()
    expect(await ui.learned().inputValue()).toBe(`${LEARNED} Et le redire à voix haute.`)

    // ---- Back on the interview page: the way back to the plan, not the offer again ----
    await page.goto(`${baseURL}/interviews/${interviewId}`)
    const resume = page.getByRole('region', { name: REBOUND_FR.plan })
    await resume.getByText('1 étape faite sur 4. Une à la fois.').waitFor()
    expect(await page.getByRole('region', { name: REBOUND_FR.offerTitle }).count()).toBe(0)

    // ---- Home follows up, in one calm card ----
    await app.goTo('fr', 'home')
    await page.waitForURL(`${baseURL}/home`)
    const card = page.getByRole('region', { name: HOME_CARD })
    await card.getByText(/^Après Globex\. Il reste 4[78] heures, une étape à la fois\.$/).waitFor()
    expect(await cardsFit(page)).toBe(true)
    await screenshot(page, 'rebound-03-home-fr-phone')
    await cardShot(page, card, 'rebound-03b-home-card-fr-phone')

    // After the 48 hours, the card turns into a gentle check-in.
    setServerClockOffset(50 * HOUR)
    try {
      await page.reload()
      const checkIn = page.getByRole('region', { name: 'Comment ça va depuis ?' })
      await checkIn.waitFor()
      await cardShot(page, checkIn, 'rebound-04-home-check-in-card-fr-phone')
      await checkIn.getByRole('link', { name: 'Faire le point' }).click()
      await page.waitForURL(`${baseURL}/rebound/${reboundId}`)
    } finally {
      setServerClockOffset(0)
    }

    expect(problems).toEqual([])
    const state = await context.storageState()
    await context.close()

    // ---- On a wide screen, the mood reads as a row from heavy to light ----
    const wide = await browser.newContext({ ...desktop, locale: 'fr-FR', storageState: state })
    const widePage = await wide.newPage()
    const wideProblems = watchProblems(widePage)
    await widePage.goto(`${baseURL}/rebound/${reboundId}`)
    await widePage.getByRole('heading', { level: 1, name: `Après ${COMPANY}` }).waitFor()
    expect(await reboundPage(widePage).mood('Pesant').isChecked()).toBe(true)
    await screenshot(widePage, 'rebound-05-plan-fr-desktop')
    expect(wideProblems).toEqual([])
    await wide.close()

    // ---- The same plan in dark mode; then it is closed, and Home lets it rest ----
    const dark = await browser.newContext({
      ...phone,
      locale: 'fr-FR',
      colorScheme: 'dark',
      storageState: state,
    })
    const darkPage = await dark.newPage()
    const darkProblems = watchProblems(darkPage)
    const darkUi = reboundPage(darkPage)
    await darkPage.goto(`${baseURL}/rebound/${reboundId}`)
    await darkPage.getByRole('heading', { level: 1, name: `Après ${COMPANY}` }).waitFor()
    expect(await darkUi.step(REBOUND_FR.steps.rehearse).isChecked()).toBe(true)
    await darkUi.waitAllSaved()
    await screenshot(darkPage, 'rebound-06-plan-fr-phone-dark')

    await darkPage.goto(`${baseURL}/home`)
    const darkCard = darkPage.getByRole('region', { name: HOME_CARD })
    await darkCard.waitFor()
    await screenshot(darkPage, 'rebound-07-home-fr-phone-dark')
    await cardShot(darkPage, darkCard, 'rebound-07b-home-card-fr-phone-dark')

    await darkPage.goto(`${baseURL}/rebound/${reboundId}`)
    await darkPage.getByRole('button', { name: REBOUND_FR.close }).click()
    await darkPage.getByRole('heading', { name: /Plan clos le/ }).waitFor()
    await darkPage.getByRole('button', { name: REBOUND_FR.reopen }).waitFor()
    await screenshot(darkPage, 'rebound-08-closed-fr-phone-dark')
    await darkPage.getByRole('link', { name: 'Retour à l’accueil' }).click()
    await darkPage.waitForURL(`${baseURL}/home`)
    await darkPage.getByText('Prochaine étape', { exact: true }).waitFor()
    expect(await darkPage.getByRole('region', { name: /Votre plan de 48 heures/ }).count()).toBe(0)
    expect(darkProblems).toEqual([])

    // An address that leads nowhere says so, kindly.
    await darkPage.goto(`${baseURL}/rebound/nothing-here`)
    await darkPage.getByRole('heading', { level: 1, name: 'Ce plan est introuvable' }).waitFor()
    await darkPage.getByRole('link', { name: 'Retour à l’accueil' }).waitFor()
    await dark.close()
    // A long journey: on a busy machine it runs past the default minute.
  }, 150_000)
})

describe('Home, and a rejection in one tap', () => {
  it('on a phone, in French: due cards and interviews to come on Home → preparation; one tap → plan at the top → mood in Progress → English titles', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const ui = reboundPage(page)
    await app.signUp('fr', {
      name: 'Inès',
      email: `ines-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await page.waitForURL(`${baseURL}/home`)

    const post = async (url: string, data: object) => {
      const response = await page.request.post(`${baseURL}${url}`, { data, headers: { origin: baseURL } })
      expect(response.status()).toBe(201)
      return response.json()
    }
    const interview = (company: string, stage: string, hoursFromNow: number) =>
      post('/api/interviews', {
        company,
        role: 'Responsable RH',
        stage,
        date: new Date(Date.now() + hoursFromNow * HOUR).toISOString(),
      })
    const past = await interview('Initech', 'final', -48)
    const ahead = await interview('Umbrella', 'manager', 72)
    const contradicted = await interview('Soylent', 'technical', 24 * 6)
    const patched = await page.request.patch(`${baseURL}/api/applications/${contradicted.application.id}`, {
      data: { status: 'rejected' },
      headers: { origin: baseURL },
    })
    expect(patched.status()).toBe(200)
    const bank = await (
      await page.request.get(`${baseURL}/api/rehearsal/bank?lang=fr&category=salary`)
    ).json()
    await post('/api/rehearsal/cards', { bankKey: bank.questions[0].key })

    // ---- Home: the card due today, one card per interview to come, the contradiction flagged ----
    await page.reload()
    const due = page.getByRole('region', { name: '1 carte à répéter aujourd’hui' })
    await due.waitFor()
    expect(await due.getByRole('link', { name: 'Répéter', exact: true }).getAttribute('href')).toBe(
      '/rehearsal',
    )
    // The soonest on its own card, then one card for each after it.
    const soonest = page.getByRole('region', { name: /^Votre prochain entretien : Umbrella/ })
    await soonest.getByText('Préparation : 0 %').waitFor()
    const later = page.getByRole('region', { name: 'Ensuite', exact: true })
    const laterCards = later.getByRole('article')
    await expect.poll(() => laterCards.count()).toBe(1)
    expect(await laterCards.first().getByRole('heading').textContent()).toMatch(/^Soylent · /)
    await later
      .getByTestId('upcoming-conflict')
      .getByText('La candidature est marquée « Non retenue », mais ce tour est encore à venir.')
      .waitFor()
    expect(await later.getByRole('link', { name: 'Préparer (Soylent)' }).getAttribute('href')).toBe(
      `/interviews/${contradicted.interview.id}/prep`,
    )
    expect(await page.getByText('Tout est à jour').count()).toBe(0)
    const awaiting = page.getByRole('region', { name: 'En attente d’une réponse' })
    await awaiting.getByRole('button', { name: 'Refus : rebondir (Initech)' }).waitFor()
    expect(await cardsFit(page)).toBe(true)
    await screenshot(page, 'rebound-10-home-due-upcoming-fr-phone')
    await cardShot(page, later, 'rebound-10b-home-later-fr-phone')

    await soonest.getByRole('link', { name: 'Préparer l’entretien' }).click()
    await page.waitForURL(`${baseURL}/interviews/${ahead.interview.id}/prep`)

    // ---- The interviews list: "not selected" in one tap, even tapped twice ----
    await app.goTo('fr', 'interviews')
    await page.waitForURL(`${baseURL}/interviews`)
    const oneTap = page.getByRole('button', { name: 'Refus : rebondir (Initech)' })
    expect(
      await page.getByRole('button', { name: /^Refus : rebondir \((Umbrella|Soylent)\)$/ }).count(),
    ).toBe(0)
    await screenshot(page, 'rebound-11-list-one-tap-fr-phone')
    await cardShot(
      page,
      page.locator('.interview-item').filter({ hasText: 'Initech' }),
      'rebound-11b-list-card-fr-phone',
    )
    await oneTap.dblclick()
    await page.waitForURL(/\/rebound\/[^/]+#plan$/)
    const reboundId = ui.reboundId()

    // The plan opens the page, its title focused, just below the top bar.
    await page.locator('#rebound-plan-title:focus').waitFor()
    const planBox = await ui.plan().boundingBox()
    expect(planBox?.y ?? 999).toBeLessThan(120)
    expect(await ui.stepTexts()).toEqual([
      REBOUND_FR.steps.rest,
      REBOUND_FR.steps.rehearse,
      REBOUND_FR.steps.feedback,
      REBOUND_FR.steps.application,
    ])
    await screenshot(page, 'rebound-12-plan-at-top-fr-phone')
    // What the screen shows on arrival, bars included.
    await page.screenshot({ path: path.join(ARTIFACTS, 'rebound-12b-plan-on-arrival-fr-phone.png') })
    const rebounds = await (await page.request.get(`${baseURL}/api/rebounds`)).json()
    expect(rebounds.rebounds.map((r: { id: string }) => r.id)).toEqual([reboundId])
    const saved = await (await page.request.get(`${baseURL}/api/interviews/${past.interview.id}`)).json()
    expect(saved.interview.outcome).toBe('rejected')

    // ---- The plan's mood goes into the mood log, which Progress shows ----
    await ui.mood('Pesant').check()
    await ui.waitAllSaved()
    await app.goTo('fr', 'progress')
    await page.waitForURL(/\/progress/)
    const moods = page.getByRole('region', { name: 'Votre humeur', exact: true })
    await moods.getByRole('listitem').filter({ hasText: 'Pesant' }).waitFor()
    await cardShot(page, moods, 'rebound-13-progress-mood-fr-phone')

    // ---- Switch to English: the suggested steps' titles follow ----
    await app.goTo('fr', 'account')
    await page.waitForURL(`${baseURL}/account`)
    const languageField = page.getByLabel('Langue').first()
    if ((await languageField.evaluate((el) => el.tagName)) === 'SELECT') {
      await languageField.selectOption({ label: 'English' })
    } else {
      await page.getByRole('radio', { name: 'English' }).check()
    }
    const save = page.getByRole('button', { name: 'Enregistrer' }).first()
    if (await save.isVisible()) await save.click()
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('en')
    await page.goto(`${baseURL}/rebound/${reboundId}`)
    await page.getByRole('heading', { level: 2, name: 'Your 48-hour plan' }).waitFor()
    expect(await page.locator('.rebound-step__text').allTextContents()).toEqual([
      'Do something that restores you',
      'Rehearse two questions',
      'Ask the recruiter for feedback',
      'Send one application',
    ])
    await screenshot(page, 'rebound-14-plan-en-phone')
    expect(problems).toEqual([])
    await context.close()
  }, 120_000)
})
