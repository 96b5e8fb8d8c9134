import type { Kysely, Selectable } from 'kysely'
import type { Lang } from '../../domain/language'
import type { ShareChoice, SharingLink, SharingRole } from '../../domain/sharing'
import type { Database, SharingLinksTable } from '../db/schema'

/** A link as the server keeps it: the domain's link, with the owner's label and who ended it. */
export type SharingLinkRecord = SharingLink & { label: string; endedBy: 'owner' | 'invitee' | null }

/** A link its owner lists: who accepted it (their name only) and when they last opened something through it. */
export type OwnedLinkRecord = SharingLinkRecord & {
  invitee: { displayName: string } | null
  lastLookedAt: string | null
}

/** A link as its invitee reads it: whose it is, and the language they use Rebond in (their words are in it). */
export type ReceivedLinkRecord = SharingLinkRecord & { owner: { displayName: string; language: Lang } }

type LinkRow = Selectable<SharingLinksTable>

const toRecord = (row: LinkRow): SharingLinkRecord => ({
  id: row.id,
  ownerId: row.owner_id,
  inviteeId: row.invitee_id,
  role: row.role,
  label: row.label,
  shares: JSON.parse(row.shares) as ShareChoice,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  acceptedAt: row.accepted_at,
  endedAt: row.ended_at,
  endedBy: row.ended_by,
})

export type NewSharingLink = {
  id: string
  ownerId: string
  role: SharingRole
  label: string
  shares: ShareChoice
  tokenHash: string
  createdAt: string
  expiresAt: string
}

/**
 * Links between people and their coaches or partners, and what was opened through them. Every
 * query is scoped by the owner or the invitee, except finding an invitation by its token's hash
 * (the token is the whole authority of an invitation, as a reset link's is).
 */
export function createSharingRepository(db: Kysely<Database>) {
  const links = () => db.selectFrom('sharing_links').selectAll('sharing_links')

  return {
    async insert(link: NewSharingLink): Promise<void> {
      await db
        .insertInto('sharing_links')
        .values({
          id: link.id,
          owner_id: link.ownerId,
          invitee_id: null,
          role: link.role,
          label: link.label,
          shares: JSON.stringify(link.shares),
          token_hash: link.tokenHash,
          created_at: link.createdAt,
          expires_at: link.expiresAt,
          accepted_at: null,
          ended_at: null,
          ended_by: null,
        })
        .execute()
    },

    /** Of `interviewIds`, those that are the owner's. */
    async ownedInterviewIds(ownerId: string, interviewIds: readonly string[]): Promise<string[]> {
      if (interviewIds.length === 0) return []
      const rows = await db
        .selectFrom('interviews')
        .select('id')
        .where('user_id', '=', ownerId)
        .where('id', 'in', [...interviewIds])
        .execute()
      return rows.map((r) => r.id)
    },

    async findByTokenHash(tokenHash: string): Promise<SharingLinkRecord | undefined> {
      const row = await links().where('token_hash', '=', tokenHash).executeTakeFirst()
      return row && toRecord(row)
    },

    /** A link `userId` is a side of (its owner, or its invitee), in any state. */
    async findForSide(userId: string, id: string): Promise<SharingLinkRecord | undefined> {
      const row = await links()
        .where('id', '=', id)
        .where((eb) => eb.or([eb('owner_id', '=', userId), eb('invitee_id', '=', userId)]))
        .executeTakeFirst()
      return row && toRecord(row)
    },

    /** The owner's links, every state, newest first, with the invitee's name and their last look. */
    async listOwned(ownerId: string): Promise<OwnedLinkRecord[]> {
      const rows = await db
        .selectFrom('sharing_links')
        .leftJoin('users', 'users.id', 'sharing_links.invitee_id')
        .selectAll('sharing_links')
        .select('users.display_name as invitee_name')
        .select((eb) =>
          eb
            .selectFrom('sharing_access_log')
            .select((sub) => sub.fn.max('sharing_access_log.opened_at').as('last'))
            .whereRef('sharing_access_log.link_id', '=', 'sharing_links.id')
            .as('last_looked_at'),
        )
        .where('sharing_links.owner_id', '=', ownerId)
        .orderBy('sharing_links.created_at', 'desc')
        .orderBy('sharing_links.id')
        .execute()
      return rows.map((row) => ({
        ...toRecord(row),
        invitee: row.invitee_name === null ? null : { displayName: row.invitee_name },
        lastLookedAt: row.last_looked_at ?? null,
      }))
    },

    /** The links others made to `inviteeId` that are active (accepted, not ended), newest first. */
    async listReceived(inviteeId: string): Promise<ReceivedLinkRecord[]> {
      return receivedQuery(db, inviteeId)
        .execute()
        .then((rows) => rows.map(toReceived))
    },

    /** One active link made to `inviteeId`; an ended one is nobody's business of theirs any more. */
    async findReceived(inviteeId: string, id: string): Promise<ReceivedLinkRecord | undefined> {
      const row = await receivedQuery(db, inviteeId).where('sharing_links.id', '=', id).executeTakeFirst()
      return row && toReceived(row)
    },

    /**
     * Accepts the invitation for `inviteeId` if it is still open, in one statement: of two people
     * (or two tabs) accepting the same invitation at once, exactly one gets true.
     */
    async accept(id: string, inviteeId: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('sharing_links')
        .set({ invitee_id: inviteeId, accepted_at: now })
        .where('id', '=', id)
        .where('owner_id', '<>', inviteeId)
        .where('invitee_id', 'is', null)
        .where('ended_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },

    /** Ends a link `userId` is a side of, if it has not ended; returns whether this call ended it. */
    async end(userId: string, id: string, side: 'owner' | 'invitee', now: string): Promise<boolean> {
      const result = await db
        .updateTable('sharing_links')
        .set({ ended_at: now, ended_by: side })
        .where('id', '=', id)
        .where(side === 'owner' ? 'owner_id' : 'invitee_id', '=', userId)
        .where('ended_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },

    /** Notes that the invitee opened something through an active link. */
    async logAccess(entry: {
      id: string
      linkId: string
      resourceKind: string
      resourceId: string | null
      openedAt: string
    }): Promise<void> {
      await db
        .insertInto('sharing_access_log')
        .values({
          id: entry.id,
          link_id: entry.linkId,
          resource_kind: entry.resourceKind,
          resource_id: entry.resourceId,
          opened_at: entry.openedAt,
        })
        .execute()
    },
  }
}

function receivedQuery(db: Kysely<Database>, inviteeId: string) {
  return db
    .selectFrom('sharing_links')
    .innerJoin('users', 'users.id', 'sharing_links.owner_id')
    .selectAll('sharing_links')
    .select(['users.display_name as owner_name', 'users.language as owner_language'])
    .where('sharing_links.invitee_id', '=', inviteeId)
    .where('sharing_links.accepted_at', 'is not', null)
    .where('sharing_links.ended_at', 'is', null)
    .orderBy('sharing_links.accepted_at', 'desc')
    .orderBy('sharing_links.id')
}

const toReceived = (row: LinkRow & { owner_name: string; owner_language: Lang }): ReceivedLinkRecord => ({
  ...toRecord(row),
  owner: { displayName: row.owner_name, language: row.owner_language },
})

export type SharingRepository = ReturnType<typeof createSharingRepository>
