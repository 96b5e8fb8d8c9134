import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { MOCK_FR, mockInterviewPage } from './pages/mock-interview.page'
import { rebond } from './pages/rebond.page'
import { desktop, launchBrowser, phone, screenshot, sharedBrowser, watchProblems } from './support/browser'
import { speechWithPauses } from './support/spoken-audio'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

// What the fake microphone says, in a loop: each sentence followed by 3 s of silence.
const SAID = [
  "Dans mon dernier poste, j'ai repris un projet de refonte qui avait six mois de retard.",
  "J'ai réorganisé l'équipe et nous l'avons livré en trois mois, avec quinze pour cent de ventes en plus.",
]
const SAID_TYPED =
  'Dans mon dernier poste, j’ai repris un projet de refonte qui avait six mois de retard. J’ai réorganisé l’équipe et nous l’avons livré en trois mois, avec 15 % de ventes en plus.'

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

    // A drawn first question that owes a story (seed 1 opens with "about you"), so a missing result is followed up.
    await mockInterviewPage(page).seedNextSession(1)
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
    // Spoken by default from level 2. This browser has no microphone it may use: the page says so plainly
    // and the session goes on in writing.
    await page.getByRole('button', { name: 'Start recording', exact: true }).click()
    await page.getByText(/so you are answering in writing for this interview/).waitFor()
    expect(await page.getByRole('region', { name: 'Say it out loud' }).count()).toBe(0)
    await screenshot(page, 'mock-11-no-microphone-en-phone')
    const box = page.getByRole('textbox', { name: 'Your answer', exact: true })
    await box.fill('I led the migration of our billing system, and there is a lot to say about how it went.')
    // Far past the limit: the interviewer cuts in and asks for one sentence.
    await page.clock.fastForward(400_000)
    await page.getByText('Let me stop you. In one sentence, please?').waitFor()
    expect(await page.locator('.mock-turn__eyebrow').textContent()).toBe('Follow-up')
    await screenshot(page, 'mock-06-interrupted-en-phone')

    // One sentence, but no outcome: the demanding interviewer asks for the result, with a number.
    await box.fill(
      'I led the migration of our billing system to a new provider, I planned every step with the finance team, I trained the support staff and I wrote the documentation for everyone.',
    )
    await page.getByRole('button', { name: 'Answer', exact: true }).click()
    await page.getByText('The result, in one number?').waitFor()
    await screenshot(page, 'mock-12-outcome-follow-up-en-phone')

    expect(problems).toEqual([])
    await context.close()
  })
})

describe('a spoken mock interview', () => {
  let voiced: Browser
  let workDir: string
  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'rebond-mock-voice-'))
    voiced = await launchBrowser({ fakeMicrophone: speechWithPauses(workDir, 'fr', SAID, 3) })
  })
  afterAll(async () => {
    await voiced?.close()
    if (workDir) rmSync(workDir, { recursive: true, force: true })
  })

  it('at level 2, on a phone, in French: each answer recorded (fake microphone), its time and pauses in the report', async () => {
    const context = await voiced.newContext({ ...phone, locale: 'fr-FR' })
    await context.grantPermissions(['microphone'], { origin: baseURL })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const ui = mockInterviewPage(page)
    const l = MOCK_FR.spoken
    await app.signUp('fr', {
      name: 'Aïcha',
      email: `aicha-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await page.waitForURL(`${baseURL}/home`)

    // ---- Before anything is said out loud, Progress says so plainly ----
    await page.goto(`${baseURL}/progress`)
    const voiceTrend = page.getByRole('region', { name: 'Votre voix au fil du temps', exact: true })
    await voiceTrend.getByText(/^Rien ici pour l’instant\./).waitFor()
    await voiceTrend.scrollIntoViewIfNeeded()
    await screenshot(page, 'mock-06b-progress-voice-empty-fr-phone')

    await page.goto(`${baseURL}/mock-interview`)
    await page.getByLabel(MOCK_FR.count, { exact: true }).selectOption('5')
    await page.getByRole('radio', { name: 'Bienveillant', exact: true }).check()
    await page.getByRole('radio', { name: '2 · À l’oral, sans chrono', exact: true }).check()
    await page.getByRole('button', { name: MOCK_FR.start, exact: true }).click()
    await page.waitForURL(/\/mock-interview\/[^/]+$/)
    const sessionId = new URL(page.url()).pathname.split('/').pop() ?? ''
    await ui.checkIn('3', MOCK_FR.ready)

    // ---- The first answer, out loud: a sentence, 3 s of silence, the next sentence ----
    await ui.prompt().waitFor()
    const panel = page.getByRole('region', { name: l.panel })
    await panel.getByRole('button', { name: l.start }).waitFor()
    await panel.getByRole('button', { name: l.writeInstead }).waitFor()
    await screenshot(page, 'mock-07-spoken-turn-fr-phone')
    await panel.getByRole('button', { name: l.start }).click()
    await expect.poll(() => ui.clockSeconds(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2)
    await screenshot(page, 'mock-08-recording-fr-phone')
    await expect.poll(() => ui.clockSeconds(), { timeout: 20_000 }).toBeGreaterThanOrEqual(10)
    // Sending waits for the recording to stop.
    expect(await page.getByRole('button', { name: MOCK_FR.send, exact: true }).isDisabled()).toBe(true)
    await panel.getByRole('button', { name: l.stop }).click()
    await panel.getByRole('heading', { name: l.take }).waitFor()
    // The delivery figures are measured on the device before the answer goes.
    await panel.locator('.r-delivery').waitFor()
    expect(await ui.figure(panel.locator('.r-delivery'), l.deliveryPace)).toMatch(/^\d+ à \d+ mots\/min/)
    await ui.answerBox().fill(SAID_TYPED)
    await screenshot(page, 'mock-09-take-typed-fr-phone')
    await ui.answer(SAID_TYPED)

    // ---- The other questions, and any follow-up, a shorter recording each ----
    let turns = 0
    while (await ui.onTurn()) {
      await ui.speak(3, SAID_TYPED)
      turns++
    }
    expect(turns).toBeGreaterThanOrEqual(4)

    // ---- The report: per answer, the speaking time and the long pauses, and the recording ----
    await ui.checkIn('2', MOCK_FR.finish)
    await page.getByRole('heading', { name: MOCK_FR.report }).waitFor()
    const first = page.getByRole('region', { name: l.measured }).first()
    expect(await ui.figure(first, l.time)).toMatch(/^(1[0-4]) s$/)
    expect(Number(await ui.figure(first, l.pauses))).toBeGreaterThanOrEqual(1)
    await first.getByRole('button', { name: l.play }).click()
    await first.locator('audio').waitFor()
    // Per answer, what the voice said; and all the spoken answers taken together.
    expect(await first.locator('.r-delivery').getAttribute('data-source')).toBe('vad')
    expect(await ui.figure(first, l.deliveryPace)).toMatch(/^\d+ à \d+ mots\/min/)
    const overall = page.getByTestId('delivery-summary')
    await overall.getByRole('heading', { name: l.deliveryTitle }).waitFor()
    expect(await ui.figure(overall, l.deliveryPace)).toMatch(/^\d+ à \d+ mots\/min/)
    expect(Number.parseInt(await ui.figure(overall, l.deliveryLongPauses), 10)).toBeGreaterThanOrEqual(1)
    expect(await ui.figure(overall, l.deliveryVoice)).toMatch(/^(plutôt monocorde|vivante)/)
    await overall.scrollIntoViewIfNeeded()
    await screenshot(page, 'mock-10a-delivery-overall-fr-phone')
    await first.scrollIntoViewIfNeeded()
    await screenshot(page, 'mock-10-spoken-report-fr-phone')
    await page.setViewportSize(desktop.viewport ?? { width: 1280, height: 800 })
    await overall.scrollIntoViewIfNeeded()
    await screenshot(page, 'mock-10b-delivery-report-fr-desktop')
    await page.setViewportSize(phone.viewport ?? { width: 390, height: 844 })

    // ---- Progress shows the session: level reached, tension before and after, speaking figures ----
    await page.goto(`${baseURL}/progress`)
    const section = page.getByRole('region', { name: 'Entretiens blancs', exact: true })
    await section.getByText(/1 entretien blanc terminé sur la période/).waitFor()
    await section.getByRole('cell', { name: '2/4', exact: true }).waitFor()
    await section.getByRole('cell', { name: '3 → 2', exact: true }).waitFor()
    await section.scrollIntoViewIfNeeded()
    await screenshot(page, 'mock-13-progress-fr-phone')
    // …and the voice over time: the answers said out loud, the period's figures, the week in a table.
    await voiceTrend
      .getByText(/^\d+ réponses dites à voix haute sur la période \(\d+ en entretien blanc\)/)
      .waitFor()
    expect(await ui.figure(voiceTrend, l.deliveryPace)).toMatch(/^\d+ à \d+ mots\/min/)
    await voiceTrend.getByRole('table', { name: 'Votre voix, semaine par semaine' }).waitFor()
    await voiceTrend.scrollIntoViewIfNeeded()
    await screenshot(page, 'mock-14-progress-voice-fr-phone')
    await page.setViewportSize(desktop.viewport ?? { width: 1280, height: 800 })
    await voiceTrend.scrollIntoViewIfNeeded()
    await screenshot(page, 'mock-14b-progress-voice-fr-desktop')
    await page.setViewportSize(phone.viewport ?? { width: 390, height: 844 })

    const session = await (await page.request.get(`${baseURL}/api/mock-interviews/${sessionId}`)).json()
    const [answer] = session.answers
    expect(answer.spokenSeconds).toBeGreaterThan(9)
    expect(answer.longPauses).toBeGreaterThanOrEqual(1)
    expect(answer.hasAudio).toBe(true)
    expect(answer.gate).toBe('ok')
    // The 3 s silence the fake microphone plays after the first sentence, found by the voice detector.
    expect(answer.delivery.source).toBe('vad')
    expect(answer.delivery.pauses.some((p: { durationMs: number }) => p.durationMs >= 2000)).toBe(true)
    expect(session.report.delivery.recordings).toBe(session.answers.length)
    expect(problems).toEqual([])
    await context.close()
  }, 240_000)
})
