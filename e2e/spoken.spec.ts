import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { rebond } from './pages/rebond.page'
import { REHEARSAL_FR, rehearsalPage } from './pages/rehearsal.page'
import { desktop, launchBrowser, phone, screenshot, watchProblems } from './support/browser'
import { speechWithPauses } from './support/spoken-audio'

const baseURL = inject('baseURL')
let browser: Browser
let workDir: string
let wav: string

// What the fake microphone says, in a loop: each sentence is followed by 3 s of silence.
const SAID = ["J'ai repris un projet en retard.", "Nous l'avons livré en trois mois."]
const QUESTION = 'Parlez-moi d’un projet difficile que vous avez mené.'

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'rebond-voice-'))
  wav = speechWithPauses(workDir, 'fr', SAID, 3)
  browser = await launchBrowser({ fakeMicrophone: wav })
})
afterAll(async () => {
  await browser?.close()
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

function newUser(name: string) {
  return { name, email: `${name.toLowerCase()}-${Date.now()}@example.fr`, password: 'un long mot de passe' }
}

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')
}

type Attempt = {
  id: string
  spokenSeconds: number | null
  longPauses: number | null
  wordsPerMinute: number | null
  hasAudio: boolean
  delivery: {
    source: string
    pauses: { startMs: number; durationMs: number }[]
    wpmLow: number | null
  } | null
}
type Detail = { attempts: Attempt[] }

async function cardDetail(page: Page, cardId: string): Promise<Detail> {
  const response = await page.request.get(`${baseURL}/api/rehearsal/cards/${cardId}`)
  expect(response.ok()).toBe(true)
  return (await response.json()) as Detail
}

/** True when the element has the keyboard focus. */
function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === element.ownerDocument.activeElement)
}

/** The length an audio player shows, in seconds (Infinity or NaN while unknown). */
function audioDuration(player: Locator): Promise<number> {
  return player.evaluate((element) => (element as unknown as { duration: number }).duration)
}

/** Seconds on the recording clock ("0:09" → 9). */
async function clockSeconds(page: Page, name: string = REHEARSAL_FR.spoken.clock): Promise<number> {
  const timer = page.getByRole('timer', { name })
  if ((await timer.count()) === 0) return 0
  const text = (await timer.textContent()) ?? ''
  const [minutes = '0', seconds = '0'] = text.trim().split(':')
  return Number(minutes) * 60 + Number(seconds)
}

describe('spoken practice, end to end', () => {
  it('on a phone, in French: record an answer with a long pause, type what was said, grade it, listen back, delete the sound', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    await context.grantPermissions(['microphone'], { origin: baseURL })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const ui = rehearsalPage(page)
    const l = REHEARSAL_FR.spoken

    await app.signUp('fr', newUser('Ines'))
    await page.waitForURL(`${baseURL}/home`)

    // ---- A question of one's own, added from the bank page ----
    await page.goto(`${baseURL}/rehearsal/bank`)
    await page.getByLabel('La question', { exact: true }).fill(QUESTION)
    await page.getByRole('button', { name: 'Ajouter à mes questions à répéter' }).click()
    await page.getByRole('status').getByRole('link', { name: 'S’entraîner' }).click()
    await page.waitForURL(/\/rehearsal\/cards\/[^/?]+$/)
    await page.getByRole('heading', { level: 1, name: QUESTION }).waitFor()
    const cardId = ui.cardId()

    const panel = ui.spokenPanel()
    await panel.getByRole('button', { name: l.start }).waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'spoken-01-card-fr-phone')

    // ---- Transcription goes through the browser maker's servers: off until the person opts in ----
    const transcribe = panel.getByRole('checkbox', { name: 'Écrire ce que je dis pendant l’enregistrement' })
    if ((await transcribe.count()) > 0) {
      expect(await transcribe.isChecked()).toBe(false)
      await transcribe.check()
    }

    // ---- Record: the meter and the clock run; focus moves to Stop ----
    // The delivery analysis is readied as the recording starts: its model arrives before Stop is pressed.
    const model = page.waitForResponse((response) => /silero_vad_legacy[\w-]*\.onnx$/.test(response.url()))
    let stopped = false
    const modelBeforeStop = model.then(() => !stopped)
    await panel.getByRole('button', { name: l.start }).click()
    const stop = panel.getByRole('button', { name: l.stop })
    await stop.waitFor()
    await expect.poll(() => hasFocus(stop)).toBe(true)
    await panel.getByText('Enregistrement en cours', { exact: true }).waitFor()
    // Headless Chromium has no working speech recognition: the page says so and the typed path remains.
    await panel.getByText(l.noTranscript).waitFor()
    // While the first sentence plays, the meter moves.
    await expect.poll(() => clockSeconds(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(1)
    await screenshot(page, 'spoken-02-recording-fr-phone')
    // The file says a sentence, is silent for 3 s, says another: stop well after the second one starts.
    await expect.poll(() => clockSeconds(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(9)
    stopped = true
    await stop.click()
    expect(await modelBeforeStop).toBe(true)

    // ---- The take: listen to it, see what was measured ----
    const take = panel.getByRole('heading', { name: l.take })
    await take.waitFor()
    await expect.poll(() => hasFocus(take)).toBe(true)
    const takePlayer = panel.locator('audio')
    expect(await takePlayer.getAttribute('src')).toMatch(/^blob:/)
    // The player knows how long the take lasts (MediaRecorder's WebM does not say it by itself).
    await expect.poll(() => audioDuration(takePlayer)).toBeGreaterThan(8)
    const measured = page.getByRole('region', { name: l.measured })
    expect(await ui.figure(measured, l.time)).toMatch(/^(9|10) s$/)
    expect(await ui.figure(measured, l.pace)).toBe('en attente du texte')
    expect(Number(await ui.figure(measured, l.pauses))).toBeGreaterThanOrEqual(1)

    // ---- The delivery, measured on the device from the sound alone (the voice detector, no transcript) ----
    const voice = panel.locator('.r-delivery')
    await voice.waitFor({ timeout: 60_000 })
    expect(await voice.getAttribute('data-source')).toBe('vad')
    expect(await ui.figure(voice, l.deliveryPace)).toMatch(/^\d+ à \d+ mots\/min/)
    expect(Number.parseInt(await ui.figure(voice, l.deliveryPauses), 10)).toBeGreaterThanOrEqual(1)
    expect(await voice.getByText(/Pauses d’une demi-seconde ou plus, à/).count()).toBe(1)
    await screenshot(page, 'spoken-03a-delivery-fr-phone')

    // ---- Type what was said: the answer is analysed, the pace appears ----
    await ui.type(SAID.join(' '))
    await expect.poll(() => ui.figure(measured, l.pace)).toMatch(/^\d+ mots\/min/)
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'spoken-03-take-typed-fr-phone')

    // ---- Grade it: the attempt is saved with its figures, then the sound follows ----
    await ui.gradeButton('good').click()
    await page.getByRole('heading', { name: new RegExp(REHEARSAL_FR.saved) }).waitFor()
    await page.getByText(l.uploaded).waitFor()
    const result = page.getByRole('region', { name: new RegExp(REHEARSAL_FR.saved) })
    expect(await ui.figure(result, l.time)).toMatch(/^(9|10) s$/)
    expect(await ui.figure(result, l.pace)).toMatch(/^\d+ mots\/min/)
    expect(Number(await ui.figure(result, l.pauses))).toBeGreaterThanOrEqual(1)
    expect(await result.locator('.r-delivery').getAttribute('data-source')).toBe('vad')
    await screenshot(page, 'spoken-04-saved-fr-phone')

    const detail = await cardDetail(page, cardId)
    expect(detail.attempts).toHaveLength(1)
    const [attempt] = detail.attempts
    expect(attempt?.spokenSeconds).toBeGreaterThan(8)
    expect(attempt?.longPauses).toBeGreaterThanOrEqual(1)
    expect(attempt?.wordsPerMinute).toBeGreaterThan(0)
    expect(attempt?.hasAudio).toBe(true)
    // The 3 s silence the fake microphone plays after the first sentence is on the pause map.
    expect(attempt?.delivery?.source).toBe('vad')
    expect(attempt?.delivery?.pauses.some((p) => p.durationMs >= 2000)).toBe(true)
    expect(attempt?.delivery?.wpmLow).toBeGreaterThan(0)
    const audio = await page.request.get(`${baseURL}/api/rehearsal/attempts/${attempt?.id}/audio`)
    expect(audio.status()).toBe(200)
    expect(audio.headers()['content-type']).toMatch(/^audio\//)
    expect((await audio.body()).byteLength).toBeGreaterThan(10_000)

    // ---- The history: the spoken figures, play the recording back, then delete it ----
    const first = ui.attempt(1)
    await first.getByText(l.tag, { exact: true }).waitFor()
    expect(Number(await ui.figure(first, l.pauses))).toBeGreaterThanOrEqual(1)
    // Each attempt keeps its delivery figures; how they are made is said once, above the attempts.
    expect(await first.locator('.r-delivery').count()).toBe(1)
    const howMeasured = 'Mesuré sur votre appareil à partir du son'
    expect(await first.getByText(howMeasured).count()).toBe(0)
    expect(await page.locator('.r-history').getByText(howMeasured).count()).toBe(1)
    await first.getByRole('button', { name: l.play }).click()
    const player = first.locator('audio')
    await player.waitFor()
    expect(await player.getAttribute('src')).toMatch(/^blob:/)
    await expect.poll(() => audioDuration(player)).toBeGreaterThan(8)
    await expect.poll(() => hasFocus(player)).toBe(true)
    await first.scrollIntoViewIfNeeded()
    await screenshot(page, 'spoken-05-history-playback-fr-phone')

    await first.getByRole('button', { name: l.deleteAudio }).click()
    const dialog = page.getByRole('dialog', { name: 'Supprimer cet enregistrement ?' })
    await dialog.getByText('L’essai, son texte et ses mesures restent.', { exact: false }).waitFor()
    await screenshot(page, 'spoken-06-delete-confirm-fr-phone')
    await dialog.getByRole('button', { name: l.confirmDelete }).click()
    await page.getByRole('status').filter({ hasText: l.deleted }).waitFor()
    await expect.poll(() => first.getByRole('button', { name: l.play }).count()).toBe(0)
    const after = await cardDetail(page, cardId)
    expect(after.attempts[0]).toMatchObject({ hasAudio: false, spokenSeconds: attempt?.spokenSeconds })
    expect((await page.request.get(`${baseURL}/api/rehearsal/attempts/${attempt?.id}/audio`)).status()).toBe(
      404,
    )

    expect(problems).toEqual([])
    await context.close()
  })

  it('on a wide screen, in English: a refused microphone is explained; once allowed, a take can be discarded', async () => {
    // A browser that asks, as a real one does: no grant from the context reads as "Block".
    const asking = await launchBrowser({ fakeMicrophone: wav, microphonePrompt: 'context' })
    try {
      const context = await asking.newContext({ ...desktop, locale: 'en-GB', colorScheme: 'dark' })
      const page = await context.newPage()
      const problems = watchProblems(page)
      const app = rebond(page, baseURL)
      await app.signUp('en', newUser('Sam'))
      await page.waitForURL(`${baseURL}/home`)

      await page.goto(`${baseURL}/rehearsal/bank`)
      await page
        .getByLabel('The question', { exact: true })
        .fill('Tell me about a time you disagreed with your manager.')
      await page.getByLabel('Language', { exact: true }).selectOption('en')
      await page.getByRole('button', { name: 'Add to my practice questions' }).click()
      await page.getByRole('status').getByRole('link', { name: 'Practise' }).click()
      await page.waitForURL(/\/rehearsal\/cards\/[^/?]+$/)
      const panel = page.getByRole('region', { name: 'Say it out loud' })

      await panel.getByRole('button', { name: 'Start recording' }).click()
      await panel.getByRole('alert').filter({ hasText: "Rebond can't use your microphone" }).waitFor()
      await screenshot(page, 'spoken-07-microphone-refused-en-desktop-dark')

      // Allowed in the site settings, the next try works.
      await context.grantPermissions(['microphone'], { origin: baseURL })
      await panel.getByRole('button', { name: 'Start recording' }).click()
      await expect
        .poll(() => clockSeconds(page, 'Recording time'), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(2)
      expect(await panel.getByRole('alert').count()).toBe(0)
      await panel.getByRole('button', { name: 'Stop recording' }).click()
      await panel.getByRole('heading', { name: /^Your recording \(\d+ s\)$/ }).waitFor()
      await page
        .getByRole('region', { name: 'Measured on your recording' })
        .getByText('waiting for the text')
        .waitFor()
      await screenshot(page, 'spoken-08-take-en-desktop-dark')

      await panel.getByRole('button', { name: 'Discard this recording' }).click()
      await panel.getByRole('button', { name: 'Start recording' }).waitFor()
      expect(await panel.locator('audio').count()).toBe(0)
      // Without a recording, the estimate from the text is back.
      await page.getByText('Estimated speaking time').waitFor()
      expect(problems).toEqual([])
    } finally {
      await asking.close()
    }
  })
})
