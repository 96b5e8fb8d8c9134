// When the interviewer follows up, decided by rules kept as data per language over the analyzer's figures.
import type { AnswerAnalysis } from '../analysis'
import type { QuestionCategory } from '../rehearsal/question-bank'
import type { Gate } from './quality-gate'
import { type MockLang, maxFollowUps, PERSONA_PROFILES, type Persona, type PressureLevel } from './settings'
import { type FollowUpKind, INTERRUPTION_FOLLOW_UP, type Interruption } from './wording'

/** The figures the rules read, from one answer. */
export type AnswerSignals = {
  words: number
  /** A result is told: the analyzer found the story's outcome (a figure alone may count colleagues, not an effect). */
  hasResult: boolean
  /** "I" and "we" (or "je" and "on"/"nous") counted together. */
  pronouns: number
  /** Share of "we"/"on"/"nous" among them, 0–1. */
  pluralShare: number
  hedges: number
  hedgesPer100: number
  /** Speaking time over the question's answer limit: 1 is exactly the limit. */
  overLimit: number
}

export type Condition =
  | { signal: 'hasResult'; is: boolean }
  | { signal: Exclude<keyof AnswerSignals, 'hasResult'>; atLeast?: number; below?: number }

export type FollowUpRule = {
  kind: FollowUpKind
  when: Condition[]
  /** Only after questions of these categories (a salary answer owes no story outcome). */
  only?: QuestionCategory[]
}

// Questions whose good answer tells a story with an outcome.
const STORY_CATEGORIES: QuestionCategory[] = [
  'about_you',
  'strengths_weaknesses',
  'failures_conflicts',
  'situational',
  'professional_project',
  'gaps_changes',
]

/**
 * First matching rule wins: length first (nothing else can be read in a rambling or a one-line answer),
 * then the assertiveness of the telling (hedges, "we"), then the missing outcome. French speech leans on "on" far more than English leans on "we", so the
 * French threshold for "and you, personally?" is higher; the rest reads the same figures.
 */
export const FOLLOW_UP_RULES: Record<MockLang, FollowUpRule[]> = {
  fr: rulesWith({ pluralShare: 0.7 }),
  en: rulesWith({ pluralShare: 0.6 }),
}

/** The rules, the same in both languages but for the share of "on"/"we" that asks "and you?". */
function rulesWith({ pluralShare }: { pluralShare: number }): FollowUpRule[] {
  return [
    { kind: 'one-sentence', when: [{ signal: 'overLimit', atLeast: 2 }] },
    { kind: 'example', when: [{ signal: 'words', below: 25 }] },
    {
      kind: 'as-fact',
      when: [
        { signal: 'hedges', atLeast: 2 },
        { signal: 'hedgesPer100', atLeast: 3 },
      ],
    },
    {
      kind: 'personal',
      when: [
        { signal: 'pronouns', atLeast: 3 },
        { signal: 'pluralShare', atLeast: pluralShare },
      ],
    },
    { kind: 'outcome', when: [{ signal: 'hasResult', is: false }], only: STORY_CATEGORIES },
  ]
}

export function answerSignals(
  analysis: AnswerAnalysis,
  spokenSeconds: number | null,
  limitSeconds: number,
): AnswerSignals {
  const { singular, plural } = analysis.ownership
  const pronouns = singular + plural
  const seconds = spokenSeconds ?? analysis.estimatedSeconds
  return {
    words: analysis.wordCount,
    hasResult: analysis.star.result,
    pronouns,
    pluralShare: pronouns === 0 ? 0 : plural / pronouns,
    hedges: analysis.hedges.length,
    hedgesPer100: analysis.wordCount === 0 ? 0 : (analysis.hedges.length * 100) / analysis.wordCount,
    overLimit: limitSeconds > 0 ? seconds / limitSeconds : 0,
  }
}

const holds = (condition: Condition, signals: AnswerSignals): boolean => {
  if (condition.signal === 'hasResult') return signals.hasResult === condition.is
  const value = signals[condition.signal]
  return (
    (condition.atLeast === undefined || value >= condition.atLeast) &&
    (condition.below === undefined || value < condition.below)
  )
}

/** The first rule of the language that the answer meets, skipping kinds already asked on this question. */
export function matchingRule(
  lang: MockLang,
  signals: AnswerSignals,
  category: QuestionCategory | null,
  alreadyAsked: readonly FollowUpKind[] = [],
): FollowUpKind | null {
  for (const rule of FOLLOW_UP_RULES[lang]) {
    if (alreadyAsked.includes(rule.kind)) continue
    if (rule.only && (category === null || !rule.only.includes(category))) continue
    if (rule.when.every((condition) => holds(condition, signals))) return rule.kind
  }
  return null
}

export type FollowUpInput = {
  lang: MockLang
  persona: Persona
  level: PressureLevel
  signals: AnswerSignals
  category: QuestionCategory | null
  gate: Gate
  /** Follow-ups already asked on this question, in order. */
  asked: readonly FollowUpKind[]
  interrupted: Interruption | null
  /** A seeded draw in [0, 1): the persona's frequency decides whether a called-for follow-up is asked. */
  roll: number
}

export type FollowUpDecision = { kind: FollowUpKind; interruption: Interruption | null }

/** At most one follow-up per question (two at level 4); an interruption always leads to one. */
export function decideFollowUp(input: FollowUpInput): FollowUpDecision | null {
  if (input.asked.length >= maxFollowUps(input.level)) return null
  if (input.interrupted)
    return { kind: INTERRUPTION_FOLLOW_UP[input.interrupted], interruption: input.interrupted }
  // A garbled transcript is not followed up on its content: the interviewer moves on.
  if (input.gate === 'unintelligible') return null
  const kind = matchingRule(input.lang, input.signals, input.category, input.asked)
  if (kind === null || input.roll >= PERSONA_PROFILES[input.persona].followUpChance) return null
  return { kind, interruption: null }
}
