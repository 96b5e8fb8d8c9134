import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { constants as zlibConstants } from 'node:zlib'
import compress from '@fastify/compress'
import cookie from '@fastify/cookie'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify'
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import {
  DEFAULT_THROTTLE_POLICY,
  failureWindowStart,
  type ThrottlePolicy,
} from '../domain/accounts/login-throttle'
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from '../domain/accounts/session-policy'
import { AUDIO_CONTENT_TYPES } from '../shared/schemas/rehearsal'
import { type Config, fastifyTrustProxy } from './config'
import { connectionOptionsFor, type DatabaseHandle, openDatabase } from './db/connection'
import { migrateToLatest, readinessProblems } from './db/migrate'
import { ApiError } from './errors'
import { publicOrigin } from './lib/public-origin'
import type { RateLimit } from './lib/rate-limit'
import { createOutbox, createSmtpMailer, type Outbox } from './mail/mailer'
import { authPlugin } from './plugins/auth'
import { clientErrorHandler, errorsPlugin, frameworkErrorHandler, refuseConnect } from './plugins/errors'
import { DEFAULT_MAX_EVENT_LOOP_DELAY_MS, loadSheddingPlugin } from './plugins/load-shedding'
import { openapiPlugin } from './plugins/openapi'
import { databaseRateLimitStore } from './plugins/rate-limit-store'
import { securityPlugin } from './plugins/security'
import { webPlugin } from './plugins/web'
import type { createRepositories } from './repositories'
import { analysisRoutes } from './routes/analysis'
import { applicationsRoutes } from './routes/applications'
import { authRoutes } from './routes/auth'
import { CALENDAR_PATH_PREFIX, calendarFeedRoutes, calendarSubscriptionRoutes } from './routes/calendar-feed'
import { feedbackRoutes } from './routes/feedback'
import { healthRoutes } from './routes/health'
import { homeRoutes } from './routes/home'
import { interviewsRoutes } from './routes/interviews'
import { invitationsRoutes } from './routes/invitations'
import { meRoutes } from './routes/me'
import { ZIP_CONTENT_TYPES } from './routes/me/export'
import { mockInterviewsRoutes } from './routes/mock-interviews'
import { passwordResetRoutes } from './routes/password-reset'
import { preparationRoutes } from './routes/preparation'
import { progressRoutes } from './routes/progress'
import { reboundsRoutes } from './routes/rebounds'
import { rehearsalRoutes } from './routes/rehearsal'
import { sharedWithMeRoutes } from './routes/shared-with-me'
import { sharingRoutes } from './routes/sharing'
import { sharingReviewsRoutes } from './routes/sharing-reviews'
import { createPasswords, type PasswordCost, type Passwords } from './security/passwords'
import { createServiceContext, type ServiceContext } from './services/context'
import { resolveSessionSecret } from './session-secret'

// Two folders up from src/server/ when run from the sources, and from dist/server/ once built (every chunk of the
// server build sits beside server.mjs: rolldown.server.config.mjs).
export const DEFAULT_WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web')

export type BuildAppOptions = {
  config: Config
  /** An open database; when absent one is opened from `config`. The app closes it on close either way. */
  database?: DatabaseHandle
  /** The clock; tests move it to check expiry and throttling. */
  now?: () => Date
  sessionPolicy?: SessionPolicy
  /** How long an instance reuses a session it read (ADR 0008); tests of revocation across instances set it. */
  sessionCacheMs?: number
  throttlePolicy?: ThrottlePolicy
  rateLimits?: { login?: RateLimit; signup?: RateLimit; analyze?: RateLimit; passwordReset?: RateLimit }
  bodyLimit?: number
  /** argon2 work factors for new hashes; production leaves the default, tests pass a tiny one. */
  passwordCost?: PasswordCost
  /** Past this mean event-loop lag (ms) requests get 503 `server_busy`; false turns the check off. */
  maxEventLoopDelayMs?: number | false
  webRoot?: string
  logger?: boolean
  /** Waits before a failed mail is tried again (default `MAIL_RETRY_DELAYS_MS`); tests shorten them. */
  mailRetryDelaysMs?: readonly number[]
}

export const DEFAULT_BODY_LIMIT = 256 * 1024

/**
 * Standard output for the log, written once per turn of the event loop instead of once per line:
 * under load one write carries the lines of many requests. What is pending is written before the
 * process exits, whatever the reason (a SIGKILL aside).
 */
function batchedStdout(): { write: (line: string) => void; close: () => void } {
  let pending = ''
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (pending === '') return
    const text = pending
    pending = ''
    process.stdout.write(text)
  }
  process.on('exit', flush)
  return {
    close() {
      flush()
      process.off('exit', flush)
    },
    write(line) {
      pending += line
      if (pending.length >= 64 * 1024) flush()
      else if (!scheduled) {
        scheduled = true
        setImmediate(flush)
      }
    },
  }
}

/** Builds the whole app without listening: server.ts listens, tests use app.inject. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options
  const now = options.now ?? (() => new Date())
  const throttlePolicy = options.throttlePolicy ?? DEFAULT_THROTTLE_POLICY
  const database = options.database ?? openDatabase(connectionOptionsFor(config))

  const logStream = options.logger === false ? undefined : batchedStdout()
  const logger: FastifyServerOptions['logger'] =
    logStream === undefined
      ? false
      : {
          level: config.logLevel,
          redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
          stream: logStream,
        }
  const app = Fastify({
    logger,
    // `true` is one hop (the address the nearest proxy saw), a number that many, or a list of proxies.
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Keep-alive connections are closed at shutdown once their request is answered.
    forceCloseConnections: 'idle',
    // One log line per request (written in onResponse below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true },
    // A bad percent-encoding or an over-long path parameter, in our error shape.
    frameworkErrors: frameworkErrorHandler,
    // What Node's HTTP parser refuses (bad request line, headers too large), in our error shape too.
    clientErrorHandler,
  })
  // CONNECT requests never reach Fastify: without this, Node drops them without an answer.
  app.server.on('connect', refuseConnect)
  // Synchronous hooks on the paths every request takes: an async one costs a turn of the promise machinery.
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        // A calendar address's secret is its whole authority: it stays out of the logs.
        url: request.url.startsWith(CALENDAR_PATH_PREFIX) ? `${CALENDAR_PATH_PREFIX}…` : request.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    )
    done()
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  app.addHook('onClose', async () => {
    await database.close()
    logStream?.close()
  })

  try {
    await migrateToLatest(database.db)
  } catch (error) {
    await database.close()
    throw error
  }
  const services = createServiceContext(database.db, now)
  const { repositories } = services
  app.decorate('repositories', repositories)
  app.decorate('passwords', createPasswords(options.passwordCost))
  app.decorate('services', services)
  app.decorate(
    'mailOutbox',
    createOutbox((err) => app.log.error({ err }, 'a mail could not be sent'), {
      ...(options.mailRetryDelaysMs ? { retryDelaysMs: options.mailRetryDelaysMs } : {}),
      onRetry: (err, attempt) =>
        app.log.warn({ err, attempt }, 'a mail could not be sent; trying again later'),
    }),
  )

  await app.register(errorsPlugin)
  // Answers (JSON, index.html) compressed as the browser accepts; brotli at a quality that costs
  // little per request (the web build's files come precompressed at their best, see plugins/web.ts).
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  })
  await app.register(securityPlugin, {
    rawBodyRoutes: [
      { path: /^\/api\/rehearsal\/attempts\/[^/]+\/audio$/, contentTypes: AUDIO_CONTENT_TYPES },
      {
        path: /^\/api\/mock-interviews\/[^/]+\/answers\/\d+\/\d+\/audio$/,
        contentTypes: AUDIO_CONTENT_TYPES,
      },
      { path: /^\/api\/me\/import$/, contentTypes: ZIP_CONTENT_TYPES },
    ],
  })
  // After the security headers, so that a 503 carries them (and no-store) like any other answer.
  const maxEventLoopDelayMs = options.maxEventLoopDelayMs ?? DEFAULT_MAX_EVENT_LOOP_DELAY_MS
  if (maxEventLoopDelayMs !== false) await app.register(loadSheddingPlugin, { maxEventLoopDelayMs })
  // Generated when not configured: in the database on PostgreSQL, in DATA_DIR on SQLite (ADR 0006).
  const sessionSecret = await resolveSessionSecret({
    configured: config.sessionSecret,
    dataDir: config.dataDir,
    database,
    now: now(),
  }).catch(async (error: unknown) => {
    await database.close()
    throw error
  })
  await app.register(cookie, { secret: sessionSecret, hook: 'onRequest' })
  // Counted in the database, so that the limits hold across instances sharing it (ADR 0010).
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(repositories.rateLimits, now),
    errorResponseBuilder: (_request, context) =>
      new ApiError('too_many_requests', undefined, Math.max(1, Math.ceil(context.ttl / 1000))),
  })
  await app.register(authPlugin, {
    repositories,
    now,
    sessionPolicy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
    secureCookies: config.secureCookies,
    ...(options.sessionCacheMs === undefined ? {} : { sessionCacheMs: options.sessionCacheMs }),
  })
  await app.register(openapiPlugin)
  // One mailer for the app (password reset, invitations); absent when SMTP_URL is not set.
  const mailer = config.mail ? createSmtpMailer(config.mail) : undefined

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { readiness: () => readinessProblems(database.db) })
      await api.register(passwordResetRoutes, {
        mailer,
        outbox: app.mailOutbox,
        origin: () => publicOrigin(app, config),
        requestRateLimit: options.rateLimits?.passwordReset ?? { max: 10, timeWindow: 60 * 60 * 1000 },
      })
      await api.register(calendarSubscriptionRoutes, { origin: () => publicOrigin(app, config) })
      await api.register(invitationsRoutes)
      await api.register(authRoutes, {
        repositories,
        now,
        throttlePolicy,
        loginRateLimit: options.rateLimits?.login ?? {
          max: config.loginsPer15MinPerIp,
          timeWindow: 15 * 60 * 1000,
        },
        signupRateLimit: options.rateLimits?.signup ?? {
          max: config.signupsPerHourPerIp,
          timeWindow: 60 * 60 * 1000,
        },
      })
      // Everything a person owns: one scope that answers 401 without a session, for every route in it,
      // before the body is validated (a signed-out caller learns nothing about the expected body).
      await api.register(async (signedIn) => {
        signedIn.addHook('onRequest', signedIn.requireUser)
        await signedIn.register(meRoutes, { throttlePolicy })
        await signedIn.register(calendarFeedRoutes, { origin: () => publicOrigin(app, config) })
        await signedIn.register(sharingRoutes, {
          origin: () => publicOrigin(app, config),
          mailer,
          outbox: app.mailOutbox,
        })
        await signedIn.register(sharedWithMeRoutes)
        await signedIn.register(sharingReviewsRoutes)
        for (const routes of [
          applicationsRoutes,
          interviewsRoutes,
          homeRoutes,
          rehearsalRoutes,
          feedbackRoutes,
          preparationRoutes,
          progressRoutes,
          reboundsRoutes,
          mockInterviewsRoutes,
        ]) {
          await signedIn.register(routes)
        }
        await signedIn.register(analysisRoutes, {
          rateLimit: options.rateLimits?.analyze ?? { max: 120, timeWindow: 60 * 1000 },
        })
      })
    },
    { prefix: '/api' },
  )

  await app.register(webPlugin, { webRoot: options.webRoot ?? DEFAULT_WEB_ROOT })

  // Expired sessions, sign-in throttle rows and rate limit counts past their window are ignored on sight;
  // this sweep, at start and then hourly, only keeps the tables small.
  const sweepExpired = async () => {
    const at = now()
    await Promise.all([
      repositories.sessions
        .deleteExpired(at.toISOString())
        .catch((err) => app.log.warn({ err }, 'session sweep failed')),
      repositories.loginThrottle
        .deleteStale(at, failureWindowStart(at, throttlePolicy))
        .catch((err) => app.log.warn({ err }, 'sign-in throttle sweep failed')),
      repositories.rateLimits
        .deleteExpired(at)
        .catch((err) => app.log.warn({ err }, 'rate limit sweep failed')),
    ])
  }
  await sweepExpired()
  const sweep = setInterval(() => void sweepExpired(), 60 * 60 * 1000)
  sweep.unref()
  app.addHook('onClose', async () => clearInterval(sweep))

  return app
}

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    repositories: ReturnType<typeof createRepositories>
    /** Password hashing at the cost the app was built with. */
    passwords: Passwords
    /** The use cases' context: repositories, clock and transactions (see services/README.md). */
    services: ServiceContext
    /** Mail sent after the answer (password reset); `settled()` waits for every send under way. */
    mailOutbox: Outbox
  }
}
