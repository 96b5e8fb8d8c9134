import { randomUUID } from 'node:crypto'
import { strFromU8 } from 'fflate'
import { debriefProgress, normalizeDebrief } from '../../../domain/debrief'
import { debriefFacts } from '../../../domain/progress/facts'
import type { Language } from '../../../shared/schemas/common'
import {
  EXPORT_FORMAT,
  EXPORT_LIMITS,
  EXPORT_TABLES,
  EXPORT_VERSION,
  type ExportFile,
  type ExportTableName,
  exportFileSchema,
  type ImportResult,
} from '../../../shared/schemas/export'
import {
  FEEDBACK_FILE,
  FEEDBACK_FORMAT,
  FEEDBACK_VERSION,
  feedbackFileSchema,
} from '../../../shared/schemas/export-feedback'
import { AUDIO_CONTENT_TYPES, AUDIO_MAX_BYTES } from '../../../shared/schemas/rehearsal'
import { fieldMessages } from '../../../shared/validation-messages'
import { ApiError } from '../../errors'
import type { DataRow, DataTable } from '../../repositories/account-data.repository'
import type { Repositories } from '../../repositories/index'
import type { UserRecord } from '../../repositories/users.repository'
import type { ServiceContext } from '../context'
import { JSON_COLUMNS } from './export-account'
import { readZip, ZipError } from './read-zip'

/** At most this many problems are reported: enough to see what is wrong, not a wall of text. */
const MAX_REPORTED = 20

const SAY = {
  fr: {
    duplicate: 'Cet identifiant figure déjà plus haut dans le fichier.',
    missing: (id: string) => `Renvoie à « ${id} », qui n’est pas dans ce fichier.`,
    noFile: (path: string) => `Le fichier « ${path} » manque dans l’archive.`,
    recordingTooLarge: 'Cet enregistrement dépasse 10 Mo.',
    recordingType: 'Ce type d’enregistrement n’est pas accepté.',
    unsafeName: (name: string) => `Le nom « ${name} » sort de l’archive : ce fichier est refusé.`,
    damaged: (name: string) => `« ${name} » est abîmé ou plus grand qu’annoncé.`,
    notJson: 'rebond.json n’est pas un JSON lisible.',
    tooDeep: 'rebond.json est imbriqué trop profondément pour être lu.',
    version: (v: unknown) => `Version ${String(v)} ; ce serveur lit la version ${EXPORT_VERSION}.`,
    feedbackNotJson: 'feedback.json n’est pas un JSON lisible.',
    feedbackTooDeep: 'feedback.json est imbriqué trop profondément pour être lu.',
    feedbackNotRebond: 'feedback.json n’est pas reconnu comme les retours d’un export Rebond.',
    feedbackVersion: (v: unknown) =>
      `feedback.json en version ${String(v)} ; ce serveur lit la version ${FEEDBACK_VERSION}.`,
    noParent: (id: string) => `Répond à « ${id} », qui n’est pas dans feedback.json.`,
  },
  en: {
    duplicate: 'This identifier already appears earlier in the file.',
    missing: (id: string) => `Refers to “${id}”, which is not in this file.`,
    noFile: (path: string) => `The file “${path}” is missing from the archive.`,
    recordingTooLarge: 'This recording is over 10 MB.',
    recordingType: 'This type of recording is not accepted.',
    unsafeName: (name: string) => `The name “${name}” points outside the archive: this file is refused.`,
    damaged: (name: string) => `“${name}” is damaged or larger than it says.`,
    notJson: 'rebond.json is not readable JSON.',
    tooDeep: 'rebond.json is nested too deeply to be read.',
    version: (v: unknown) => `Version ${String(v)}; this server reads version ${EXPORT_VERSION}.`,
    feedbackNotJson: 'feedback.json is not readable JSON.',
    feedbackTooDeep: 'feedback.json is nested too deeply to be read.',
    feedbackNotRebond: 'feedback.json is not recognised as the feedback of a Rebond export.',
    feedbackVersion: (v: unknown) =>
      `feedback.json is version ${String(v)}; this server reads version ${FEEDBACK_VERSION}.`,
    noParent: (id: string) => `Replies to “${id}”, which is not in feedback.json.`,
  },
} as const

export type ImportOptions = {
  dryRun: boolean
  lang: Language
  /** Whether a JSON text nests deeper than the server reads (the security plugin's check). */
  tooDeep: (text: string) => boolean
}

/**
 * Reads an export zip and adds what it holds to the person's account, or with `dryRun` only says what
 * it would add. The file is checked whole before anything is written (its zip, its format and
 * version, every row against the schema, every reference inside the file, every recording), then
 * written in one transaction: a refused file leaves nothing behind. Every row gets a new id and the
 * references follow; rows an earlier import added (or that already are this account's own) are found
 * by their id in the file and left alone, so importing the same file twice adds nothing (ADR 0013).
 * feedback.json, when the zip has it, is checked the same way and counted, never written: it belongs to
 * sharing links with people who are not in this account.
 */
export async function importAccount(
  context: ServiceContext,
  user: UserRecord,
  zip: Uint8Array,
  options: ImportOptions,
): Promise<ImportResult> {
  const say = SAY[options.lang]
  const { file, entries } = await readExport(zip, options)
  const feedback = readFeedback(entries, options)
  const problems = { ...checkReferences(file, entries, say), ...feedback.problems }
  if (Object.keys(problems).length > 0) throw new ApiError('import_invalid', problems)

  const at = context.now().toISOString()
  const run = async (tx: Repositories) => {
    if (!options.dryRun) await tx.locks.owner(user.id)
    const plan = await planImport(tx, user.id, file, entries)
    if (!options.dryRun) {
      for (const table of EXPORT_TABLES) await tx.accountData.insert(user.id, table, plan.rows[table])
      await tx.accountData.recordSources(user.id, plan.sources, at)
    }
    return plan.counts
  }
  const counts = options.dryRun ? await run(context.repositories) : await context.transaction(run)
  return { dryRun: options.dryRun, exportedAt: file.exportedAt, counts, sharedFeedback: feedback.counts }
}

async function readExport(
  zip: Uint8Array,
  options: ImportOptions,
): Promise<{ file: ExportFile; entries: Map<string, Uint8Array> }> {
  const say = SAY[options.lang]
  let entries: Map<string, Uint8Array>
  try {
    entries = await readZip(zip, {
      entries: EXPORT_LIMITS.entries,
      inflatedBytes: EXPORT_LIMITS.inflatedBytes,
      entryBytes: (name) =>
        name === 'rebond.json'
          ? EXPORT_LIMITS.jsonBytes
          : name === FEEDBACK_FILE
            ? EXPORT_LIMITS.feedbackBytes
            : AUDIO_MAX_BYTES * 2,
    })
  } catch (error) {
    if (!(error instanceof ZipError)) throw error
    if (error.problem === 'too_large') throw new ApiError('import_too_large')
    const fields =
      error.problem === 'unsafe_name' && error.entry
        ? { zip: say.unsafeName(error.entry.slice(0, 100)) }
        : error.entry
          ? { zip: say.damaged(error.entry.slice(0, 100)) }
          : undefined
    throw new ApiError('import_unreadable', fields)
  }
  const json = entries.get('rebond.json')
  if (!json) throw new ApiError('import_not_rebond')
  const text = strFromU8(json)
  if (options.tooDeep(text)) throw new ApiError('import_not_rebond', { 'rebond.json': say.tooDeep })
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new ApiError('import_not_rebond', { 'rebond.json': say.notJson })
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as { format?: unknown; version?: unknown }
  if (head.format !== EXPORT_FORMAT) throw new ApiError('import_not_rebond')
  if (head.version !== EXPORT_VERSION)
    throw new ApiError('import_wrong_version', { version: say.version(head.version) })
  const parsed = exportFileSchema.safeParse(raw)
  if (!parsed.success)
    throw new ApiError('import_invalid', firstOf(fieldMessages(parsed.error.issues, options.lang)))
  return { file: parsed.data, entries }
}

/**
 * feedback.json checked like rebond.json (readable, recognised, a known version, every item against the
 * schema, every reply's parent in the file), problems named by their path in it; then only counted. A
 * zip without it (an export made before it existed) has nothing to count.
 */
function readFeedback(
  entries: Map<string, Uint8Array>,
  options: ImportOptions,
): { counts: ImportResult['sharedFeedback']; problems: Record<string, string> } {
  const say = SAY[options.lang]
  const bytes = entries.get(FEEDBACK_FILE)
  if (!bytes) return { counts: { comments: 0, ratings: 0, assignments: 0 }, problems: {} }
  const text = strFromU8(bytes)
  if (options.tooDeep(text)) throw new ApiError('import_invalid', { [FEEDBACK_FILE]: say.feedbackTooDeep })
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new ApiError('import_invalid', { [FEEDBACK_FILE]: say.feedbackNotJson })
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as { format?: unknown; version?: unknown }
  if (head.format !== FEEDBACK_FORMAT)
    throw new ApiError('import_invalid', { [FEEDBACK_FILE]: say.feedbackNotRebond })
  if (head.version !== FEEDBACK_VERSION)
    throw new ApiError('import_wrong_version', { [FEEDBACK_FILE]: say.feedbackVersion(head.version) })
  const parsed = feedbackFileSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [FEEDBACK_FILE, ...issue.path] }))
    throw new ApiError('import_invalid', firstOf(fieldMessages(issues, options.lang)))
  }
  const { comments, ratings, assignments } = parsed.data
  const problems: Record<string, string> = {}
  const ids = new Set<string>()
  comments.forEach((comment, i) => {
    if (ids.has(comment.id)) problems[`${FEEDBACK_FILE}.comments.${i}.id`] ??= say.duplicate
    ids.add(comment.id)
  })
  comments.forEach((comment, i) => {
    if (comment.parent_id !== null && !ids.has(comment.parent_id))
      problems[`${FEEDBACK_FILE}.comments.${i}.parent_id`] ??= say.noParent(comment.parent_id)
  })
  return {
    counts: { comments: comments.length, ratings: ratings.length, assignments: assignments.length },
    problems: firstOf(problems),
  }
}

const firstOf = (fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).slice(0, MAX_REPORTED))

/** Each table's own key, and what each reference column points to. */
export const TABLE_KEYS: Record<ExportTableName, string> = {
  applications: 'id',
  interviews: 'id',
  debriefs: 'interview_id',
  cards: 'id',
  attempts: 'id',
  attempt_audio: 'attempt_id',
  feedback_requests: 'interview_id',
  company_research: 'company_key',
  interview_prep: 'interview_id',
  pitches: 'version',
  rebounds: 'id',
  moods: 'id',
  mock_sessions: 'id',
  mock_answers: 'id',
  mock_answer_audio: 'answer_id',
}

export const TABLE_REFERENCES: Partial<Record<ExportTableName, Record<string, ExportTableName>>> = {
  interviews: { application_id: 'applications' },
  debriefs: { interview_id: 'interviews' },
  cards: { interview_id: 'interviews' },
  attempts: { card_id: 'cards' },
  attempt_audio: { attempt_id: 'attempts' },
  feedback_requests: { interview_id: 'interviews' },
  interview_prep: { interview_id: 'interviews' },
  rebounds: { application_id: 'applications', interview_id: 'interviews' },
  moods: { rebound_id: 'rebounds' },
  mock_sessions: { application_id: 'applications' },
  mock_answers: { session_id: 'mock_sessions' },
  mock_answer_audio: { answer_id: 'mock_answers' },
}

/** Identities the database holds unique within an account, beyond each table's key. */
const UNIQUE: Partial<Record<ExportTableName, (row: DataRow) => string | null>> = {
  cards: (row) =>
    row.bank_key !== null
      ? `bank:${String(row.bank_key)}`
      : row.debrief_question_id !== null
        ? `q:${String(row.interview_id)}:${String(row.debrief_question_id)}`
        : null,
  mock_answers: (row) => `${String(row.session_id)}:${String(row.question_index)}:${String(row.follow_up)}`,
  rebounds: (row) =>
    row.closed_at === null ? `${String(row.application_id)}:${String(row.interview_id)}` : null,
  pitches: (row) => `${String(row.version)}:${String(row.created_at)}`,
}

const rowsOf = (file: ExportFile, table: ExportTableName) => file.data[table] as unknown as DataRow[]

/** Every reference inside the file resolves, no key repeats, every recording is in the zip. */
function checkReferences(
  file: ExportFile,
  entries: Map<string, Uint8Array>,
  say: (typeof SAY)[Language],
): Record<string, string> {
  const problems: Record<string, string> = {}
  const report = (path: string, message: string) => {
    if (Object.keys(problems).length < MAX_REPORTED) problems[path] ??= message
  }
  const keys = {} as Record<ExportTableName, Set<string>>
  for (const table of EXPORT_TABLES) {
    const seen = new Set<string>()
    const unique = new Set<string>()
    rowsOf(file, table).forEach((row, i) => {
      const key = String(row[TABLE_KEYS[table]])
      if (seen.has(key)) report(`data.${table}.${i}.${TABLE_KEYS[table]}`, say.duplicate)
      seen.add(key)
      const identity = UNIQUE[table]?.(row)
      if (identity) {
        if (unique.has(identity)) report(`data.${table}.${i}`, say.duplicate)
        unique.add(identity)
      }
    })
    keys[table] = seen
  }
  for (const table of EXPORT_TABLES) {
    const references = TABLE_REFERENCES[table] ?? {}
    rowsOf(file, table).forEach((row, i) => {
      for (const [column, target] of Object.entries(references)) {
        const value = row[column]
        if (value !== null && !keys[target].has(String(value)))
          report(`data.${table}.${i}.${column}`, say.missing(String(value).slice(0, 100)))
      }
      if (table === 'attempt_audio' || table === 'mock_answer_audio') {
        const path = String(row.file)
        const bytes = entries.get(path)
        if (!bytes) report(`data.${table}.${i}.file`, say.noFile(path))
        else if (bytes.length > AUDIO_MAX_BYTES) report(`data.${table}.${i}.file`, say.recordingTooLarge)
        if (!AUDIO_CONTENT_TYPES.test(String(row.mime))) report(`data.${table}.${i}.mime`, say.recordingType)
      }
    })
  }
  return problems
}

type Plan = {
  rows: Record<ExportTableName, DataRow[]>
  sources: { table: DataTable; sourceId: string; localId: string }[]
  counts: ImportResult['counts']
}

/** What the file adds to this account: new rows with new ids, and what is already there. */
async function planImport(
  tx: Repositories,
  userId: string,
  file: ExportFile,
  entries: Map<string, Uint8Array>,
): Promise<Plan> {
  const imported = await tx.accountData.importedSources(userId)
  const plan: Plan = {
    rows: {} as Plan['rows'],
    sources: [],
    counts: {} as Plan['counts'],
  }
  /** File key → this account's key, per table: for references, and to know what is already there. */
  const local = {} as Record<ExportTableName, Map<string, string>>

  for (const table of EXPORT_TABLES) {
    const key = TABLE_KEYS[table]
    const existing = new Set(
      (await tx.accountData.columnsOf(userId, table, [key])).map((r) => String(r[key])),
    )
    const earlier = imported.get(table) ?? new Map<string, string>()
    const mapped = new Map<string, string>()
    const added: DataRow[] = []
    let alreadyThere = 0
    const references = TABLE_REFERENCES[table] ?? {}
    const ownsKey = key === 'id'
    const taken = await takenIdentities(tx, userId, table)
    const nextPitch = table === 'pitches' ? Math.max(0, ...[...existing].map(Number)) : 0

    for (const [i, source] of rowsOf(file, table).entries()) {
      const sourceKey = String(source[key])
      // References first: a row keyed by its parent takes the parent's id here.
      const row: DataRow = { ...source }
      for (const [column, target] of Object.entries(references)) {
        if (row[column] !== null) row[column] = local[target].get(String(row[column]))
      }
      const earlierKey = earlier.get(sourceKey)
      const ownKey = String(row[key])
      const identity = UNIQUE[table]?.(row)
      const sameIdentity = identity ? taken.get(identity) : undefined
      // Already here: added by an earlier import (and not deleted since), this account's own row (the
      // file came from it, or the row is keyed by a parent already here), or the same card or pitch.
      const here =
        earlierKey !== undefined && existing.has(earlierKey)
          ? earlierKey
          : table !== 'pitches' && existing.has(ownKey)
            ? ownKey
            : table === 'cards' || table === 'pitches'
              ? sameIdentity
              : undefined
      if (here !== undefined) {
        mapped.set(sourceKey, here)
        alreadyThere++
        continue
      }
      if (sameIdentity !== undefined && table === 'rebounds') row.closed_at = row.updated_at
      if (table === 'pitches') row.version = nextPitch + added.length + 1
      else if (ownsKey) row.id = randomUUID()
      mapped.set(sourceKey, String(row[key]))
      plan.sources.push({ table, sourceId: sourceKey, localId: String(row[key]) })
      added.push(toStored(table, row, entries, i))
    }
    local[table] = mapped
    plan.rows[table] = added
    plan.counts[table] = { added: added.length, alreadyThere }
  }
  // A reference attempt (no foreign key) follows its attempt, or is left empty when the file lacks it.
  for (const card of plan.rows.cards) {
    const reference = card.reference_attempt_id
    card.reference_attempt_id = reference === null ? null : (local.attempts.get(String(reference)) ?? null)
  }
  return plan
}

/** The identities in UNIQUE the account already holds, with the key of the row holding each. */
async function takenIdentities(tx: Repositories, userId: string, table: ExportTableName) {
  const taken = new Map<string, string>()
  const identity = UNIQUE[table]
  if (!identity || table === 'mock_answers') return taken
  const columns =
    table === 'cards'
      ? ['id', 'bank_key', 'interview_id', 'debrief_question_id']
      : table === 'pitches'
        ? ['version', 'created_at']
        : ['id', 'application_id', 'interview_id', 'closed_at']
  const rows = await tx.accountData.columnsOf(userId, table, columns)
  for (const row of rows) {
    const key = identity(row)
    if (key) taken.set(key, String(row[TABLE_KEYS[table]]))
  }
  return taken
}

/** A row as the database holds it: JSON as text, derived figures worked out, recordings' bytes. */
function toStored(
  table: ExportTableName,
  row: DataRow,
  entries: Map<string, Uint8Array>,
  _index: number,
): DataRow {
  const stored: DataRow = { ...row }
  if (table === 'debriefs') {
    const content = normalizeDebrief(row.content as Parameters<typeof normalizeDebrief>[0])
    stored.content = content
    stored.progress = debriefProgress(content)
    stored.facts = debriefFacts(content)
  }
  for (const column of [...(JSON_COLUMNS[table] ?? []), ...(table === 'debriefs' ? ['facts'] : [])]) {
    const value = stored[column]
    stored[column] = value === null ? null : JSON.stringify(value)
  }
  if (table === 'attempt_audio' || table === 'mock_answer_audio') {
    const bytes = entries.get(String(row.file)) ?? new Uint8Array()
    delete stored.file
    stored.data = bytes
    stored.size = bytes.length
  }
  return stored
}
