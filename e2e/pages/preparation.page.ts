import type { Locator, Page } from 'playwright-core'
import { waitAllSaved } from '../support/save-indicators'

/** What the preparation and pitch pages say, in French: the journey uses these names only. */
export const PREP_FR = {
  title: 'Préparer l’entretien',
  link: 'Préparer cet entretien',
  learned: 'Ce que vous avez appris',
  research: 'Connaître l’entreprise',
  questions: 'Vos questions pour le recruteur',
  logistics: 'Logistique',
  pitch: 'Votre pitch',
  likely: 'Questions probables',
  addQuestion: 'Ajouter une question',
  place: 'Lieu',
  videoLink: 'Lien de la visio',
  arrival: 'Quand arriver ou se connecter',
  invalidLink: 'Saisissez une adresse web complète, commençant par https://.',
  nothingCarried: /Rien à reprendre pour l’instant/,
  reread: 'À relire avant l’entretien',
  material: 'De quoi nourrir « Pourquoi cette entreprise »',
  addMaterial: (title: string) => `Ajouter à « Pourquoi cette entreprise » : ${title}`,
  tooShort: /c’est court pour une minute/,
  tooLong: /au-delà d’une minute et demie, l’attention décroche/,
  stillEmpty: /Encore vide : « Ce que je veux ensuite, et pourquoi », « Pourquoi cette entreprise »/,
  goodLength: 'Bonne longueur pour un pitch d’une minute.',
  applied: {
    title: 'Ce que vous aviez préparé',
    check: (action: string) => `Je l’ai appliquée (${action})`,
    count: (n: number, total: number) => `${n} sur ${total} appliquées`,
  },
  buildPitch: 'Construire mon pitch',
  savePitch: 'Enregistrer une nouvelle version',
  saved: 'Enregistré',
  pitchParts: {
    from: 'D’où je viens',
    strengths: 'Ce que je fais le mieux',
    next: 'Ce que je veux ensuite, et pourquoi',
    whyCompany: 'Pourquoi cette entreprise',
  },
} as const

export function preparationPage(page: Page) {
  return {
    page,
    section(name: string): Locator {
      return page.getByRole('region', { name, exact: true })
    },
    /** The readiness percent shown at the top, as a number. */
    async readiness(): Promise<number> {
      const text = (await page.getByTestId('readiness-percent').textContent()) ?? ''
      const match = /(\d+)/.exec(text)
      if (!match?.[1]) throw new Error(`no readiness in "${text}"`)
      return Number(match[1])
    },
    question(n: number): Locator {
      return page.getByLabel(`Question ${n}`, { exact: true })
    },
    /** Waits until every section says its changes are on the server. */
    waitAllSaved(timeout?: number): Promise<void> {
      return waitAllSaved(page, timeout)
    },
  }
}
