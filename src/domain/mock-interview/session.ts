// The mock interview as a state machine. The set-up produces a session (settings, seed, questions); from
// there: check-in before → for each question [thinking time (levels 3–4)] → answer → maybe follow-ups →
// … → check-in after → report. The clock is passed in (`now`, epoch milliseconds) with every event.
import { analyzeAnswer } from '../analysis'
import { type AttemptFigures, attemptFigures } from '../rehearsal/cards'
import { answerSignals, decideFollowUp } from './follow-ups'
import { type Gate, qualityGate } from './quality-gate'
import { draw, rngFor } from './random'
import type { MockQuestion } from './selection'
import { isTimed, type MockSettings, OVERTIME_FACTOR, PERSONA_PROFILES } from './settings'
import { type FollowUpKind, followUpPrompt, type Interruption } from './wording'

/** A follow-up asks for less than the question did. */
export const FOLLOW_UP_LIMIT_SECONDS = 45

export type Turn = {
  questionIndex: number
  /** 0 for the question itself, 1 and 2 for its follow-ups. */
  followUp: number
  prompt: string
  followUpKind: FollowUpKind | null
  /** After the persona's factor. Enforced at level 4 only; shown at level 3; a yardstick below. */
  limitSeconds: number
}

export type CheckIn = { tension: number; note: string }

export type RecordedAnswer = {
  questionIndex: number
  followUp: number
  prompt: string
  followUpKind: FollowUpKind | null
  text: string
  spokenSeconds: number | null
  longPauses: number | null
  interrupted: Interruption | null
  limitSeconds: number
  gate: Gate
  figures: AttemptFigures
}

export type Phase =
  | { name: 'checkin-before' }
  | { name: 'thinking'; turn: Turn; endsAt: number }
  | { name: 'answering'; turn: Turn; startedAt: number; lastActivityAt: number }
  | { name: 'interrupted'; turn: Turn; reason: Interruption; at: number }
  | { name: 'checkin-after' }
  | { name: 'report' }

export type SessionState = {
  settings: MockSettings
  seed: number
  questions: MockQuestion[]
  answers: RecordedAnswer[]
  before: CheckIn | null
  after: CheckIn | null
  phase: Phase
}

export type AnswerInput = {
  text: string
  spokenSeconds?: number | null
  longPauses?: number | null
  /** The browser's clock cut the answer (level 4); ignored below level 4. */
  interrupted?: Interruption | null
}

export type SessionEvent =
  | { type: 'check-in'; now: number; tension: number; note: string }
  /** Done thinking before the thinking time runs out. */
  | { type: 'ready'; now: number }
  | { type: 'tick'; now: number }
  /** Speech or typing: the silence clock starts again. */
  | { type: 'activity'; now: number }
  | ({ type: 'answer'; now: number } & AnswerInput)
  /** The person stops before the last question: straight to the check-in after. */
  | { type: 'end'; now: number }

export type SessionSetup = { settings: MockSettings; seed: number; questions: MockQuestion[] }

export function startSession(setup: SessionSetup): SessionState {
  return { ...setup, answers: [], before: null, after: null, phase: { name: 'checkin-before' } }
}

const factor = (s: SessionState): number => PERSONA_PROFILES[s.settings.persona].limitFactor

function questionTurn(s: SessionState, questionIndex: number): Turn | null {
  const question = s.questions[questionIndex]
  if (!question) return null
  return {
    questionIndex,
    followUp: 0,
    prompt: question.text,
    followUpKind: null,
    limitSeconds: Math.round(question.limitSeconds * factor(s)),
  }
}

function beginQuestion(s: SessionState, questionIndex: number, now: number): SessionState {
  const turn = questionTurn(s, questionIndex)
  if (!turn) return { ...s, phase: { name: 'checkin-after' } }
  if (isTimed(s.settings.level)) {
    const endsAt = now + PERSONA_PROFILES[s.settings.persona].thinkingSeconds * 1000
    return { ...s, phase: { name: 'thinking', turn, endsAt } }
  }
  return { ...s, phase: { name: 'answering', turn, startedAt: now, lastActivityAt: now } }
}

/** The turn waiting for an answer, if any. */
export function currentTurn(s: SessionState): Turn | null {
  const p = s.phase
  return p.name === 'thinking' || p.name === 'answering' || p.name === 'interrupted' ? p.turn : null
}

/** Applies one event; an event that does not fit the phase leaves the state as it was. */
export function step(s: SessionState, event: SessionEvent): SessionState {
  const p = s.phase
  switch (event.type) {
    case 'check-in': {
      const checkIn = { tension: event.tension, note: event.note }
      if (p.name === 'checkin-before') return beginQuestion({ ...s, before: checkIn }, 0, event.now)
      if (p.name === 'checkin-after') return { ...s, after: checkIn, phase: { name: 'report' } }
      return s
    }
    case 'ready':
      return p.name === 'thinking'
        ? {
            ...s,
            phase: { name: 'answering', turn: p.turn, startedAt: event.now, lastActivityAt: event.now },
          }
        : s
    case 'activity':
      return p.name === 'answering' ? { ...s, phase: { ...p, lastActivityAt: event.now } } : s
    case 'tick':
      return tick(s, event.now)
    case 'answer':
      return answer(s, event)
    case 'end':
      return p.name === 'report' || p.name === 'checkin-after' || p.name === 'checkin-before'
        ? s
        : { ...s, phase: { name: 'checkin-after' } }
  }
}

function tick(s: SessionState, now: number): SessionState {
  const p = s.phase
  if (p.name === 'thinking' && now >= p.endsAt) {
    return tick(
      { ...s, phase: { name: 'answering', turn: p.turn, startedAt: p.endsAt, lastActivityAt: p.endsAt } },
      now,
    )
  }
  if (p.name !== 'answering' || s.settings.level !== 4) return s
  const reason = interruptionAt(s, p, now)
  return reason ? { ...s, phase: { name: 'interrupted', turn: p.turn, reason, at: now } } : s
}

/** Why a level-4 interviewer cuts in at `now`, if it does. */
export function interruptionAt(
  s: SessionState,
  p: Extract<Phase, { name: 'answering' }>,
  now: number,
): Interruption | null {
  if (now - p.startedAt >= p.turn.limitSeconds * OVERTIME_FACTOR * 1000) return 'over-time'
  if (now - p.lastActivityAt >= PERSONA_PROFILES[s.settings.persona].silenceSeconds * 1000) return 'silence'
  return null
}

function answer(s: SessionState, event: Extract<SessionEvent, { type: 'answer' }>): SessionState {
  const p = s.phase
  if (p.name !== 'thinking' && p.name !== 'answering' && p.name !== 'interrupted') return s
  const { turn } = p
  const interrupted =
    p.name === 'interrupted' ? p.reason : s.settings.level === 4 ? (event.interrupted ?? null) : null
  const { lang, persona, level } = s.settings
  const analysis = analyzeAnswer(event.text, { lang })
  const gate = qualityGate(event.text)
  const spokenSeconds = event.spokenSeconds ?? null
  const recorded: RecordedAnswer = {
    questionIndex: turn.questionIndex,
    followUp: turn.followUp,
    prompt: turn.prompt,
    followUpKind: turn.followUpKind,
    text: event.text,
    spokenSeconds,
    longPauses: event.longPauses ?? null,
    interrupted,
    limitSeconds: turn.limitSeconds,
    gate,
    figures: attemptFigures(analysis),
  }
  const next = { ...s, answers: [...s.answers, recorded] }
  const asked = next.answers.flatMap((a) =>
    a.questionIndex === turn.questionIndex && a.followUpKind ? [a.followUpKind] : [],
  )
  const decision = decideFollowUp({
    lang,
    persona,
    level,
    signals: answerSignals(analysis, spokenSeconds, turn.limitSeconds),
    category: s.questions[turn.questionIndex]?.category ?? null,
    gate,
    asked,
    interrupted,
    roll: draw(rngFor(s.seed, 2, turn.questionIndex, turn.followUp)),
  })
  if (!decision) return beginQuestion(next, turn.questionIndex + 1, event.now)
  const followUp: Turn = {
    questionIndex: turn.questionIndex,
    followUp: turn.followUp + 1,
    prompt: followUpPrompt(lang, persona, decision.kind, decision.interruption),
    followUpKind: decision.kind,
    limitSeconds: Math.round(FOLLOW_UP_LIMIT_SECONDS * factor(s)),
  }
  // The interviewer presses on: no thinking time before a follow-up.
  return {
    ...next,
    phase: { name: 'answering', turn: followUp, startedAt: event.now, lastActivityAt: event.now },
  }
}

export type SavedAnswer = AnswerInput & { questionIndex: number; followUp: number }

/**
 * A session rebuilt from what was saved (tab closed, phone locked): the saved answers are replayed, which
 * gives the same follow-ups, and the turn they stopped at starts again at `now`, thinking time included.
 */
export function resumeSession(
  setup: SessionSetup & {
    before: CheckIn | null
    after: CheckIn | null
    answers: readonly SavedAnswer[]
    /** The person ended the session before its last question. */
    ended?: boolean
  },
  now: number,
): SessionState {
  let s = startSession(setup)
  if (!setup.before) return s
  s = step(s, { type: 'check-in', now, ...setup.before })
  for (const saved of setup.answers) {
    const turn = currentTurn(s)
    if (!turn || turn.questionIndex !== saved.questionIndex || turn.followUp !== saved.followUp) break
    // A saved interruption replays as one: the answer is recorded as cut, whatever the level's clock.
    if (saved.interrupted && s.phase.name !== 'interrupted') {
      s = { ...s, phase: { name: 'interrupted', turn, reason: saved.interrupted, at: now } }
    }
    s = step(s, { type: 'answer', now, ...saved })
  }
  if (setup.ended) s = step(s, { type: 'end', now })
  if (s.phase.name === 'checkin-after' && setup.after) s = step(s, { type: 'check-in', now, ...setup.after })
  // Stopped with an answer half given: that question starts again, from the top.
  if (s.phase.name === 'interrupted') {
    s = { ...s, phase: { name: 'answering', turn: s.phase.turn, startedAt: now, lastActivityAt: now } }
  }
  return s
}

/** Where an answer for this turn fits: the expected one, one already saved, or out of place. */
export function answerFits(
  s: SessionState,
  questionIndex: number,
  followUp: number,
): 'expected' | 'saved' | 'out-of-place' {
  const turn = currentTurn(s)
  if (turn && turn.questionIndex === questionIndex && turn.followUp === followUp) return 'expected'
  return s.answers.some((a) => a.questionIndex === questionIndex && a.followUp === followUp)
    ? 'saved'
    : 'out-of-place'
}
