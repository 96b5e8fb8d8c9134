import { ConfigError, loadConfig } from '../config'
import { createRepositories } from '../repositories'
import { connectionOptionsFor, openDatabase } from './connection'
import { migrateToLatest } from './migrate'
import { demoEn } from './seed/demo-en'
import { demoFr } from './seed/demo-fr'
import { DEMO_PASSWORD, seedDemoAccount } from './seed/seed'

// `npm run db:seed`: two demo accounts, French and English, each with applications,
// interviews and debriefs spread over the last weeks. They are clearly demo accounts
// (example.org addresses); running the seed twice changes nothing.
try {
  const config = loadConfig()
  const handle = openDatabase(connectionOptionsFor(config))
  try {
    await migrateToLatest(handle.db)
    const repositories = createRepositories(handle.db)
    for (const demo of [demoFr, demoEn]) {
      const result = await seedDemoAccount(repositories, demo, new Date())
      process.stdout.write(`${demo.email}: ${result === 'created' ? 'created' : 'already there'}\n`)
    }
    process.stdout.write(`Demo password for both accounts: ${DEMO_PASSWORD}\n`)
  } finally {
    await handle.close()
  }
} catch (error) {
  process.stderr.write(
    `${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exitCode = 1
}
