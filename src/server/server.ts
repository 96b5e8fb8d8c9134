import { buildApp } from './app'
import { ConfigError, loadConfig } from './config'

// The only file that listens. Configuration is read once here; a bad setting stops
// start-up with one line naming the variable.
let config: ReturnType<typeof loadConfig>
try {
  config = loadConfig()
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`)
  process.exit(1)
}

const app = await buildApp({ config }).catch((error: unknown) => {
  process.stderr.write(`Rebond could not start: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})

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
  app.log.fatal({ err: error }, 'could not listen')
  await app.close()
  process.exit(1)
}
