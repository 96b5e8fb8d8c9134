import type { Kysely, Selectable } from 'kysely'
import type { Database, UsersTable } from '../db/schema'
import { changedColumns } from './changed-columns'

export type UserRow = Selectable<UsersTable>
export type UserRecord = {
  id: string
  email: string
  passwordHash: string
  displayName: string
  language: 'fr' | 'en'
  timeZone: string
  createdAt: string
  updatedAt: string
}

/** A users row as the rest of the server sees it (also the user half of a session's join). */
export const toUserRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  passwordHash: row.password_hash,
  displayName: row.display_name,
  language: row.language,
  timeZone: row.time_zone,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

/** Without a time zone the column's default applies (Europe/Paris). */
export type NewUser = Omit<UserRecord, 'updatedAt' | 'timeZone'> & { timeZone?: string | undefined }

export function createUsersRepository(db: Kysely<Database>) {
  return {
    /** Inserts the user; returns undefined when the email is already taken (unique constraint). */
    async insert(user: NewUser): Promise<UserRecord | undefined> {
      const row = await db
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          password_hash: user.passwordHash,
          display_name: user.displayName,
          language: user.language,
          ...changedColumns({ time_zone: user.timeZone }),
          created_at: user.createdAt,
          updated_at: user.createdAt,
        })
        .onConflict((oc) => oc.column('email').doNothing())
        .returningAll()
        .executeTakeFirst()
      return row ? toUserRecord(row) : undefined
    },

    async findByEmail(email: string): Promise<UserRecord | undefined> {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst()
      return row ? toUserRecord(row) : undefined
    },

    async findById(id: string): Promise<UserRecord | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toUserRecord(row) : undefined
    },

    async updateProfile(
      id: string,
      changes: {
        displayName?: string | undefined
        language?: 'fr' | 'en' | undefined
        timeZone?: string | undefined
      },
      now: string,
    ): Promise<UserRecord | undefined> {
      const row = await db
        .updateTable('users')
        .set({
          ...changedColumns({
            display_name: changes.displayName,
            language: changes.language,
            time_zone: changes.timeZone,
          }),
          updated_at: now,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
      return row ? toUserRecord(row) : undefined
    },

    async updatePasswordHash(id: string, passwordHash: string, now: string): Promise<void> {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, updated_at: now })
        .where('id', '=', id)
        .execute()
    },

    /** Deletes the user; every row they own goes with it through ON DELETE CASCADE. */
    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },
  }
}
