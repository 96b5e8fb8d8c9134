import type { Page } from 'playwright-core'
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
} as const

export function mockInterviewPage(page: Page) {
  return {
    page,
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
