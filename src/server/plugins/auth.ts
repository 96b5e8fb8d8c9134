import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import {
  DEFAULT_DEVICE_POLICY,
  type DevicePolicy,
  type DeviceToken,
  formatDeviceToken,
  parseDeviceToken,
} from '../../domain/accounts/device-trust'
import { judgeSession, type SessionPolicy, sessionExpiry } from '../../domain/accounts/session-policy'
import { ApiError } from '../errors'
import type { Repositories } from '../repositories'
import type { UserRecord } from '../repositories/users.repository'
import { createSessionCache, type SessionCache } from '../security/session-cache'
import { newSessionToken, sha256 } from '../security/tokens'

export const SESSION_COOKIE = 'rebond_session'
/** Names the account this browser signed in to (ADR 0006); only the sign-in routes receive it. */
export const DEVICE_COOKIE = 'rebond_device'
const DEVICE_COOKIE_PATH = '/api/auth'
/** 128 random bits: every device cookie issued gets a counter of its own. */
const newDeviceNonce = (): string => randomBytes(16).toString('base64url')

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyRequest {
    currentUser: UserRecord | null
    sessionId: string | null
  }
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    /** preHandler: loads the session from its cookie, or answers 401. */
    requireUser: (request: FastifyRequest, reply: FastifyReply) => Promise<void>
    /** Loads the session from its cookie when there is a valid one; false (and no error) when not. */
    loadUser: (request: FastifyRequest, reply: FastifyReply) => Promise<boolean>
    /** Starts a new session for the user (a fresh id every time: rotation at sign-in). */
    startSession: (request: FastifyRequest, reply: FastifyReply, user: UserRecord) => Promise<void>
    /** Ends the request's session, if any, and clears the cookie. */
    endSession: (request: FastifyRequest, reply: FastifyReply) => Promise<void>
    /** The device token of the request's device cookie, when it carries our signature; not yet judged. */
    deviceTokenOf: (request: FastifyRequest) => DeviceToken | undefined
    /** Gives the browser a fresh device cookie for this account (after a successful sign-in). */
    trustDevice: (request: FastifyRequest, reply: FastifyReply, user: UserRecord) => void
    /** Recent sessions this instance remembers (ADR 0008); a change made outside a signed-in request forgets the user here. */
    sessionCache: SessionCache
  }
}

export type AuthOptions = {
  repositories: Repositories
  sessionPolicy: SessionPolicy
  now: () => Date
  secureCookies: boolean | undefined
  devicePolicy?: DevicePolicy
  /** How long this instance may reuse a session it read (ADR 0008); 0 reads it every time. */
  sessionCacheMs?: number
}

/** A session ended on another instance stops working here within this time. */
export const DEFAULT_SESSION_CACHE_MS = 1000

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** Checked cookie values remembered at most (a few megabytes); past it the memory starts afresh. */
const VERIFIED_COOKIES_KEPT = 10_000

/** Returns the signed-in user of a request that went through `requireUser`. */
export function userOf(request: FastifyRequest): UserRecord {
  if (!request.currentUser) throw new ApiError('unauthenticated')
  return request.currentUser
}

export const authPlugin = fp(
  async (app: FastifyInstance, options: AuthOptions) => {
    const { repositories, sessionPolicy, now } = options
    app.decorateRequest('currentUser', null)
    app.decorateRequest('sessionId', null)
    const cache = createSessionCache({ ttlMs: options.sessionCacheMs ?? DEFAULT_SESSION_CACHE_MS })
    app.decorate('sessionCache', cache)

    // Whatever a signed-in person writes (a sign-out, a new password, a language, a deleted
    // account...) drops what this instance remembers of them, before the answer leaves.
    app.addHook('onSend', (request, _reply, payload, done) => {
      if (request.currentUser && !READS.has(request.method)) cache.forgetUser(request.currentUser.id)
      done(null, payload)
    })

    const lookUp = async (id: string) => {
      const cached = cache.get(id)
      if (cached) return cached
      const epoch = cache.epoch()
      const session = await repositories.sessions.findWithUser(id)
      if (session) cache.put(id, session, epoch)
      return session
    }

    const cookieOptions = (request: FastifyRequest) => ({
      path: '/',
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: options.secureCookies ?? request.protocol === 'https',
      signed: true,
      maxAge: Math.floor(sessionPolicy.absoluteMs / 1000),
    })

    // Signed cookie values already checked, and the session id each gives: the signature and the
    // hash are the same every time for one value, so each browser's cookie costs them once. Only
    // cookies that carry our signature get here; what the session is worth is judged every time.
    const verifiedCookies = new Map<string, string>()
    const sessionIdFromCookie = (request: FastifyRequest): string | null => {
      const raw = request.cookies[SESSION_COOKIE]
      if (!raw) return null
      const known = verifiedCookies.get(raw)
      if (known) return known
      const unsigned = request.unsignCookie(raw)
      if (!unsigned.valid || !unsigned.value) return null
      const id = sha256(unsigned.value)
      if (verifiedCookies.size >= VERIFIED_COOKIES_KEPT) verifiedCookies.clear()
      verifiedCookies.set(raw, id)
      return id
    }

    async function loadUser(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
      const id = sessionIdFromCookie(request)
      if (!id) return false
      const session = await lookUp(id)
      if (!session) {
        reply.clearCookie(SESSION_COOKIE, { path: '/' })
        return false
      }
      const current = now()
      const times = { createdAt: new Date(session.createdAt), lastSeenAt: new Date(session.lastSeenAt) }
      const verdict = judgeSession(times, current, sessionPolicy)
      if (verdict.status === 'expired') {
        cache.forget(id)
        await repositories.sessions.delete(id)
        reply.clearCookie(SESSION_COOKIE, { path: '/' })
        return false
      }
      if (verdict.touch) {
        const expiresAt = sessionExpiry({ ...times, lastSeenAt: current }, sessionPolicy)
        await repositories.sessions.touch(id, current.toISOString(), expiresAt.toISOString())
        cache.touched(id, current.toISOString())
      }
      request.currentUser = session.user
      request.sessionId = id
      return true
    }

    app.decorate('loadUser', loadUser)
    app.decorate('requireUser', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!(await loadUser(request, reply))) throw new ApiError('unauthenticated')
    })

    app.decorate('startSession', async (request: FastifyRequest, reply: FastifyReply, user: UserRecord) => {
      const previous = sessionIdFromCookie(request)
      if (previous) {
        cache.forget(previous)
        await repositories.sessions.delete(previous)
      }
      const token = newSessionToken()
      const id = sha256(token)
      const created = now()
      await repositories.sessions.insert({
        id,
        userId: user.id,
        createdAt: created.toISOString(),
        expiresAt: sessionExpiry({ createdAt: created, lastSeenAt: created }, sessionPolicy).toISOString(),
        userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
      })
      request.currentUser = user
      request.sessionId = id
      reply.setCookie(SESSION_COOKIE, token, cookieOptions(request))
    })

    app.decorate('endSession', async (request: FastifyRequest, reply: FastifyReply) => {
      const id = request.sessionId ?? sessionIdFromCookie(request)
      if (id) {
        cache.forget(id)
        await repositories.sessions.delete(id)
      }
      request.currentUser = null
      request.sessionId = null
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      // The device cookie stays: signing out does not make the browser a stranger to the account.
    })

    const devicePolicy = options.devicePolicy ?? DEFAULT_DEVICE_POLICY

    app.decorate('deviceTokenOf', (request: FastifyRequest): DeviceToken | undefined => {
      const raw = request.cookies[DEVICE_COOKIE]
      if (!raw) return undefined
      const unsigned = request.unsignCookie(raw)
      return unsigned.valid && unsigned.value ? parseDeviceToken(unsigned.value) : undefined
    })

    app.decorate('trustDevice', (request: FastifyRequest, reply: FastifyReply, user: UserRecord) => {
      const token = formatDeviceToken({ userId: user.id, nonce: newDeviceNonce(), issuedAt: now() })
      reply.setCookie(DEVICE_COOKIE, token, {
        path: DEVICE_COOKIE_PATH,
        httpOnly: true,
        // Only ever needed by the app's own sign-in form.
        sameSite: 'strict',
        secure: options.secureCookies ?? request.protocol === 'https',
        signed: true,
        maxAge: Math.floor(devicePolicy.maxAgeMs / 1000),
      })
    })
  },
  { name: 'rebond-auth', dependencies: ['@fastify/cookie'] },
)
