import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { calendarEntries, FEED_PAST_DAYS } from '../../../domain/calendar/entries'
import {
  calendarFeedCreatedResponseSchema,
  calendarFeedStateResponseSchema,
  calendarFileParamsSchema,
} from '../../../shared/schemas/calendar-feed'

import { ApiError } from '../../errors'
import { buildCalendar } from '../../lib/calendar'
import { errorResponses } from '../../lib/error-responses'
import { userOf } from '../../plugins/auth'
import { newSessionToken, sha256 } from '../../security/tokens'

export type CalendarFeedRoutesOptions = { origin: () => string }

/** The subscription's path: the secret is the whole of its authority, as in any calendar app's private address. */
export const CALENDAR_PATH_PREFIX = '/api/calendar/'

const NAME = { fr: 'Rebond — entretiens et rappels', en: 'Rebond — interviews and reminders' }

/** Account: make (or remake) and revoke the private address. Signed-in scope. */
export const calendarFeedRoutes: FastifyPluginAsyncZod<CalendarFeedRoutesOptions> = async (app, options) => {
  const { repositories, now } = app.services
  const errors = errorResponses(401)

  app.get(
    '/me/calendar-feed',
    {
      schema: {
        tags: ['account'],
        summary:
          'Whether a calendar subscription address exists (the address itself is shown only when made)',
        response: { 200: calendarFeedStateResponseSchema, ...errors },
      },
    },
    async (request) => ({ feed: (await repositories.calendarFeeds.find(userOf(request).id)) ?? null }),
  )

  app.post(
    '/me/calendar-feed',
    {
      schema: {
        tags: ['account'],
        summary: 'Make a new private calendar address (the previous one, if any, stops working)',
        description:
          'The address serves an iCalendar feed of the interviews, the preparation evening before each, planned ' +
          'feedback follow-ups and rebound check-ins, read-only, without a session. Only its hash is stored.',
        response: { 201: calendarFeedCreatedResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const token = newSessionToken()
      const createdAt = now().toISOString()
      await repositories.calendarFeeds.save(userOf(request).id, sha256(token), createdAt)
      return reply
        .code(201)
        .send({ url: `${options.origin()}${CALENDAR_PATH_PREFIX}${token}.ics`, createdAt })
    },
  )

  app.delete(
    '/me/calendar-feed',
    {
      schema: {
        tags: ['account'],
        summary: 'Revoke the calendar address: it answers 404 from now on (succeeds when there was none)',
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await repositories.calendarFeeds.delete(userOf(request).id)
      return reply.code(204).send(null)
    },
  )
}

/** The feed itself: no session, read-only; a revoked or unknown address gets 404. */
export const calendarSubscriptionRoutes: FastifyPluginAsyncZod<CalendarFeedRoutesOptions> = async (
  app,
  options,
) => {
  const { repositories, now } = app.services

  app.get(
    '/calendar/:file',
    {
      schema: {
        tags: ['calendar'],
        summary: 'A private iCalendar feed (subscribe to it in a calendar app)',
        description:
          'Times in UTC, worked out from the owner’s time zone; UIDs stable across requests, so calendars update ' +
          `events. Interviews from ${FEED_PAST_DAYS} days ago on. 404 for an address revoked, replaced or unknown.`,
        params: calendarFileParamsSchema,
        response: { 200: z.string(), ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const token = request.params.file.replace(/\.ics$/, '')
      const feed = await repositories.calendarFeeds.ownerOf(sha256(token))
      const user = feed && (await repositories.users.findById(feed.userId))
      if (!user) throw new ApiError('not_found')
      const at = now()
      const since = new Date(at.getTime() - FEED_PAST_DAYS * 86_400_000).toISOString()
      const sources = await repositories.calendarFeeds.sources(user.id, since)
      const body = await buildCalendar(calendarEntries(sources, user.language, user.timeZone), {
        name: NAME[user.language],
        origin: options.origin(),
        stamp: at,
      })
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-cache')
        .header('x-robots-tag', 'noindex')
        .header('referrer-policy', 'no-referrer')
        .send(body)
    },
  )
}
