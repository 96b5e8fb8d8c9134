import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  accessLogResponseSchema,
  sharedAttemptParamsSchema,
  sharedDebriefResponseSchema,
  sharedInterviewParamsSchema,
  sharedInterviewsResponseSchema,
  sharedLinkParamsSchema,
  sharedMockInterviewsResponseSchema,
  sharedMockParamsSchema,
  sharedMockReportResponseSchema,
  sharedMoodsResponseSchema,
  sharedProgressResponseSchema,
  sharedReboundsResponseSchema,
  sharedRehearsalResponseSchema,
} from '../../../shared/schemas/shared-with-me'
import { signedInErrors } from '../../lib/error-responses'
import { userOf } from '../../plugins/auth'
import type { ServiceContext } from '../../services/context'
import { linkAccessLog } from '../../services/sharing/access-log'
import {
  sharedAttemptAudio,
  sharedDebrief,
  sharedInterviews,
  sharedMockInterviews,
  sharedMockReport,
  sharedMoods,
  sharedProgress,
  sharedRebounds,
  sharedRehearsal,
} from '../../services/sharing/shared-reads'

const NOT_SHARED =
  '404 when the link is not yours, has ended, or does not share this (the same answer as for something that does not exist). ' +
  'Each read is noted in the owner’s access log.'

/** One read through a link: its address, what OpenAPI says of it, and the service that answers. */
type Read<P extends z.ZodType, R extends z.ZodType> = {
  url: string
  summary: string
  description?: string
  params: P
  response: R
  read(context: ServiceContext, userId: string, params: z.infer<P>): Promise<z.infer<R>>
}
const read = <P extends z.ZodType, R extends z.ZodType>(r: Read<P, R>) => r

const READS: Read<z.ZodType, z.ZodType>[] = [
  read({
    url: '/sharing/received/:id/interviews',
    summary: 'The interviews whose debriefs a link shares with you, newest first',
    params: sharedLinkParamsSchema,
    response: sharedInterviewsResponseSchema,
    read: (context, userId, { id }) => sharedInterviews(context, userId, id),
  }),
  read({
    url: '/sharing/received/:id/interviews/:interviewId',
    summary: 'One interview and its debrief, shared with you (read-only)',
    params: sharedInterviewParamsSchema,
    response: sharedDebriefResponseSchema,
    read: (context, userId, { id, interviewId }) => sharedDebrief(context, userId, id, interviewId),
  }),
  read({
    url: '/sharing/received/:id/rehearsal',
    summary: 'The practice questions shared with you, with every attempt and the best answer marked',
    params: sharedLinkParamsSchema,
    response: sharedRehearsalResponseSchema,
    read: (context, userId, { id }) => sharedRehearsal(context, userId, id),
  }),
  read({
    url: '/sharing/received/:id/mock-interviews',
    summary: 'The completed mock interviews shared with you, newest first',
    params: sharedLinkParamsSchema,
    response: sharedMockInterviewsResponseSchema,
    read: (context, userId, { id }) => sharedMockInterviews(context, userId, id),
  }),
  read({
    url: '/sharing/received/:id/mock-interviews/:mockId',
    summary: 'One completed mock interview’s report, shared with you',
    params: sharedMockParamsSchema,
    response: sharedMockReportResponseSchema,
    read: (context, userId, { id, mockId }) => sharedMockReport(context, userId, id, mockId),
  }),
  read({
    url: '/sharing/received/:id/progress',
    summary: 'Progress figures shared with you (no interview named; moods only when shared too)',
    params: sharedLinkParamsSchema,
    response: sharedProgressResponseSchema,
    read: (context, userId, { id }) => sharedProgress(context, userId, id),
  }),
  read({
    url: '/sharing/received/:id/moods',
    summary: 'The mood log shared with you, oldest first (shared with Progress or on its own)',
    params: sharedLinkParamsSchema,
    response: sharedMoodsResponseSchema,
    read: (context, userId, { id }) => sharedMoods(context, userId, id),
  }),
  read({
    url: '/sharing/received/:id/rebounds',
    summary: 'The rebound plans shared with you: their steps and where they stand, newest first',
    params: sharedLinkParamsSchema,
    response: sharedReboundsResponseSchema,
    read: (context, userId, { id }) => sharedRebounds(context, userId, id),
  }),
  read({
    url: '/sharing/links/:id/log',
    summary: 'What the person you share with opened through this link, and when (newest first)',
    description: 'Yours only: 404 for anyone else, the invitee included.',
    params: sharedLinkParamsSchema,
    response: accessLogResponseSchema,
    read: (context, userId, { id }) => linkAccessLog(context, userId, id),
  }),
]

/** Read-only views of what someone shares with the signed-in person, through a link they accepted (issue 17). */
const tags = ['sharing']

export const sharedWithMeRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const { url, summary, description = NOT_SHARED, params, response, read } of READS) {
    app.get(
      url,
      {
        schema: {
          tags,
          summary,
          description,
          params,
          response: { 200: response, ...signedInErrors },
        },
      },
      async (request) => read(app.services, userOf(request).id, request.params),
    )
  }

  app.get(
    '/sharing/received/:id/rehearsal/attempts/:attemptId/audio',
    {
      schema: {
        tags,
        summary: 'The recording of a practice attempt shared with you, to play back',
        description: NOT_SHARED,
        params: sharedAttemptParamsSchema,
        response: { 200: z.any(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { id, attemptId } = request.params
      const audio = await sharedAttemptAudio(app.services, userOf(request).id, id, attemptId)
      return reply.type(audio.mime).header('cache-control', 'private, no-store').send(Buffer.from(audio.data))
    },
  )
}
