import { z } from 'zod'
import { PITCH_PARTS, RESEARCH_ITEMS } from '../../domain/preparation/plan'
import { lazySchema } from './lazy-schema'
import { cardSchema } from './rehearsal'

export const PREP_LIMITS = {
  question: 500,
  questions: 20,
  notes: 5000,
  place: 500,
  link: 500,
  arrival: 200,
  documents: 20,
  document: 200,
  pitchPart: 1500,
} as const

const checkable = (max: number) =>
  z.object({ id: z.string().min(1).max(64), text: z.string().trim().max(max), done: z.boolean() })

export const researchSchema = lazySchema(() =>
  z.object(
    Object.fromEntries(
      RESEARCH_ITEMS.map((item) => [
        item,
        z.object({ done: z.boolean(), notes: z.string().max(PREP_LIMITS.notes) }),
      ]),
    ) as Record<(typeof RESEARCH_ITEMS)[number], z.ZodObject<{ done: z.ZodBoolean; notes: z.ZodString }>>,
  ),
)

export const logisticsSchema = lazySchema(() =>
  z.object({
    place: z.string().trim().max(PREP_LIMITS.place).describe('Address, floor, who to ask for at reception'),
    link: z
      .string()
      .trim()
      .max(PREP_LIMITS.link)
      .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), 'invalid_url')
      .default('')
      .describe('Video link to join, http(s)'),
    arrival: z
      .string()
      .trim()
      .max(PREP_LIMITS.arrival)
      .default('')
      .describe('When to arrive or connect, in the person’s words'),
    documents: z.array(checkable(PREP_LIMITS.document)).max(PREP_LIMITS.documents),
  }),
)

export const pitchSchema = lazySchema(() =>
  z.object(
    Object.fromEntries(
      PITCH_PARTS.map((part) => [part, z.string().trim().max(PREP_LIMITS.pitchPart)]),
    ) as Record<(typeof PITCH_PARTS)[number], z.ZodString>,
  ),
)

export const carriedActionSchema = lazySchema(() =>
  z.object({
    sourceInterviewId: z.string(),
    company: z.string(),
    lessonId: z.string(),
    lesson: z.string(),
    action: z.object({
      id: z.string(),
      text: z.string(),
      status: z.enum(['open', 'done']),
      checkBeforeNext: z.boolean(),
    }),
  }),
)

export const lessonToRereadSchema = lazySchema(() =>
  z.object({
    sourceInterviewId: z.string(),
    company: z.string(),
    date: z.string(),
    lessonId: z.string(),
    lesson: z.string(),
  }),
)

export const prepResponseSchema = lazySchema(() =>
  z.object({
    interview: z.object({
      id: z.string(),
      company: z.string(),
      role: z.string(),
      stage: z.string(),
      date: z.string(),
    }),
    upcoming: z.boolean(),
    carriedActions: z
      .array(carriedActionSchema)
      .describe(
        'Actions flagged "check before my next interview" in earlier debriefs, from any application: the open ones, the ones ticked done from this plan (or a later one), and those this interview\'s debrief says were applied',
      ),
    lessonsToReread: z
      .array(lessonToRereadSchema)
      .describe(
        'Lessons of earlier debriefs none of whose actions this plan carries, newest first: to reread, not to tick',
      ),
    research: researchSchema.describe('Kept per company and reused for its later rounds'),
    questionsToAsk: z.array(checkable(PREP_LIMITS.question)),
    logistics: logisticsSchema,
    appliedActionIds: z
      .array(z.string())
      .describe('After the interview: the carried actions that were applied'),
    pitch: z.object({ version: z.number().int(), content: pitchSchema, createdAt: z.string() }).nullable(),
    likelyQuestions: z.array(cardSchema).describe('Deck cards that fit this stage and company'),
    readiness: z.object({ done: z.number().int(), total: z.number().int(), percent: z.number().int() }),
  }),
)
export type PrepResponse = z.infer<typeof prepResponseSchema>

export const savePrepBodySchema = lazySchema(() =>
  z
    .object({
      questionsToAsk: z.array(checkable(PREP_LIMITS.question)).max(PREP_LIMITS.questions),
      logistics: logisticsSchema,
      appliedActionIds: z
        .array(z.string().min(1).max(64))
        .max(200)
        .describe('Ids of actions carried into this plan (any other is refused)'),
    })
    .partial()
    .refine((b) => Object.keys(b).length > 0, { message: 'nothing_to_update' }),
)

export const saveResearchBodySchema = lazySchema(() => z.object({ research: researchSchema }))

export const actionStatusBodySchema = lazySchema(() =>
  z.object({
    status: z.enum(['open', 'done']),
    planInterviewId: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe(
        'The interview whose preparation plan the action is ticked from: a done action then stays in that plan, and leaves the plans of later interviews',
      ),
  }),
)
export const actionParamsSchema = lazySchema(() =>
  z.object({
    id: z.string().min(1).max(64),
    actionId: z.string().min(1).max(64),
  }),
)

export const pitchResponseSchema = lazySchema(() =>
  z.object({
    current: z.object({ version: z.number().int(), content: pitchSchema, createdAt: z.string() }).nullable(),
    versions: z.array(z.object({ version: z.number().int(), createdAt: z.string() })),
    cardId: z.string().nullable().describe('The deck card to rehearse the pitch'),
  }),
)
export const savePitchBodySchema = lazySchema(() => z.object({ pitch: pitchSchema }))

export const pitchMaterialQuerySchema = lazySchema(() =>
  z.object({
    interview: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe('The interview the pitch is being adapted for: its company’s research notes come with it'),
  }),
)
export const pitchMaterialResponseSchema = lazySchema(() =>
  z.object({
    interview: z.object({ id: z.string(), company: z.string() }).nullable(),
    research: z
      .array(z.object({ item: z.enum(RESEARCH_ITEMS), notes: z.string() }))
      .describe('The research items of that company that have notes'),
    answers: z
      .array(
        z.object({
          question: z.string(),
          answer: z.string(),
          from: z.discriminatedUnion('kind', [
            z.object({
              kind: z.literal('debrief'),
              interviewId: z.string(),
              company: z.string(),
              date: z.string(),
            }),
            z.object({ kind: z.literal('card'), cardId: z.string() }),
          ]),
        }),
      )
      .describe('Better answers already written to a "why us?" question, in debriefs or on deck cards'),
  }),
)
export type PitchMaterialResponse = z.infer<typeof pitchMaterialResponseSchema>
