import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { localDay } from '../../../domain/accounts/time-zone'
import { type DebriefContent, debriefMarkdown } from '../../../domain/debrief'
import { slugify } from '../../../domain/slug'
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  type ExportTables,
} from '../../../shared/schemas/export'
import { FEEDBACK_FILE, type FeedbackFile } from '../../../shared/schemas/export-feedback'
import { DATA_TABLES, type DataRow, type DataTable } from '../../repositories/account-data.repository'
import type { UserRecord } from '../../repositories/users.repository'
import type { ServiceContext } from '../context'
import { feedbackFile } from './feedback-file'

/** Columns held as JSON text in the database and written as JSON values in rebond.json. */
export const JSON_COLUMNS: Partial<Record<DataTable, readonly string[]>> = {
  interviews: ['interviewers'],
  debriefs: ['content'],
  attempts: ['star', 'delivery'],
  company_research: ['items'],
  interview_prep: ['questions', 'logistics', 'applied_action_ids', 'completed_action_ids'],
  pitches: ['content'],
  rebounds: ['steps'],
  mock_sessions: ['posting_terms', 'questions', 'summary'],
  mock_answers: ['figures', 'delivery'],
}

/** Columns the server works out again on import, so the file neither carries nor overrides them. */
const DERIVED_COLUMNS: Partial<Record<DataTable, readonly string[]>> = { debriefs: ['progress', 'facts'] }

/** The recordings' tables: the row a recording belongs to, and its folder in the zip. */
export const RECORDINGS = {
  attempt_audio: { key: 'attempt_id', folder: 'recordings/attempts' },
  mock_answer_audio: { key: 'answer_id', folder: 'recordings/mock-answers' },
} as const satisfies Partial<Record<DataTable, { key: string; folder: string }>>

const EXTENSIONS: Record<string, string> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/mp4': 'm4a',
  'audio/mpeg': 'mp3',
  'audio/aac': 'aac',
}
const extensionOf = (mime: string) => EXTENSIONS[mime] ?? 'audio'

export type AccountExport = {
  file: ExportFile
  /** feedback.json: what coaches and partners left, and the replies (ADR 0013, 2026-12-03). */
  feedback: FeedbackFile
  /** Path in the zip → the recording's bytes. */
  recordings: Map<string, Uint8Array>
  /** Path in the zip → a debrief written out in Markdown, in the person's language. */
  debriefs: Map<string, string>
}

/** Everything the person owns, read in one transaction so that the parts agree with each other. */
export async function exportAccount(context: ServiceContext, user: UserRecord): Promise<AccountExport> {
  const exportedAt = context.now().toISOString()
  const { raw, feedback } = await context.transaction(async (tx) => {
    const tables = {} as Record<DataTable, DataRow[]>
    for (const table of DATA_TABLES) tables[table] = await tx.accountData.rowsOf(user.id, table)
    return { raw: tables, feedback: await tx.sharingReviews.list({ ownerId: user.id }) }
  })

  const recordings = new Map<string, Uint8Array>()
  const data = {} as Record<DataTable, DataRow[]>
  for (const table of DATA_TABLES) {
    const jsonColumns = JSON_COLUMNS[table] ?? []
    const derived = DERIVED_COLUMNS[table] ?? []
    data[table] = raw[table].map((stored) => {
      const row: DataRow = {}
      for (const [column, value] of Object.entries(stored)) {
        if (derived.includes(column)) continue
        row[column] = jsonColumns.includes(column) && typeof value === 'string' ? JSON.parse(value) : value
      }
      if (table === 'attempt_audio' || table === 'mock_answer_audio') {
        const { key, folder } = RECORDINGS[table]
        const path = `${folder}/${String(row[key])}.${extensionOf(String(row.mime))}`
        recordings.set(path, row.data as Uint8Array)
        delete row.data
        row.file = path
      }
      return row
    })
  }

  const tables = data as unknown as ExportTables
  return {
    file: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt,
      account: {
        email: user.email,
        display_name: user.displayName,
        language: user.language,
        time_zone: user.timeZone,
        created_at: user.createdAt,
      },
      data: tables,
    },
    feedback: feedbackFile(feedback, exportedAt),
    recordings,
    debriefs: debriefDocuments(tables, user),
  }
}

/** One Markdown file per debrief, named by the interview's day (in the person's zone) and company. */
function debriefDocuments(tables: ExportTables, user: UserRecord): Map<string, string> {
  const interviews = new Map(tables.interviews.map((i) => [i.id, i]))
  const applications = new Map(tables.applications.map((a) => [a.id, a]))
  const documents = new Map<string, string>()
  for (const debrief of tables.debriefs) {
    const interview = interviews.get(debrief.interview_id)
    const application = interview && applications.get(interview.application_id)
    if (!interview || !application) continue
    const markdown = debriefMarkdown(
      {
        company: application.company,
        role: application.role,
        date: interview.date,
        stage: interview.stage,
        format: interview.format,
        outcome: interview.outcome,
        gutFeeling: interview.gut_feeling,
        durationMinutes: interview.duration_minutes,
        interviewers: interview.interviewers.map((p) => ({ name: p.name, role: p.role ?? '' })),
        note: interview.note,
      },
      debrief.content as DebriefContent,
      user.language,
      user.timeZone,
    )
    const day = localDay(new Date(interview.date), user.timeZone)
    const name = [day, slugify(application.company, 40), interview.id.slice(0, 8)].filter(Boolean).join('-')
    documents.set(`debriefs/${name}.md`, markdown)
  }
  return documents
}

/** How much of a file is compressed before other requests get their turn. */
const ZIP_SLICE_BYTES = 256 * 1024

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The export as one zip: rebond.json, feedback.json, the recordings as they were recorded (stored, not
 * compressed again: audio does not shrink) and the debriefs in Markdown. Compressed a slice at a time, letting
 * other requests through between slices: a large account's export must not hold the server for
 * seconds.
 */
export async function exportZip(exported: AccountExport): Promise<Uint8Array> {
  const mtime = new Date(exported.file.exportedAt)
  const parts: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else parts.push(chunk)
  })
  const add = async (path: string, bytes: Uint8Array, compress: boolean) => {
    const entry = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path)
    entry.mtime = mtime
    zip.add(entry)
    if (bytes.length === 0) entry.push(bytes, true)
    for (let at = 0; at < bytes.length; at += ZIP_SLICE_BYTES) {
      entry.push(bytes.subarray(at, at + ZIP_SLICE_BYTES), at + ZIP_SLICE_BYTES >= bytes.length)
      await nextTurn()
    }
  }
  await add('rebond.json', strToU8(JSON.stringify(exported.file, null, 1)), true)
  await add(FEEDBACK_FILE, strToU8(JSON.stringify(exported.feedback, null, 1)), true)
  for (const [path, markdown] of exported.debriefs) await add(path, strToU8(markdown), true)
  for (const [path, bytes] of exported.recordings) await add(path, bytes, false)
  zip.end()
  if (failure) throw failure
  return Buffer.concat(parts)
}

/** The download's name: `rebond-export-2026-03-02.zip`, the day in the person's zone. */
export const exportFileName = (user: UserRecord, at: Date): string =>
  `rebond-export-${localDay(at, user.timeZone)}.zip`
