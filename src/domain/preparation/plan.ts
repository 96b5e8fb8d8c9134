/**
 * Preparing the next interview: the company research checklist, the pitch, and how ready
 * the plan is. Pure data and functions.
 */
import type { Bilingual } from '../debrief/taxonomy'

export const RESEARCH_ITEMS = [
  'mission_products',
  'recent_news',
  'competitors',
  'culture_values',
  'interviewers',
  'job_match',
] as const
export type ResearchItem = (typeof RESEARCH_ITEMS)[number]

export const RESEARCH_INFO: Record<ResearchItem, { label: Bilingual; hint: Bilingual }> = {
  mission_products: {
    label: { fr: 'Mission et produits', en: 'Mission and products' },
    hint: {
      fr: 'Ce que l’entreprise vend, à qui, et pourquoi elle existe. Une phrase à vous.',
      en: 'What the company sells, to whom, and why it exists. One sentence of your own.',
    },
  },
  recent_news: {
    label: { fr: 'Actualité récente', en: 'Recent news' },
    hint: {
      fr: 'Un lancement, un rachat, des résultats : de quoi montrer que vous suivez.',
      en: 'A launch, an acquisition, results: something that shows you follow them.',
    },
  },
  competitors: {
    label: { fr: 'Concurrents', en: 'Competitors' },
    hint: {
      fr: 'Deux ou trois noms, et ce qui distingue l’entreprise.',
      en: 'Two or three names, and what sets the company apart.',
    },
  },
  culture_values: {
    label: { fr: 'Culture et valeurs', en: 'Culture and values' },
    hint: {
      fr: 'Ce qu’elle affiche, ce qu’en disent les salariés, et ce qui vous parle.',
      en: 'What it claims, what employees say, and what speaks to you.',
    },
  },
  interviewers: {
    label: { fr: 'Parcours des interlocuteurs', en: "The interviewers' background" },
    hint: {
      fr: 'Leur rôle, leur parcours : de quoi poser de bonnes questions.',
      en: 'Their role and background: enough to ask good questions.',
    },
  },
  job_match: {
    label: { fr: 'Annonce et expérience', en: 'Job description and your experience' },
    hint: {
      fr: 'Pour chaque exigence de l’annonce, un exemple vécu qui y répond.',
      en: 'For each requirement in the posting, a real example that answers it.',
    },
  },
}

export type ResearchState = Record<ResearchItem, { done: boolean; notes: string }>

export const emptyResearch = (): ResearchState =>
  Object.fromEntries(RESEARCH_ITEMS.map((item) => [item, { done: false, notes: '' }])) as ResearchState

export const PITCH_PARTS = ['from', 'strengths', 'next', 'whyCompany'] as const
export type PitchPart = (typeof PITCH_PARTS)[number]
export type Pitch = Record<PitchPart, string>

export const PITCH_INFO: Record<PitchPart, { label: Bilingual; hint: Bilingual }> = {
  from: {
    label: { fr: 'D’où je viens', en: 'Where I come from' },
    hint: {
      fr: 'Votre parcours en deux phrases : le fil, pas la liste.',
      en: 'Your path in two sentences: the thread, not the list.',
    },
  },
  strengths: {
    label: { fr: 'Ce que je fais le mieux', en: 'What I do best' },
    hint: {
      fr: 'Une ou deux forces, chacune avec une preuve chiffrée.',
      en: 'One or two strengths, each with a measured proof.',
    },
  },
  next: {
    label: { fr: 'Ce que je veux ensuite, et pourquoi', en: 'What I want next, and why' },
    hint: {
      fr: 'Le prochain pas de votre projet, dit simplement.',
      en: 'The next step of your plan, said simply.',
    },
  },
  whyCompany: {
    label: { fr: 'Pourquoi cette entreprise', en: 'Why this company' },
    hint: {
      fr: 'Ce qui, chez eux, rejoint votre projet. Adaptez-le à chaque entretien.',
      en: 'What in them meets your plan. Adapt it for each interview.',
    },
  },
}

/** The pitch as one answer to "Tell me about yourself", ready to rehearse. */
export const pitchText = (pitch: Pitch): string =>
  PITCH_PARTS.map((part) => pitch[part].trim())
    .filter(Boolean)
    .join(' ')

export type Checkable = { done: boolean }
export type PlanForReadiness = {
  carriedActions: { status: 'open' | 'done' }[]
  research: ResearchState
  questionsToAsk: Checkable[]
  logistics: { place: string; link: string; documents: Checkable[] }
  hasPitch: boolean
}

/** At least this many questions for the recruiter make that part of the plan complete. */
export const QUESTIONS_TO_PREPARE = 3

/**
 * Share of the plan done, 0–100: each carried action, each research item, the questions for
 * the recruiter, the logistics (where to go or the link to join, documents ready) and the pitch
 * count as one step each.
 */
export function readiness(plan: PlanForReadiness): { done: number; total: number; percent: number } {
  const where = plan.logistics.place.trim() !== '' || plan.logistics.link.trim() !== ''
  const steps: boolean[] = [
    ...plan.carriedActions.map((a) => a.status === 'done'),
    ...RESEARCH_ITEMS.map((item) => plan.research[item].done),
    plan.questionsToAsk.length >= QUESTIONS_TO_PREPARE,
    where && plan.logistics.documents.every((d) => d.done),
    plan.hasPitch,
  ]
  const done = steps.filter(Boolean).length
  return { done, total: steps.length, percent: Math.round((done * 100) / steps.length) }
}

/** An interview whose plan is being assembled, or whose plan an action was ticked from. */
export type PlanInterview = { interviewId: string; date: string }

export type FlaggedAction = {
  status: 'open' | 'done'
  /** The interview whose plan it was ticked done from, when it was ticked from a plan. */
  completedFrom: PlanInterview | null
  /** This interview's debrief says it was applied. */
  applied: boolean
}

/**
 * Whether an action flagged "check before my next interview" in an earlier debrief belongs in
 * this interview's plan. An open action always does. A done one stays in the plan it was ticked
 * from, so ticking it shows there as done and readiness rises, and in the plans of interviews
 * dated before that one: it was still to do for them, and their debriefs may ask whether it
 * was applied. It leaves every later plan, where it would only inflate readiness. One this
 * interview's debrief says was applied stays, whatever happened to it since.
 */
export function carriedIntoPlan(action: FlaggedAction, plan: PlanInterview): boolean {
  if (action.status === 'open' || action.applied) return true
  const from = action.completedFrom
  if (!from) return false
  return from.interviewId === plan.interviewId || from.date > plan.date
}
