import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  deliveryTrend,
  MASTERED_INTERVAL_DAYS,
  type ProgressInput,
  periodRange,
  progressInsights,
  progressReportMarkdown,
  progressSeries,
  type TimeRange,
} from '../../../domain/progress'
import {
  insightsResponseSchema,
  moodEntrySchema,
  moodsResponseSchema,
  newMoodSchema,
  periodQuerySchema,
  progressResponseSchema,
  reportQuerySchema,
} from '../../../shared/schemas/progress'
import { ApiError } from '../../errors'
import { sendDownload } from '../../lib/download'
import { errorResponses } from '../../lib/error-responses'
import { userOf } from '../../plugins/auth'
import { newId } from '../../security/tokens'

const errors = errorResponses(400, 401)

const tags = ['progress']

export const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services
  async function input(userId: string, range: TimeRange): Promise<ProgressInput> {
    const [interviews, attemptDays, cards, moods] = await Promise.all([
      repositories.progress.interviewFacts(userId, range),
      repositories.progress.attemptDays(userId, range),
      repositories.progress.cards(userId, MASTERED_INTERVAL_DAYS),
      repositories.moods.list(userId, range),
    ])
    return { interviews, attemptDays, cards, moods }
  }

  app.get(
    '/progress',
    {
      schema: {
        tags,
        summary: 'The series behind every Progress chart, for a period of days (both ends included)',
        querystring: periodQuerySchema,
        response: { 200: progressResponseSchema, ...errors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const range = periodRange(request.query, now())
      const [facts, deliveries] = await Promise.all([
        input(user.id, range),
        repositories.progress.deliveries(user.id, range),
      ])
      return {
        ...progressSeries(facts),
        delivery: deliveryTrend(deliveries),
        period: { from: request.query.from ?? null, to: request.query.to ?? null },
      }
    },
  )

  app.get(
    '/insights',
    {
      schema: {
        tags,
        summary: 'Plain-language statements the whole history supports, with the figures behind each',
        response: { 200: insightsResponseSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const user = userOf(request)
      const at = now()
      return { insights: progressInsights(await input(user.id, periodRange({}, at)), at) }
    },
  )

  app.get(
    '/progress/report.md',
    {
      schema: {
        tags,
        summary: 'A progress report for a period, as Markdown, to bring to a career coach',
        querystring: reportQuerySchema,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      const at = now()
      const { from, to } = request.query
      const series = progressSeries(await input(user.id, periodRange({ from, to }, at)))
      const insights = progressInsights(await input(user.id, periodRange({}, at)), at)
      const markdown = progressReportMarkdown(series, insights, {
        lang: request.query.lang ?? user.language,
        from: from ?? null,
        to: to ?? null,
        name: user.displayName,
        now: at,
        timeZone: user.timeZone,
      })
      const name = ['rebond-progress', from, to].filter(Boolean).join('-')
      return sendDownload(reply, { name, extension: 'md', body: markdown })
    },
  )

  app.get(
    '/moods',
    {
      schema: {
        tags,
        summary: 'Mood check-ins, oldest first',
        querystring: periodQuerySchema,
        response: { 200: moodsResponseSchema, ...errors },
      },
    },
    async (request) => ({
      moods: await repositories.moods.list(userOf(request).id, periodRange(request.query, now())),
    }),
  )

  app.post(
    '/moods',
    {
      schema: {
        tags,
        summary: 'Record a mood check-in',
        body: newMoodSchema,
        response: { 201: moodEntrySchema, ...errors },
      },
    },
    async (request, reply) => {
      const entry = await repositories.moods.add(userOf(request).id, {
        id: newId(),
        at: now().toISOString(),
        mood: request.body.mood,
        note: request.body.note,
      })
      return reply.code(201).send(entry)
    },
  )

  app.delete(
    '/moods/:id',
    {
      schema: {
        tags,
        summary: 'Delete a mood check-in',
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 204: z.null(), ...errorResponses(401, 404) },
      },
    },
    async (request, reply) => {
      if (!(await repositories.moods.remove(userOf(request).id, request.params.id))) {
        throw new ApiError('not_found')
      }
      return reply.code(204).send(null)
    },
  )
}
