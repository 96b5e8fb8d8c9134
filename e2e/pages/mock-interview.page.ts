import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** What the mock interview pages say, in French: the journey uses these names only. */
export const MOCK_FR = {
  title: 'Entretien blanc',
  count: 'Nombre de questions',
  start: 'Commencer',
  tension: 'Votre tension en ce moment, de 1 (faible) à 5 (très forte)',
  ready: 'C’est parti',
  answer: 'Votre réponse',
  send: 'Répondre',
  followUp: 'Relance',
  finish: 'Voir mon bilan',
  report: 'Votre bilan',
  notEnough: 'Pas assez pour juger',
  rehearse: 'Envoyer les réponses les plus fragiles en révision',
  spoken: {
    panel: 'Dites-la à voix haute',
    start: 'Commencer l’enregistrement',
    stop: 'Arrêter l’enregistrement',
    clock: 'Durée de l’enregistrement',
    take: /^Votre enregistrement \(\d+ s\)$/,
    measured: 'Mesuré sur l’enregistrement',
    time: 'Temps de parole',
    pauses: 'Longs silences',
    play: 'Écouter l’enregistrement',
    writeInstead: 'Répondre par écrit pour cet entretien',
    deliveryPace: 'Débit estimé',
    deliveryLongPauses: 'Longues pauses',
    deliveryVoice: 'Intonation',
    deliveryTitle: 'Votre voix sur l’ensemble des réponses',
  },
} as const

export function mockInterviewPage(page: Page) {
  return {
    page,
    /**
     * Fixes the draw of the next session started from the set-up page (the API takes a seed for tests and
     * replays): which questions come, in which order, and whether a called-for follow-up is asked.
     */
    async seedNextSession(seed: number) {
      await page.route(
        '**/api/mock-interviews',
        async (route) => {
          const request = route.request()
          if (request.method() !== 'POST') return route.fallback()
          // Sent from here: a changed body passed on with `route.fallback` never reached the server (the service worker
          // sends the page's own request).
          const response = await route.fetch({
            postData: JSON.stringify({ ...request.postDataJSON(), seed }),
          })
          await route.fulfill({ response })
        },
        { times: 1 },
      )
    },
    async checkIn(tension: string, button: string) {
      await page
        .getByRole('group', { name: MOCK_FR.tension })
        .getByRole('radio', { name: tension, exact: true })
        .check()
      await page.getByRole('button', { name: button, exact: true }).click()
    },
    answerBox() {
      return page.getByRole('textbox', { name: MOCK_FR.answer, exact: true })
    },
    /** Answers the turn on screen and waits for the next one (or the check-in after) to be shown. */
    async answer(text: string) {
      const before = `${await this.eyebrow().textContent()} ${await this.prompt().textContent()}`
      await this.answerBox().fill(text)
      await page.getByRole('button', { name: MOCK_FR.send, exact: true }).click()
      await expect
        .poll(async () => {
          if (await page.getByRole('button', { name: MOCK_FR.finish, exact: true }).isVisible()) return true
          const turn = page.locator('.mock-turn')
          if ((await turn.count()) === 0) return false
          const now = `${await this.eyebrow().textContent({ timeout: 1000 })} ${await this.prompt().textContent({ timeout: 1000 })}`
          return now !== before
        })
        .toBe(true)
    },
    /** Seconds on the recording clock ("0:09" → 9); 0 before it shows. */
    async clockSeconds(): Promise<number> {
      const timer = page.getByRole('timer', { name: MOCK_FR.spoken.clock })
      if ((await timer.count()) === 0) return 0
      const [minutes = '0', seconds = '0'] = ((await timer.textContent()) ?? '').trim().split(':')
      return Number(minutes) * 60 + Number(seconds)
    },
    /** Says the answer into the (fake) microphone for at least `seconds`, then types what was said and sends it. */
    async speak(seconds: number, transcript: string) {
      const panel = page.getByRole('region', { name: MOCK_FR.spoken.panel })
      await panel.getByRole('button', { name: MOCK_FR.spoken.start }).click()
      await panel.getByRole('button', { name: MOCK_FR.spoken.stop }).waitFor()
      await expect.poll(() => this.clockSeconds(), { timeout: 20_000 }).toBeGreaterThanOrEqual(seconds)
      await panel.getByRole('button', { name: MOCK_FR.spoken.stop }).click()
      await panel.getByRole('heading', { name: MOCK_FR.spoken.take }).waitFor()
      // The delivery figures, measured on the device, go with the answer once there.
      await panel.locator('.r-delivery').waitFor()
      await this.answer(transcript)
    },
    /** A figure of a definition list ("Temps de parole" → "9 s"). */
    async figure(scope: Locator, term: string): Promise<string> {
      const item = scope.locator('dl > div').filter({ has: page.getByRole('term').filter({ hasText: term }) })
      return ((await item.first().getByRole('definition').textContent()) ?? '').trim()
    },
    /** Whether a question or follow-up is waiting for an answer. */
    async onTurn(): Promise<boolean> {
      return (await page.locator('.mock-turn').count()) > 0
    },
    prompt() {
      return page.locator('.mock-turn__prompt')
    },
    eyebrow() {
      return page.locator('.mock-turn__eyebrow')
    },
  }
}
