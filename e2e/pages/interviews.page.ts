import type { Locator, Page } from 'playwright-core'

/** What the interviews and debrief pages say, in French: the journeys use these names only. */
export const FR = {
  capture: 'Noter un entretien',
  company: 'Entreprise',
  role: 'Poste',
  note: 'Une note',
  submitCapture: 'Enregistrer et commencer le débrief',
  next: 'Suivant',
  previous: 'Précédent',
  skip: 'Passer cette étape',
  toSummary: 'Voir le bilan',
  saved: 'Enregistré',
  saving: 'Enregistrement…',
  offline: 'Hors ligne — vos modifications sont gardées sur cet appareil',
  wentWell: 'Une chose qui s’est bien passée',
  addQuestion: 'Ajouter une question',
  question: 'La question posée',
  answer: 'Ce que vous avez répondu',
  evidence: 'Ce qui vous le fait penser',
  betterAnswer: 'Une meilleure réponse',
  rehearse: 'Répéter cette question',
  lesson: 'Ce que vous retenez',
  beforeNext: 'À vérifier avant mon prochain entretien',
  download: 'Télécharger en Markdown',
  print: 'Imprimer',
  conflictTitle: 'Ce débrief a été modifié ailleurs',
  mine: 'Votre version',
  theirs: 'La version enregistrée ailleurs',
  keepMine: 'Garder ma version',
  takeTheirs: 'Prendre l’autre version',
  feelingsNote: 'Autre chose à déposer ?',
  fromDevice: 'Pas de connexion : voici ce qui est gardé sur cet appareil.',
  discardedShow: 'La consulter',
  discardedText: 'Version mise de côté (à copier si besoin)',
  waitingConflict: /n’ont pas été envoyées\s: une autre version a été enregistrée entre-temps/,
  chooseVersion: 'Choisir la version à garder',
  downloadWaiting: 'Enregistrement, puis téléchargement…',
} as const

export function interviewsPage(page: Page) {
  const saveStatus = () => page.locator('.save-status [role="status"]')
  return {
    page,
    saveStatus,
    /** Waits until the autosave says everything is on the server. */
    async waitSaved(timeout = 10_000, text: string = FR.saved) {
      await saveStatus()
        .filter({ hasText: new RegExp(`${text}$`) })
        .waitFor({ timeout })
    },
    questionCard(n: number): Locator {
      return page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: `Question ${n}`, exact: true }) })
    },
    stepHeading(name: string): Locator {
      return page.getByRole('heading', { level: 2, name, exact: true })
    },
    async next() {
      await page.getByRole('button', { name: FR.next }).click()
    },
    /** The interview id from a /interviews/:id/... address. */
    interviewId(): string {
      const match = /\/interviews\/([^/]+)/.exec(new URL(page.url()).pathname)
      if (!match?.[1]) throw new Error(`not an interview page: ${page.url()}`)
      return match[1]
    },
  }
}
