import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { createRepositories, type Repositories } from '../repositories'

/**
 * What every use case receives: the repositories, the clock, and a way to run several writes
 * as one. Inside `transaction`, use only the repositories it hands you: on SQLite the one
 * connection is held by the transaction, and a query through the outer ones would wait for it.
 */
export type ServiceContext = {
  repositories: Repositories
  now: () => Date
  transaction: <T>(work: (tx: Repositories) => Promise<T>) => Promise<T>
}

export function createServiceContext(db: Kysely<Database>, now: () => Date): ServiceContext {
  return {
    repositories: createRepositories(db),
    now,
    transaction: (work) => db.transaction().execute((trx) => work(createRepositories(trx))),
  }
}
