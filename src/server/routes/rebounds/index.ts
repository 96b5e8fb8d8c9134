import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  newReboundSchema,
  reboundPatchSchema,
  reboundSchema,
  reboundsResponseSchema,
} from '../../../shared/schemas/rebounds'
import { ApiError } from '../../errors'
import { errorResponses, signedInErrors } from '../../lib/error-responses'
import { userOf } from '../../plugins/auth'
import { currentReboundOffers, startRebound, updateRebound } from '../../services/rebounds/rebounds'

const idParams = z.object({ id: z.string().min(1).max(64) })

const tags = ['rebound']

export const reboundsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services
  app.get(
    '/rebounds',
    {
      schema: {
        tags,
        summary: 'Rebounds, newest first, and recent rejections a rebound could follow',
        response: { 200: reboundsResponseSchema, ...errorResponses(401) },
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
        tags,
        summary: 'Start the 48-hour rebound after a rejection (an interview, or a whole application)',
        description: 'An open rebound for the same interview or application is returned as it is (200).',
        body: newReboundSchema,
        response: { 200: reboundSchema, 201: reboundSchema, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { created, rebound } = await startRebound(app.services, userOf(request), request.body)
      return reply.code(created ? 201 : 200).send(rebound)
    },
  )

  app.get(
    '/rebounds/:id',
    {
      schema: {
        tags,
        summary: 'One rebound',
        params: idParams,
        response: { 200: reboundSchema, ...signedInErrors },
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
        tags,
        summary: 'Update the mood, what was learned, the plan, or close the rebound',
        params: idParams,
        body: reboundPatchSchema,
        response: { 200: reboundSchema, ...signedInErrors, ...errorResponses(409) },
      },
    },
    async (request) => {
      const user = userOf(request)
      const { closed, ...changes } = request.body
      return updateRebound(app.services, user.id, request.params.id, {
        ...changes,
        ...(closed !== undefined ? { closedAt: closed ? now().toISOString() : null } : {}),
      })
    },
  )

  app.delete(
    '/rebounds/:id',
    {
      schema: {
        tags,
        summary: 'Delete a rebound',
        params: idParams,
        response: { 204: z.null(), ...signedInErrors },
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
