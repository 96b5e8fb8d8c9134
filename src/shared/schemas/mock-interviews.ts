import { z } from 'zod'
import { MAX_ANSWER_LENGTH } from '../../domain/answer-limits'
import { INTERVIEW_STAGES } from '../../domain/debrief/taxonomy'
import {
  DEFAULT_QUESTIONS,
  MAX_POSTING_LENGTH,
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  PERSONAS,
  TENSION_MAX,
  TENSION_MIN,
} from '../../domain/mock-interview/settings'
import { FOLLOW_UP_KINDS, INTERRUPTIONS } from '../../domain/mock-interview/wording'
import { QUESTION_CATEGORIES } from '../../domain/rehearsal/question-bank/types'
import { languageSchema, oneLine } from './common'
import { deliverySchema, deliverySummarySchema } from './delivery'
import { lazySchema } from './lazy-schema'
import { mockLevelSchema, mockProgressResponseSchema, mockProgressSessionSchema } from './mock-progress'

export const MOCK_ROLE_MAX = 200
export const MOCK_NOTE_MAX = 500

const id = lazySchema(() => z.string().min(1).max(64))

// The level and Progress's figures in a module of their own: Progress reads them without the rest.
export { mockLevelSchema, mockProgressResponseSchema, mockProgressSessionSchema }
export const personaSchema = lazySchema(() => z.enum(PERSONAS))

/** The set-up screen: everything but the language has a default. */
export const newMockInterviewSchema = lazySchema(() =>
  z.object({
    lang: languageSchema,
    stage: z.enum(INTERVIEW_STAGES).default('manager'),
    questionCount: z.number().int().min(MIN_QUESTIONS).max(MAX_QUESTIONS).default(DEFAULT_QUESTIONS),
    persona: personaSchema.default('neutre'),
    level: mockLevelSchema.default(2),
    applicationId: id.nullable().default(null),
    role: oneLine(z.string().trim().max(MOCK_ROLE_MAX)).default(''),
    posting: z
      .string()
      .max(MAX_POSTING_LENGTH)
      .default('')
      .describe('The job posting, pasted; only its salient terms are kept'),
    /** Fixes the draw (tests and replays); a random one otherwise. */
    seed: z.number().int().min(-2147483648).max(2147483647).optional(),
  }),
)
export type NewMockInterview = z.infer<typeof newMockInterviewSchema>

export const mockCheckInSchema = lazySchema(() =>
  z.object({
    moment: z.enum(['before', 'after']),
    tension: z.number().int().min(TENSION_MIN).max(TENSION_MAX),
    note: oneLine(z.string().trim().max(MOCK_NOTE_MAX)).default(''),
  }),
)

export const mockAnswerBodySchema = lazySchema(() =>
  z.object({
    questionIndex: z
      .number()
      .int()
      .min(0)
      .max(MAX_QUESTIONS - 1),
    followUp: z.number().int().min(0).max(2),
    text: z.string().max(MAX_ANSWER_LENGTH),
    spokenSeconds: z.number().min(0).max(3600).nullable().optional(),
    longPauses: z.number().int().min(0).max(1000).nullable().optional(),
    interrupted: z
      .enum(INTERRUPTIONS)
      .nullable()
      .optional()
      .describe('The level-4 interviewer cut the answer'),
    delivery: deliverySchema
      .nullable()
      .optional()
      .describe('A spoken answer: the delivery figures measured on the device from its recording'),
  }),
)

export const mockAnswerTurnParamsSchema = lazySchema(() =>
  z.object({
    id,
    questionIndex: z.coerce
      .number()
      .int()
      .min(0)
      .max(MAX_QUESTIONS - 1),
    followUp: z.coerce.number().int().min(0).max(2),
  }),
)

export const mockRehearseBodySchema = lazySchema(() =>
  z.object({
    questionIndexes: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(MAX_QUESTIONS - 1),
      )
      .max(MAX_QUESTIONS)
      .optional()
      .describe('Which questions to send to the rehearsal deck; the weakest answers when left out'),
  }),
)

const figuresSchema = lazySchema(() =>
  z.object({
    lang: languageSchema,
    wordCount: z.number(),
    estimatedSeconds: z.number(),
    fillerCount: z.number(),
    hedgeCount: z.number(),
    selfDeprecationCount: z.number(),
    starParts: z.number(),
    star: z.object({ situation: z.boolean(), task: z.boolean(), action: z.boolean(), result: z.boolean() }),
    metricsCount: z.number(),
    assertivenessScore: z.number(),
    assertivenessLevel: z.enum(['low', 'medium', 'high']),
  }),
)

const checkInSchema = lazySchema(() => z.object({ tension: z.number().int(), note: z.string() }))

export const mockAnswerSchema = lazySchema(() =>
  z.object({
    questionIndex: z.number().int(),
    followUp: z.number().int(),
    prompt: z.string(),
    followUpKind: z.enum(FOLLOW_UP_KINDS).nullable(),
    text: z.string(),
    spokenSeconds: z.number().nullable(),
    longPauses: z.number().int().nullable(),
    interrupted: z.enum(INTERRUPTIONS).nullable(),
    limitSeconds: z.number().int(),
    gate: z.enum(['ok', 'too-short', 'unintelligible']),
    verdict: z
      .enum(['not-enough', 'low', 'medium', 'high'])
      .describe('"not-enough": too short or unclear to judge'),
    figures: figuresSchema,
    postingTerms: z.array(z.string()),
    overLimit: z.boolean(),
    hasAudio: z.boolean().describe('The spoken answer’s recording is kept'),
    delivery: deliverySchema
      .nullable()
      .describe('Measured on the device from the recording; null when written'),
  }),
)

export const mockSummarySchema = lazySchema(() =>
  z.object({
    level: z.number().int(),
    answered: z.number().int(),
    judged: z.number().int(),
    averageAssertiveness: z.number().nullable(),
    fillersPer100: z.number().nullable(),
    resultShare: z.number().nullable(),
    averageSpokenSeconds: z.number().nullable(),
    averageLongPauses: z.number().nullable().optional(),
    tensionBefore: z.number().nullable(),
    tensionAfter: z.number().nullable(),
  }),
)

export const mockTurnSchema = lazySchema(() =>
  z.object({
    questionIndex: z.number().int(),
    followUp: z.number().int(),
    prompt: z.string(),
    followUpKind: z.enum(FOLLOW_UP_KINDS).nullable(),
    limitSeconds: z.number().int(),
    /** Thinking time before answering; 0 when untimed or for a follow-up. */
    thinkingSeconds: z.number().int(),
    /** At level 4: the interviewer cuts in after this long, or after this long without a sound. */
    interruptAfterSeconds: z.number().nullable(),
    silenceSeconds: z.number().nullable(),
  }),
)

export const mockInterviewSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    completedAt: z.string().nullable(),
    endedEarly: z.boolean(),
    settings: z.object({
      lang: languageSchema,
      stage: z.enum(INTERVIEW_STAGES),
      questionCount: z.number().int(),
      persona: personaSchema,
      level: mockLevelSchema,
    }),
    applicationId: z.string().nullable(),
    role: z.string(),
    postingTerms: z.array(z.object({ key: z.string(), label: z.string(), weight: z.number() })),
    postingLanguage: z.enum(['fr', 'en', 'other']).nullable(),
    questions: z.array(
      z.object({
        key: z.string(),
        source: z.enum(['bank', 'debrief', 'card']),
        text: z.string(),
        category: z.enum(QUESTION_CATEGORIES).nullable(),
        limitSeconds: z.number().int(),
      }),
    ),
    before: checkInSchema.nullable(),
    after: checkInSchema.nullable(),
    phase: z.enum(['checkin-before', 'thinking', 'answering', 'checkin-after', 'report']),
    turn: mockTurnSchema.nullable(),
    answers: z.array(mockAnswerSchema),
    report: z.object({
      summary: mockSummarySchema,
      comparisons: z.array(
        z.object({
          metric: z.enum(['averageAssertiveness', 'fillersPer100', 'resultShare', 'tensionAfter']),
          previous: z.number(),
          current: z.number(),
          better: z.boolean(),
        }),
      ),
      weakest: z.array(z.number().int()).describe('Question indexes worth rehearsing, weakest first'),
      delivery: deliverySummarySchema
        .nullable()
        .describe('The spoken answers’ delivery figures taken together; null without any'),
    }),
  }),
)
export type MockInterviewView = z.infer<typeof mockInterviewSchema>

export const mockInterviewListItemSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
    role: z.string(),
    lang: languageSchema,
    stage: z.enum(INTERVIEW_STAGES),
    persona: personaSchema,
    level: mockLevelSchema,
    questionCount: z.number().int(),
    answered: z.number().int(),
    summary: mockSummarySchema.nullable(),
  }),
)
export const mockInterviewsResponseSchema = lazySchema(() =>
  z.object({ sessions: z.array(mockInterviewListItemSchema) }),
)

export const mockRehearseResponseSchema = lazySchema(() =>
  z.object({
    added: z.number().int().describe('New cards in the deck'),
    alreadyInDeck: z.number().int(),
  }),
)

export const mockApplicationChoiceSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    company: z.string(),
    role: z.string(),
    stage: z
      .enum(INTERVIEW_STAGES)
      .nullable()
      .describe(
        'Suggested: the stage of its next interview, else of its latest one; null without interviews',
      ),
    interviewAt: z.string().nullable().describe('The date of the interview the stage comes from'),
  }),
)
export const mockApplicationChoicesSchema = lazySchema(() =>
  z.object({ applications: z.array(mockApplicationChoiceSchema) }),
)
export type MockApplicationChoice = z.infer<typeof mockApplicationChoiceSchema>
