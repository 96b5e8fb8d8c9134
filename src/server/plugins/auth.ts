import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { judgeSession, type SessionPolicy, sessionExpiry } from '../../domain/accounts/session-policy'
import { ApiError } from '../errors'
import type { Repositories } from '../repositories'
import type { UserRecord } from '../repositories/users.repository'
import { newSessionToken, sha256 } from '../security/tokens'

export const SESSION_COOKIE = 'rebond_session'

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
    /** Starts a new session for the user (a fresh id every time: rotation at sign-in). */
    startSession: (request: FastifyRequest, reply: FastifyReply, user: UserRecord) => Promise<void>
    /** Ends the request's session, if any, and clears the cookie. */
    endSession: (request: FastifyRequest, reply: FastifyReply) => Promise<void>
  }
}

export type AuthOptions = {
  repositories: Repositories
  sessionPolicy: SessionPolicy
  now: () => Date
  secureCookies: boolean | undefined
}

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

    const cookieOptions = (request: FastifyRequest) => ({
      path: '/',
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: options.secureCookies ?? request.protocol === 'https',
      signed: true,
      maxAge: Math.floor(sessionPolicy.absoluteMs / 1000),
    })

    const sessionIdFromCookie = (request: FastifyRequest): string | null => {
      const raw = request.cookies[SESSION_COOKIE]
      if (!raw) return null
      const unsigned = request.unsignCookie(raw)
      return unsigned.valid && unsigned.value ? sha256(unsigned.value) : null
    }

    app.decorate('requireUser', async (request: FastifyRequest, reply: FastifyReply) => {
      const id = sessionIdFromCookie(request)
      if (!id) throw new ApiError('unauthenticated')
      const session = await repositories.sessions.findWithUser(id)
      if (!session) {
        reply.clearCookie(SESSION_COOKIE, { path: '/' })
        throw new ApiError('unauthenticated')
      }
      const current = now()
      const times = { createdAt: new Date(session.createdAt), lastSeenAt: new Date(session.lastSeenAt) }
      const verdict = judgeSession(times, current, sessionPolicy)
      if (verdict.status === 'expired') {
        await repositories.sessions.delete(id)
        reply.clearCookie(SESSION_COOKIE, { path: '/' })
        throw new ApiError('unauthenticated')
      }
      if (verdict.touch) {
        const expiresAt = sessionExpiry({ ...times, lastSeenAt: current }, sessionPolicy)
        await repositories.sessions.touch(id, current.toISOString(), expiresAt.toISOString())
      }
      request.currentUser = session.user
      request.sessionId = id
    })

    app.decorate('startSession', async (request: FastifyRequest, reply: FastifyReply, user: UserRecord) => {
      const previous = sessionIdFromCookie(request)
      if (previous) await repositories.sessions.delete(previous)
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
      if (id) await repositories.sessions.delete(id)
      request.currentUser = null
      request.sessionId = null
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
    })
  },
  { name: 'rebond-auth', dependencies: ['@fastify/cookie'] },
)
