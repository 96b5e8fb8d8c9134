import type { FastifyReply } from 'fastify'

const CONTENT_TYPES = {
  md: 'text/markdown; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
} as const

/** A file the browser saves rather than shows (a Markdown export, a calendar event), named `name.extension`. */
export function sendDownload(
  reply: FastifyReply,
  file: { name: string; extension: keyof typeof CONTENT_TYPES; body: string },
) {
  return reply
    .type(CONTENT_TYPES[file.extension])
    .header('content-disposition', `attachment; filename="${file.name}.${file.extension}"`)
    .send(file.body)
}
