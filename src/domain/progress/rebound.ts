/**
 * The 48-hour rebound after a rejection: a few small, concrete steps, one line on what was
 * learned, then a gentle check-in. Pure: ids and the clock are passed in.
 */
import type { Bilingual, Lang } from '../debrief'

export const REBOUND_STEP_KEYS = [
  'rest',
  'move',
  'talk',
  'rehearse_two',
  'ask_feedback',
  'one_application',
] as const
export type ReboundStepKey = (typeof REBOUND_STEP_KEYS)[number]

export const REBOUND_STEPS: Record<ReboundStepKey, { label: Bilingual; hint: Bilingual }> = {
  rest: {
    label: { fr: 'Faire quelque chose qui vous ressource', en: 'Do something that restores you' },
    hint: {
      fr: 'Un moment pour vous, loin de la recherche. Ce n’est pas du temps perdu.',
      en: 'A moment for yourself, away from the search. It is not time lost.',
    },
  },
  move: {
    label: { fr: 'Marcher ou bouger un peu', en: 'Take a walk or move a little' },
    hint: {
      fr: 'Une marche, un peu de sport. Le corps relâche ce que la tête ressasse.',
      en: 'A walk, some exercise. The body lets go of what the mind keeps replaying.',
    },
  },
  talk: {
    label: { fr: 'En parler à une personne de confiance', en: 'Talk it over with someone you trust' },
    hint: {
      fr: 'Raconter ce qui s’est passé aide à le mettre à distance. Quelqu’un qui écoute suffit.',
      en: 'Telling what happened helps you step back from it. Someone who listens is enough.',
    },
  },
  rehearse_two: {
    label: { fr: 'Répéter deux questions', en: 'Rehearse two questions' },
    hint: {
      fr: 'Deux, pas plus. À voix haute. Celles qui vous ont posé problème, ou celles qui reviennent souvent.',
      en: 'Two, no more. Out loud. The ones that were hard for you, or the ones that come up often.',
    },
  },
  ask_feedback: {
    label: { fr: 'Demander un retour au recruteur', en: 'Ask the recruiter for feedback' },
    hint: {
      fr: 'Un message court et poli. Après un entretien avancé, on vous répond plus souvent. Un silence ne dit rien de vous.',
      en: 'A short, polite message. After a late round, recruiters answer more often. Silence says nothing about you.',
    },
  },
  one_application: {
    label: { fr: 'Envoyer une candidature', en: 'Send one application' },
    hint: {
      fr: 'Une seule, choisie avec soin. L’idée est de remettre un pied dans la suite.',
      en: 'Just one, chosen with care. The idea is to step back into what comes next.',
    },
  },
}

export type ReboundStep = { id: string; key: ReboundStepKey | null; text: string; done: boolean }

export type Rebound = {
  id: string
  interviewId: string | null
  applicationId: string | null
  company: string
  /** How heavy it feels, 1 (very heavy) to 5 (light), when the user says. */
  mood: number | null
  /** One line on what this interview taught, in the user's words. */
  learned: string
  steps: ReboundStep[]
  /** ISO 8601, UTC. */
  createdAt: string
  closedAt: string | null
}

export const REBOUND_LIMITS = { learned: 2000, stepText: 300, steps: 10 } as const

/** The rebound is a 48-hour plan; after that, a check-in is offered for the rest of the week. */
export const REBOUND_WINDOW_HOURS = 48
export const REBOUND_FOLLOW_UP_DAYS = 7
/** A rejection is offered a rebound for this many days. */
export const REBOUND_OFFER_DAYS = 14

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000

/**
 * The four steps suggested by default: restore yourself, rehearse two questions, then ask for
 * feedback after a late round (early rounds rarely bring any) or talk it over, and send one application.
 */
export function defaultReboundSteps(options: {
  lang: Lang
  lateRound: boolean
  makeId: () => string
}): ReboundStep[] {
  const keys: ReboundStepKey[] = [
    'rest',
    'rehearse_two',
    options.lateRound ? 'ask_feedback' : 'talk',
    'one_application',
  ]
  return keys.map((key) => ({
    id: options.makeId(),
    key,
    text: REBOUND_STEPS[key].label[options.lang],
    done: false,
  }))
}

export type ReboundFollowUp =
  | { kind: 'in_progress'; done: number; total: number; hoursLeft: number }
  | { kind: 'check_in'; done: number; total: number }

/**
 * What to show about an open rebound: its progress during the 48 hours, then a check-in until
 * a week has passed. Nothing once it is closed, finished, empty or more than a week old.
 */
export function reboundFollowUp(rebound: Rebound, now: Date): ReboundFollowUp | null {
  if (rebound.closedAt !== null) return null
  const total = rebound.steps.length
  const done = rebound.steps.filter((s) => s.done).length
  if (total === 0 || done === total) return null
  const age = now.getTime() - new Date(rebound.createdAt).getTime()
  if (age > REBOUND_FOLLOW_UP_DAYS * DAY_MS) return null
  const left = REBOUND_WINDOW_HOURS * HOUR_MS - Math.max(0, age)
  if (left > 0) return { kind: 'in_progress', done, total, hoursLeft: Math.ceil(left / HOUR_MS) }
  return { kind: 'check_in', done, total }
}

export type ReboundRejection = {
  interviewId: string | null
  applicationId: string
  company: string
  role: string
  /** When the rejection was recorded or received, ISO 8601. */
  at: string
}

/**
 * Rejections of the last 14 days that could still get a rebound, newest first, one per
 * application. A rejection is covered by a rebound for the same interview; when it has no
 * interview, by a rebound on the same application; and always by a rebound on the same
 * application created after it.
 */
export function reboundOffers<R extends ReboundRejection>(
  rejections: readonly R[],
  rebounds: readonly Pick<Rebound, 'interviewId' | 'applicationId' | 'createdAt'>[],
  now: Date,
): R[] {
  const covered = (r: R) =>
    rebounds.some(
      (b) =>
        (r.interviewId !== null && b.interviewId === r.interviewId) ||
        (b.applicationId === r.applicationId &&
          (r.interviewId === null || Date.parse(b.createdAt) >= Date.parse(r.at))),
    )
  const since = now.getTime() - REBOUND_OFFER_DAYS * DAY_MS
  const open = rejections
    .filter((r) => Date.parse(r.at) >= since && !covered(r))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
  const seen = new Set<string>()
  return open.filter((r) => {
    if (seen.has(r.applicationId)) return false
    seen.add(r.applicationId)
    return true
  })
}
