import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseHandle } from './db/connection'
import { createServerSecretsRepository } from './repositories/server-secrets.repository'

const MIN_LENGTH = 32
const FILE_NAME = 'session-secret'

const generate = (): string => randomBytes(48).toString('base64url')

/**
 * The secret that signs cookies, once the database is open and migrated (ADR 0006):
 * - SESSION_SECRET when set;
 * - on PostgreSQL, one generated once and kept in the database, so that every instance sharing it
 *   accepts the others' cookies. Nothing is written to DATA_DIR (by default a folder of the
 *   working directory); a secret an earlier version left in DATA_DIR is adopted if there is one;
 * - on SQLite, one generated once and kept in DATA_DIR/session-secret beside the database file.
 */
export async function resolveSessionSecret(options: {
  configured: string | undefined
  dataDir: string
  database: DatabaseHandle
  now: Date
}): Promise<string> {
  if (options.configured !== undefined) return options.configured
  if (options.database.kind === 'postgres') {
    const candidate = readSessionSecretFile(options.dataDir) ?? generate()
    return createServerSecretsRepository(options.database.db).getOrCreate('session', candidate, options.now)
  }
  return readOrCreateSessionSecretFile(options.dataDir)
}

/** The secret in DATA_DIR/session-secret, if one of usable length is there; never writes. */
function readSessionSecretFile(dataDir: string): string | undefined {
  try {
    const secret = readFileSync(path.join(dataDir, FILE_NAME), 'utf8').trim()
    return secret.length >= MIN_LENGTH ? secret : undefined
  } catch {
    return undefined
  }
}

/** A secret generated on first start and kept in DATA_DIR (readable by this user only), so sessions survive restarts. */
export function readOrCreateSessionSecretFile(dataDir: string): string {
  const file = path.join(dataDir, FILE_NAME)
  try {
    mkdirSync(dataDir, { recursive: true })
    if (existsSync(file)) {
      const secret = readFileSync(file, 'utf8').trim()
      if (secret.length >= MIN_LENGTH) return secret
    }
    const secret = generate()
    writeFileSync(file, `${secret}\n`, { mode: 0o600 })
    chmodSync(file, 0o600)
    return secret
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(
      `DATA_DIR ${dataDir} cannot hold the session secret (${reason}); choose another DATA_DIR or set SESSION_SECRET`,
    )
  }
}
