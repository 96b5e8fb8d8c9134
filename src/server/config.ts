import { isIP } from 'node:net'
import path from 'node:path'
import { z } from 'zod'

const booleanish = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), 'must be true or false')
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

/**
 * Which proxies in front of the app are believed about the client's address and protocol:
 * `false` none; `true` exactly one (the nearest proxy, whatever its address); a number, that many
 * hops; a list, the proxies at those addresses or ranges (IP, CIDR, or proxy-addr's `loopback`,
 * `linklocal`, `uniquelocal`).
 */
export type TrustProxy = boolean | number | readonly string[]

const PROXY_ADDRESS_NAMES = ['loopback', 'linklocal', 'uniquelocal']

/** An IP address, a CIDR range (`10.0.0.0/8`, `fd00::/8`) or one of proxy-addr's names. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_ADDRESS_NAMES.includes(entry)) return true
  const [address = '', prefix, ...rest] = entry.split('/')
  const version = isIP(address)
  if (version === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128)
}

const proxyList = (v: string): string[] => v.split(',').map((entry) => entry.trim())

const trustProxySchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine(
    (v) => /^(true|false|yes|no|\d{1,2})$/.test(v) || proxyList(v).every(isProxyAddress),
    'must be true, false or a number of proxy hops, or proxy IP addresses or CIDR ranges separated by commas',
  )
  .transform((v): TrustProxy => {
    if (/^\d+$/.test(v)) return Number(v)
    if (/^(true|false|yes|no)$/.test(v)) return v === 'true' || v === 'yes'
    return proxyList(v)
  })

// An empty variable (`PORT=` in a compose file) means "not set", not zero.
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema)

const positiveCount = (fallback: number) =>
  unsetWhenEmpty(
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .default(fallback),
  )

const envSchema = z.object({
  PORT: unsetWhenEmpty(
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 65535')
      .max(65535, 'must be between 0 and 65535')
      .default(3000),
  ),
  HOST: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .refine((v) => !/\s/.test(v), 'must be a host name or an IP address, without spaces')
    .default('127.0.0.1'),
  DATA_DIR: z.string().trim().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine(
      (v) => v === undefined || /^postgres(ql)?:\/\/.+/.test(v),
      'must start with postgres:// or postgresql://',
    ),
  TRUST_PROXY: trustProxySchema.default(false),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  SESSION_SECRET: z
    .string()
    .optional()
    .refine((v) => v === undefined || v.length >= 32, 'must be at least 32 characters'),
  SECURE_COOKIES: booleanish.optional(),
  SIGNUPS_PER_HOUR_PER_IP: positiveCount(10),
  LOGINS_PER_15_MIN_PER_IP: positiveCount(30),
  // Mail (password reset). Without SMTP_URL nothing is sent and the sign-in page says to ask the administrator.
  SMTP_URL: unsetWhenEmpty(
    z
      .string()
      .trim()
      .refine(
        (v) => /^smtps?:\/\/[^\s/]+/.test(v) && URL.canParse(v),
        'must be an smtp:// or smtps:// address',
      )
      .optional(),
  ),
  MAIL_FROM: unsetWhenEmpty(
    z
      .string()
      .trim()
      .refine(
        (v) => /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(v),
        'must be an address, such as "Rebond <rebond@example.org>" or rebond@example.org',
      )
      .optional(),
  ),
  PUBLIC_URL: unsetWhenEmpty(
    z
      .string()
      .trim()
      .refine(
        (v) => /^https?:\/\/[^\s/]+\/?$/.test(v) && URL.canParse(v),
        'must be an address such as https://rebond.example.org',
      )
      .transform((v) => v.replace(/\/$/, ''))
      .optional(),
  ),
})

export type Config = {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  trustProxy: TrustProxy
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /**
   * SESSION_SECRET. When absent the app generates one once the database is open: in the database
   * on PostgreSQL (shared by every instance), in DATA_DIR on SQLite (see session-secret.ts).
   */
  sessionSecret: string | undefined
  /** Forces the Secure cookie flag; otherwise it follows the request protocol (HTTPS, or X-Forwarded-Proto behind TRUST_PROXY). */
  secureCookies: boolean | undefined
  /** Per-IP limits on account creation and sign-in attempts (the per-account limit is separate). */
  signupsPerHourPerIp: number
  loginsPer15MinPerIp: number
  /** SMTP_URL and MAIL_FROM: where reset mails go out, and their sender; absent, no mail is sent. */
  mail?: { smtpUrl: string; from: string } | undefined
  /** PUBLIC_URL: the address people open, for links in mails; absent, the address the server listens on. */
  publicUrl?: string | undefined
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** The value quoted back in an error, on one line, secrets left out. */
function shownValue(variable: string, raw: string | undefined): string | undefined {
  if (raw === undefined || variable === 'SESSION_SECRET') return undefined
  return JSON.stringify(['DATABASE_URL', 'SMTP_URL'].includes(variable) ? redactPassword(raw) : raw)
}

/** `postgres://user:secret@host/db` -> `postgres://user:***@host/db`, for messages. */
export const redactPassword = (url: string): string => url.replace(/(\/\/[^/:@]*:)[^@/]*@/, '$1***@')

/**
 * Reads and validates the environment once. Every wrong variable is reported, one line each
 * naming it, so that a person fixes them all in one go. Writes nothing: the CLIs read it too.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const lines = new Map<string, string>()
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0] ?? 'environment')
      if (lines.has(variable)) continue
      const shown = shownValue(variable, env[variable])
      lines.set(
        variable,
        `Invalid configuration: ${variable} ${issue.message}${shown === undefined ? '' : ` (got ${shown})`}`,
      )
    }
    throw new ConfigError([...lines.values()].join('\n'))
  }
  const e = parsed.data
  if ((e.SMTP_URL === undefined) !== (e.MAIL_FROM === undefined)) {
    const missing = e.SMTP_URL === undefined ? 'SMTP_URL' : 'MAIL_FROM'
    throw new ConfigError(
      `Invalid configuration: ${missing} must be set too: SMTP_URL and MAIL_FROM go together`,
    )
  }
  const dataDir = path.resolve(e.DATA_DIR)
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    sessionSecret: e.SESSION_SECRET,
    secureCookies: e.SECURE_COOKIES,
    signupsPerHourPerIp: e.SIGNUPS_PER_HOUR_PER_IP,
    loginsPer15MinPerIp: e.LOGINS_PER_15_MIN_PER_IP,
    mail: e.SMTP_URL && e.MAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : undefined,
    publicUrl: e.PUBLIC_URL,
  }
}

/**
 * TRUST_PROXY as Fastify's `trustProxy`. Fastify's own `true` believes the left-most
 * X-Forwarded-For address, which the client writes: here `true` is one hop, the address the
 * nearest proxy saw. A hop count is a function because Fastify refuses a bare number.
 */
export function fastifyTrustProxy(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false
  if (typeof trust === 'object') return [...trust]
  const hops = trust === true ? 1 : trust
  return (_address: string, hop: number) => hop < hops
}
