import { describe, expect, inject, it } from 'vitest'
import { FR, interviewsPage } from './pages/interviews.page'
import { rebond } from './pages/rebond.page'
import { reboundPage } from './pages/rebound.page'
import { captureInterview } from './support/api'
import { phone, screenshot, sharedBrowser, watchProblems } from './support/browser'

// The method from one step to the next, as a person walks it right after a bad interview: nothing
// to know about where to go next, each step offers the following one.

const baseURL = inject('baseURL')
const browser = sharedBrowser()

const NOTE = 'On m’a demandé pourquoi cette entreprise plutôt qu’une autre.'
const BETTER =
  'Parce que vous concevez des réseaux de chaleur pour les villes, et c’est là que je veux mettre mes dix ans de gestion de projet.'
const SUGGESTED = 'Écrire une meilleure réponse à cette question et la répéter.'
const DAY = 24 * 60 * 60 * 1000

describe('closing the loop', () => {
  it('on a phone, in French: capture with a note → debrief → rehearse now → Home → one-tap rejection → plan → mood in Progress', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const ui = interviewsPage(page)
    await app.signUp('fr', {
      name: 'Nadia',
      email: `nadia-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await page.waitForURL(`${baseURL}/home`)

    // ---- Capture, with a note typed in the corridor ----
    await page.getByRole('link', { name: FR.capture }).first().click()
    await page.waitForURL(`${baseURL}/interviews/new`)
    await page.getByLabel(FR.company, { exact: true }).fill('Lumen Énergie')
    await page.getByLabel(FR.role, { exact: true }).fill('Cheffe de projet')
    await page.getByRole('radio', { name: 'Entretien RH' }).check()
    await page.getByRole('radio', { name: /Plutôt mal/ }).check()
    await page.getByLabel(FR.note, { exact: true }).fill(NOTE)
    await screenshot(page, 'loop-01-capture-fr-phone')
    await page.getByRole('button', { name: FR.submitCapture }).click()
    await page.waitForURL(/\/interviews\/[^/]+\/debrief\/feelings$/)
    const id = ui.interviewId()
    await page.getByLabel(FR.wentWell).fill('Je suis arrivée détendue et à l’heure.')
    await ui.waitSaved()
    await ui.next()

    // ---- Replay: the note is the first question ----
    await page.waitForURL(`${baseURL}/interviews/${id}/debrief/replay`)
    expect(await ui.questionCard(1).getByLabel(FR.question).inputValue()).toBe(NOTE)
    await ui.questionCard(1).getByLabel(FR.answer).fill('J’ai parlé de moi plutôt que d’eux.')
    await ui.questionCard(1).getByRole('radio', { name: 'Déstabilisante' }).check()
    await ui.waitSaved()
    await screenshot(page, 'loop-02-replay-note-first-fr-phone')
    await ui.next()

    // ---- Diagnose: a cause ----
    await page.waitForURL(`${baseURL}/interviews/${id}/debrief/diagnose`)
    await page.getByRole('checkbox', { name: /Question déstabilisante non préparée/ }).check()
    await ui.waitSaved()
    await screenshot(page, 'loop-03-cause-fr-phone')
    await ui.next()

    // ---- A better answer, to rehearse (on by default) ----
    await page.waitForURL(`${baseURL}/interviews/${id}/debrief/destabilizing`)
    const worked = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: NOTE }) })
    await worked.locator('.answer-editor').waitFor()
    await worked.getByLabel(FR.betterAnswer, { exact: true }).fill(BETTER)
    expect(await worked.getByRole('checkbox', { name: FR.rehearse }).isChecked()).toBe(true)
    await ui.waitSaved()
    await screenshot(page, 'loop-04-better-answer-fr-phone')
    await ui.next()

    // ---- The cause's suggested action, in one tap ----
    await page.waitForURL(`${baseURL}/interviews/${id}/debrief/lessons`)
    await page.getByRole('button', { name: `Ajouter l’action : ${SUGGESTED}` }).click()
    await page.getByRole('button', { name: /✓ Ajoutée/ }).waitFor()
    await ui.waitSaved()
    await screenshot(page, 'loop-05-action-taken-fr-phone')
    await ui.next()

    // ---- Summary: what comes next, then rehearse now ----
    await page.waitForURL(`${baseURL}/interviews/${id}/debrief/ratings`)
    await page.getByRole('button', { name: FR.toSummary }).click()
    await page.waitForURL(`${baseURL}/interviews/${id}/summary`)
    const next = page.getByRole('region', { name: 'Et maintenant ?' })
    const rehearseNow = next.getByRole('link', { name: 'Répéter maintenant (1 question)' })
    await rehearseNow.waitFor()
    await next.scrollIntoViewIfNeeded()
    await screenshot(page, 'loop-06-summary-next-steps-fr-phone')
    await rehearseNow.click()
    await page.waitForURL(`${baseURL}/rehearsal`)
    await page
      .getByText(/À répéter aujourd.hui\s: 1 question/)
      .first()
      .waitFor()
    await screenshot(page, 'loop-07-rehearsal-queue-fr-phone')

    // ---- The next round is booked: Home shows the card due and its preparation ----
    const upcoming = await captureInterview(page.request, baseURL, {
      company: 'Lumen Énergie',
      role: 'Cheffe de projet',
      stage: 'manager',
      date: new Date(Date.now() + 3 * DAY).toISOString(),
    })
    await app.goTo('fr', 'home')
    await page.waitForURL(`${baseURL}/home`)
    await page.getByRole('region', { name: '1 carte à répéter aujourd’hui' }).waitFor()
    const soonest = page.getByRole('region', { name: /^Votre prochain entretien : Lumen Énergie/ })
    await soonest.waitFor()
    expect(await page.getByText('Tout est à jour').count()).toBe(0)
    await screenshot(page, 'loop-08-home-due-and-next-round-fr-phone')
    await soonest.getByRole('link', { name: 'Préparer l’entretien' }).click()
    await page.waitForURL(`${baseURL}/interviews/${upcoming}/prep`)
    // The action taken in the debrief waits there, to check before the interview.
    await page.getByText(SUGGESTED).first().waitFor()
    await screenshot(page, 'loop-09-preparation-carried-action-fr-phone')

    // ---- The answer arrives: no. One tap from Home opens the plan ----
    await app.goTo('fr', 'home')
    await page.waitForURL(`${baseURL}/home`)
    await page
      .getByRole('region', { name: 'En attente d’une réponse' })
      .getByRole('button', { name: 'Refus : rebondir (Lumen Énergie)' })
      .click()
    await page.waitForURL(/\/rebound\/[^/]+#plan$/)
    await page.locator('#rebound-plan-title:focus').waitFor()
    await screenshot(page, 'loop-10-rebound-plan-fr-phone')
    const rebound = reboundPage(page)
    await rebound.mood('Pesant').check()
    await rebound.waitAllSaved()

    // ---- Progress shows that mood ----
    await app.goTo('fr', 'progress')
    await page.waitForURL(/\/progress/)
    const moods = page.getByRole('region', { name: 'Votre humeur', exact: true })
    await moods.getByRole('listitem').filter({ hasText: 'Pesant' }).waitFor()
    await moods.scrollIntoViewIfNeeded()
    await screenshot(page, 'loop-11-progress-mood-fr-phone')

    expect(problems).toEqual([])
    await context.close()
  }, 180_000)
})
