import { runOnConfiguredDatabase } from './cli'
import { migrateToLatest } from './migrate'

// `npm run db:migrate`: the same migrations the server runs at start, on demand.
await runOnConfiguredDatabase(async (handle) => {
  const result = await migrateToLatest(handle.db)
  const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? []
  process.stdout.write(
    applied.length > 0
      ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
      : 'Database already up to date.\n',
  )
})
