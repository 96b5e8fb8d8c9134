import { type Kysely, type Selectable, sql } from 'kysely'
import {
  type DebriefContent,
  debriefSearchText,
  type InterviewOutcome,
  type InterviewStage,
} from '../../domain/debrief'
import type { Interview, InterviewListItem } from '../../shared/schemas/interviews'
import type { Database, InterviewsTable } from '../db/schema'
import { deleteDebriefCards } from './cards.repository'
import { changedColumns, changedJson } from './changed-columns'
import { matchesAll, sameFolded } from './text-search'

function parseInterviewers(json: string): Interview['interviewers'] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value)
      ? value.filter(
          (p): p is { name: string; role: string } =>
            typeof p?.name === 'string' && typeof p?.role === 'string',
        )
      : []
  } catch {
    return []
  }
}

const toInterview = (row: Selectable<InterviewsTable>): Interview => ({
  id: row.id,
  applicationId: row.application_id,
  date: row.date,
  stage: row.stage,
  format: row.format,
  interviewers: parseInterviewers(row.interviewers),
  durationMinutes: row.duration_minutes === null ? null : Number(row.duration_minutes),
  outcome: row.outcome,
  gutFeeling: row.gut_feeling === null ? null : Number(row.gut_feeling),
  note: row.note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

export type NewInterview = Omit<Interview, 'updatedAt'>
export type InterviewChanges = Partial<Omit<Interview, 'id' | 'applicationId' | 'createdAt' | 'updatedAt'>>

export type InterviewFilter = {
  stage?: InterviewStage | undefined
  outcome?: InterviewOutcome | undefined
  applicationId?: string | undefined
  /** The whole company name, whatever the case and accents ("orange" is not "Orange Bank"). */
  company?: string | undefined
  /** Every word somewhere in the company, role, notes or the debrief's text. */
  q?: string | undefined
}

/** The debrief's words, read only when a search asks for them. */
function debriefWords(json: string | null): string[] {
  if (json === null) return []
  try {
    return debriefSearchText(JSON.parse(json) as DebriefContent)
  } catch {
    return []
  }
}

/** Every query is scoped by the owner: another user's interview is simply not found. */
export function createInterviewsRepository(db: Kysely<Database>) {
  return {
    async insert(userId: string, interview: NewInterview): Promise<Interview> {
      const row = await db
        .insertInto('interviews')
        .values({
          id: interview.id,
          user_id: userId,
          application_id: interview.applicationId,
          date: interview.date,
          stage: interview.stage,
          format: interview.format,
          interviewers: JSON.stringify(interview.interviewers),
          duration_minutes: interview.durationMinutes,
          outcome: interview.outcome,
          gut_feeling: interview.gutFeeling,
          note: interview.note,
          created_at: interview.createdAt,
          updated_at: interview.createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toInterview(row)
    },

    async find(userId: string, id: string): Promise<Interview | undefined> {
      const row = await db
        .selectFrom('interviews')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst()
      return row ? toInterview(row) : undefined
    },

    /** Newest first, with the application's company and role and the debrief's progress. */
    async list(userId: string, filter: InterviewFilter = {}): Promise<InterviewListItem[]> {
      let query = db
        .selectFrom('interviews')
        // Both joins repeat the owner, so a search in the debriefs' text never reaches another's.
        .innerJoin('applications', (join) =>
          join
            .onRef('applications.id', '=', 'interviews.application_id')
            .on('applications.user_id', '=', userId),
        )
        .leftJoin('debriefs', (join) =>
          join.onRef('debriefs.interview_id', '=', 'interviews.id').on('debriefs.user_id', '=', userId),
        )
        .selectAll('interviews')
        .select([
          'applications.company',
          'applications.role',
          'applications.notes as application_notes',
          'debriefs.version as debrief_version',
          'debriefs.progress as debrief_progress',
          'debriefs.updated_at as debrief_updated_at',
        ])
        .where('interviews.user_id', '=', userId)
        .orderBy('interviews.date', 'desc')
      if (filter.stage) query = query.where('interviews.stage', '=', filter.stage)
      if (filter.outcome) query = query.where('interviews.outcome', '=', filter.outcome)
      if (filter.applicationId) query = query.where('interviews.application_id', '=', filter.applicationId)
      const searching = filter.q?.trim() ? filter.q : undefined
      // The debrief documents are only fetched (and parsed) for a text search.
      const rows = await (searching
        ? query.select('debriefs.content as debrief_content')
        : query.select(sql<string | null>`null`.as('debrief_content'))
      ).execute()
      return rows
        .filter((row) => filter.company === undefined || sameFolded(row.company, filter.company))
        .filter(
          (row) =>
            !searching ||
            matchesAll(
              [row.company, row.role, row.note, row.application_notes, ...debriefWords(row.debrief_content)],
              searching,
            ),
        )
        .map((row) => ({
          ...toInterview(row),
          company: row.company,
          role: row.role,
          debrief:
            row.debrief_version === null || row.debrief_progress === null || row.debrief_updated_at === null
              ? null
              : {
                  version: Number(row.debrief_version),
                  progress: Number(row.debrief_progress),
                  updatedAt: row.debrief_updated_at,
                },
        }))
    },

    async update(
      userId: string,
      id: string,
      changes: InterviewChanges,
      now: string,
    ): Promise<Interview | undefined> {
      const row = await db
        .updateTable('interviews')
        .set({
          ...changedColumns({
            date: changes.date,
            stage: changes.stage,
            format: changes.format,
            interviewers: changedJson(changes.interviewers),
            duration_minutes: changes.durationMinutes,
            outcome: changes.outcome,
            gut_feeling: changes.gutFeeling,
            note: changes.note,
          }),
          updated_at: now,
        })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
      return row ? toInterview(row) : undefined
    },

    /**
     * Deletes the interview with its debrief, and the rehearsal cards born from that debrief
     * (they hold its questions and answers); cards the user added themselves stay.
     */
    async delete(userId: string, id: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        await deleteDebriefCards(trx, userId, { interviewId: id })
        const result = await trx
          .deleteFrom('interviews')
          .where('user_id', '=', userId)
          .where('id', '=', id)
          .executeTakeFirst()
        return Number(result.numDeletedRows) > 0
      })
    },
  }
}
