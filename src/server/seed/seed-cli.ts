import { runOnConfiguredDatabase } from '../db/cli'
import { migrateToLatest } from '../db/migrate'
import { createRepositories } from '../repositories'
import { demoEn } from './demo-en'
import { demoFr } from './demo-fr'
import { DEMO_PASSWORD, seedDemoAccount } from './seed'
import { seedVolumeAccount, VOLUME, VOLUME_EMAIL } from './volume'

// `npm run db:seed`: two demo accounts, French and English, each with applications,
// interviews and debriefs spread over the last weeks. They are clearly demo accounts
// (example.org addresses); running the seed twice changes nothing.
// `npm run db:seed -- --volume` adds a third account with a long history (1,000 interviews,
// 1,000 debriefs, 20,000 attempts), for trying Progress at scale and for benchmarks.
await runOnConfiguredDatabase(async (handle) => {
  await migrateToLatest(handle.db)
  const repositories = createRepositories(handle.db)
  for (const demo of [demoFr, demoEn]) {
    const result = await seedDemoAccount(repositories, demo, new Date())
    process.stdout.write(`${demo.email}: ${result === 'created' ? 'created' : 'already there'}\n`)
  }
  if (process.argv.includes('--volume')) {
    const result = await seedVolumeAccount(handle.db, new Date())
    process.stdout.write(
      `${VOLUME_EMAIL}: ${result === 'created' ? `created with ${VOLUME.interviews} interviews and ${VOLUME.attempts} attempts` : 'already there'}\n`,
    )
  }
  process.stdout.write(`Demo password for every demo account: ${DEMO_PASSWORD}\n`)
})
