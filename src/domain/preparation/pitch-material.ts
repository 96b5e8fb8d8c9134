/**
 * What the pitch builder offers as material for "Why this company": the research notes kept for
 * the interview's company, and the better answers the person already wrote to a "why us?"
 * question, in a debrief or on a deck card. Pure data and functions.
 */
import type { Bilingual } from '../debrief/taxonomy'
import { bankQuestion } from '../rehearsal/question-bank'
import { RESEARCH_INFO, RESEARCH_ITEMS, type ResearchItem, type ResearchState } from './plan'

/** Bank questions that ask "why us?" (or why this role with us): their answers feed "Why this company". */
export const WHY_COMPANY_BANK_KEYS: ReadonlySet<string> = new Set([
  'fr-pourquoi-avez-vous-postule-chez-nous',
  'fr-qu-est-ce-qui-vous-attire-dans-ce-poste',
  'en-why-do-you-want-to-work-here',
  'en-why-this-role',
])

/** Lower case, no accents, one kind of apostrophe, single spaces. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()

/**
 * Ways a recruiter asks "why us?", in French and English, matched on folded text. Questions
 * about leaving a job, or "why should we hire you", are not this question.
 */
const WHY_COMPANY_WORDING: readonly RegExp[] = [
  // French
  /pourquoi (nous|chez nous|notre (entreprise|societe|groupe|structure|equipe|maison)|cette (entreprise|societe|structure)|ce poste|notre poste)\b/,
  /pourquoi (avez-vous|vous avez|as-tu) (postule|candidate)/,
  /pourquoi (voulez|souhaitez|desirez)-vous (nous rejoindre|rejoindre|travailler (chez|pour|avec) nous|integrer)/,
  /pourquoi (vouloir|souhaiter) (nous rejoindre|rejoindre|travailler chez nous|integrer)/,
  /qu'est-ce qui vous (attire|motive|plait|interesse) (chez nous|dans (notre|cette) (entreprise|societe|offre|poste)|dans ce poste|ici)/,
  /qu'est-ce qui vous a (attire|donne envie|motive)/,
  /(vos|votre) motivations? pour (ce poste|notre entreprise|nous rejoindre|cette entreprise|rejoindre)/,
  // English
  /why (do|would) you want to (work (here|for us|with us|at|for this|for our)|join)/,
  /why (us|this company|our company|here)\b/,
  /why did you apply (here|to us|for this|to this|with us|to our|for the)/,
  /why are you interested in (us|this company|our company|working (here|for us|with us)|joining|this role|the role|this position|the position)/,
  /what (attracts|draws|drew|attracted) you to (us|this|our|the (company|role|position))/,
]

/** Whether a question asks "why us?": by its bank key when it has one, else by its wording. */
export function isWhyCompanyQuestion(question: { bankKey?: string | null; text: string }): boolean {
  if (question.bankKey && bankQuestion(question.bankKey)) return WHY_COMPANY_BANK_KEYS.has(question.bankKey)
  const text = fold(question.text)
  return WHY_COMPANY_WORDING.some((pattern) => pattern.test(text))
}

export type ResearchMaterial = { item: ResearchItem; label: Bilingual; notes: string }

/** The research items with notes, in the checklist's order. */
export function researchMaterial(research: ResearchState | null): ResearchMaterial[] {
  if (!research) return []
  return RESEARCH_ITEMS.flatMap((item) => {
    const notes = research[item].notes.trim()
    return notes ? [{ item, label: RESEARCH_INFO[item].label, notes }] : []
  })
}

/** An earlier debrief, as much of it as the material needs. */
export type DebriefForMaterial = {
  interviewId: string
  company: string
  /** ISO 8601. */
  date: string
  questions: readonly { id: string; question: string }[]
  destabilizing: readonly { questionId: string; betterAnswer: string }[]
}

/** A deck card, as much of it as the material needs. */
export type CardForMaterial = { id: string; bankKey: string | null; question: string; hint: string }

export type AnswerMaterial = {
  question: string
  answer: string
  /** Where it was written: a debrief (with its interview) or a deck card. */
  from:
    | { kind: 'debrief'; interviewId: string; company: string; date: string }
    | { kind: 'card'; cardId: string }
}

/** At most this many answers are offered: the newest, those for the same company first. */
export const MAX_ANSWER_MATERIAL = 5

/**
 * The better answers written to a "why us?" question: in debriefs (newest first, those for
 * `company` before the others), then on deck cards whose note the person wrote themselves (a bank
 * card still holding the bank's own hint is not their answer). The same answer is offered once.
 */
export function answerMaterial(
  debriefs: readonly DebriefForMaterial[],
  cards: readonly CardForMaterial[],
  company: string | null,
): AnswerMaterial[] {
  const target = company === null ? null : fold(company)
  const fromDebriefs = [...debriefs]
    .sort(
      (a, b) =>
        Number(fold(b.company) === target) - Number(fold(a.company) === target) ||
        (a.date < b.date ? 1 : a.date > b.date ? -1 : 0),
    )
    .flatMap((debrief) => {
      const byId = new Map(debrief.questions.map((q) => [q.id, q.question.trim()]))
      return debrief.destabilizing.flatMap((d): AnswerMaterial[] => {
        const question = byId.get(d.questionId)
        const answer = d.betterAnswer.trim()
        if (!question || !answer || !isWhyCompanyQuestion({ text: question })) return []
        const { interviewId, company: at, date } = debrief
        return [{ question, answer, from: { kind: 'debrief', interviewId, company: at, date } }]
      })
    })
  const fromCards = cards.flatMap((card): AnswerMaterial[] => {
    const answer = card.hint.trim()
    const shipped = card.bankKey ? bankQuestion(card.bankKey)?.hint.trim() : undefined
    if (!answer || answer === shipped) return []
    if (!isWhyCompanyQuestion({ bankKey: card.bankKey, text: card.question })) return []
    return [{ question: card.question.trim(), answer, from: { kind: 'card', cardId: card.id } }]
  })
  const seen = new Set<string>()
  return [...fromDebriefs, ...fromCards]
    .filter((m) => {
      const key = fold(m.answer)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .slice(0, MAX_ANSWER_MATERIAL)
}
