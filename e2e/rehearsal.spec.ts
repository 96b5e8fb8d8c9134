import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { rebond } from './pages/rebond.page'
import { REHEARSAL_FR, rehearsalPage } from './pages/rehearsal.page'
import { captureInterview } from './support/api'
import { desktop, phone, screenshot, sharedBrowser, watchProblems } from './support/browser'
import { setServerClockOffset } from './support/clock'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

function newUser(name: string) {
  return { name, email: `${name.toLowerCase()}-${Date.now()}@example.fr`, password: 'un long mot de passe' }
}

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')
}

const QUESTION = 'Pourquoi avez-vous quitté votre dernier poste ?'
const PREPARED = "J'ai quitté ce poste pour piloter des projets plus larges : j'en ai mené trois en un an."
const HEDGY =
  "Euh, je pense que c'était plutôt le bon moment. En fait j'ai un peu envie d'évoluer, enfin je crois."

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${baseURL}${path}`)
  expect(response.ok()).toBe(true)
  return (await response.json()) as T
}

type Card = { id: string; due: string; question: string; referenceAttemptId: string | null }
type Detail = {
  card: Card
  attempts: { id: string; grade: string | null }[]
  nextIntervals: { good: string }
}
type Queue = { due: Card[]; dueCount: number; nextDue: string | null; deckSize: number }

describe('rehearsal, end to end', () => {
  it('on a phone, in French: a debrief question in the queue → rehearse → grade → history → bank → cram', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const ui = rehearsalPage(page)

    await app.signUp('fr', newUser('Camille'))
    await page.waitForURL(`${baseURL}/home`)

    // An interview yesterday, with a destabilizing question flagged "rehearse this".
    const interviewId = await captureInterview(page.request, baseURL, {
      company: 'Nova Santé',
      role: 'Chargée de mission',
      stage: 'hr',
      date: new Date(Date.now() - 24 * 3600_000).toISOString(),
    })
    // The debrief as a new interview has it, read from the app as any client would.
    const empty = (await (
      await page.request.get(`${baseURL}/api/interviews/${interviewId}/debrief`)
    ).json()) as {
      debrief: Record<string, unknown>
    }
    const debrief = {
      ...empty.debrief,
      questions: [
        { id: 'q1', question: QUESTION, answer: '', feeling: 'destabilized', recruiterReaction: '' },
      ],
      destabilizing: [
        { questionId: 'q1', reasons: [], reasonOther: '', betterAnswer: PREPARED, rehearse: true },
      ],
    }
    const put = await page.request.put(`${baseURL}/api/interviews/${interviewId}/debrief`, {
      data: { version: 0, debrief },
      headers: { origin: baseURL },
    })
    expect(put.ok()).toBe(true)

    // ---- Today's queue ----
    await app.goTo('fr', 'rehearsal')
    await page.waitForURL(`${baseURL}/rehearsal`)
    await page.getByText('À répéter aujourd’hui : 1 question').waitFor()
    await page.getByText(QUESTION).waitFor()
    expect(await page.title()).toBe('Entraînement · Rebond')
    // The analyzer stays one tap away.
    await page.getByRole('link', { name: 'Essayer l’analyseur', exact: true }).waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'rehearsal-01-home-due-fr-phone')

    // ---- Rehearse it ----
    await page.getByRole('link', { name: REHEARSAL_FR.start }).click()
    await page.waitForURL(/\/rehearsal\/cards\/[^/]+\?queue=1$/)
    await page.getByRole('heading', { level: 1, name: QUESTION }).waitFor()
    const cardId = ui.cardId()
    // The prepared answer waits, folded, so the person tries first.
    const hint = page.locator('details', { hasText: REHEARSAL_FR.hintDebrief })
    expect(await hint.getAttribute('open')).toBeNull()
    expect(await page.getByText(PREPARED).isVisible()).toBe(false)
    // Saying it out loud is offered next to writing it (the recording journey is in spoken.spec.ts).
    await ui.spokenPanel().getByRole('button', { name: REHEARSAL_FR.spoken.start }).waitFor()

    await ui.type(HEDGY)
    expect(await ui.highlighted('filler')).toContain('Euh')
    expect((await ui.highlighted('hedge')).length).toBeGreaterThan(0)
    await page.getByText(/≈\s\d+\ss — un peu court/).waitFor()

    // A reload keeps the draft.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: QUESTION }).waitFor()
    expect(await ui.answer().inputValue()).toBe(HEDGY)

    // What "Bien" promises, before grading.
    const before = await getJson<Detail>(page, `/api/rehearsal/cards/${cardId}`)
    const goodShown = new Date(before.nextIntervals.good).getTime()
    const goodButton = ui.gradeButton('good')
    const goodLabel = (await goodButton.textContent()) ?? ''
    expect(goodLabel).toMatch(/revient dans \d+ minutes?/)
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'rehearsal-02-card-fr-phone')

    await goodButton.click()
    await page.getByRole('heading', { name: new RegExp(REHEARSAL_FR.saved) }).waitFor()
    await page.getByText(/Cette question revient dans \d+ minutes?\./).waitFor()
    expect(await ui.answer().count()).toBe(0)
    await screenshot(page, 'rehearsal-03-saved-fr-phone')
    // The draft is gone once saved.
    expect(
      await page.evaluate<string[]>("Object.keys(sessionStorage).filter((k) => k.includes('rehearsal'))"),
    ).toEqual([])

    await page.getByRole('button', { name: REHEARSAL_FR.finish }).click()
    await page.waitForURL(`${baseURL}/rehearsal?done=1`)
    await page.getByText(REHEARSAL_FR.nothingDue).waitFor()
    await page.getByText(/La prochaine question revient dans \d+ minutes?/).waitFor()
    expect(await page.getByText(QUESTION).count()).toBe(0)
    await screenshot(page, 'rehearsal-04-home-done-fr-phone')

    // It comes back when due: the server's schedule matches what the button said.
    const after = await getJson<Detail>(page, `/api/rehearsal/cards/${cardId}`)
    const due = new Date(after.card.due).getTime()
    expect(due).toBeGreaterThan(Date.now())
    expect(Math.abs(due - goodShown)).toBeLessThan(60_000)
    const queue = await getJson<Queue>(page, '/api/rehearsal/queue')
    expect(queue.dueCount).toBe(0)
    expect(queue.nextDue).toBe(after.card.due)
    // Once the app's clock passes that moment, the question is back in today's queue.
    setServerClockOffset(due - Date.now() + 60_000)
    try {
      await page.goto(`${baseURL}/rehearsal`)
      await page.getByText('À répéter aujourd’hui : 1 question').waitFor()
      await page.getByText(QUESTION).waitFor()
      await screenshot(page, 'rehearsal-04b-due-again-fr-phone')
    } finally {
      setServerClockOffset(0)
    }

    // ---- The bank: add a question, see it in the deck ----
    await page.getByRole('link', { name: /Voir mes questions à répéter/ }).click()
    await page.waitForURL(`${baseURL}/rehearsal/deck`)
    await page.getByRole('heading', { level: 1, name: REHEARSAL_FR.deckHeading }).waitFor()
    await page
      .getByRole('link', { name: new RegExp(REHEARSAL_FR.addQuestions) })
      .first()
      .click()
    await page.waitForURL(`${baseURL}/rehearsal/bank`)
    await page.getByRole('heading', { level: 1, name: REHEARSAL_FR.bankHeading }).waitFor()
    await page
      .getByRole('search')
      .getByRole('combobox', { name: 'Catégorie' })
      .selectOption('strengths_weaknesses')
    await page.waitForURL(/category=strengths_weaknesses/)
    await expect.poll(() => page.locator('main li').first().textContent()).toContain('Forces et faiblesses')
    const addButton = page.getByRole('button', { name: /^Ajouter «\s/ }).first()
    const addLabel = (await addButton.getAttribute('aria-label')) ?? ''
    const bankQuestion = /«\s(.*)\s»/.exec(addLabel)?.[1] ?? ''
    expect(bankQuestion).not.toBe('')
    await page
      .getByText(/Ce qu’une bonne réponse contient/)
      .first()
      .click()
    await addButton.click()
    await page.getByRole('status').filter({ hasText: 'a rejoint vos questions à répéter' }).waitFor()
    await page
      .getByRole('listitem')
      .filter({ hasText: bankQuestion })
      .getByRole('button', { name: new RegExp(REHEARSAL_FR.inDeck) })
      .waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'rehearsal-05-bank-fr-phone')

    await page.goto(`${baseURL}/rehearsal/deck`)
    await page.getByRole('link', { name: bankQuestion }).waitFor()
    await page.getByRole('link', { name: QUESTION }).waitFor()
    // The debrief card links back to its interview.
    await page.getByRole('link', { name: 'Entretien', exact: true }).waitFor()
    // The filter keeps only the questions from interviews.
    await page.getByRole('combobox', { name: 'Catégorie' }).selectOption('from_interview')
    await page.waitForURL(/category=from_interview/)
    await expect.poll(() => page.getByRole('link', { name: bankQuestion }).count()).toBe(0)
    await page.getByRole('link', { name: QUESTION }).waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'rehearsal-06-deck-fr-phone')

    // ---- History: the attempt with its scores; mark it as the best answer ----
    await page.getByRole('link', { name: QUESTION }).click()
    await page.waitForURL(`${baseURL}/rehearsal/cards/${cardId}`)
    const history = ui.history()
    await history.getByRole('heading', { name: 'Essai 1' }).waitFor()
    await history.getByText('Bien', { exact: true }).waitFor()
    await history.getByText('Assurance').first().waitFor()
    await history.getByText('Tics / 100 mots').first().waitFor()
    await history
      .getByText(/^\d\/4$/)
      .first()
      .waitFor()
    await history.getByRole('button', { name: REHEARSAL_FR.markBest }).click()
    await history.getByText(`★ ${REHEARSAL_FR.best}`).waitFor()
    await history.getByText(HEDGY).first().waitFor()
    const marked = await getJson<Detail>(page, `/api/rehearsal/cards/${cardId}`)
    expect(marked.card.referenceAttemptId).toBe(marked.attempts[0]?.id)
    await screenshot(page, 'rehearsal-07-history-fr-phone')

    // ---- Before an upcoming interview: cram, without touching the schedule ----
    const upcomingId = await captureInterview(page.request, baseURL, {
      company: 'Nova Santé',
      role: 'Chargée de mission',
      stage: 'final',
      date: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(),
    })
    await page.goto(`${baseURL}/rehearsal/deck`)
    await page.getByRole('combobox', { name: 'Entretien à venir' }).waitFor()
    await page.getByRole('link', { name: 'Préparer cet entretien' }).click()
    await page.waitForURL(`${baseURL}/rehearsal/cram/${upcomingId}`)
    await page.getByRole('heading', { level: 1, name: /Nova Santé/ }).waitFor()
    await page.getByRole('link', { name: `S’entraîner : ${QUESTION}` }).click()
    await page.waitForURL(/mode=cram/)
    await page.getByText(/ne changent pas le calendrier/).waitFor()
    await ui.type("J'ai quitté ce poste pour piloter des projets plus larges.")
    await page.getByRole('button', { name: 'Enregistrer l’essai' }).click()
    await page.getByText('Le calendrier de répétition ne change pas.').waitFor()
    const crammed = await getJson<Detail>(page, `/api/rehearsal/cards/${cardId}`)
    expect(crammed.card.due).toBe(after.card.due)
    expect(crammed.attempts).toHaveLength(2)
    // Two attempts make a trend: assertiveness, fillers, STAR parts and length, first to latest.
    await page.getByText(/Du premier essai au dernier\s: assurance \d+ → \d+/).waitFor()
    const trend = page.getByRole('table', { name: /parties STAR et longueur/ })
    await trend.getByRole('columnheader', { name: 'STAR' }).waitFor()
    await trend.getByRole('columnheader', { name: 'Longueur' }).waitFor()
    expect(await trend.getByRole('row').count()).toBe(3)
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'rehearsal-08-cram-saved-fr-phone')

    expect(problems).toEqual([])
    await context.close()
  })

  it('on a wide screen, in English and dark: an empty deck, then a card from the bank', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'en-GB', colorScheme: 'dark' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    await app.signUp('en', newUser('Sam'))
    await page.waitForURL(`${baseURL}/home`)

    await app.goTo('en', 'rehearsal')
    await page.getByRole('heading', { name: 'No practice questions yet' }).waitFor()
    await screenshot(page, 'rehearsal-09-home-empty-en-desktop-dark')

    await page.getByRole('link', { name: 'Browse the bank' }).click()
    await page.waitForURL(`${baseURL}/rehearsal/bank`)
    const addButton = page.getByRole('button', { name: /^Add "/ }).first()
    const bankQuestion = /"(.*)"/.exec((await addButton.getAttribute('aria-label')) ?? '')?.[1] ?? ''
    await addButton.click()
    await page.getByRole('status').filter({ hasText: 'is now in your practice questions' }).waitFor()

    await page.goto(`${baseURL}/rehearsal`)
    await page.getByText('To rehearse today: 1 question').waitFor()
    await page.getByRole('link', { name: 'Start' }).click()
    await page.getByRole('heading', { level: 1, name: bankQuestion }).waitFor()
    await page
      .getByRole('textbox', { name: 'Your answer', exact: true })
      .fill(
        'In my last role I led a team of four. We cut delivery time by 20% in six months, and I learned to delegate early.',
      )
    await page.getByText(/in the comfortable range|a little short|a little long/).waitFor()
    await page.getByRole('button', { name: /^Good back in/ }).waitFor()
    await screenshot(page, 'rehearsal-10-card-en-desktop-dark')
    expect(problems).toEqual([])
    await context.close()
  })
})
