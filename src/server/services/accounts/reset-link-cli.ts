import { emailSchema } from '../../../shared/schemas/auth'
import { loadConfig } from '../../config'
import { runOnConfiguredDatabase } from '../../db/cli'
import { migrateToLatest } from '../../db/migrate'
import { createServiceContext } from '../context'
import { createResetToken, RESET_LINK_LIFETIME_MS, resetLink } from './password-reset'

// `npm run user:reset-link -- EMAIL`: for a server that sends no mail (no SMTP_URL), the
// administrator makes a one-time reset link and hands it over. It works once, for one hour,
// like a mailed one. Nothing is printed but the link (or one line saying what is wrong).
const given = process.argv[2]
const parsed = emailSchema.safeParse(given ?? '')
if (!parsed.success) {
  process.stderr.write('Usage: npm run user:reset-link -- EMAIL (the address of an existing account)\n')
  process.exitCode = 1
} else {
  await runOnConfiguredDatabase(async (handle) => {
    await migrateToLatest(handle.db)
    const config = loadConfig()
    const context = createServiceContext(handle.db, () => new Date())
    const user = await context.repositories.users.findByEmail(parsed.data)
    if (!user) throw new Error(`No account uses ${parsed.data}.`)
    const { token, expiresAt } = await createResetToken(context, user)
    const origin = config.publicUrl ?? `http://${config.host}:${config.port}`
    process.stdout.write(`${resetLink(origin, token)}\n`)
    process.stderr.write(
      `Works once, until ${expiresAt.toISOString()} (${RESET_LINK_LIFETIME_MS / 60_000} minutes). Give it to ${user.email} only.\n`,
    )
  })
}
