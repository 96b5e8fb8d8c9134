import { ConfigError, loadConfig } from '../config'
import { createRepositories } from '../repositories'
import { hashPassword } from '../security/passwords'
import { newId } from '../security/tokens'
import { connectionOptionsFor, openDatabase } from './connection'
import { migrateToLatest } from './migrate'

// `npm run db:seed`: demo accounts to explore Rebond, one per language. They are clearly
// demo accounts (example.org addresses); running the seed twice changes nothing.
const DEMO_PASSWORD = 'rebond-demo-2026'
const demoAccounts = [
  { email: 'camille.demo@example.org', displayName: 'Camille (démo)', language: 'fr' as const },
  { email: 'alex.demo@example.org', displayName: 'Alex (demo)', language: 'en' as const },
]

try {
  const config = loadConfig()
  const handle = openDatabase(connectionOptionsFor(config))
  try {
    await migrateToLatest(handle.db)
    const repositories = createRepositories(handle.db)
    for (const account of demoAccounts) {
      const existing = await repositories.users.findByEmail(account.email)
      if (existing) {
        process.stdout.write(`${account.email}: already there\n`)
        continue
      }
      await repositories.users.insert({
        id: newId(),
        ...account,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        createdAt: new Date().toISOString(),
      })
      process.stdout.write(`${account.email}: created\n`)
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
