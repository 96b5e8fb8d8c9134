import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorResponseSchema } from '../../../shared/schemas/common'
import { exportFileSchema } from '../../../shared/schemas/export'
import { userOf } from '../../plugins/auth'
import { exportAccount, exportFileName, exportZip } from '../../services/export/export-account'

const errors = { 400: errorResponseSchema, 401: errorResponseSchema }

/** Taking one's data away (issue 16): the export zip, and its rebond.json alone. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me/export',
    {
      schema: {
        tags: ['account'],
        summary: 'Everything the signed-in person owns, as one zip to download',
        description:
          'The zip holds `rebond.json` (the `RebondExport` schema, as `GET /api/me/export/rebond.json` ' +
          'answers it), the recordings under `recordings/attempts/` and `recordings/mock-answers/`, and each ' +
          'debrief in Markdown under `debriefs/`, in the person’s language and time zone. Never cached.',
        response: {
          200: {
            description: 'application/zip, sent as an attachment',
            content: { 'application/zip': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      const exported = await exportAccount(app.services, user)
      const zip = exportZip(exported)
      return reply
        .type('application/zip')
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          `attachment; filename="${exportFileName(user, new Date(exported.file.exportedAt))}"`,
        )
        .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength))
    },
  )

  app.get(
    '/me/export/rebond.json',
    {
      schema: {
        tags: ['account'],
        summary: 'rebond.json alone: the export’s data without recordings or Markdown (format version 1)',
        response: { 200: exportFileSchema, ...errors },
      },
    },
    async (request, reply) => {
      const exported = await exportAccount(app.services, userOf(request))
      reply.header('cache-control', 'private, no-store')
      return exported.file
    },
  )
}
