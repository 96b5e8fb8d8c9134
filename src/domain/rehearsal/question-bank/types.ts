// The shipped interview question bank: questions a recruiter asks (and questions a candidate asks back),
// each with a short hint on what a strong answer holds. Pure data, no I/O.
import { type Bilingual, type InterviewStage, keysOf } from '../../debrief/taxonomy'
import type { Lang } from '../../language'

// The stages are the debrief's: a question is typical of the same rounds an interview is captured in.
export { INTERVIEW_STAGES, type InterviewStage } from '../../debrief/taxonomy'

export const CATEGORY_LABELS = {
  about_you: { fr: 'À propos de vous', en: 'About you' },
  motivation_company: { fr: 'Motivation et entreprise', en: 'Motivation and the company' },
  professional_project: { fr: 'Projet professionnel', en: 'Professional project' },
  strengths_weaknesses: { fr: 'Forces et faiblesses', en: 'Strengths and weaknesses' },
  failures_conflicts: { fr: 'Échecs et conflits', en: 'Failures and conflicts' },
  salary: { fr: 'Salaire', en: 'Salary' },
  gaps_changes: { fr: 'Parcours : trous et reconversions', en: 'Career gaps and changes' },
  situational: { fr: 'Mises en situation', en: 'Situational' },
  questions_to_ask: { fr: 'Questions à poser au recruteur', en: 'Questions to ask the recruiter' },
} satisfies Record<string, Bilingual>
export type QuestionCategory = keyof typeof CATEGORY_LABELS
export const QUESTION_CATEGORIES = keysOf(CATEGORY_LABELS)

export type BankQuestion = {
  /** Stable and unique across both languages, kebab-case, prefixed by language ('fr-', 'en-').
   * Never reuse or rename a key: user data links to it. */
  key: string
  lang: Lang
  category: QuestionCategory
  /** The question as a recruiter asks it (for 'questions_to_ask', as the candidate asks it). */
  text: string
  /** 1–3 short sentences, in the question's language: what a strong answer holds. */
  hint: string
  /** Interview stages where the question is typical. */
  stages?: InterviewStage[]
  /** Bank version in which the question was added. */
  since: number
}

/** Bump when questions are added; new questions carry the new version in `since`. */
export const BANK_VERSION = 1
