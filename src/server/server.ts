import { buildApp } from './app'
import { type Config, ConfigError, loadConfig, redactPassword } from './config'
import { connectionOptionsFor, type DatabaseHandle, openDatabase, pingDatabase } from './db/connection'

// The only file that listens. Configuration is read once here. Whatever stops start-up is told
// in one line on stderr naming the setting to change, whatever LOG_LEVEL says.
function fail(line: string): never {
  process.stderr.write(`${line}\n`)
  process.exit(1)
}

/** An error's reason on one line: its message, else its code (Node's AggregateError has neither). */
function reasonOf(error: unknown): string {
  const e = error as { message?: unknown; code?: unknown; errors?: unknown[] }
  const text =
    (typeof e?.message === 'string' && e.message) ||
    (typeof e?.code === 'string' && e.code) ||
    (Array.isArray(e?.errors) && e.errors.length > 0 ? reasonOf(e.errors[0]) : String(error))
  return text.replace(/\s+/g, ' ').trim()
}

const DATABASE_TIMEOUT_MS = 15_000

/** Opens the database and asks it one question, so that a wrong DATABASE_URL or DATA_DIR is named. */
async function openReachableDatabase(config: Config): Promise<DatabaseHandle> {
  try {
    const handle = openDatabase(connectionOptionsFor(config))
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${DATABASE_TIMEOUT_MS / 1000} s`)),
        DATABASE_TIMEOUT_MS,
      )
    })
    await Promise.race([pingDatabase(handle), timeout]).finally(() => clearTimeout(timer))
    return handle
  } catch (error) {
    if (config.databaseUrl) {
      fail(
        `Rebond could not start: DATABASE_URL ${redactPassword(config.databaseUrl)} cannot be reached (${reasonOf(error)})`,
      )
    }
    fail(`Rebond could not start: DATA_DIR ${config.dataDir} cannot hold the database (${reasonOf(error)})`)
  }
}

/** What to change when the port or address cannot be listened on. */
function listenFailure(error: unknown, { port, host }: Config): string {
  const code = (error as { code?: unknown })?.code
  switch (code) {
    case 'EADDRINUSE':
      return `Rebond could not start: PORT ${port} is already in use on HOST ${host} (choose another PORT, or 0 for any free one)`
    case 'EACCES':
      return `Rebond could not start: PORT ${port} on HOST ${host} needs privileges this process does not have (choose a PORT above 1023)`
    case 'EADDRNOTAVAIL':
      return `Rebond could not start: HOST ${host} is not an address of this machine (use 127.0.0.1, or 0.0.0.0 for all)`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `Rebond could not start: HOST ${host} is not a known host name (${code})`
    default:
      return `Rebond could not start: cannot listen on HOST ${host}, PORT ${port} (${reasonOf(error)})`
  }
}

let config: Config
try {
  config = loadConfig()
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error))
}

const database = await openReachableDatabase(config)
const app = await buildApp({ config, database }).catch((error: unknown) =>
  fail(`Rebond could not start: ${reasonOf(error)}`),
)

let closing = false
async function shutdown(signal: string) {
  if (closing) return
  closing = true
  app.log.info({ signal }, 'shutting down: no new connections, finishing requests in flight')
  const timer = setTimeout(() => {
    app.log.error('graceful shutdown took longer than 10 s; exiting')
    process.exit(1)
  }, 10_000)
  timer.unref()
  try {
    await app.close()
    process.exit(0)
  } catch (error) {
    app.log.error({ err: error }, 'error during shutdown')
    process.exit(1)
  }
}
process.once('SIGINT', () => void shutdown('SIGINT'))
process.once('SIGTERM', () => void shutdown('SIGTERM'))

try {
  await app.listen({ port: config.port, host: config.host })
} catch (error) {
  const line = listenFailure(error, config)
  await app.close().catch(() => undefined)
  fail(line)
}
