import type { Locator, Page } from 'playwright-core'

/** The little of a textarea the selection needs (the e2e code has no DOM types). */
type TextArea = { value: string; focus(): void; setSelectionRange(start: number, end: number): void }

/** What the feedback page says, in French: the journey uses these names only. */
export const FEEDBACK_FR = {
  heading: 'Demander un retour',
  askBy: /Demandez-le avant le/,
  points: 'Les points à demander',
  interviewer: 'À qui écrivez-vous ?',
  saveInterviewer: 'Enregistrer ce nom dans l’entretien',
  interviewerSaved: 'Nom enregistré dans l’entretien.',
  notReady: 'Le message sera prêt dès que les champs ci-dessus seront remplis.',
  subject: 'Objet',
  body: 'Message',
  copy: 'Copier le message',
  copied: 'Copié. Collez-le dans votre messagerie.',
  mailto: 'Ouvrir dans ma messagerie',
  sent: 'J’ai envoyé ma demande',
  askedOn: /Demandé le/,
  followUpOn: /Relance prévue le/,
  followUpDate: 'Date de relance',
  followUpSaved: 'Date de relance enregistrée.',
  followUpDue: 'Relance à faire',
  dueTitle: 'C’est le moment de relancer',
  ics: 'Ajouter le rappel à mon agenda',
  homeTitle: 'Relances à faire',
  feedbackText: 'Le retour du recruteur',
  saveFeedback: 'Enregistrer ce retour',
  feedbackSaved: 'Retour enregistré.',
  received: 'Retour reçu',
  useSelection: 'Utiliser la sélection',
  passage: 'Le passage choisi',
  add: 'Ajouter au débrief',
  lessonAdded: 'Leçon ajoutée à votre débrief.',
  seeLessons: 'Voir mes leçons',
  link: 'Demander un retour',
} as const

export function feedbackPage(page: Page) {
  const l = FEEDBACK_FR
  return {
    page,
    heading: (): Locator => page.getByRole('heading', { level: 1, name: l.heading, exact: true }),
    interviewer: (): Locator => page.getByLabel(l.interviewer, { exact: true }),
    subject: (): Locator => page.getByRole('textbox', { name: l.subject, exact: true }),
    body: (): Locator => page.getByRole('textbox', { name: l.body, exact: true }),
    followUpDate: (): Locator => page.getByLabel(l.followUpDate, { exact: true }),
    feedbackText: (): Locator => page.getByRole('textbox', { name: l.feedbackText, exact: true }),
    passage: (): Locator => page.getByRole('textbox', { name: l.passage, exact: true }),
    button: (name: string): Locator => page.getByRole('button', { name, exact: true }),
    status: (text: string | RegExp): Locator => page.getByRole('status').filter({ hasText: text }),
    /** Selects part of a textarea as a person would, then keeps focus there. */
    async select(field: Locator, passage: string) {
      await field.evaluate((element, text) => {
        const area = element as unknown as TextArea
        const start = area.value.indexOf(text)
        area.focus()
        area.setSelectionRange(start, start + text.length)
      }, passage)
    },
  }
}
