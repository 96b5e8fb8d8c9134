// Which questions a session asks: the bank's questions for the stage, the person's own hard questions
// weighted in, the posting's terms steering, drawn with a seed and never the same set twice in a row.
import type { InterviewStage } from '../debrief/taxonomy'
import { type BankQuestion, QUESTION_BANK, type QuestionCategory } from '../rehearsal/question-bank'
import { type PostingTerm, termOverlap } from './posting-terms'
import { draw, rngFor } from './random'
import type { MockLang } from './settings'

export type QuestionSource = 'bank' | 'debrief' | 'card'

export type MockQuestion = {
  /** Bank key, `debrief:<interviewId>:<questionId>` or `card:<cardId>`: stable across sessions. */
  key: string
  source: QuestionSource
  text: string
  category: QuestionCategory | null
  /** The answer limit before the persona's factor, in seconds. */
  limitSeconds: number
}

/** A question from the person's own history, with how much it should come back. */
export type HistoryQuestion = {
  key: string
  source: 'debrief' | 'card'
  lang: MockLang
  text: string
  category: QuestionCategory | null
  /** The bank question this came from (a weak card drawn from the bank): it boosts that one instead. */
  bankKey?: string | null
  /** 1 for a weak card, more for a question that destabilized in a real interview. */
  weight: number
}

export const HISTORY_WEIGHT = { destabilizing: 6, weakCard: 3 } as const

/** Answer limits by category: a story needs longer than a salary figure. */
export const CATEGORY_LIMIT_SECONDS: Record<QuestionCategory, number> = {
  about_you: 120,
  motivation_company: 90,
  professional_project: 90,
  strengths_weaknesses: 90,
  failures_conflicts: 150,
  salary: 60,
  gaps_changes: 90,
  situational: 150,
  questions_to_ask: 60,
}
const OWN_QUESTION_LIMIT_SECONDS = 120

export const limitForCategory = (category: QuestionCategory | null): number =>
  category ? CATEGORY_LIMIT_SECONDS[category] : OWN_QUESTION_LIMIT_SECONDS

export type SelectionInput = {
  lang: MockLang
  stage: InterviewStage
  count: number
  seed: number
  history?: readonly HistoryQuestion[]
  terms?: readonly PostingTerm[]
  /** The keys of the person's previous session, in any order. */
  previousKeys?: readonly string[]
}

export type SelectionResult =
  | { ok: true; questions: MockQuestion[] }
  | { ok: false; error: 'not-enough-questions'; available: number }

/** Bank questions a recruiter asks at this stage, in this language (the candidate's own questions are not). */
export function bankPool(lang: MockLang, stage: InterviewStage): BankQuestion[] {
  return QUESTION_BANK.filter(
    (q) =>
      q.lang === lang &&
      q.category !== 'questions_to_ask' &&
      (q.stages === undefined || q.stages.includes(stage)),
  )
}

type Candidate = { question: MockQuestion; weight: number; fromHistory: boolean }

function candidates(input: SelectionInput): Candidate[] {
  const terms = input.terms ?? []
  const byKey = new Map<string, Candidate>()
  for (const q of bankPool(input.lang, input.stage)) {
    byKey.set(q.key, {
      question: {
        key: q.key,
        source: 'bank',
        text: q.text,
        category: q.category,
        limitSeconds: limitForCategory(q.category),
      },
      weight: 1,
      fromHistory: false,
    })
  }
  for (const h of input.history ?? []) {
    if (h.lang !== input.lang || h.text.trim() === '') continue
    const bank = h.bankKey ? byKey.get(h.bankKey) : undefined
    if (bank) {
      bank.weight += h.weight
      bank.fromHistory = true
      continue
    }
    const existing = byKey.get(h.key)
    if (existing) existing.weight = Math.max(existing.weight, 1 + h.weight)
    else {
      byKey.set(h.key, {
        question: {
          key: h.key,
          source: h.source,
          text: h.text.trim(),
          category: h.category,
          limitSeconds: limitForCategory(h.category),
        },
        weight: 1 + h.weight,
        fromHistory: true,
      })
    }
  }
  const all = [...byKey.values()]
  if (terms.length > 0) {
    const overlaps = all.map((c) => termOverlap(c.question.text, terms))
    const top = Math.max(...overlaps)
    // Questions that echo the posting count up to three times as much.
    if (top > 0) {
      all.forEach((c, i) => {
        c.weight += (2 * (overlaps[i] ?? 0)) / top
      })
    }
  }
  return all
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((key) => b.includes(key))

export function selectQuestions(input: SelectionInput): SelectionResult {
  const pool = candidates(input)
  if (pool.length < input.count) return { ok: false, error: 'not-enough-questions', available: pool.length }
  const rng = rngFor(input.seed, 1)
  // Weighted draw without replacement (Efraimidis–Spirakis): each candidate gets u^(1/w), highest first.
  // Keys are drawn in a fixed order (the pool's) so the same seed gives the same draw.
  const ranked = pool
    .map((c) => ({ c, score: (draw(rng) || Number.MIN_VALUE) ** (1 / c.weight) }))
    .sort((a, b) => b.score - a.score || a.c.question.key.localeCompare(b.c.question.key))
    .map((r) => r.c)
  // The person's own questions take at most half the session: it stays an interview, not a replay.
  const historyCap = Math.ceil(input.count / 2)
  const chosen: Candidate[] = []
  const rest: Candidate[] = []
  for (const c of ranked) {
    const historyCount = chosen.filter((x) => x.fromHistory && x.question.source !== 'bank').length
    const capped = c.fromHistory && c.question.source !== 'bank' && historyCount >= historyCap
    if (chosen.length < input.count && !capped) chosen.push(c)
    else rest.push(c)
  }
  if (chosen.length < input.count) chosen.push(...rest.splice(0, input.count - chosen.length))
  const previous = input.previousKeys ?? []
  if (
    previous.length > 0 &&
    sameSet(
      chosen.map((c) => c.question.key),
      previous,
    )
  ) {
    // Swap the least likely pick for the most likely one left out.
    const replacement = rest.find((c) => !previous.includes(c.question.key))
    if (replacement) chosen[chosen.length - 1] = replacement
  }
  return { ok: true, questions: openerFirst(chosen.map((c) => c.question)) }
}

/** A real interview opens with the person: an "about you" question goes first when there is one. */
function openerFirst(questions: MockQuestion[]): MockQuestion[] {
  const opener = questions.findIndex((q) => q.category === 'about_you' && q.source === 'bank')
  if (opener <= 0) return questions
  const copy = [...questions]
  const [first] = copy.splice(opener, 1)
  return first ? [first, ...copy] : copy
}
