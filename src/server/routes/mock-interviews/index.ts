import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { PressureLevel } from '../../../domain/mock-interview'
import { periodRange } from '../../../domain/progress/calendar'
import { idParamsSchema } from '../../../shared/schemas/interviews'
import {
  mockAnswerBodySchema,
  mockAnswerTurnParamsSchema,
  mockApplicationChoicesSchema,
  mockCheckInSchema,
  mockInterviewSchema,
  mockInterviewsResponseSchema,
  mockProgressResponseSchema,
  mockRehearseBodySchema,
  mockRehearseResponseSchema,
  newMockInterviewSchema,
} from '../../../shared/schemas/mock-interviews'
import { periodQuerySchema } from '../../../shared/schemas/progress'
import { AUDIO_CONTENT_TYPES, AUDIO_MAX_BYTES } from '../../../shared/schemas/rehearsal'
import { ApiError } from '../../errors'
import { sendDownload } from '../../lib/download'
import { errorResponses, signedInErrors } from '../../lib/error-responses'
import { requestLanguage } from '../../lib/language'
import { userOf } from '../../plugins/auth'
import {
  answerMockInterview,
  checkInMockInterview,
  endMockInterview,
  getMockInterview,
  mockApplicationChoices,
  mockInterviewMarkdown,
  rehearseMockInterview,
  sessionListItem,
  startMockInterview,
} from '../../services/mock-interviews/mock-interviews'

const withConflict = { ...signedInErrors, ...errorResponses(409) }
const tags = ['mock-interview']
/** What every route on one session (`/mock-interviews/:id…`) declares. */
const onOneSession = { tags, params: idParamsSchema }
/** The session as it stands, the answer of the routes that move it on. */
const theSession = { 200: mockInterviewSchema, ...signedInErrors }

export const mockInterviewsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services

  app.get(
    '/mock-interviews',
    {
      schema: {
        tags,
        summary: 'Mock interview sessions, newest first, with their figures once completed',
        response: { 200: mockInterviewsResponseSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const sessions = await repositories.mockInterviews.list(userOf(request).id, 50)
      return {
        sessions: sessions.map(sessionListItem),
      }
    },
  )

  app.get(
    '/mock-interviews/applications',
    {
      schema: {
        tags,
        summary: 'The person’s applications to practise for, each with the stage its interviews suggest',
        response: { 200: mockApplicationChoicesSchema, ...errorResponses(401) },
      },
    },
    async (request) => ({ applications: await mockApplicationChoices(app.services, userOf(request).id) }),
  )

  app.get(
    '/mock-interviews/progress',
    {
      schema: {
        tags: ['mock-interview', 'progress'],
        summary:
          'Completed sessions of a period (whole UTC days), oldest first: pressure level, tension before and after, average assertiveness and speaking figures',
        querystring: periodQuerySchema,
        response: { 200: mockProgressResponseSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const completed = await repositories.mockInterviews.completed(
        userOf(request).id,
        periodRange(request.query, now()),
      )
      const sessions = completed.map(({ id, completedAt, summary }) => ({
        id,
        completedAt,
        level: summary.level,
        answered: summary.answered,
        tensionBefore: summary.tensionBefore,
        tensionAfter: summary.tensionAfter,
        averageAssertiveness: summary.averageAssertiveness,
        averageSpokenSeconds: summary.averageSpokenSeconds,
        averageLongPauses: summary.averageLongPauses ?? null,
        fillersPer100: summary.fillersPer100,
      }))
      const highestLevel = sessions.reduce<PressureLevel | null>(
        (highest, s) => (highest === null || s.level > highest ? s.level : highest),
        null,
      )
      return { sessions, highestLevel }
    },
  )

  app.post(
    '/mock-interviews',
    {
      schema: {
        tags,
        summary: 'Set up a mock interview: the questions are drawn now, the session waits for the check-in',
        body: newMockInterviewSchema,
        response: { 201: mockInterviewSchema, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const session = await startMockInterview(
        app.services,
        userOf(request).id,
        request.body,
        requestLanguage(request),
      )
      return reply.code(201).send(session)
    },
  )

  app.get(
    '/mock-interviews/:id',
    {
      schema: {
        ...onOneSession,
        summary: 'A session where it stands (resumed after an interruption), with its report so far',
        response: theSession,
      },
    },
    async (request) => getMockInterview(app.services, userOf(request).id, request.params.id),
  )

  app.post(
    '/mock-interviews/:id/check-in',
    {
      schema: {
        ...onOneSession,
        summary: 'The check-in before the first question, or after the last (which completes the session)',
        body: mockCheckInSchema,
        response: { 200: mockInterviewSchema, ...withConflict },
      },
    },
    async (request) =>
      checkInMockInterview(app.services, userOf(request).id, request.params.id, request.body),
  )

  app.post(
    '/mock-interviews/:id/answers',
    {
      schema: {
        ...onOneSession,
        summary:
          'Save the answer to the current turn; the session moves on (follow-up, next question, check-in)',
        description:
          'The same turn sent again answers 200 with the session as it stands; another turn is 409.',
        body: mockAnswerBodySchema,
        response: { 200: mockInterviewSchema, 201: mockInterviewSchema, ...withConflict },
      },
    },
    async (request, reply) => {
      const { created, session } = await answerMockInterview(
        app.services,
        userOf(request).id,
        request.params.id,
        request.body,
      )
      return reply.code(created ? 201 : 200).send(session)
    },
  )

  // A spoken answer's recording arrives as raw audio, once the answer is saved; the security plugin lets
  // this path through (app.ts).
  app.addContentTypeParser(
    AUDIO_CONTENT_TYPES,
    { parseAs: 'buffer', bodyLimit: AUDIO_MAX_BYTES },
    (_request, body, done) => done(null, body),
  )

  app.put(
    '/mock-interviews/:id/answers/:questionIndex/:followUp/audio',
    {
      bodyLimit: AUDIO_MAX_BYTES,
      schema: {
        tags,
        summary: `Store the recording of a spoken answer already saved (raw audio body; at most ${AUDIO_MAX_BYTES / 1024 / 1024} MiB)`,
        params: mockAnswerTurnParamsSchema,
        response: { 204: z.null(), ...signedInErrors, ...errorResponses(413, 415) },
      },
    },
    async (request, reply) => {
      const { id, questionIndex, followUp } = request.params
      const body = request.body
      if (!(body instanceof Buffer) || body.byteLength === 0) throw new ApiError('unsupported_media_type')
      const mime = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
      const saved = await repositories.mockInterviews.saveAudio(
        userOf(request).id,
        id,
        { questionIndex, followUp },
        { mime, data: body },
        now().toISOString(),
      )
      if (!saved) throw new ApiError('not_found')
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/mock-interviews/:id/answers/:questionIndex/:followUp/audio',
    {
      schema: {
        tags,
        summary: 'The recording of a spoken answer, to play back',
        params: mockAnswerTurnParamsSchema,
        response: { 200: z.any(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { id, questionIndex, followUp } = request.params
      const audio = await repositories.mockInterviews.findAudio(userOf(request).id, id, {
        questionIndex,
        followUp,
      })
      if (!audio) throw new ApiError('not_found')
      return reply.type(audio.mime).header('cache-control', 'private, no-store').send(Buffer.from(audio.data))
    },
  )

  app.post(
    '/mock-interviews/:id/end',
    {
      schema: {
        ...onOneSession,
        summary: 'Stop before the last question: the session goes to the check-in after',
        response: theSession,
      },
    },
    async (request) => endMockInterview(app.services, userOf(request).id, request.params.id),
  )

  app.post(
    '/mock-interviews/:id/rehearse',
    {
      schema: {
        ...onOneSession,
        summary: 'Send questions of the session (its weakest answers by default) to the rehearsal deck',
        body: mockRehearseBodySchema,
        response: { 200: mockRehearseResponseSchema, ...signedInErrors },
      },
    },
    async (request) =>
      rehearseMockInterview(
        app.services,
        userOf(request).id,
        request.params.id,
        request.body.questionIndexes,
      ),
  )

  app.get(
    '/mock-interviews/:id/report.md',
    {
      schema: {
        ...onOneSession,
        summary: 'The report as Markdown, in the session’s language',
        response: { 200: z.string(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      const markdown = await mockInterviewMarkdown(app.services, userOf(request).id, request.params.id)
      return sendDownload(reply, {
        name: `mock-interview-${request.params.id}`,
        extension: 'md',
        body: markdown,
      })
    },
  )

  app.delete(
    '/mock-interviews/:id',
    {
      schema: {
        ...onOneSession,
        summary: 'Delete a session and its answers',
        response: { 204: z.null(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      if (!(await repositories.mockInterviews.remove(userOf(request).id, request.params.id))) {
        throw new ApiError('not_found')
      }
      return reply.code(204).send(null)
    },
  )
}
