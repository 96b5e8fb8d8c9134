import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page, Route } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { FR, interviewsPage } from './pages/interviews.page'
import { rebond } from './pages/rebond.page'
import { ARTIFACTS, desktop, phone, screenshot, sharedBrowser, watchProblems } from './support/browser'
import { signedInOnPhone } from './support/signed-in'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

function newUser(name: string) {
  return { name, email: `${name.toLowerCase()}-${Date.now()}@example.fr`, password: 'un long mot de passe' }
}

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')
}

const COMPANY = 'Acme <b>Conseil</b>'
const ROLE = 'Chargée de projet'
// Typed as the capture note: it comes back as the first replayed question.
const Q1 = 'On m’a demandé pourquoi cette entreprise plutôt qu’une autre.'
const Q2 = 'Pourquoi devrions-nous vous choisir ?'
const WENT_WELL = "J'ai bien expliqué mon projet de migration."
const EVIDENCE = 'Je suis resté silencieux plusieurs secondes sur la question 2.'
const BETTER =
  "Parce que j'ai mené trois projets similaires : j'ai réduit les délais de 20 % chez mon dernier employeur."
const LESSON = 'Préparer deux exemples chiffrés pour chaque compétence clé.'
const ACTION = 'Écrire mes trois réussites avec des chiffres.'
const BETTER_Q1 =
  'Parce que votre équipe construit des outils pour les collectivités, et c’est ce que je veux faire.'
// What the "unprepared question" cause suggests, and the lesson it goes under, in one tap.
const SUGGESTED = 'Écrire une meilleure réponse à cette question et la répéter.'
const SUGGESTED_LESSON = 'Avoir une réponse prête aux questions difficiles'

describe('quick capture and the guided debrief, end to end', () => {
  it('on a phone, in French: capture → every step → reload mid-way → summary → Markdown', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR', acceptDownloads: true })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const ui = interviewsPage(page)

    // Autosave timings: each PUT of the debrief, from request to response.
    const putStarted = new Map<unknown, number>()
    const putDurations: number[] = []
    // Saves the test slows down on purpose are left out of the figures.
    let slowNetwork = false
    page.on('request', (request) => {
      if (!slowNetwork && request.method() === 'PUT' && request.url().endsWith('/debrief'))
        putStarted.set(request, Date.now())
    })
    const putFinishedAt: number[] = []
    page.on('requestfinished', (request) => {
      const start = putStarted.get(request)
      if (start === undefined) return
      putDurations.push(Date.now() - start)
      putFinishedAt.push(Date.now())
    })

    await app.signUp('fr', newUser('Camille'))
    await page.waitForURL(`${baseURL}/home`)
    await page.getByRole('heading', { level: 1, name: /Camille/ }).waitFor()
    await page.getByRole('heading', { name: 'Commencez par votre dernier entretien' }).waitFor()
    await screenshot(page, 'interviews-01-home-first-fr-phone')

    // ---- Quick capture ----
    await page.getByRole('link', { name: FR.capture }).first().click()
    await page.waitForURL(`${baseURL}/interviews/new`)
    await expect.poll(() => page.title()).toBe('Noter un entretien · Rebond')
    await page.getByLabel(FR.company, { exact: true }).fill(COMPANY)
    await page.getByLabel(FR.role, { exact: true }).fill(ROLE)
    await page.getByRole('radio', { name: 'Entretien RH' }).check()
    await page.getByRole('radio', { name: /Plutôt mal/ }).check()
    await page.getByLabel(FR.note, { exact: true }).fill(Q1)
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'interviews-02-capture-fr-phone')
    await page.getByRole('button', { name: FR.submitCapture }).click()
    await page.waitForURL(/\/interviews\/[^/]+\/debrief\/feelings$/)
    const id = ui.interviewId()

    // ---- a. Feelings ----
    await ui.stepHeading('Ce que vous ressentez').waitFor()
    await page.getByRole('checkbox', { name: 'Déception' }).check()
    await page.getByRole('checkbox', { name: 'Soulagement' }).check()
    await page
      .getByRole('group', { name: 'Intensité : Déception' })
      .getByRole('radio', { name: /^4/ })
      .check()
    // Leaving without anything that went well: one gentle reminder first.
    await ui.next()
    await page.getByText(/Avant de continuer\s: une chose qui s’est bien passée/).waitFor()
    await page.getByLabel(FR.wentWell).fill(WENT_WELL)
    await ui.waitSaved()
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'debrief-01-feelings-fr-phone')
    await ui.next()

    // ---- b. Replay ----
    await page.waitForURL(`${baseURL}/interviews/${id}/debrief/replay`)
    // The capture note is the first question, ready to complete.
    expect(await ui.questionCard(1).getByLabel(FR.question).inputValue()).toBe(Q1)
    await ui.questionCard(1).getByText('Reprise de votre note de capture').waitFor()
    await screenshot(page, 'debrief-02a-replay-from-note-fr-phone')
    await ui.questionCard(1).getByLabel(FR.answer).fill('Mon parcours, dans le désordre.')
    await ui.questionCard(1).getByRole('radio', { name: 'Entre les deux' }).check()
    await page.getByRole('button', { name: FR.addQuestion }).click()
    await ui.questionCard(2).getByLabel(FR.question).fill(Q2)
    await ui.questionCard(2).getByRole('radio', { name: 'Déstabilisante' }).check()
    // Reorder and back: the order is the person's.
    await page.getByRole('button', { name: 'Monter la question 2' }).click()
    expect(await ui.questionCard(1).getByLabel(FR.question).inputValue()).toBe(Q2)
    await page.getByRole('button', { name: 'Descendre la question 1' }).click()
    expect(await ui.questionCard(2).getByLabel(FR.question).inputValue()).toBe(Q2)
    await ui.waitSaved()
    await screenshot(page, 'debrief-02-replay-fr-phone')
    await ui.next()

    // ---- c. Diagnose, then a reload in the middle ----
    await page.waitForURL(`${baseURL}/interviews/${id}/debrief/diagnose`)
    await page.getByRole('checkbox', { name: /Question déstabilisante non préparée/ }).check()
    await page.getByLabel(FR.evidence).fill(EVIDENCE)
    await page.getByRole('radio', { name: 'Important' }).check()
    // The questions a cause concerns are folded away, not listed open under every cause.
    expect(await page.getByRole('checkbox', { name: Q2 }).isVisible()).toBe(false)
    await page.getByText(/Les questions concernées/).click()
    const lastEdit = Date.now()
    await page.getByRole('checkbox', { name: Q2 }).check()
    await page.getByText(/Pour la suite\s: vos séances d’entraînement/).waitFor()
    await ui.waitSaved()
    const keystrokeToSaved = Date.now() - lastEdit
    const keystrokeToResponse = (putFinishedAt.find((t) => t >= lastEdit) ?? Number.NaN) - lastEdit
    await screenshot(page, 'debrief-03-diagnose-fr-phone')

    await page.reload()
    await page.getByLabel(FR.evidence).waitFor()
    expect(page.url()).toBe(`${baseURL}/interviews/${id}/debrief/diagnose`)
    expect(await page.getByLabel(FR.evidence).inputValue()).toBe(EVIDENCE)
    expect(await page.getByRole('radio', { name: 'Important' }).isChecked()).toBe(true)
    // The folded picker says how many questions the cause concerns.
    await page.getByText(/Les questions concernées\s*\(1 sur 2\)/).waitFor()
    // A reload right after typing, before the autosave pause is over: nothing is lost.
    await page.getByLabel(FR.evidence).fill(`${EVIDENCE} Puis j'ai perdu le fil.`)
    await page.reload()
    await page.getByLabel(FR.evidence).waitFor()
    expect(await page.getByLabel(FR.evidence).inputValue()).toBe(`${EVIDENCE} Puis j'ai perdu le fil.`)
    await ui.waitSaved()
    const afterReload = await (await page.request.get(`${baseURL}/api/interviews/${id}/debrief`)).json()
    expect(afterReload.debrief.causes[0].evidence).toBe(`${EVIDENCE} Puis j'ai perdu le fil.`)
    // The debrief resumes where it was.
    await page.goto(`${baseURL}/interviews/${id}/debrief`)
    await page.waitForURL(`${baseURL}/interviews/${id}/debrief/diagnose`)
    const stored = await (await page.request.get(`${baseURL}/api/interviews/${id}/debrief`)).json()
    expect(stored.debrief.feelings.wentWell).toBe(WENT_WELL)
    expect(stored.debrief.questions.map((q: { question: string }) => q.question)).toEqual([Q1, Q2])
    expect(stored.debrief.questions[0].id).toBe('note-1')
    await page.getByRole('link', { name: /Étape 2\s:/ }).click()
    expect(await ui.questionCard(2).getByLabel(FR.question).inputValue()).toBe(Q2)
    await page.getByRole('link', { name: /Étape 3\s:/ }).click()
    await ui.next()

    // ---- d. Destabilizing questions, with the network cut for a moment ----
    await page.waitForURL(`${baseURL}/interviews/${id}/debrief/destabilizing`)
    await page.getByRole('heading', { name: Q2 }).waitFor()
    await page.locator('.answer-editor').waitFor()
    const workedOn = (question: string) =>
      page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: question }) })
    await page.getByRole('checkbox', { name: 'Je ne l’avais pas préparée' }).check()
    await ui.waitSaved()
    await context.setOffline(true)
    await workedOn(Q2).getByLabel(FR.betterAnswer, { exact: true }).fill(BETTER)
    await page.getByText(FR.offline).waitFor()
    await screenshot(page, 'debrief-04-offline-fr-phone')
    await context.setOffline(false)
    await ui.waitSaved(20_000)
    // Rehearsing is on by default.
    expect(await workedOn(Q2).getByRole('checkbox', { name: FR.rehearse }).isChecked()).toBe(true)
    // Any replayed question can be worked on, not only the destabilizing ones.
    await page.getByRole('button', { name: `Travailler cette question : ${Q1}` }).click()
    await workedOn(Q1).getByText('Vous avez choisi de travailler cette question.').waitFor()
    await workedOn(Q1).locator('.answer-editor').waitFor()
    await workedOn(Q1).getByLabel(FR.betterAnswer, { exact: true }).fill(BETTER_Q1)
    expect(await workedOn(Q1).getByRole('checkbox', { name: FR.rehearse }).isChecked()).toBe(true)
    await ui.waitSaved()
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'debrief-04-destabilizing-fr-phone')
    await ui.next()

    // ---- e. Lessons and actions ----
    await page.waitForURL(`${baseURL}/interviews/${id}/debrief/lessons`)
    // The cause chosen offers its actions: one tap makes it a lesson's action, to check before the next interview.
    await page.getByRole('button', { name: `Ajouter l’action : ${SUGGESTED}` }).click()
    const lessonCard = (n: number) =>
      page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: `Leçon ${n}`, exact: true }) })
    expect(await lessonCard(1).getByLabel(FR.lesson).inputValue()).toBe(SUGGESTED_LESSON)
    expect(await lessonCard(1).getByLabel('Action 1', { exact: true }).inputValue()).toBe(SUGGESTED)
    expect(
      await lessonCard(1)
        .getByRole('checkbox', { name: new RegExp(FR.beforeNext) })
        .isChecked(),
    ).toBe(true)
    await page.getByRole('button', { name: /✓ Ajoutée/ }).waitFor()
    await ui.waitSaved()
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'debrief-05a-lessons-suggested-fr-phone')
    await page.getByRole('button', { name: 'Ajouter une leçon' }).click()
    await lessonCard(2).getByLabel(FR.lesson).fill(LESSON)
    await lessonCard(2).getByLabel('Action 1', { exact: true }).fill(ACTION)
    await lessonCard(2)
      .getByRole('checkbox', { name: new RegExp(FR.beforeNext) })
      .check()
    await ui.waitSaved()
    await screenshot(page, 'debrief-05-lessons-fr-phone')
    await ui.next()

    // ---- f. Self-ratings ----
    await page.waitForURL(`${baseURL}/interviews/${id}/debrief/ratings`)
    for (const [name, value] of [
      ['Sérénité', '2'],
      ['Confiance en moi', '3'],
      ['Aisance orale', '3'],
      ['Préparation', '2'],
    ] as const) {
      await page
        .getByRole('group', { name })
        .getByRole('radio', { name: new RegExp(`^${value}`) })
        .check()
    }
    await ui.waitSaved()
    await page.getByText('Débrief 100 %').waitFor()
    await screenshot(page, 'debrief-06-ratings-fr-phone')
    // A last change, on a slow network, then straight to the summary and its download: the file
    // waits for that change to be saved instead of leaving it out.
    const slowSave = async (route: Route) => {
      if (route.request().method() === 'PUT') await new Promise((resolve) => setTimeout(resolve, 3000))
      await route.continue()
    }
    slowNetwork = true
    await page.route('**/api/interviews/*/debrief', slowSave)
    await page.getByRole('group', { name: 'Préparation' }).getByRole('radio', { name: /^4/ }).check()
    await page.getByRole('button', { name: FR.toSummary }).click()

    // ---- Summary ----
    await page.waitForURL(`${baseURL}/interviews/${id}/summary`)
    const [early] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByText(FR.downloadWaiting)
        .waitFor()
        .then(() => screenshot(page, 'debrief-07a-summary-download-waits-fr-phone')),
      page.getByRole('link', { name: FR.download }).click(),
    ])
    expect(readFileSync(await early.path(), 'utf8')).toMatch(/Préparation\s*:\s*4\/5/)
    await page.unroute('**/api/interviews/*/debrief', slowSave)
    slowNetwork = false
    await page.getByText(LESSON).waitFor()
    await page.getByText(BETTER).waitFor()
    // The summary ends with what comes next; the two better answers are two questions to rehearse.
    const next = page.getByRole('region', { name: 'Et maintenant ?' })
    await next.getByRole('link', { name: 'Répéter maintenant (2 questions)' }).waitFor()
    await next.getByRole('link', { name: 'Demander un retour au recruteur' }).waitFor()
    await next.getByText(/rarement un retour détaillé/).waitFor()
    await next.getByRole('link', { name: 'Noter la réponse de l’entreprise' }).waitFor()
    await next.getByRole('link', { name: 'Noter et préparer le prochain entretien' }).waitFor()
    await next.scrollIntoViewIfNeeded()
    await screenshot(page, 'debrief-07b-summary-next-steps-fr-phone')
    const queue = await (await page.request.get(`${baseURL}/api/rehearsal/queue`)).json()
    expect(
      queue.due
        .filter((c: { source: string }) => c.source === 'debrief')
        .map((c: { question: string; hint: string }) => [c.question, c.hint])
        .sort(),
    ).toEqual(
      [
        [Q1, BETTER_Q1],
        [Q2, BETTER],
      ].sort(),
    )
    // What was typed as HTML stays text.
    await page.getByRole('heading', { level: 1, name: `Bilan du débrief — ${COMPANY}` }).waitFor()
    expect(await page.locator('b').count()).toBe(0)
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'debrief-07-summary-fr-phone')
    await page.emulateMedia({ media: 'print' })
    await screenshot(page, 'debrief-08-summary-print')
    await page.emulateMedia({ media: 'screen' })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: FR.download }).click(),
    ])
    const file = await download.path()
    const markdown = readFileSync(file, 'utf8')
    expect(markdown).toContain('Préparer deux exemples chiffrés')
    expect(markdown).toContain('Parce que j')

    // ---- The list says the debrief is done; its search lives in the address ----
    await app.goTo('fr', 'interviews')
    await page.waitForURL(`${baseURL}/interviews`)
    await page.getByText('Débrief terminé').waitFor()
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('Acme')
    await page.waitForURL(/q=Acme/)
    await page.reload()
    expect(await page.getByRole('searchbox', { name: 'Rechercher' }).inputValue()).toBe('Acme')
    await page.getByRole('link', { name: new RegExp(`^${COMPANY}`) }).waitFor()
    await screenshot(page, 'interviews-03-list-fr-phone')

    const sorted = [...putDurations].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0
    const report = [
      `autosave: last edit → saved on the server (PUT answered): ${keystrokeToResponse} ms (includes the 800 ms pause after the last edit)`,
      `autosave: last edit → "Enregistré" seen by the test: ${keystrokeToSaved} ms (adds Playwright's polling)`,
      `autosave: PUT /api/interviews/:id/debrief round-trip over ${sorted.length} saves: median ${median} ms, max ${sorted.at(-1) ?? 0} ms`,
    ].join('\n')
    // biome-ignore lint/suspicious/noConsole: the timing is part of the report.
    console.log(report)
    writeFileSync(path.join(ARTIFACTS, 'autosave-timing.txt'), `${report}\n`)

    // The rehearsal the summary leads to holds the two questions.
    await page.goto(`${baseURL}/interviews/${id}/summary`)
    await page.getByRole('link', { name: 'Répéter maintenant (2 questions)' }).click()
    await page.waitForURL(`${baseURL}/rehearsal`)
    await page
      .getByText(/À répéter aujourd.hui\s: 2 questions/)
      .first()
      .waitFor()
    await screenshot(page, 'debrief-10-rehearsal-from-summary-fr-phone')

    expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p))).toEqual([])
    await context.close()
  }, 240_000)

  it('on a phone: going through every step without typing saves nothing; an upcoming interview is not asked how it went', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const ui = interviewsPage(page)
    const puts: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().endsWith('/debrief')) puts.push(request.url())
    })
    await app.signUp('fr', newUser('Dominique'))
    await page.waitForURL(`${baseURL}/home`)

    await page.goto(`${baseURL}/interviews/new`)
    await page.getByLabel(FR.company, { exact: true }).fill('Globex')
    await page.getByLabel(FR.role, { exact: true }).fill('Analyste')
    await page.getByRole('radio', { name: 'Manager' }).check()
    await page.getByRole('button', { name: FR.submitCapture }).click()
    await page.waitForURL(/\/debrief\/feelings$/)
    const id = ui.interviewId()
    for (const n of [2, 3, 4, 5, 6, 1, 6]) {
      await page.getByRole('link', { name: new RegExp(`Étape ${n}\\s:`) }).click()
      await page.waitForURL(/\/debrief\/\w+$/)
      await page.getByText(`Étape ${n} sur 6`).waitFor()
    }
    await page.getByRole('button', { name: FR.toSummary }).click()
    await page.waitForURL(`${baseURL}/interviews/${id}/summary`)
    await page.goto(`${baseURL}/interviews/${id}`)
    await page.getByRole('link', { name: 'Commencer le débrief' }).waitFor()
    expect(puts).toEqual([])
    expect((await (await page.request.get(`${baseURL}/api/interviews/${id}/debrief`)).json()).version).toBe(0)
    // A past interview is not offered its preparation.
    expect(await page.getByRole('link', { name: 'Préparer cet entretien' }).count()).toBe(0)

    // An interview still to come: no "feeling right after" to give.
    await page.goto(`${baseURL}/interviews/new`)
    await page.getByRole('group', { name: 'Votre ressenti à chaud' }).waitFor()
    await page.getByLabel(FR.company, { exact: true }).fill('Initech')
    await page.getByLabel(FR.role, { exact: true }).fill('Analyste')
    await page.getByRole('radio', { name: 'Entretien final' }).check()
    const inAWeek = new Date(Date.now() + 7 * 24 * 3600_000)
    const pad = (n: number) => String(n).padStart(2, '0')
    await page
      .getByLabel('Date et heure')
      .fill(`${inAWeek.getFullYear()}-${pad(inAWeek.getMonth() + 1)}-${pad(inAWeek.getDate())}T10:00`)
    expect(await page.getByRole('group', { name: 'Votre ressenti à chaud' }).count()).toBe(0)
    await screenshot(page, 'interviews-02b-capture-upcoming-fr-phone')
    await page.getByRole('button', { name: 'Enregistrer l’entretien' }).click()
    await page.getByRole('link', { name: 'Préparer cet entretien' }).waitFor()
    expect(problems).toEqual([])
    await context.close()
  })

  it('on a wide screen, in English and dark: home, capture, detail, a debrief step', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'en-GB', colorScheme: 'dark' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const ui = interviewsPage(page)
    await app.signUp('en', newUser('Sam'))
    await page.waitForURL(`${baseURL}/home`)
    await page.getByRole('heading', { level: 1, name: /Sam/ }).waitFor()

    await page.goto(`${baseURL}/interviews/new`)
    await page.getByLabel('Company', { exact: true }).fill('Globex')
    await page.getByLabel('Role', { exact: true }).fill('Data analyst')
    await page.getByRole('radio', { name: 'Hiring manager' }).check()
    await page.getByRole('button', { name: 'Save and start the debrief' }).click()
    await page.waitForURL(/\/debrief\/feelings$/)
    const id = ui.interviewId()
    await page.getByRole('checkbox', { name: 'Doubt' }).check()
    await page.getByLabel('One thing that went well').fill('I asked good questions at the end.')
    await ui.waitSaved(10_000, 'Saved')
    await screenshot(page, 'debrief-09-feelings-en-desktop-dark')

    // A second interview for the same company: the suggestion picks the application.
    await page.goto(`${baseURL}/interviews/new`)
    await page.getByLabel('Company', { exact: true }).fill('Glo')
    await page.getByRole('option', { name: /Globex/ }).click()
    await page.getByText(/Linked to your application/).waitFor()
    await screenshot(page, 'interviews-04-capture-suggestion-en-desktop-dark')
    await page.getByRole('radio', { name: 'Final round' }).check()
    await page.getByRole('button', { name: 'Save and start the debrief' }).click()
    await page.waitForURL(/\/debrief\/feelings$/)

    await page.goto(`${baseURL}/home`)
    await page.getByText('Next step').waitFor()
    await screenshot(page, 'interviews-05-home-en-desktop-dark')

    await page.goto(`${baseURL}/interviews/${id}`)
    await page.getByRole('heading', { level: 1, name: 'Globex' }).waitFor()
    await page.getByRole('link', { name: /Continue the debrief/ }).waitFor()
    await page.getByLabel('Duration (minutes)').fill('45')
    await page.getByRole('button', { name: 'Add a person' }).click()
    await page.getByLabel('Name of person 1').fill('Alex Martin')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Changes saved.').first().waitFor()
    await screenshot(page, 'interviews-06-detail-en-desktop-dark')

    // The application: where the job was found, and limits that can be seen before they are reached.
    const notes = page.getByLabel('Notes on the application')
    const notesCount = page.locator('#app-notes-count')
    expect(await notesCount.textContent()).toBe('Up to 5,000 characters')
    expect(await notes.getAttribute('aria-describedby')).toContain('app-notes-count')
    expect(await page.locator('#app-source-count').textContent()).toBe('Up to 120 characters')
    await notes.fill('x'.repeat(4100))
    await notesCount.getByText('900 characters left (5,000 at most).').waitFor()
    await page.getByLabel('Where you found the job').fill('A referral from Léa')
    await screenshot(page, 'interviews-06b-application-limits-en-desktop-dark')
    await notes.fill('Call Léa back in May.')
    await page.getByRole('button', { name: 'Save the application' }).click()
    await page.getByRole('region', { name: 'The application' }).getByText('Changes saved.').waitFor()
    await page.reload()
    expect(await page.getByLabel('Where you found the job').inputValue()).toBe('A referral from Léa')
    await page.getByRole('button', { name: 'Delete the application' }).click()
    await page
      .getByRole('dialog')
      .getByText(/with its 2 interviews and all their debriefs/)
      .waitFor()
    await screenshot(page, 'interviews-07-delete-application-en-desktop-dark')
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

    await page.goto(`${baseURL}/interviews`)
    await page
      .getByRole('link', { name: /^Globex/ })
      .first()
      .waitFor()
    await screenshot(page, 'interviews-08-list-en-desktop-dark')

    // Deleting the application, once confirmed, takes both interviews with it.
    await page.goto(`${baseURL}/interviews/${id}`)
    await page.getByRole('button', { name: 'Delete the application' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByText(/with its 2 interviews and all their debriefs/).waitFor()
    await dialog.getByRole('button', { name: 'Delete everything' }).click()
    await page.waitForURL(`${baseURL}/interviews`)
    await page.getByText('No interviews logged yet').waitFor()
    expect(await page.getByRole('link', { name: /^Globex/ }).count()).toBe(0)
    expect((await page.request.get(`${baseURL}/api/interviews/${id}`)).status()).toBe(404)
    await screenshot(page, 'interviews-09-application-deleted-en-desktop-dark')
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('a debrief step whose code is slow to come', () => {
  it('shows the step’s title and its loading state at once, then its fields', async () => {
    const { context, page, problems } = await signedInOnPhone(browser, baseURL, {
      email: 'camille.demo@example.org',
      password: 'rebond-demo-2026',
    })
    const { interviews } = (await (await context.request.get(`${baseURL}/api/interviews`)).json()) as {
      interviews: { id: string }[]
    }
    // The causes step's fields, a chunk of their own, held back as on a slow connection until released.
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(/\/assets\/step-diagnose-[\w-]+\.js$/, async (route: Route) => {
      await released
      await route.continue()
    })
    // Opened on the replay step: its own fields come with the page.
    await page.goto(`${baseURL}/interviews/${interviews[0]?.id}/debrief/replay`)
    await page.getByRole('heading', { level: 2, name: 'Revivre l’entretien' }).waitFor()
    await page
      .getByRole('button', { name: /Suivant/ })
      .last()
      .click()
    // The next step's title at once, and its loading state while its fields are on their way.
    await page.getByRole('heading', { level: 2, name: 'Comprendre les causes' }).waitFor()
    const loading = page.getByRole('status').filter({ hasText: 'Chargement de l’étape…' })
    await loading.waitFor()
    // Like every loading state, it shows after half a second: the screenshot waits for it to be seen.
    await expect
      .poll(() =>
        loading.evaluate((element) => element.ownerDocument.defaultView?.getComputedStyle(element).opacity),
      )
      .toBe('1')
    await screenshot(page, 'debrief-08-step-code-slow-fr-phone')
    release()
    await page.getByRole('checkbox').first().waitFor()
    expect(await page.getByRole('status').filter({ hasText: 'Chargement de l’étape…' }).count()).toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })
})
