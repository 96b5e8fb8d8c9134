import { ConfigError, loadConfig } from '../config'
import { connectionOptionsFor, openDatabase } from './connection'
import { migrateToLatest } from './migrate'

// `npm run db:migrate`: the same migrations the server runs at start, on demand.
try {
  const config = loadConfig()
  const handle = openDatabase(connectionOptionsFor(config))
  try {
    const result = await migrateToLatest(handle.db)
    const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? []
    process.stdout.write(
      applied.length > 0
        ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
        : 'Database already up to date.\n',
    )
  } finally {
    await handle.close()
  }
} catch (error) {
  process.stderr.write(
    `${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exitCode = 1
}
