import type { Generated } from 'kysely'
import type {
  ApplicationStatus,
  InterviewFormat,
  InterviewOutcome,
  InterviewStage,
} from '../../domain/debrief'

/**
 * Table shapes as Kysely sees them. Timestamps are ISO 8601 strings in UTC
 * (`2026-11-25T14:03:00.000Z`) on both SQLite and PostgreSQL: they compare and sort the same
 * way as text on both engines, and come back to the app unchanged.
 */
export type UsersTable = {
  id: string
  email: string
  password_hash: string
  display_name: string
  language: 'fr' | 'en'
  /** IANA name; Generated: the column has a default (Europe/Paris) for rows made before it. */
  time_zone: Generated<string>
  created_at: string
  updated_at: string
}

export type SessionsTable = {
  /** SHA-256 of the token held in the cookie: a leaked table does not yield usable sessions. */
  id: string
  user_id: string
  created_at: string
  last_seen_at: string
  expires_at: string
  /** The browser's User-Agent at sign-in (truncated), so a person can recognise their devices. */
  user_agent: string | null
}

export type LoginThrottleTable = {
  /**
   * SHA-256 of the normalised email (the account-wide counter of untrusted clients, whether or not
   * an account uses the email), or of one trusted browser's device token (its own counter).
   */
  key: string
  failures: number
  window_started_at: string
  locked_until: string | null
}

/** Requests counted against a limit (migration 0016): one row per limited route and client. */
export type RateLimitsTable = {
  /** SHA-256 of the route and the client's key (its IP address, or a person's id). */
  key: string
  hits: number
  window_ends_at: string
}

/** Secrets the server generates once and every instance sharing the database reads (migration 0010). */
export type ServerSecretsTable = {
  /** What the secret is for, e.g. `session`. */
  name: string
  value: string
  created_at: string
}

export type ApplicationsTable = {
  id: string
  user_id: string
  company: string
  role: string
  posting_url: string
  source: string
  status: ApplicationStatus
  notes: string
  created_at: string
  updated_at: string
}

export type InterviewsTable = {
  id: string
  user_id: string
  application_id: string
  date: string
  stage: InterviewStage
  format: InterviewFormat | null
  /** JSON array of { name, role }. */
  interviewers: string
  duration_minutes: number | null
  outcome: InterviewOutcome
  gut_feeling: number | null
  note: string
  created_at: string
  updated_at: string
}

export type DebriefsTable = {
  interview_id: string
  user_id: string
  version: number
  /** JSON document, validated by the shared zod schema before it is written. */
  content: string
  /** 0–100, computed by the domain at each save, so lists need not parse the document. */
  progress: number
  /** JSON DebriefFacts (ratings, causes, action counts), derived from `content` at each save. */
  facts: string
  created_at: string
  updated_at: string
}

export type CardsTable = {
  id: string
  user_id: string
  source: 'bank' | 'debrief' | 'own'
  bank_key: string | null
  interview_id: string | null
  debrief_question_id: string | null
  lang: 'fr' | 'en'
  category: string
  question: string
  hint: string
  reference_attempt_id: string | null
  due: string
  stability: number
  difficulty: number
  elapsed_days: number
  scheduled_days: number
  learning_steps: number
  reps: number
  lapses: number
  state: 'new' | 'learning' | 'review' | 'relearning'
  last_review: string | null
  created_at: string
  updated_at: string
}

export type AttemptsTable = {
  id: string
  user_id: string
  card_id: string
  mode: 'review' | 'cram'
  grade: 'again' | 'hard' | 'good' | 'easy' | null
  text: string
  lang: 'fr' | 'en'
  word_count: number
  estimated_seconds: number
  filler_count: number
  hedge_count: number
  self_deprecation_count: number
  star_parts: number
  /** JSON { situation, task, action, result } booleans. */
  star: string
  metrics_count: number
  assertiveness_score: number
  assertiveness_level: 'low' | 'medium' | 'high'
  spoken_seconds: number | null
  long_pauses: number | null
  words_per_minute: number | null
  /** JSON delivery figures (src/shared/schemas/delivery.ts), or null. */
  delivery: string | null
  created_at: string
}

export type AttemptAudioTable = {
  attempt_id: string
  user_id: string
  mime: string
  size: number
  data: Uint8Array
  created_at: string
}

export type FeedbackRequestsTable = {
  interview_id: string
  user_id: string
  status: 'to_ask' | 'asked' | 'received' | 'declined' | 'no_answer'
  asked_at: string | null
  follow_up_at: string | null
  tone: 'formal' | 'warm'
  lang: 'fr' | 'en'
  /** The recruiter's email address, for the mailto: link; may be empty. */
  recipient: string
  subject: string
  body: string
  feedback_text: string
  received_at: string | null
  created_at: string
  updated_at: string
}

export type CompanyResearchTable = { user_id: string; company_key: string; items: string; updated_at: string }
export type InterviewPrepTable = {
  interview_id: string
  user_id: string
  questions: string
  logistics: string
  applied_action_ids: string
  /** JSON string[]: carried actions ticked done from this interview's plan. */
  completed_action_ids: string
  updated_at: string
  /** Actions the plan offered when the applied ones were last saved; null until then. */
  applied_offered: number | null
}
export type PitchesTable = { user_id: string; version: number; content: string; created_at: string }

export type ReboundsTable = {
  id: string
  user_id: string
  application_id: string
  interview_id: string | null
  mood: number | null
  learned: string
  /** JSON ReboundStep[]. */
  steps: string
  created_at: string
  updated_at: string
  closed_at: string | null
}

export type MoodsTable = {
  id: string
  user_id: string
  mood: number
  note: string
  created_at: string
  /** The 48-hour plan this mood was given in, if any (migration 0012). */
  rebound_id: string | null
}

/** A mock interview (migration 0015); JSON columns are validated by the domain's types when written. */
export type MockSessionsTable = {
  id: string
  user_id: string
  application_id: string | null
  role: string
  lang: 'fr' | 'en'
  stage: InterviewStage
  persona: 'bienveillant' | 'neutre' | 'exigeant'
  level: number
  question_count: number
  seed: number
  posting_terms: string
  posting_language: 'fr' | 'en' | 'other' | null
  questions: string
  tension_before: number | null
  note_before: string
  tension_after: number | null
  note_after: string
  ended_at: string | null
  completed_at: string | null
  summary: string | null
  created_at: string
  updated_at: string
}

export type MockAnswerAudioTable = {
  answer_id: string
  user_id: string
  mime: string
  size: number
  data: Uint8Array
  created_at: string
}

export type MockAnswersTable = {
  id: string
  session_id: string
  user_id: string
  question_index: number
  follow_up: number
  prompt: string
  follow_up_kind: string | null
  text: string
  spoken_seconds: number | null
  long_pauses: number | null
  interrupted: 'over-time' | 'silence' | null
  limit_seconds: number
  gate: 'ok' | 'too-short' | 'unintelligible'
  figures: string
  /** JSON delivery figures (src/shared/schemas/delivery.ts), or null (migration 0024). */
  delivery: string | null
  created_at: string
}

/** A password reset link (migration 0018): only its token's SHA-256 is stored. */
export type PasswordResetTokensTable = {
  id: string
  user_id: string
  /** SHA-256 of the account's password hash when the link was made: a password change since makes it stale. */
  password_fingerprint: string
  created_at: string
  expires_at: string
  used_at: string | null
}

/** A person's private calendar subscription (migration 0019): only its secret's SHA-256 is stored. */
export type CalendarFeedsTable = {
  user_id: string
  token_hash: string
  created_at: string
}

/** Where an imported row came from (migration 0021, ADR 0013): an import adds a row once. */
export type ImportSourcesTable = {
  user_id: string
  table_name: string
  /** The row's id in the export file (a pitch's version, a company research's key). */
  source_id: string
  local_id: string
  imported_at: string
}

/** A link between a person and a coach or partner (migration 0022): an invitation until accepted. */
export type SharingLinksTable = {
  id: string
  owner_id: string
  /** Null until the invitation is accepted. */
  invitee_id: string | null
  role: 'coach' | 'partner'
  /** The owner's own words for whom the invitation is for. */
  label: Generated<string>
  /** The share choice, JSON text (domain/sharing ShareChoice). */
  shares: string
  /** SHA-256 of the invitation's token. */
  token_hash: string
  created_at: string
  expires_at: string
  accepted_at: string | null
  ended_at: string | null
  ended_by: 'owner' | 'invitee' | null
}

/** What an invitee opened through a link, and when (migration 0022). */
export type SharingAccessLogTable = {
  id: string
  link_id: string
  resource_kind: string
  resource_id: string | null
  opened_at: string
}

/** A comment (or a reply) by a coach, a partner or the owner on an anchor of a shared item (ADR 0015). */
export type SharingCommentsTable = {
  id: string
  link_id: string
  /** The person whose item it is. */
  owner_id: string
  author_id: string
  anchor_kind: 'debrief_step' | 'question' | 'answer'
  /** The item: an interview (debrief anchors) or a card (answers). */
  anchor_id: string
  /** The part: a debrief step, a replayed question's id or an attempt's id. */
  anchor_step: string | null
  parent_id: string | null
  body: string
  created_at: string
  /** When the owner saw it (null for what the owner wrote). */
  read_at: string | null
  /** `lesson:<id>` or `action:<id>` once the owner turned it into one. */
  converted_to: string | null
}

/** A coach's rubric on a rehearsal answer, one per link and attempt. */
export type SharingRatingsTable = {
  id: string
  link_id: string
  owner_id: string
  author_id: string
  card_id: string
  attempt_id: string
  structure: number
  clarity: number
  results: number
  assertiveness: number
  note: string
  created_at: string
  read_at: string | null
}

/** Who assigned a card of the owner's deck. */
export type SharingAssignmentsTable = {
  card_id: string
  link_id: string
  owner_id: string
  author_id: string
  created_at: string
  read_at: string | null
}

export type Database = {
  users: UsersTable
  sessions: SessionsTable
  login_throttle: LoginThrottleTable
  rate_limits: RateLimitsTable
  server_secrets: ServerSecretsTable
  applications: ApplicationsTable
  interviews: InterviewsTable
  debriefs: DebriefsTable
  cards: CardsTable
  attempts: AttemptsTable
  attempt_audio: AttemptAudioTable
  feedback_requests: FeedbackRequestsTable
  company_research: CompanyResearchTable
  interview_prep: InterviewPrepTable
  pitches: PitchesTable
  rebounds: ReboundsTable
  moods: MoodsTable
  mock_sessions: MockSessionsTable
  mock_answers: MockAnswersTable
  password_reset_tokens: PasswordResetTokensTable
  calendar_feeds: CalendarFeedsTable
  mock_answer_audio: MockAnswerAudioTable
  import_sources: ImportSourcesTable
  sharing_links: SharingLinksTable
  sharing_access_log: SharingAccessLogTable
  sharing_comments: SharingCommentsTable
  sharing_ratings: SharingRatingsTable
  sharing_assignments: SharingAssignmentsTable
}
