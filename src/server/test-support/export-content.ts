import type { FastifyInstance } from 'fastify'
import { strFromU8, unzipSync } from 'fflate'
import { EXPORT_TABLES, type ExportFile, exportFileSchema } from '../../shared/schemas/export'
import { TABLE_KEYS, TABLE_REFERENCES } from '../services/export/import-account'
import { asUser, type SignedUpUser } from './app'

type Row = Record<string, unknown>

/**
 * What an export says, without what an import is free to change: the ids (each row is named by its
 * content and, for a reference, by the row it points to), the file names that carry ids, the moment
 * of export and who the account is. Two exports of the same history give the same value.
 */
export function exportContent(zip: Uint8Array) {
  const files = unzipSync(zip)
  const file: ExportFile = exportFileSchema.parse(
    JSON.parse(strFromU8(files['rebond.json'] ?? new Uint8Array())),
  )
  const labels = new Map<string, Map<string, string>>()
  const tables: Record<string, unknown[]> = {}
  for (const table of EXPORT_TABLES) {
    const key = TABLE_KEYS[table]
    const references = TABLE_REFERENCES[table] ?? {}
    const named = (file.data[table] as unknown as Row[]).map((row) => {
      const content: Row = { ...row }
      for (const [column, target] of Object.entries(references))
        if (content[column] !== null) content[column] = labels.get(target)?.get(String(content[column]))
      if (key === 'id') delete content.id
      if ('file' in content) {
        content.recording = Buffer.from(files[String(content.file)] ?? []).toString('base64')
        delete content.file
      }
      if ('reference_attempt_id' in content)
        content.reference_attempt_id = content.reference_attempt_id !== null
      return { source: String(row[key]), signature: JSON.stringify(content) }
    })
    const sorted = [...named].sort((a, b) => a.signature.localeCompare(b.signature))
    labels.set(table, new Map(sorted.map((row, i) => [row.source, `${table}#${i}`])))
    tables[table] = sorted.map((row) => JSON.parse(row.signature))
  }
  const debriefs = Object.entries(files)
    .filter(([name]) => name.startsWith('debriefs/'))
    .map(([, bytes]) => strFromU8(bytes))
    .sort()
  return { tables, debriefs, names: Object.keys(files).length }
}

/** The person's export, as the Account page downloads it. */
export async function exportOf(app: FastifyInstance, who: SignedUpUser): Promise<Uint8Array> {
  const response = await asUser(app, who).get('/api/me/export')
  if (response.statusCode !== 200) throw new Error(`export: ${response.statusCode} ${response.body}`)
  return new Uint8Array(response.rawPayload)
}

/** A zip sent to the import as the Account page sends it (`query`: `?dryRun=true` for the preview). */
export const postImport = (
  app: FastifyInstance,
  who: SignedUpUser,
  zip: Uint8Array,
  query = '',
  lang = 'en',
) =>
  app.inject({
    method: 'POST',
    url: `/api/me/import${query}`,
    headers: { cookie: who.cookie, 'content-type': 'application/zip', 'accept-language': lang },
    payload: Buffer.from(zip),
  })
