import { z } from 'zod'
import {
  CAUSES,
  DEBRIEF_STEPS,
  DESTABILIZATION_REASONS,
  type DebriefContent,
  EMOTIONS,
  LIMITS,
  QUESTION_FEELINGS,
  SEVERITIES,
} from '../../domain/debrief'
import { oneLine } from './common'
import {
  applicationStatusSchema,
  dateTimeSchema,
  formatSchema,
  outcomeSchema,
  stageSchema,
} from './interview-basics'
import { lazySchema } from './lazy-schema'

const text = (max: number) => z.string().trim().max(max)
const requiredText = (max: number) => z.string().trim().min(1).max(max)
const lineOf = (max: number) => oneLine(text(max))
const requiredLineOf = (max: number) => oneLine(requiredText(max))
const id = lazySchema(() => z.string().min(1).max(64))

// The moment and the kinds an interview is said with, in a module of their own: schemas that only need those (the
// feedback's, on Home) do not build every interview and debrief schema with them.
export { applicationStatusSchema, dateTimeSchema, formatSchema, outcomeSchema, stageSchema }

const gutFeelingSchema = lazySchema(() => z.number().int().min(1).max(5))
const urlSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .max(LIMITS.url)
    .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), 'invalid_url'),
)

export const interviewerSchema = lazySchema(() =>
  z.object({
    name: requiredLineOf(LIMITS.interviewerName),
    role: lineOf(LIMITS.interviewerRole).default(''),
  }),
)

// ---------- applications ----------

export const applicationSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    company: z.string(),
    role: z.string(),
    postingUrl: z.string(),
    source: z.string(),
    status: applicationStatusSchema,
    notes: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
)
export type Application = z.infer<typeof applicationSchema>

export const applicationSummarySchema = lazySchema(() =>
  applicationSchema.extend({
    interviewCount: z.number().int(),
    lastInterviewAt: z.string().nullable(),
  }),
)
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>

export const applicationsQuerySchema = lazySchema(() =>
  z.object({
    q: text(120).optional().describe('Matches company or role (for suggestions while typing)'),
    status: applicationStatusSchema.optional(),
  }),
)
export const applicationsResponseSchema = lazySchema(() =>
  z.object({ applications: z.array(applicationSummarySchema) }),
)

export const createApplicationBodySchema = lazySchema(() =>
  z.object({
    company: requiredLineOf(LIMITS.company),
    role: requiredLineOf(LIMITS.role),
    postingUrl: urlSchema.default(''),
    source: lineOf(LIMITS.source).default(''),
    status: applicationStatusSchema.default('active'),
    notes: text(LIMITS.applicationNotes).default(''),
  }),
)

export const updateApplicationBodySchema = lazySchema(() =>
  z
    .object({
      company: requiredLineOf(LIMITS.company),
      role: requiredLineOf(LIMITS.role),
      postingUrl: urlSchema,
      source: lineOf(LIMITS.source),
      status: applicationStatusSchema,
      notes: text(LIMITS.applicationNotes),
    })
    .partial()
    .refine((body) => Object.keys(body).length > 0, { message: 'nothing_to_update' }),
)
export type UpdateApplicationBody = z.infer<typeof updateApplicationBodySchema>

export const applicationResponseSchema = lazySchema(() => z.object({ application: applicationSchema }))

// ---------- interviews ----------

export const interviewSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    applicationId: z.string(),
    date: z.string().describe('ISO 8601, UTC'),
    stage: stageSchema,
    format: formatSchema.nullable(),
    interviewers: z.array(z.object({ name: z.string(), role: z.string() })),
    durationMinutes: z.number().int().nullable(),
    outcome: outcomeSchema,
    gutFeeling: z.number().int().nullable(),
    note: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
)
export type Interview = z.infer<typeof interviewSchema>

export const interviewListItemSchema = lazySchema(() =>
  interviewSchema.extend({
    company: z.string(),
    role: z.string(),
    debrief: z
      .object({ version: z.number().int(), progress: z.number().int(), updatedAt: z.string() })
      .nullable()
      .describe('null when no debrief was started'),
  }),
)
export type InterviewListItem = z.infer<typeof interviewListItemSchema>

export const interviewsQuerySchema = lazySchema(() =>
  z.object({
    stage: stageSchema.optional(),
    outcome: outcomeSchema.optional(),
    applicationId: id.optional(),
    company: text(LIMITS.company).optional(),
    q: text(200).optional().describe('Searches company, role and notes'),
  }),
)
export type InterviewsQuery = z.infer<typeof interviewsQuerySchema>
export const interviewsResponseSchema = lazySchema(() =>
  z.object({ interviews: z.array(interviewListItemSchema) }),
)

/** Quick capture: what can be typed in under a minute, right after the interview. */
export const createInterviewBodySchema = lazySchema(() =>
  z
    .object({
      company: lineOf(LIMITS.company).optional(),
      role: lineOf(LIMITS.role).optional(),
      applicationId: id.optional(),
      stage: stageSchema,
      date: dateTimeSchema,
      gutFeeling: gutFeelingSchema.nullable().optional(),
      note: text(LIMITS.interviewNote).default(''),
      format: formatSchema.nullable().optional(),
    })
    .superRefine((body, ctx) => {
      if (body.applicationId) return
      if (!body.company) ctx.addIssue({ code: 'custom', path: ['company'], message: 'required' })
      if (!body.role) ctx.addIssue({ code: 'custom', path: ['role'], message: 'required' })
    }),
)
export type CreateInterviewBody = z.infer<typeof createInterviewBodySchema>

export const updateInterviewBodySchema = lazySchema(() =>
  z
    .object({
      date: dateTimeSchema,
      stage: stageSchema,
      format: formatSchema.nullable(),
      interviewers: z.array(interviewerSchema).max(LIMITS.interviewers),
      durationMinutes: z.number().int().min(1).max(LIMITS.maxDurationMinutes).nullable(),
      outcome: outcomeSchema,
      gutFeeling: gutFeelingSchema.nullable(),
      note: text(LIMITS.interviewNote),
    })
    .partial()
    .refine((body) => Object.keys(body).length > 0, { message: 'nothing_to_update' }),
)
export type UpdateInterviewBody = z.infer<typeof updateInterviewBodySchema>

export const interviewResponseSchema = lazySchema(() =>
  z.object({
    interview: interviewSchema,
    application: applicationSchema,
  }),
)
export type InterviewResponse = z.infer<typeof interviewResponseSchema>

export const idParamsSchema = lazySchema(() => z.object({ id }))

// ---------- debrief ----------

const rating = lazySchema(() => z.number().int().min(1).max(5).nullable())

export const debriefContentSchema = lazySchema(
  () =>
    z.object({
      currentStep: z.enum([...DEBRIEF_STEPS, 'summary']),
      skipped: z.array(z.enum(DEBRIEF_STEPS)).max(DEBRIEF_STEPS.length),
      feelings: z.object({
        emotions: z
          .array(
            z.object({
              emotion: z.enum(EMOTIONS),
              intensity: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
            }),
          )
          .max(EMOTIONS.length),
        wentWell: text(LIMITS.wentWell),
        note: text(LIMITS.feelingsNote),
      }),
      questions: z
        .array(
          z.object({
            id,
            question: text(LIMITS.question),
            answer: text(LIMITS.answer),
            feeling: z.enum(QUESTION_FEELINGS).nullable(),
            recruiterReaction: text(LIMITS.recruiterReaction),
          }),
        )
        .max(LIMITS.questions),
      causes: z
        .array(
          z.object({
            cause: z.enum(CAUSES),
            otherLabel: text(LIMITS.otherLabel),
            evidence: text(LIMITS.evidence),
            severity: z.enum(SEVERITIES),
            questionIds: z.array(id).max(LIMITS.questions),
          }),
        )
        .max(LIMITS.causes),
      destabilizing: z
        .array(
          z.object({
            questionId: id,
            reasons: z.array(z.enum(DESTABILIZATION_REASONS)).max(DESTABILIZATION_REASONS.length),
            reasonOther: text(LIMITS.reasonOther),
            betterAnswer: z.string().max(LIMITS.betterAnswer),
            rehearse: z.boolean(),
            picked: z.boolean().optional(),
          }),
        )
        .max(LIMITS.questions),
      lessons: z
        .array(
          z.object({
            id,
            text: text(LIMITS.lesson),
            actions: z
              .array(
                z.object({
                  id,
                  text: text(LIMITS.action),
                  status: z.enum(['open', 'done']),
                  checkBeforeNext: z.boolean(),
                }),
              )
              .max(LIMITS.actionsPerLesson),
          }),
        )
        .max(LIMITS.lessons),
      ratings: z.object({ serenity: rating, confidence: rating, oralEase: rating, preparation: rating }),
    }) satisfies z.ZodType<DebriefContent>,
)

export const debriefStateSchema = lazySchema(() =>
  z.object({
    version: z.number().int().describe('0 before the first save; incremented by every save'),
    debrief: debriefContentSchema,
    progress: z.number().int(),
    updatedAt: z.string().nullable(),
  }),
)
export type DebriefState = z.infer<typeof debriefStateSchema>

export const saveDebriefBodySchema = lazySchema(() =>
  z.object({
    // At most the largest 32-bit integer: the column is an `integer`, and PostgreSQL refuses (500) a larger one.
    version: z.number().int().min(0).max(2_147_483_647).describe('The version this edit was based on'),
    debrief: debriefContentSchema,
  }),
)
export type SaveDebriefBody = z.infer<typeof saveDebriefBodySchema>

/** 409 body: the usual error plus the debrief as it is now, so nothing is lost on either side. */
export const debriefConflictSchema = lazySchema(() =>
  z.object({
    error: z.object({ code: z.literal('version_conflict'), message: z.string() }),
    current: debriefStateSchema,
  }),
)
export type DebriefConflict = z.infer<typeof debriefConflictSchema>
