import type { Locator, Page } from 'playwright-core'
import { waitAllSaved } from '../support/save-indicators'

/** What the rebound pages say, in French: the journey uses these names only. */
export const REBOUND_FR = {
  outcome: 'Issue',
  rejected: 'Refus',
  saveInterview: 'Enregistrer les modifications',
  offerTitle: 'Prendre 48 heures pour rebondir ?',
  start: 'Commencer mon plan',
  dismiss: 'Pas maintenant',
  later: 'Prendre 48 heures pour rebondir',
  mood: 'Comment vous sentez-vous, là, maintenant ?',
  learned: 'Une chose que j’ai apprise',
  plan: 'Votre plan de 48 heures',
  add: 'Ajouter une étape à moi',
  close: 'Clore le plan',
  reopen: 'Rouvrir le plan',
  resume: 'Reprendre mon plan',
  steps: {
    rest: 'Faire quelque chose qui vous ressource',
    rehearse: 'Répéter deux questions',
    feedback: 'Demander un retour au recruteur',
    application: 'Envoyer une candidature',
  },
} as const

export function reboundPage(page: Page) {
  const plan = () => page.getByRole('region', { name: REBOUND_FR.plan, exact: true })
  return {
    page,
    plan,
    section(name: string): Locator {
      return page.getByRole('region', { name, exact: true })
    },
    mood(word: string): Locator {
      return page
        .getByRole('group', { name: REBOUND_FR.mood })
        .getByRole('radio', { name: word, exact: true })
    },
    learned(): Locator {
      return page.getByRole('textbox', { name: REBOUND_FR.learned, exact: true })
    },
    step(text: string): Locator {
      return plan().getByRole('checkbox', { name: text, exact: true })
    },
    /** The text of every step, in order. */
    async stepTexts(): Promise<string[]> {
      return plan().locator('.rebound-step__text').allTextContents()
    },
    progress(): Locator {
      return page.getByTestId('rebound-progress')
    },
    /** The rebound id from a /rebound/:id address. */
    reboundId(): string {
      const match = /\/rebound\/([^/?#]+)/.exec(new URL(page.url()).pathname)
      if (!match?.[1]) throw new Error(`not a rebound page: ${page.url()}`)
      return match[1]
    },
    /** Waits until every section says its changes are on the server. */
    waitAllSaved(timeout?: number): Promise<void> {
      return waitAllSaved(page, timeout)
    },
  }
}
