import type { Locator, Page } from 'playwright-core'

/** What the rehearsal pages say, in French: the journeys use these names only. */
export const REHEARSAL_FR = {
  heading: 'Entraînement',
  start: 'Commencer',
  answer: 'Votre réponse',
  grades: { again: 'À revoir', hard: 'Difficile', good: 'Bien', easy: 'Facile' },
  saved: 'Essai enregistré',
  finish: 'Terminer pour aujourd’hui',
  nothingDue: 'Rien à répéter pour l’instant.',
  deckHeading: 'Mes questions à répéter',
  addQuestions: 'Ajouter des questions',
  bankHeading: 'Banque de questions',
  inDeck: 'Déjà dans vos questions à répéter',
  markBest: 'Marquer comme ma meilleure réponse',
  best: 'Ma meilleure réponse',
  spoken: {
    panel: 'Dites-la à voix haute',
    start: 'Commencer l’enregistrement',
    stop: 'Arrêter l’enregistrement',
    clock: 'Durée de l’enregistrement',
    noTranscript:
      /La transcription automatique ne fonctionne pas ici|Votre navigateur ne transcrit pas la parole/,
    take: /^Votre enregistrement \(\d+ s\)$/,
    measured: 'Mesuré sur votre enregistrement',
    time: 'Temps de parole',
    pace: 'Débit',
    pauses: 'Longs silences',
    deliveryPace: 'Débit estimé',
    deliveryPauses: 'Pauses',
    uploaded: /Enregistrement gardé/,
    tag: 'À l’oral',
    play: /^Écouter l’enregistrement/,
    deleteAudio: /^Supprimer l’enregistrement/,
    confirmDelete: 'Supprimer le son',
    deleted: /Enregistrement supprimé/,
  },
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
    /** One attempt in the history, by its number. */
    attempt(n: number): Locator {
      return this.history().getByRole('article', { name: `Essai ${n}`, exact: true })
    },
    spokenPanel(): Locator {
      return page.getByRole('region', { name: l.spoken.panel })
    },
    /** The value shown for one of the figures (a term and its description) inside `scope`. */
    async figure(scope: Locator, term: string): Promise<string> {
      const item = scope.locator('dl > div').filter({ has: page.getByRole('term').filter({ hasText: term }) })
      return ((await item.first().getByRole('definition').textContent()) ?? '').trim()
    },
    /** The card id from a /rehearsal/cards/:id address. */
    cardId(): string {
      const match = /\/rehearsal\/cards\/([^/?]+)/.exec(new URL(page.url()).pathname)
      if (!match?.[1]) throw new Error(`not a card page: ${page.url()}`)
      return match[1]
    },
  }
}
