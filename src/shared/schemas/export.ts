import { z } from 'zod'
import {
  APPLICATION_STATUSES,
  INTERVIEW_FORMATS,
  INTERVIEW_OUTCOMES,
  INTERVIEW_STAGES,
} from '../../domain/debrief'
import { PERSONAS } from '../../domain/mock-interview/settings'
import { GRADES } from '../../domain/rehearsal/grades'
import { languageSchema } from './common'
import { deliverySchema } from './delivery'
import { debriefContentSchema, interviewerSchema } from './interviews'
import { lazySchema } from './lazy-schema'

/**
 * `rebond.json`, the heart of the export zip (`GET /api/me/export`) and what an import reads back
 * (`POST /api/me/import`). One array per table a person owns, one object per row, the columns named as
 * in the database (snake_case) without the owner (implied); JSON columns are written as JSON values,
 * recordings as the path of their file in the zip. Ids are the exporting instance's own: an import
 * gives every row a new id and rewrites the references. Left out on purpose: the password hash,
 * sessions, reset links and the calendar feed's secret (credentials, not data), and figures the server
 * derives again on import (a debrief's progress and facts). Bump `version` on any change an older
 * reader would misread; an import refuses versions it does not know.
 */
export const EXPORT_FORMAT = 'rebond-export'
export const EXPORT_VERSION = 1

const id = lazySchema(() => z.string().min(1).max(100))
const at = lazySchema(() => z.iso.datetime())
const nullableAt = lazySchema(() => at.nullable())
const text = lazySchema(() => z.string().max(200_000))
const count = lazySchema(() => z.number().int().min(0).max(1_000_000_000))
const figure = lazySchema(() => z.number().finite())
const json = lazySchema(() => z.json())
/** Where a recording is in the zip: `recordings/<kind>/<safe name>.<extension>`. */
export const RECORDING_PATH = /^recordings\/(attempts|mock-answers)\/[A-Za-z0-9_-]{1,100}\.[a-z0-9]{1,8}$/

const recording = {
  mime: z.string().regex(/^audio\/[a-z0-9.+-]{1,40}$/),
  size: count,
  created_at: at,
  file: z.string().regex(RECORDING_PATH),
}

export const exportTablesSchema = lazySchema(() =>
  z.object({
    applications: z.array(
      z.object({
        id,
        company: text,
        role: text,
        posting_url: text,
        source: text,
        status: z.enum(APPLICATION_STATUSES),
        notes: text,
        created_at: at,
        updated_at: at,
      }),
    ),
    interviews: z.array(
      z.object({
        id,
        application_id: id,
        date: at,
        stage: z.enum(INTERVIEW_STAGES),
        format: z.enum(INTERVIEW_FORMATS).nullable(),
        interviewers: z.array(interviewerSchema).max(50),
        duration_minutes: count.nullable(),
        outcome: z.enum(INTERVIEW_OUTCOMES),
        gut_feeling: z.number().int().min(1).max(5).nullable(),
        note: text,
        created_at: at,
        updated_at: at,
      }),
    ),
    debriefs: z.array(
      z.object({
        interview_id: id,
        version: count,
        content: debriefContentSchema,
        created_at: at,
        updated_at: at,
      }),
    ),
    cards: z.array(
      z.object({
        id,
        source: z.enum(['bank', 'debrief', 'own']),
        bank_key: z.string().max(200).nullable(),
        interview_id: id.nullable(),
        debrief_question_id: z.string().max(200).nullable(),
        lang: languageSchema,
        category: z.string().max(100),
        question: text,
        hint: text,
        /** No foreign key in the database: an attempt that is not in the file leaves it empty. */
        reference_attempt_id: id.nullable(),
        due: at,
        stability: figure,
        difficulty: figure,
        elapsed_days: count,
        scheduled_days: count,
        learning_steps: count,
        reps: count,
        lapses: count,
        state: z.enum(['new', 'learning', 'review', 'relearning']),
        last_review: nullableAt,
        created_at: at,
        updated_at: at,
      }),
    ),
    attempts: z.array(
      z.object({
        id,
        card_id: id,
        mode: z.enum(['review', 'cram']),
        grade: z.enum(GRADES).nullable(),
        text,
        lang: languageSchema,
        word_count: count,
        estimated_seconds: count,
        filler_count: count,
        hedge_count: count,
        self_deprecation_count: count,
        star_parts: z.number().int().min(0).max(4),
        star: z.object({
          situation: z.boolean(),
          task: z.boolean(),
          action: z.boolean(),
          result: z.boolean(),
        }),
        metrics_count: count,
        assertiveness_score: z.number().int().min(-1000).max(1000),
        assertiveness_level: z.enum(['low', 'medium', 'high']),
        spoken_seconds: figure.nullable(),
        long_pauses: count.nullable(),
        words_per_minute: figure.nullable(),
        /** Delivery figures measured on the device (absent from a written attempt). */
        delivery: deliverySchema.nullable().optional(),
        created_at: at,
      }),
    ),
    attempt_audio: z.array(z.object({ attempt_id: id, ...recording })),
    feedback_requests: z.array(
      z.object({
        interview_id: id,
        status: z.enum(['to_ask', 'asked', 'received', 'declined', 'no_answer']),
        asked_at: nullableAt,
        follow_up_at: nullableAt,
        tone: z.enum(['formal', 'warm']),
        lang: languageSchema,
        recipient: z.string().max(254),
        subject: text,
        body: text,
        feedback_text: text,
        received_at: nullableAt,
        created_at: at,
        updated_at: at,
      }),
    ),
    company_research: z.array(
      z.object({ company_key: z.string().min(1).max(300), items: json, updated_at: at }),
    ),
    interview_prep: z.array(
      z.object({
        interview_id: id,
        questions: json,
        logistics: json,
        applied_action_ids: z.array(z.string().max(200)).max(1000),
        completed_action_ids: z.array(z.string().max(200)).max(1000),
        updated_at: at,
        applied_offered: count.nullable(),
      }),
    ),
    pitches: z.array(z.object({ version: z.number().int().min(1), content: json, created_at: at })),
    rebounds: z.array(
      z.object({
        id,
        application_id: id,
        interview_id: id.nullable(),
        mood: z.number().int().min(1).max(5).nullable(),
        learned: text,
        steps: json,
        created_at: at,
        updated_at: at,
        closed_at: nullableAt,
      }),
    ),
    moods: z.array(
      z.object({
        id,
        mood: z.number().int().min(1).max(5),
        note: text,
        created_at: at,
        rebound_id: id.nullable(),
      }),
    ),
    mock_sessions: z.array(
      z.object({
        id,
        application_id: id.nullable(),
        role: text,
        lang: languageSchema,
        stage: z.enum(INTERVIEW_STAGES),
        persona: z.enum(PERSONAS),
        level: z.number().int().min(1).max(4),
        question_count: count,
        seed: z.number().int(),
        posting_terms: json,
        posting_language: z.enum(['fr', 'en', 'other']).nullable(),
        questions: json,
        tension_before: z.number().int().nullable(),
        note_before: text,
        tension_after: z.number().int().nullable(),
        note_after: text,
        ended_at: nullableAt,
        completed_at: nullableAt,
        summary: json.nullable(),
        created_at: at,
        updated_at: at,
      }),
    ),
    mock_answers: z.array(
      z.object({
        id,
        session_id: id,
        question_index: count,
        follow_up: count,
        prompt: text,
        follow_up_kind: z.string().max(100).nullable(),
        text,
        spoken_seconds: figure.nullable(),
        long_pauses: count.nullable(),
        interrupted: z.enum(['over-time', 'silence']).nullable(),
        limit_seconds: count,
        gate: z.enum(['ok', 'too-short', 'unintelligible']),
        figures: json,
        /** Delivery figures measured on the device (absent from a written answer, or an older file). */
        delivery: deliverySchema.nullable().optional(),
        created_at: at,
      }),
    ),
    mock_answer_audio: z.array(z.object({ answer_id: id, ...recording })),
  }),
)

export type ExportTables = z.infer<typeof exportTablesSchema>
export type ExportTableName = keyof ExportTables
export const EXPORT_TABLES = Object.keys(exportTablesSchema.shape) as ExportTableName[]

export const exportFileSchema = lazySchema(() =>
  z
    .object({
      format: z.literal(EXPORT_FORMAT),
      version: z.literal(EXPORT_VERSION),
      exportedAt: at,
      account: z.object({
        email: z.string().max(254),
        display_name: z.string().max(200),
        language: languageSchema,
        time_zone: z.string().max(100),
        created_at: at,
      }),
      data: exportTablesSchema,
    })
    .meta({ title: 'RebondExport', description: 'rebond.json: everything a person owns, format version 1' }),
)

export type ExportFile = z.infer<typeof exportFileSchema>

export { type ImportResult, importQuerySchema, importResultSchema } from './import'

/** How large an imported zip and its files may be. */
export const EXPORT_LIMITS = {
  /** The zip an import accepts, as sent. */
  zipBytes: 100 * 1024 * 1024,
  /** Everything in it once inflated. */
  inflatedBytes: 400 * 1024 * 1024,
  /** rebond.json once inflated. */
  jsonBytes: 150 * 1024 * 1024,
  /** feedback.json once inflated. */
  feedbackBytes: 20 * 1024 * 1024,
  entries: 100_000,
} as const
