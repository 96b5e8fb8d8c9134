// What a mock interview is set up with: the stage, how many questions, who asks them and how hard it pushes.
import type { InterviewStage } from '../debrief/taxonomy'

export type MockLang = 'fr' | 'en'

export const PERSONAS = ['bienveillant', 'neutre', 'exigeant'] as const
export type Persona = (typeof PERSONAS)[number]

/** 1 written, untimed; 2 spoken, untimed; 3 spoken and timed; 4 timed, with interruptions. */
export const PRESSURE_LEVELS = [1, 2, 3, 4] as const
export type PressureLevel = (typeof PRESSURE_LEVELS)[number]

export const MIN_QUESTIONS = 5
export const MAX_QUESTIONS = 10
export const DEFAULT_QUESTIONS = 6
/** Longest job posting accepted: a long posting is about 8,000 characters; beyond this it is not a posting. */
export const MAX_POSTING_LENGTH = 20_000

export type MockSettings = {
  lang: MockLang
  stage: InterviewStage
  questionCount: number
  persona: Persona
  level: PressureLevel
}

export const DEFAULT_SETTINGS: Omit<MockSettings, 'lang'> = {
  stage: 'manager',
  questionCount: DEFAULT_QUESTIONS,
  persona: 'neutre',
  level: 2,
}

/**
 * How each interviewer behaves, as data. A persona changes the wording, the tempo and how often the
 * interviewer follows up; none of them is rude.
 */
export type PersonaProfile = {
  /** Chance (0–1) that a follow-up the rules call for is actually asked. */
  followUpChance: number
  /** Thinking time before each main question, at levels 3 and 4. */
  thinkingSeconds: number
  /** Multiplies each question's answer limit: a patient interviewer leaves more time. */
  limitFactor: number
  /** At level 4, a silence this long makes the interviewer step in. */
  silenceSeconds: number
}

export const PERSONA_PROFILES: Record<Persona, PersonaProfile> = {
  bienveillant: { followUpChance: 0.5, thinkingSeconds: 20, limitFactor: 1.2, silenceSeconds: 20 },
  neutre: { followUpChance: 0.75, thinkingSeconds: 15, limitFactor: 1, silenceSeconds: 15 },
  exigeant: { followUpChance: 1, thinkingSeconds: 10, limitFactor: 0.85, silenceSeconds: 12 },
}

/** At level 4 the interviewer cuts in once an answer runs this far past its limit. */
export const OVERTIME_FACTOR = 1.5

/** Follow-ups allowed per question: one, two at level 4. */
export const maxFollowUps = (level: PressureLevel): number => (level === 4 ? 2 : 1)

/** Levels 3 and 4 run a clock: thinking time, then an answer limit. */
export const isTimed = (level: PressureLevel): boolean => level >= 3

/** Levels 2 to 4 are answered out loud. */
export const isSpoken = (level: PressureLevel): boolean => level >= 2

export const TENSION_MIN = 1
export const TENSION_MAX = 5
