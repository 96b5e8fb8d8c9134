import type { Locator, Page } from 'playwright-core'

/** What the rehearsal pages say, in French: the journeys use these names only. */
export const REHEARSAL_FR = {
  heading: 'Entraînement',
  start: 'Commencer',
  answer: 'Votre réponse',
  grades: { again: 'À revoir', hard: 'Difficile', good: 'Bien', easy: 'Facile' },
  saved: 'Essai enregistré',
  finish: "Terminer pour aujourd'hui",
  nothingDue: "Rien à répéter pour l'instant.",
  deckHeading: 'Mon deck',
  addQuestions: 'Ajouter des questions',
  bankHeading: 'Banque de questions',
  inDeck: 'Dans votre deck',
  markBest: 'Marquer comme ma meilleure réponse',
  best: 'Ma meilleure réponse',
  spoken: /Entraînement à voix haute : bientôt/,
  hintDebrief: 'Votre meilleure réponse préparée',
} as const

export function rehearsalPage(page: Page) {
  const l = REHEARSAL_FR
  return {
    page,
    answer: () => page.getByRole('textbox', { name: l.answer, exact: true }),
    async type(text: string) {
      await this.answer().click()
      await page.keyboard.type(text)
    },
    /** A grade button, whose name also says when the question comes back. */
    gradeButton(grade: keyof typeof l.grades): Locator {
      return page.getByRole('button', { name: new RegExp(`^${l.grades[grade]} revient`) })
    },
    /** The words highlighted as `kind` over the answer. */
    async highlighted(kind: 'filler' | 'hedge' | 'self'): Promise<string[]> {
      const marks = page.locator(`.answer-editor__backdrop .hl--${kind}`)
      await marks.first().waitFor()
      return (await marks.allInnerTexts()).map((text) => text.trim())
    },
    history(): Locator {
      return page.getByRole('region', { name: /^Vos essais/ })
    },
    /** The card id from a /rehearsal/cards/:id address. */
    cardId(): string {
      const match = /\/rehearsal\/cards\/([^/?]+)/.exec(new URL(page.url()).pathname)
      if (!match?.[1]) throw new Error(`not a card page: ${page.url()}`)
      return match[1]
    },
  }
}
