import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** One opening through a link, as its owner reads it: what, when, and what the owner calls it. */
export type AccessLogEntry = {
  id: string
  resourceKind: string
  resourceId: string | null
  /** For a debrief, the company and role of the interview, while it still exists; else null. */
  title: string | null
  openedAt: string
}

/** Most entries one read of a link's access log returns (the newest). */
export const ACCESS_LOG_LIMIT = 200

/** What was opened through a person's links. Scoped by the link's owner. */
export function createSharingLogRepository(db: Kysely<Database>) {
  return {
    /** The newest openings through `linkId`, if it is `ownerId`'s; the interviews named are the owner's. */
    async listForOwner(ownerId: string, linkId: string): Promise<AccessLogEntry[]> {
      const rows = await db
        .selectFrom('sharing_access_log')
        .innerJoin('sharing_links', 'sharing_links.id', 'sharing_access_log.link_id')
        .leftJoin('interviews', (join) =>
          join
            .onRef('interviews.id', '=', 'sharing_access_log.resource_id')
            .on('sharing_access_log.resource_kind', '=', 'debrief')
            .on('interviews.user_id', '=', ownerId),
        )
        .leftJoin('applications', (join) =>
          join
            .onRef('applications.id', '=', 'interviews.application_id')
            .on('applications.user_id', '=', ownerId),
        )
        .select([
          'sharing_access_log.id',
          'sharing_access_log.resource_kind',
          'sharing_access_log.resource_id',
          'sharing_access_log.opened_at',
          'applications.company',
          'applications.role',
        ])
        .where('sharing_links.owner_id', '=', ownerId)
        .where('sharing_links.id', '=', linkId)
        .orderBy('sharing_access_log.opened_at', 'desc')
        .orderBy('sharing_access_log.id', 'desc')
        .limit(ACCESS_LOG_LIMIT)
        .execute()
      return rows.map((row) => ({
        id: row.id,
        resourceKind: row.resource_kind,
        resourceId: row.resource_id,
        title: row.company ? `${row.company} — ${row.role}` : null,
        openedAt: row.opened_at,
      }))
    },
  }
}

export type SharingLogRepository = ReturnType<typeof createSharingLogRepository>
