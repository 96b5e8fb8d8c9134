import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  applicationResponseSchema,
  applicationsQuerySchema,
  applicationsResponseSchema,
  createApplicationBodySchema,
  idParamsSchema,
  updateApplicationBodySchema,
} from '../../../shared/schemas/interviews'
import { ApiError } from '../../errors'
import { signedInErrors } from '../../lib/error-responses'
import { userOf } from '../../plugins/auth'
import { newId } from '../../security/tokens'

const tags = ['applications']

export const applicationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services
  app.get(
    '/applications',
    {
      schema: {
        tags,
        summary: 'Applications, most recent activity first (q: suggestions while typing a company)',
        querystring: applicationsQuerySchema,
        response: { 200: applicationsResponseSchema, ...signedInErrors },
      },
    },
    async (request) => ({
      applications: await repositories.applications.list(userOf(request).id, request.query),
    }),
  )

  app.post(
    '/applications',
    {
      schema: {
        tags,
        summary: 'Create an application',
        body: createApplicationBodySchema,
        response: { 201: applicationResponseSchema, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const application = await repositories.applications.insert(userOf(request).id, {
        id: newId(),
        ...request.body,
        createdAt: now().toISOString(),
      })
      return reply.code(201).send({ application })
    },
  )

  app.get(
    '/applications/:id',
    {
      schema: {
        tags,
        summary: 'One application',
        params: idParamsSchema,
        response: { 200: applicationResponseSchema, ...signedInErrors },
      },
    },
    async (request) => {
      const application = await repositories.applications.find(userOf(request).id, request.params.id)
      if (!application) throw new ApiError('not_found')
      return { application }
    },
  )

  app.patch(
    '/applications/:id',
    {
      schema: {
        tags,
        summary: 'Change an application (status, notes, link…)',
        params: idParamsSchema,
        body: updateApplicationBodySchema,
        response: { 200: applicationResponseSchema, ...signedInErrors },
      },
    },
    async (request) => {
      const application = await repositories.applications.update(
        userOf(request).id,
        request.params.id,
        request.body,
        now().toISOString(),
      )
      if (!application) throw new ApiError('not_found')
      return { application }
    },
  )

  app.delete(
    '/applications/:id',
    {
      schema: {
        tags,
        summary:
          'Delete an application with all its interviews and debriefs (the UI asks for confirmation first)',
        params: idParamsSchema,
        response: { 204: z.null(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      if (!(await repositories.applications.delete(userOf(request).id, request.params.id)))
        throw new ApiError('not_found')
      return reply.code(204).send(null)
    },
  )
}
