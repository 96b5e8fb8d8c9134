import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { localDay } from '../../../domain/accounts/time-zone'
import { debriefFromCapture, debriefMarkdown, emptyDebrief } from '../../../domain/debrief'
import { slugify } from '../../../domain/slug'
import { languageSchema } from '../../../shared/schemas/common'
import {
  createInterviewBodySchema,
  debriefConflictSchema,
  debriefStateSchema,
  idParamsSchema,
  interviewResponseSchema,
  interviewsQuerySchema,
  interviewsResponseSchema,
  saveDebriefBodySchema,
  updateInterviewBodySchema,
} from '../../../shared/schemas/interviews'
import { ApiError, errorMessage } from '../../errors'
import { sendDownload } from '../../lib/download'
import { signedInErrors } from '../../lib/error-responses'
import { requestLanguage } from '../../lib/language'
import { userOf } from '../../plugins/auth'
import type { StoredDebrief } from '../../repositories/debriefs.repository'
import { saveDebrief } from '../../services/debriefs/save-debrief'
import { captureInterview } from '../../services/interviews/capture-interview'
import { ownedInterview as ownedInterviewOf } from '../../services/interviews/owned-interview'

/** Every field at its limit, in UTF-8 and JSON, fits well under this. */
export const DEBRIEF_BODY_LIMIT = 5 * 1024 * 1024

/** The debrief as saved; before its first save, an empty one whose replay starts from the capture note. */
const toState = (stored: StoredDebrief | undefined, captureNote = '') =>
  stored
    ? {
        version: stored.version,
        debrief: stored.content,
        progress: stored.progress,
        updatedAt: stored.updatedAt,
      }
    : { version: 0, debrief: debriefFromCapture(captureNote), progress: 0, updatedAt: null }

export const interviewsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services
  const ownedInterview = (userId: string, id: string) => ownedInterviewOf(repositories, userId, id)

  app.post(
    '/interviews',
    {
      schema: {
        tags: ['interviews'],
        summary: 'Quick capture: log an interview (creates its application when new)',
        body: createInterviewBodySchema,
        response: { 201: interviewResponseSchema, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { interview, application } = await captureInterview(
        app.services,
        userOf(request).id,
        request.body,
      )
      return reply.code(201).send({ interview, application })
    },
  )

  app.get(
    '/interviews',
    {
      schema: {
        tags: ['interviews'],
        summary: 'Interviews, newest first, with filters and text search',
        querystring: interviewsQuerySchema,
        response: { 200: interviewsResponseSchema, ...signedInErrors },
      },
    },
    async (request) => ({
      interviews: await repositories.interviews.list(userOf(request).id, request.query),
    }),
  )

  app.get(
    '/interviews/:id',
    {
      schema: {
        tags: ['interviews'],
        summary: 'One interview with its application',
        params: idParamsSchema,
        response: { 200: interviewResponseSchema, ...signedInErrors },
      },
    },
    async (request) => ownedInterview(userOf(request).id, request.params.id),
  )

  app.patch(
    '/interviews/:id',
    {
      schema: {
        tags: ['interviews'],
        summary: 'Change an interview',
        params: idParamsSchema,
        body: updateInterviewBodySchema,
        response: { 200: interviewResponseSchema, ...signedInErrors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const { application } = await ownedInterview(user.id, request.params.id)
      const interview = await repositories.interviews.update(
        user.id,
        request.params.id,
        request.body,
        now().toISOString(),
      )
      if (!interview) throw new ApiError('not_found')
      return { interview, application }
    },
  )

  app.delete(
    '/interviews/:id',
    {
      schema: {
        tags: ['interviews'],
        summary: 'Delete an interview and its debrief',
        params: idParamsSchema,
        response: { 204: z.null(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      if (!(await repositories.interviews.delete(userOf(request).id, request.params.id)))
        throw new ApiError('not_found')
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/interviews/:id/debrief',
    {
      schema: {
        tags: ['debrief'],
        summary:
          'The debrief with its version (version 0 before the first save: an empty debrief whose replay starts from the capture note)',
        params: idParamsSchema,
        response: { 200: debriefStateSchema, ...signedInErrors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const { interview } = await ownedInterview(user.id, request.params.id)
      return toState(await repositories.debriefs.find(user.id, request.params.id), interview.note)
    },
  )

  app.put(
    '/interviews/:id/debrief',
    {
      // A debrief filled to every field's limit is about 1.2 million characters: its own,
      // larger body limit, so the field limits (with their messages) are what a person meets.
      bodyLimit: DEBRIEF_BODY_LIMIT,
      schema: {
        tags: ['debrief'],
        summary: 'Save the whole debrief, based on the version it was edited from',
        description:
          'Answers 200 with the new version, or 409 `version_conflict` with the debrief as it is now when another save came first: the client keeps both and lets the person choose.',
        params: idParamsSchema,
        body: saveDebriefBodySchema,
        response: { 200: debriefStateSchema, 409: debriefConflictSchema, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      await ownedInterview(user.id, request.params.id)
      const result = await saveDebrief(
        app.services,
        user,
        request.params.id,
        request.body.version,
        request.body.debrief,
      )
      if (result.saved) return toState(result.debrief)
      return reply.code(409).send({
        error: {
          code: 'version_conflict' as const,
          message: errorMessage('conflict', requestLanguage(request)),
        },
        current: toState(result.current),
      })
    },
  )

  app.get(
    '/interviews/:id/debrief.md',
    {
      schema: {
        tags: ['debrief'],
        summary: 'The debrief as a Markdown document',
        params: idParamsSchema,
        querystring: z.object({ lang: languageSchema.optional() }),
        response: { 200: z.string(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      const { interview, application } = await ownedInterview(user.id, request.params.id)
      const stored = await repositories.debriefs.find(user.id, request.params.id)
      const lang = request.query.lang ?? user.language
      const markdown = debriefMarkdown(
        { ...interview, company: application.company, role: application.role },
        stored?.content ?? emptyDebrief(),
        lang,
        user.timeZone,
      )
      const day = localDay(new Date(interview.date), user.timeZone)
      const name = ['debrief', slugify(application.company), day].filter(Boolean).join('-')
      return sendDownload(reply, { name, extension: 'md', body: markdown })
    },
  )
}
