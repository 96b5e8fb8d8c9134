import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { EARLY_STAGES } from '../../../domain/debrief'
import { defaultReboundSteps, REBOUND_OFFER_DAYS, reboundOffers } from '../../../domain/progress'
import { errorResponseSchema } from '../../../shared/schemas/common'
import {
  newReboundSchema,
  reboundPatchSchema,
  reboundSchema,
  reboundsResponseSchema,
} from '../../../shared/schemas/progress'
import { ApiError } from '../../errors'
import { userOf } from '../../plugins/auth'
import type { Repositories } from '../../repositories'
import { newId } from '../../security/tokens'

export type ReboundsRoutesOptions = { repositories: Repositories; now: () => Date }

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema }
const idParams = z.object({ id: z.string().min(1).max(64) })

/** Rejections recent enough to offer a rebound for, and not rebounded yet. */
export async function currentReboundOffers(repositories: Repositories, userId: string, now: Date) {
  const since = new Date(now.getTime() - REBOUND_OFFER_DAYS * 86_400_000).toISOString()
  const [rejections, rebounds] = await Promise.all([
    repositories.rebounds.rejectionsSince(userId, since),
    repositories.rebounds.list(userId),
  ])
  return reboundOffers(rejections, rebounds, now)
}

export const reboundsRoutes: FastifyPluginAsyncZod<ReboundsRoutesOptions> = async (
  app,
  { repositories, now },
) => {
  app.addHook('onRequest', app.requireUser)

  app.get(
    '/rebounds',
    {
      schema: {
        tags: ['rebound'],
        summary: 'Rebounds, newest first, and recent rejections a rebound could follow',
        response: { 200: reboundsResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      const user = userOf(request)
      const [rebounds, offers] = await Promise.all([
        repositories.rebounds.list(user.id, 20),
        currentReboundOffers(repositories, user.id, now()),
      ])
      return { rebounds, offers }
    },
  )

  app.post(
    '/rebounds',
    {
      schema: {
        tags: ['rebound'],
        summary: 'Start the 48-hour rebound after a rejection (an interview, or a whole application)',
        description: 'An open rebound for the same interview or application is returned as it is (200).',
        body: newReboundSchema,
        response: { 200: reboundSchema, 201: reboundSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      const { interviewId } = request.body
      const interview = interviewId ? await repositories.interviews.find(user.id, interviewId) : undefined
      if (interviewId && !interview) throw new ApiError('not_found')
      const applicationId = interview?.applicationId ?? request.body.applicationId ?? ''
      const application = await repositories.applications.find(user.id, applicationId)
      if (!application) throw new ApiError('not_found')

      const open = (await repositories.rebounds.list(user.id)).find(
        (r) =>
          r.closedAt === null &&
          r.applicationId === application.id &&
          (interview ? r.interviewId === interview.id : r.interviewId === null),
      )
      if (open) return reply.code(200).send(open)

      const at = now().toISOString()
      const rebound = await repositories.rebounds.insert(
        user.id,
        {
          id: newId(),
          interviewId: interview?.id ?? null,
          applicationId: application.id,
          mood: null,
          learned: '',
          steps: defaultReboundSteps({
            lang: user.language,
            lateRound: interview ? !EARLY_STAGES.includes(interview.stage) : false,
            makeId: newId,
          }),
          createdAt: at,
          closedAt: null,
        },
        at,
      )
      if (!rebound) throw new ApiError('not_found')
      return reply.code(201).send(rebound)
    },
  )

  app.get(
    '/rebounds/:id',
    {
      schema: {
        tags: ['rebound'],
        summary: 'One rebound',
        params: idParams,
        response: { 200: reboundSchema, ...errors },
      },
    },
    async (request) => {
      const rebound = await repositories.rebounds.find(userOf(request).id, request.params.id)
      if (!rebound) throw new ApiError('not_found')
      return rebound
    },
  )

  app.patch(
    '/rebounds/:id',
    {
      schema: {
        tags: ['rebound'],
        summary: 'Update the mood, what was learned, the plan, or close the rebound',
        params: idParams,
        body: reboundPatchSchema,
        response: { 200: reboundSchema, ...errors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const { closed, ...changes } = request.body
      const at = now().toISOString()
      const rebound = await repositories.rebounds.update(
        user.id,
        request.params.id,
        {
          ...changes,
          ...(closed !== undefined ? { closedAt: closed ? at : null } : {}),
        },
        at,
      )
      if (!rebound) throw new ApiError('not_found')
      return rebound
    },
  )

  app.delete(
    '/rebounds/:id',
    {
      schema: {
        tags: ['rebound'],
        summary: 'Delete a rebound',
        params: idParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      if (!(await repositories.rebounds.remove(userOf(request).id, request.params.id))) {
        throw new ApiError('not_found')
      }
      return reply.code(204).send(null)
    },
  )
}
