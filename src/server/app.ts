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
import { migrateToLatest } from './db/migrate'
import { ApiError } from './errors'
import type { RateLimit } from './lib/rate-limit'
import { authPlugin } from './plugins/auth'
import { clientErrorHandler, errorsPlugin, frameworkErrorHandler, refuseConnect } from './plugins/errors'
import { DEFAULT_MAX_EVENT_LOOP_DELAY_MS, loadSheddingPlugin } from './plugins/load-shedding'
import { openapiPlugin } from './plugins/openapi'
import { securityPlugin } from './plugins/security'
import { webPlugin } from './plugins/web'
import type { createRepositories } from './repositories'
import { analysisRoutes } from './routes/analysis'
import { applicationsRoutes } from './routes/applications'
import { authRoutes } from './routes/auth'
import { feedbackRoutes } from './routes/feedback'
import { healthRoutes } from './routes/health'
import { homeRoutes } from './routes/home'
import { interviewsRoutes } from './routes/interviews'
import { meRoutes } from './routes/me'
import { mockInterviewsRoutes } from './routes/mock-interviews'
import { preparationRoutes } from './routes/preparation'
import { progressRoutes } from './routes/progress'
import { reboundsRoutes } from './routes/rebounds'
import { rehearsalRoutes } from './routes/rehearsal'
import { createPasswords, type PasswordCost, type Passwords } from './security/passwords'
import { createServiceContext, type ServiceContext } from './services/context'
import { resolveSessionSecret } from './session-secret'

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
  rateLimits?: { login?: RateLimit; signup?: RateLimit; analyze?: RateLimit }
  bodyLimit?: number
  /** argon2 work factors for new hashes; production leaves the default, tests pass a tiny one. */
  passwordCost?: PasswordCost
  /** Past this mean event-loop lag (ms) requests get 503 `server_busy`; false turns the check off. */
  maxEventLoopDelayMs?: number | false
  webRoot?: string
  logger?: boolean
}

export const DEFAULT_BODY_LIMIT = 256 * 1024

/** Builds the whole app without listening: server.ts listens, tests use app.inject. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options
  const now = options.now ?? (() => new Date())
  const throttlePolicy = options.throttlePolicy ?? DEFAULT_THROTTLE_POLICY
  const database = options.database ?? openDatabase(connectionOptionsFor(config))

  const logger: FastifyServerOptions['logger'] =
    options.logger === false
      ? false
      : {
          level: config.logLevel,
          redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
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
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    )
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  app.addHook('onClose', async () => {
    await database.close()
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

  await app.register(errorsPlugin)
  // Answers (JSON, index.html) compressed as the browser accepts; brotli at a quality that costs
  // little per request (the web build's files come precompressed at their best, see plugins/web.ts).
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  })
  const maxEventLoopDelayMs = options.maxEventLoopDelayMs ?? DEFAULT_MAX_EVENT_LOOP_DELAY_MS
  if (maxEventLoopDelayMs !== false) await app.register(loadSheddingPlugin, { maxEventLoopDelayMs })
  await app.register(securityPlugin, {
    rawBodyRoutes: [
      { path: /^\/api\/rehearsal\/attempts\/[^/]+\/audio$/, contentTypes: AUDIO_CONTENT_TYPES },
      {
        path: /^\/api\/mock-interviews\/[^/]+\/answers\/\d+\/\d+\/audio$/,
        contentTypes: AUDIO_CONTENT_TYPES,
      },
    ],
  })
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
  await app.register(rateLimit, {
    global: false,
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

  await app.register(
    async (api) => {
      await api.register(healthRoutes)
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

  // Expired sessions and sign-in throttle rows past their window are ignored on sight;
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
  }
}
