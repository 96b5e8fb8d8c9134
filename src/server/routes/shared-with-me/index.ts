import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  accessLogResponseSchema,
  sharedDebriefResponseSchema,
  sharedInterviewParamsSchema,
  sharedInterviewsResponseSchema,
  sharedLinkParamsSchema,
  sharedMockInterviewsResponseSchema,
  sharedMockParamsSchema,
  sharedMockReportResponseSchema,
  sharedProgressResponseSchema,
  sharedRehearsalResponseSchema,
} from '../../../shared/schemas/shared-with-me'
import { errorResponses } from '../../lib/error-responses'
import { userOf } from '../../plugins/auth'
import { linkAccessLog } from '../../services/sharing/access-log'
import {
  sharedDebrief,
  sharedInterviews,
  sharedMockInterviews,
  sharedMockReport,
  sharedProgress,
  sharedRehearsal,
} from '../../services/sharing/shared-reads'

const errors = errorResponses(400, 401, 404)
const NOT_SHARED =
  '404 when the link is not yours, has ended, or does not share this (the same answer as for something that does not exist). ' +
  'Each read is noted in the owner’s access log.'

/** Read-only views of what someone shares with the signed-in person, through a link they accepted (issue 17). */
export const sharedWithMeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app

  app.get(
    '/sharing/received/:id/interviews',
    {
      schema: {
        tags: ['sharing'],
        summary: 'The interviews whose debriefs a link shares with you, newest first',
        description: NOT_SHARED,
        params: sharedLinkParamsSchema,
        response: { 200: sharedInterviewsResponseSchema, ...errors },
      },
    },
    async (request) => sharedInterviews(services, userOf(request).id, request.params.id),
  )

  app.get(
    '/sharing/received/:id/interviews/:interviewId',
    {
      schema: {
        tags: ['sharing'],
        summary: 'One interview and its debrief, shared with you (read-only)',
        description: NOT_SHARED,
        params: sharedInterviewParamsSchema,
        response: { 200: sharedDebriefResponseSchema, ...errors },
      },
    },
    async (request) =>
      sharedDebrief(services, userOf(request).id, request.params.id, request.params.interviewId),
  )

  app.get(
    '/sharing/received/:id/rehearsal',
    {
      schema: {
        tags: ['sharing'],
        summary: 'The practice questions shared with you, with every attempt and the best answer marked',
        description: NOT_SHARED,
        params: sharedLinkParamsSchema,
        response: { 200: sharedRehearsalResponseSchema, ...errors },
      },
    },
    async (request) => sharedRehearsal(services, userOf(request).id, request.params.id),
  )

  app.get(
    '/sharing/received/:id/mock-interviews',
    {
      schema: {
        tags: ['sharing'],
        summary: 'The completed mock interviews shared with you, newest first',
        description: NOT_SHARED,
        params: sharedLinkParamsSchema,
        response: { 200: sharedMockInterviewsResponseSchema, ...errors },
      },
    },
    async (request) => sharedMockInterviews(services, userOf(request).id, request.params.id),
  )

  app.get(
    '/sharing/received/:id/mock-interviews/:mockId',
    {
      schema: {
        tags: ['sharing'],
        summary: 'One completed mock interview’s report, shared with you',
        description: NOT_SHARED,
        params: sharedMockParamsSchema,
        response: { 200: sharedMockReportResponseSchema, ...errors },
      },
    },
    async (request) =>
      sharedMockReport(services, userOf(request).id, request.params.id, request.params.mockId),
  )

  app.get(
    '/sharing/received/:id/progress',
    {
      schema: {
        tags: ['sharing'],
        summary: 'Progress figures shared with you (no interview named; moods only when shared too)',
        description: NOT_SHARED,
        params: sharedLinkParamsSchema,
        response: { 200: sharedProgressResponseSchema, ...errors },
      },
    },
    async (request) => sharedProgress(services, userOf(request).id, request.params.id),
  )

  app.get(
    '/sharing/links/:id/log',
    {
      schema: {
        tags: ['sharing'],
        summary: 'What the person you share with opened through this link, and when (newest first)',
        description: 'Yours only: 404 for anyone else, the invitee included.',
        params: sharedLinkParamsSchema,
        response: { 200: accessLogResponseSchema, ...errors },
      },
    },
    async (request) => linkAccessLog(services, userOf(request).id, request.params.id),
  )
}
