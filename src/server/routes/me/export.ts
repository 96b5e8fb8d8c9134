import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  EXPORT_LIMITS,
  exportFileSchema,
  importQuerySchema,
  importResultSchema,
} from '../../../shared/schemas/export'
import { ApiError } from '../../errors'
import { errorResponses } from '../../lib/error-responses'
import { requestLanguage } from '../../lib/language'
import { userOf } from '../../plugins/auth'
import { jsonNestingExceeds } from '../../plugins/security'
import { exportAccount, exportFileName, exportZip } from '../../services/export/export-account'
import { importAccount } from '../../services/export/import-account'

/** The zip's content types browsers and tools send. */
const tags = ['account']

export const ZIP_CONTENT_TYPES = /^application\/(zip|x-zip-compressed|octet-stream)(;.*)?$/i
/** As deep as rebond.json ever nests (a debrief's lessons and actions), with room to spare. */
const MAX_JSON_DEPTH = 32

const errors = errorResponses(400, 401)

/** Taking one's data away and bringing it back (issue 16): the export zip, its rebond.json alone, the import. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me/export',
    {
      schema: {
        tags,
        summary: 'Everything the signed-in person owns, as one zip to download',
        description:
          'The zip holds `rebond.json` (the `RebondExport` schema, as `GET /api/me/export/rebond.json` ' +
          'answers it), `feedback.json` (the `RebondFeedbackExport` schema: what coaches and practice partners ' +
          'left through sharing links, and the replies, each author named by display name and role only), the ' +
          'recordings under `recordings/attempts/` and `recordings/mock-answers/`, and each debrief in Markdown ' +
          'under `debriefs/`, in the person’s language and time zone. Never cached.',
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
      const zip = await exportZip(exported)
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
        tags,
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

  app.addContentTypeParser(
    ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: EXPORT_LIMITS.zipBytes },
    (_request, body, done) => done(null, body),
  )

  app.post(
    '/me/import',
    {
      bodyLimit: EXPORT_LIMITS.zipBytes,
      // Said before the upload is read: a file over the limit gets the import's own message.
      preParsing: async (request) => {
        if (Number(request.headers['content-length'] ?? 0) > EXPORT_LIMITS.zipBytes)
          throw new ApiError('import_too_large')
      },
      schema: {
        tags,
        summary: 'Import an export zip into this account (with dryRun=true, only count what it would add)',
        description:
          'The body is the zip as `GET /api/me/export` makes it (Content-Type application/zip), at most ' +
          `${EXPORT_LIMITS.zipBytes / 1024 / 1024} MiB, ${EXPORT_LIMITS.inflatedBytes / 1024 / 1024} MiB once ` +
          'inflated. The whole file is checked before anything is written, then written in one transaction: ' +
          'a refused file (400 with the problems by field path, 413 when too large) adds nothing. Rows get ' +
          'new ids; rows an earlier import of the same file added are found and left alone (`alreadyThere`). ' +
          '`feedback.json` is checked the same way and counted (`sharedFeedback`), never imported: it belongs ' +
          'to sharing links with other people. A zip without it (an older export) imports as before.',
        querystring: importQuerySchema,
        response: { 200: importResultSchema, ...errors, ...errorResponses(413, 415) },
      },
    },
    async (request) => {
      const body = request.body
      if (!(body instanceof Buffer) || body.byteLength === 0) throw new ApiError('import_unreadable')
      return importAccount(app.services, userOf(request), new Uint8Array(body), {
        dryRun: request.query.dryRun,
        lang: requestLanguage(request),
        tooDeep: (text) => jsonNestingExceeds(text, MAX_JSON_DEPTH),
      })
    },
  )
}
