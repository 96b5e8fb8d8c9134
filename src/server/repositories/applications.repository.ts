import type { Kysely, Selectable } from 'kysely'
import type { ApplicationStatus } from '../../domain/debrief'
import type { Application, ApplicationSummary } from '../../shared/schemas/interviews'
import type { ApplicationsTable, Database } from '../db/schema'
import { deleteDebriefCards } from './cards.repository'
import { changedColumns } from './changed-columns'
import { foldForSearch, matchesAll } from './text-search'

const toApplication = (row: Selectable<ApplicationsTable>): Application => ({
  id: row.id,
  company: row.company,
  role: row.role,
  postingUrl: row.posting_url,
  source: row.source,
  status: row.status,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

export type NewApplication = Omit<Application, 'updatedAt'>

/** Every query is scoped by the owner: another user's application is simply not found. */
export function createApplicationsRepository(db: Kysely<Database>) {
  return {
    async insert(userId: string, app: NewApplication): Promise<Application> {
      const row = await db
        .insertInto('applications')
        .values({
          id: app.id,
          user_id: userId,
          company: app.company,
          role: app.role,
          posting_url: app.postingUrl,
          source: app.source,
          status: app.status,
          notes: app.notes,
          created_at: app.createdAt,
          updated_at: app.createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toApplication(row)
    },

    async find(userId: string, id: string): Promise<Application | undefined> {
      const row = await db
        .selectFrom('applications')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst()
      return row ? toApplication(row) : undefined
    },

    /** An existing application for the same company and role, ignoring case and accents. */
    async findByCompanyAndRole(
      userId: string,
      company: string,
      role: string,
    ): Promise<Application | undefined> {
      const rows = await db.selectFrom('applications').selectAll().where('user_id', '=', userId).execute()
      const c = foldForSearch(company.trim())
      const r = foldForSearch(role.trim())
      const row = rows.find(
        (a) => foldForSearch(a.company.trim()) === c && foldForSearch(a.role.trim()) === r,
      )
      return row ? toApplication(row) : undefined
    },

    async list(
      userId: string,
      filter: { q?: string | undefined; status?: ApplicationStatus | undefined },
    ): Promise<ApplicationSummary[]> {
      let query = db
        .selectFrom('applications')
        .leftJoin('interviews', 'interviews.application_id', 'applications.id')
        .selectAll('applications')
        .select((eb) => [
          eb.fn.count<string | number>('interviews.id').as('interview_count'),
          eb.fn.max('interviews.date').as('last_interview_at'),
        ])
        .where('applications.user_id', '=', userId)
        .groupBy([
          'applications.id',
          'applications.user_id',
          'applications.company',
          'applications.role',
          'applications.posting_url',
          'applications.source',
          'applications.status',
          'applications.notes',
          'applications.created_at',
          'applications.updated_at',
        ])
      if (filter.status) query = query.where('applications.status', '=', filter.status)
      const rows = await query.execute()
      return rows
        .filter((row) => matchesAll([row.company, row.role], filter.q))
        .map((row) => ({
          ...toApplication(row),
          interviewCount: Number(row.interview_count),
          lastInterviewAt: (row.last_interview_at as string | null) ?? null,
        }))
        .sort((a, b) => (b.lastInterviewAt ?? b.createdAt).localeCompare(a.lastInterviewAt ?? a.createdAt))
    },

    async update(
      userId: string,
      id: string,
      changes: Partial<Omit<Application, 'id' | 'createdAt' | 'updatedAt'>>,
      now: string,
    ): Promise<Application | undefined> {
      const row = await db
        .updateTable('applications')
        .set({
          ...changedColumns({
            company: changes.company,
            role: changes.role,
            posting_url: changes.postingUrl,
            source: changes.source,
            status: changes.status,
            notes: changes.notes,
          }),
          updated_at: now,
        })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
      return row ? toApplication(row) : undefined
    },

    /**
     * Deletes the application with its interviews and debriefs (foreign keys cascade), and the
     * rehearsal cards born from those debriefs; cards the user added themselves stay.
     */
    async delete(userId: string, id: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        await deleteDebriefCards(trx, userId, { applicationId: id })
        const result = await trx
          .deleteFrom('applications')
          .where('user_id', '=', userId)
          .where('id', '=', id)
          .executeTakeFirst()
        return Number(result.numDeletedRows) > 0
      })
    },
  }
}
