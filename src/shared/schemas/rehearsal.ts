import { z } from 'zod'
import { MAX_ANSWER_LENGTH } from '../../domain/answer-limits'
import { CARD_SOURCES, FROM_INTERVIEW } from '../../domain/rehearsal/cards'
import { CARD_STATES, GRADES } from '../../domain/rehearsal/grades'
import { QUESTION_CATEGORIES } from '../../domain/rehearsal/question-bank/types'
import { languageSchema } from './common'
import { deliverySchema } from './delivery'
import { lazySchema } from './lazy-schema'

export const QUESTION_MAX = 1000
export const HINT_MAX = 20_000

export const categorySchema = lazySchema(() => z.enum([...QUESTION_CATEGORIES, FROM_INTERVIEW]))
export const gradeSchema = lazySchema(() => z.enum(GRADES))

export const bankQuestionSchema = lazySchema(() =>
  z.object({
    key: z.string(),
    lang: languageSchema,
    category: z.enum(QUESTION_CATEGORIES),
    text: z.string(),
    hint: z.string(),
    stages: z.array(z.string()),
    inDeck: z.boolean(),
  }),
)
export const bankQuerySchema = lazySchema(() =>
  z.object({
    lang: languageSchema.optional(),
    category: z.enum(QUESTION_CATEGORIES).optional(),
    q: z.string().trim().max(200).optional(),
  }),
)
export const bankResponseSchema = lazySchema(() => z.object({ questions: z.array(bankQuestionSchema) }))

export const cardSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    source: z.enum(CARD_SOURCES),
    bankKey: z.string().nullable(),
    interviewId: z.string().nullable().describe('The interview a destabilizing question came from'),
    lang: languageSchema,
    category: categorySchema,
    question: z.string(),
    hint: z.string().describe('For a card from a debrief: the better answer prepared there'),
    referenceAttemptId: z.string().nullable().describe('The attempt the user marked as their best'),
    due: z.string(),
    state: z.enum(CARD_STATES),
    reps: z.number().int(),
    lapses: z.number().int(),
    lastReview: z.string().nullable(),
    createdAt: z.string(),
    attemptCount: z.number().int(),
    lastAssertiveness: z.number().int().nullable(),
  }),
)
export type CardView = z.infer<typeof cardSchema>

export const cardsQuerySchema = lazySchema(() =>
  z.object({
    category: categorySchema.optional(),
    source: z.enum(CARD_SOURCES).optional(),
    q: z.string().trim().max(200).optional(),
  }),
)
export const cardsResponseSchema = lazySchema(() => z.object({ cards: z.array(cardSchema) }))
export const cardResponseSchema = lazySchema(() => z.object({ card: cardSchema }))

export const createCardBodySchema = lazySchema(() =>
  z.union([
    z.object({ bankKey: z.string().min(1).max(120) }),
    z.object({
      question: z.string().trim().min(1).max(QUESTION_MAX),
      lang: languageSchema,
      category: z.enum(QUESTION_CATEGORIES).optional(),
      hint: z.string().trim().max(HINT_MAX).default(''),
    }),
  ]),
)

export const updateCardBodySchema = lazySchema(() =>
  z
    .object({
      question: z.string().trim().min(1).max(QUESTION_MAX),
      hint: z.string().trim().max(HINT_MAX),
      category: categorySchema,
      referenceAttemptId: z.string().min(1).max(64).nullable(),
    })
    .partial()
    .refine((body) => Object.keys(body).length > 0, { message: 'nothing_to_update' }),
)

export const attemptSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    cardId: z.string(),
    mode: z.enum(['review', 'cram']),
    grade: gradeSchema.nullable(),
    text: z.string(),
    lang: languageSchema,
    wordCount: z.number().int(),
    estimatedSeconds: z.number().int(),
    fillerCount: z.number().int(),
    hedgeCount: z.number().int(),
    selfDeprecationCount: z.number().int(),
    starParts: z.number().int(),
    star: z.object({ situation: z.boolean(), task: z.boolean(), action: z.boolean(), result: z.boolean() }),
    metricsCount: z.number().int(),
    assertivenessScore: z.number().int(),
    assertivenessLevel: z.enum(['low', 'medium', 'high']),
    fillersPer100Words: z.number(),
    spokenSeconds: z.number().nullable().describe('Measured length of the recording, in seconds'),
    longPauses: z.number().int().nullable().describe('Silences of 2 s or more inside the spoken answer'),
    wordsPerMinute: z
      .number()
      .nullable()
      .describe('Once a transcript or typed text exists for a spoken attempt'),
    delivery: deliverySchema
      .nullable()
      .describe('Delivery figures measured on the device from the recording, when it could be analysed'),
    hasAudio: z.boolean(),
    createdAt: z.string(),
  }),
)
export type AttemptView = z.infer<typeof attemptSchema>

export const createAttemptBodySchema = lazySchema(() =>
  z.object({
    text: z.string().max(MAX_ANSWER_LENGTH),
    lang: languageSchema.optional(),
    mode: z.enum(['review', 'cram']).default('review'),
    grade: gradeSchema.optional().describe('Required in review mode; cram attempts leave the schedule alone'),
    spokenSeconds: z.number().min(0).max(3600).optional(),
    longPauses: z.number().int().min(0).max(1000).optional(),
    delivery: deliverySchema
      .optional()
      .describe('For a spoken attempt: what the device measured on the recording'),
    transcript: z
      .boolean()
      .optional()
      .describe('True when the text came from speech recognition: it is analysed as a spoken transcript'),
  }),
)

/** Largest recording accepted: about ten minutes of compressed speech. */
export const AUDIO_MAX_BYTES = 10 * 1024 * 1024
export const AUDIO_CONTENT_TYPES = /^audio\/(webm|ogg|wav|x-wav|wave|mp4|mpeg|aac)(;.*)?$/i

export const attemptResultSchema = lazySchema(() => z.object({ attempt: attemptSchema, card: cardSchema }))

export const cardDetailSchema = lazySchema(() =>
  z.object({
    card: cardSchema,
    attempts: z.array(attemptSchema).describe('Oldest first: the trend over attempts'),
    nextIntervals: z.object({ again: z.string(), hard: z.string(), good: z.string(), easy: z.string() }),
  }),
)

export const queueResponseSchema = lazySchema(() =>
  z.object({
    due: z.array(cardSchema).describe('Due now, recent destabilizing questions first; at most 50 at a time'),
    dueCount: z.number().int().describe('How many cards are due in all'),
    nextDue: z.string().nullable().describe('When the next card not yet due comes back'),
    deckSize: z.number().int(),
  }),
)

export const cramQuerySchema = lazySchema(() => z.object({ interviewId: z.string().min(1).max(64) }))
export const cramResponseSchema = lazySchema(() =>
  z.object({
    interviewId: z.string(),
    company: z.string(),
    stage: z.string(),
    cards: z.array(cardSchema),
  }),
)
