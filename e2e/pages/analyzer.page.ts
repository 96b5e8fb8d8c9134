import type { Page } from 'playwright-core'

type AnalyzerLabels = {
  tryAnalyzer: string
  heading: string
  answer: string
  answerLanguage: string
  languages: { auto: string; fr: string; en: string }
  legend: { filler: string; hedge: string; self: string }
  star: { heading: string; parts: [string, string, string, string] }
  assertiveness: string
  suggestions: string
  apply: string
  undo: string
  applied: string
}

export const ANALYZER_LABELS: Record<'fr' | 'en', AnalyzerLabels> = {
  fr: {
    tryAnalyzer: 'Essayer l’analyseur',
    heading: 'Essayer l’analyseur',
    answer: 'Votre réponse',
    answerLanguage: 'Langue de la réponse',
    languages: { auto: 'Automatique', fr: 'Français', en: 'English' },
    legend: { filler: 'Tics de langage', hedge: 'Atténuations', self: 'Dévalorisation de soi' },
    star: { heading: 'Structure STAR', parts: ['Situation', 'Tâche', 'Action', 'Résultat'] },
    assertiveness: 'Assurance de la réponse',
    suggestions: 'Suggestions',
    apply: 'Appliquer',
    undo: 'Annuler la modification',
    applied: 'Modification appliquée.',
  },
  en: {
    tryAnalyzer: 'Try the analyser',
    heading: 'Try the analyser',
    answer: 'Your answer',
    answerLanguage: 'Language of the answer',
    languages: { auto: 'Automatic', fr: 'Français', en: 'English' },
    legend: { filler: 'Filler words', hedge: 'Hedges', self: 'Self-deprecation' },
    star: { heading: 'STAR structure', parts: ['Situation', 'Task', 'Action', 'Result'] },
    assertiveness: 'How assertive the answer sounds',
    suggestions: 'Suggestions',
    apply: 'Apply',
    undo: 'Undo this change',
    applied: 'Change applied.',
  },
}

type Highlight = 'filler' | 'hedge' | 'self'

/** The answer analyzer as a person sees it: by accessible names, plus the highlights they look at. */
export function analyzerPage(page: Page, lang: 'fr' | 'en') {
  const l = ANALYZER_LABELS[lang]
  const answer = () => page.getByRole('textbox', { name: l.answer, exact: true })
  return {
    labels: l,
    async openFromRehearsal() {
      await page.getByRole('link', { name: l.tryAnalyzer, exact: true }).click()
      await page.getByRole('heading', { level: 1, name: l.heading }).waitFor()
    },
    answer,
    async type(text: string) {
      await answer().click()
      await page.keyboard.type(text)
    },
    async chooseAnswerLanguage(choice: keyof AnalyzerLabels['languages']) {
      await page
        .getByRole('group', { name: l.answerLanguage })
        .getByRole('radio', { name: l.languages[choice], exact: true })
        .check()
    },
    /** The words highlighted as `kind` over the text (the highlight layer is hidden from assistive tech). */
    async highlighted(kind: Highlight): Promise<string[]> {
      const marks = page.locator(`.answer-editor__backdrop .hl--${kind}`)
      await marks.first().waitFor()
      return (await marks.allInnerTexts()).map((text) => text.trim())
    },
    /** The list that says in words what the highlights show. */
    findings() {
      return page.getByRole('region', {
        name: lang === 'fr' ? 'Repéré dans votre réponse' : 'Spotted in your answer',
      })
    },
    starChecklist() {
      return page.getByRole('region', { name: l.star.heading })
    },
    gauge() {
      return page.getByRole('meter', { name: l.assertiveness })
    },
    suggestions() {
      return page.getByRole('region', { name: l.suggestions, exact: true })
    },
    async applySuggestion(index = 0) {
      await this.suggestions()
        .getByRole('button', { name: new RegExp(`^${l.apply}`) })
        .nth(index)
        .click()
    },
    async undo() {
      await page.getByRole('button', { name: l.undo }).click()
    },
  }
}
