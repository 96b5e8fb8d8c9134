import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { PREP_FR, preparationPage } from './pages/preparation.page'
import { rebond } from './pages/rebond.page'
import { captureInterview } from './support/api'
import { ARTIFACTS, desktop, phone, screenshot, sharedBrowser, watchProblems } from './support/browser'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

const DAY = 86_400_000
const PAST_COMPANY = 'Globex'
const NEXT_COMPANY = 'Initech'
const LESSON = 'Mes réussites restaient floues, sans chiffres.'
const ACTION = 'Écrire trois réussites avec un chiffre chacune.'
const LESSON_TO_REREAD = 'Je parlais trop vite quand le stress montait.'
const WHY_US = 'Pourquoi avez-vous postulé chez nous ?'
const WHY_US_ANSWER = 'Vos clients sont des PME, et je les accompagne depuis dix ans.'

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')
}

async function createInterview(page: Page, company: string, date: Date): Promise<string> {
  return captureInterview(page.request, baseURL, {
    company,
    role: 'Chef de projet',
    stage: 'manager',
    date: date.toISOString(),
  })
}

describe('preparing the next interview', () => {
  it('on a phone, in French: a lesson carried over, research, questions, pitch, and Home', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const prep = preparationPage(page)
    const headers = { origin: baseURL }

    await app.signUp('fr', {
      name: 'Inès',
      email: `ines-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await page.waitForURL(`${baseURL}/home`)

    // A past interview whose debrief flags an action to check before the next one.
    const pastId = await createInterview(page, PAST_COMPANY, new Date(Date.now() - 7 * DAY))
    const empty = (await (await page.request.get(`${baseURL}/api/interviews/${pastId}/debrief`)).json()) as {
      version: number
      debrief: Record<string, unknown>
    }
    const debriefSaved = await page.request.put(`${baseURL}/api/interviews/${pastId}/debrief`, {
      data: {
        version: empty.version,
        debrief: {
          ...empty.debrief,
          questions: [{ id: 'q1', question: WHY_US, answer: '', feeling: null, recruiterReaction: '' }],
          destabilizing: [
            { questionId: 'q1', reasons: [], reasonOther: '', betterAnswer: WHY_US_ANSWER, rehearse: false },
          ],
          lessons: [
            {
              id: 'l1',
              text: LESSON,
              actions: [{ id: 'a1', text: ACTION, status: 'open', checkBeforeNext: true }],
            },
            // No action flagged for the next interview: still a lesson to reread.
            { id: 'l2', text: LESSON_TO_REREAD, actions: [] },
          ],
        },
      },
      headers,
    })
    expect(debriefSaved.status()).toBe(200)

    // The next interview, in a few days, somewhere else.
    const nextId = await createInterview(page, NEXT_COMPANY, new Date(Date.now() + 4 * DAY))

    // From the interview page to its preparation.
    await page.goto(`${baseURL}/interviews/${nextId}`)
    await page.getByRole('link', { name: PREP_FR.link }).click()
    await page.waitForURL(`${baseURL}/interviews/${nextId}/prep`)
    await page.getByRole('heading', { level: 1, name: NEXT_COMPANY }).waitFor()
    await expect.poll(() => page.title()).toBe(`Préparer ${NEXT_COMPANY} · Rebond`)

    const learned = prep.section(PREP_FR.learned)
    await learned.getByText(ACTION).waitFor()
    await learned.getByText(LESSON).waitFor()
    await learned
      .getByRole('link', { name: `Leçon de votre entretien chez ${PAST_COMPANY}`, exact: true })
      .waitFor()
    // The lesson without a flagged action is there to reread, with where it came from, and nothing to tick.
    const reread = learned.getByTestId('prep-reread')
    await reread.getByRole('heading', { name: PREP_FR.reread }).waitFor()
    await reread.getByText(LESSON_TO_REREAD).waitFor()
    await reread
      .getByRole('link', { name: new RegExp(`^Leçon de votre entretien chez ${PAST_COMPANY}, le `) })
      .waitFor()
    expect(await reread.getByRole('checkbox').count()).toBe(0)
    await learned.screenshot({ path: path.join(ARTIFACTS, 'preparation-01-learned-reread-fr-phone.png') })
    const start = await prep.readiness()
    expect(start).toBeGreaterThanOrEqual(0)
    expect(start).toBeLessThan(100)
    await page.getByRole('progressbar', { name: 'Préparation' }).waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'preparation-01-plan-fr-phone')

    // Ticking the carried action moves readiness at once, and it stays after a reload.
    await learned.getByRole('checkbox', { name: ACTION }).check()
    await expect.poll(() => prep.readiness()).toBeGreaterThan(start)
    const afterAction = await prep.readiness()
    await page.reload()
    await learned.getByText(ACTION).waitFor()
    expect(await learned.getByRole('checkbox', { name: ACTION }).isChecked()).toBe(true)
    expect(await prep.readiness()).toBe(afterAction)

    // One research item, three questions, the place.
    const research = prep.section(PREP_FR.research)
    await research.getByRole('checkbox', { name: 'Mission et produits : fait' }).check()
    await research
      .getByLabel('Vos notes : Mission et produits')
      .fill('Logiciels de paie pour les PME, 400 salariés.')
    const questions = prep.section(PREP_FR.questions)
    const asks = [
      'À quoi ressemblerait une réussite dans ce poste, dans six mois ?',
      "Comment l'équipe est-elle organisée ?",
      'Quelle est la prochaine étape du processus ?',
    ]
    for (const [index, text] of asks.entries()) {
      await questions.getByRole('button', { name: PREP_FR.addQuestion }).click()
      await prep.question(index + 1).fill(text)
    }
    await questions.getByText('3 questions préparées : c’est suffisant.').waitFor()
    const logistics = prep.section(PREP_FR.logistics)
    await logistics.getByLabel(PREP_FR.place).fill('12 rue des Lilas, Lyon — 3e étage')
    // A link without its https:// is caught at once, under the field, and not sent.
    await logistics.getByLabel(PREP_FR.videoLink).fill('meet.example.com/abc-defg')
    await logistics.getByText(PREP_FR.invalidLink).waitFor()
    await logistics.screenshot({
      path: path.join(ARTIFACTS, 'preparation-02-logistics-link-error-fr-phone.png'),
    })
    await logistics.getByLabel(PREP_FR.videoLink).fill('https://meet.example.com/abc-defg')
    await logistics.getByText(PREP_FR.invalidLink).waitFor({ state: 'detached' })
    await logistics.getByLabel(PREP_FR.arrival).fill('Se connecter à 9 h 55 pour tester le son')
    await prep.waitAllSaved()
    await expect.poll(() => prep.readiness()).toBeGreaterThan(afterAction)
    const afterPlan = await prep.readiness()
    await page.reload()
    await prep.question(3).waitFor()
    expect(await prep.question(2).inputValue()).toBe(asks[1])
    expect(await logistics.getByLabel(PREP_FR.videoLink).inputValue()).toBe(
      'https://meet.example.com/abc-defg',
    )
    expect(await logistics.getByLabel(PREP_FR.arrival).inputValue()).toBe(
      'Se connecter à 9 h 55 pour tester le son',
    )
    expect(await prep.readiness()).toBe(afterPlan)
    await screenshot(page, 'preparation-02-filled-fr-phone')

    // The pitch, built on its own page.
    await prep.section(PREP_FR.pitch).getByRole('link', { name: PREP_FR.buildPitch }).click()
    await page.waitForURL(`${baseURL}/pitch?interview=${nextId}`)
    await expect.poll(() => page.title()).toBe('Votre pitch · Rebond')
    const part = (name: string) => page.getByRole('textbox', { name, exact: true })
    await part(PREP_FR.pitchParts.from).fill("Dix ans de gestion de projet dans l'industrie.")
    await part(PREP_FR.pitchParts.strengths).fill("Je livre à l'heure : 12 projets sur 12 l'an dernier.")
    // Far too short for a minute: said kindly, with what to add and which parts are still empty.
    const length = page.getByTestId('pitch-length')
    await length.getByText(PREP_FR.tooShort).waitFor()
    await length.getByText(PREP_FR.stillEmpty).waitFor()
    // A reload keeps what was typed but not saved.
    await page.reload()
    expect(await part(PREP_FR.pitchParts.from).inputValue()).toContain('Dix ans')
    await part(PREP_FR.pitchParts.next).fill('Piloter une équipe produit.')
    await part(PREP_FR.pitchParts.whyCompany).fill('Vos clients sont ceux que je connais le mieux.')
    await page
      .getByTestId('pitch-stats')
      .filter({ hasText: /\d+ mots · environ/ })
      .waitFor()

    // Material for "Why this company": this company's research notes and the better answer written
    // to "why us?" in an earlier debrief, added with one tap.
    const material = page.getByRole('region', { name: PREP_FR.material, exact: true })
    await material.getByText('Logiciels de paie pour les PME, 400 salariés.').waitFor()
    await material.getByText(WHY_US_ANSWER).waitFor()
    await material.getByRole('link', { name: new RegExp(`débrief de ${PAST_COMPANY}`) }).waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await material.screenshot({ path: path.join(ARTIFACTS, 'preparation-03-pitch-material-fr-phone.png') })
    await material.getByRole('button', { name: PREP_FR.addMaterial(WHY_US) }).click()
    await material
      .getByRole('status')
      .filter({ hasText: 'Ajouté à la fin de « Pourquoi cette entreprise »' })
      .waitFor()
    expect(await part(PREP_FR.pitchParts.whyCompany).inputValue()).toBe(
      `Vos clients sont ceux que je connais le mieux. ${WHY_US_ANSWER}`,
    )
    await screenshot(page, 'preparation-03-pitch-fr-phone')

    // Far too long: how many words to cut. Back to a minute: a good length.
    const long = Array.from({ length: 40 }, () => 'Je veux piloter une équipe produit.').join(' ')
    await part(PREP_FR.pitchParts.next).fill(long)
    await length.getByText(PREP_FR.tooLong).waitFor()
    await length.screenshot({ path: path.join(ARTIFACTS, 'preparation-03-pitch-too-long-fr-phone.png') })
    await part(PREP_FR.pitchParts.next).fill(
      'Piloter une équipe produit, au plus près des clients, pour que les logiciels servent vraiment ceux qui paient leurs salariés chaque mois. Je veux apprendre vite, écouter les utilisateurs, et livrer souvent de petites améliorations utiles.',
    )
    await length.getByText(PREP_FR.goodLength).waitFor()
    await page.getByRole('button', { name: PREP_FR.savePitch }).click()
    await page.getByRole('status').filter({ hasText: 'Version 1 enregistrée.' }).waitFor()
    await page.getByRole('heading', { name: 'Versions enregistrées' }).waitFor()

    // Back on the plan: the pitch is there, and readiness counts it.
    await page.getByRole('link', { name: 'Retour à la préparation' }).click()
    await page.waitForURL(`${baseURL}/interviews/${nextId}/prep`)
    await page.getByTestId('prep-pitch-text').filter({ hasText: 'Dix ans de gestion de projet' }).waitFor()
    const withPitch = await prep.readiness()
    expect(withPitch).toBeGreaterThan(afterPlan)

    // Home shows the upcoming interview and how ready it is.
    await app.goTo('fr', 'home')
    await page.waitForURL(`${baseURL}/home`)
    const card = page.getByRole('region', { name: new RegExp(`Votre prochain entretien : ${NEXT_COMPANY}`) })
    await card.getByText(`Préparation : ${withPitch} %`).waitFor()
    await screenshot(page, 'preparation-04-home-fr-phone')
    await card.getByRole('link', { name: 'Préparer l’entretien' }).click()
    await page.waitForURL(`${baseURL}/interviews/${nextId}/prep`)

    // Done for Initech, the action is not carried into the interview after it; its lesson still is, to reread.
    const laterId = await createInterview(page, 'Umbrella', new Date(Date.now() + 10 * DAY))
    await page.goto(`${baseURL}/interviews/${laterId}/prep`)
    const laterReread = prep.section(PREP_FR.learned).getByTestId('prep-reread')
    await laterReread.getByText(LESSON).waitFor()
    await laterReread.getByText(LESSON_TO_REREAD).waitFor()
    expect(await prep.section(PREP_FR.learned).getByRole('checkbox').count()).toBe(0)
    expect(await prep.section(PREP_FR.learned).getByText(PREP_FR.nothingCarried).count()).toBe(0)
    await screenshot(page, 'preparation-04b-reread-fr-phone')

    // After an interview, its debrief asks which prepared actions were applied.
    const doneId = await createInterview(page, 'Hooli', new Date(Date.now() - DAY))
    await page.goto(`${baseURL}/interviews/${doneId}/debrief/lessons`)
    const block = page.getByRole('region', { name: PREP_FR.applied.title })
    await block.getByText(ACTION, { exact: true }).waitFor()
    await block.getByText(`Leçon de votre entretien chez ${PAST_COMPANY}`).waitFor()
    await block.getByRole('checkbox', { name: PREP_FR.applied.check(ACTION) }).check()
    await block.getByRole('status').filter({ hasText: PREP_FR.saved }).waitFor()
    await block.getByText(PREP_FR.applied.count(1, 1)).waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await block.screenshot({
      path: path.join(ARTIFACTS, 'preparation-06-debrief-applied-block-fr-phone.png'),
    })
    await screenshot(page, 'preparation-06-debrief-applied-fr-phone')
    await page.reload()
    expect(await block.getByRole('checkbox', { name: PREP_FR.applied.check(ACTION) }).isChecked()).toBe(true)

    // The same answer on the interview's preparation.
    await page.goto(`${baseURL}/interviews/${doneId}/prep`)
    const applied = prep.section('Qu’avez-vous appliqué ?')
    expect(await applied.getByRole('checkbox', { name: ACTION }).isChecked()).toBe(true)
    await applied.getByText('1 sur 1 appliquées').waitFor()
    await screenshot(page, 'preparation-07-applied-fr-phone')

    expect(problems).toEqual([])
    const state = await context.storageState()
    await context.close()

    // The same plan on a wide screen, in dark mode.
    const wide = await browser.newContext({
      ...desktop,
      locale: 'fr-FR',
      colorScheme: 'dark',
      storageState: state,
    })
    const widePage = await wide.newPage()
    const wideProblems = watchProblems(widePage)
    await widePage.goto(`${baseURL}/interviews/${nextId}/prep`)
    await widePage.getByTestId('prep-pitch-text').waitFor()
    expect(await preparationPage(widePage).readiness()).toBe(withPitch)
    await screenshot(widePage, 'preparation-05-plan-fr-desktop-dark')
    expect(wideProblems).toEqual([])
    await wide.close()
  }, 180_000) // The longest journey: plan, pitch with its material and length advice, Home, debrief.
})
