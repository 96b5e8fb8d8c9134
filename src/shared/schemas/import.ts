import { z } from 'zod'

// What `POST /api/me/import` answers, apart from the export format itself (./export.ts): the Account
// page reads it without loading the whole format's schema.

const count = z.number().int().min(0)

/** Per table of the format, how many rows the import adds and how many it finds already there. */
export const importCountsSchema = z.record(z.string(), z.object({ added: count, alreadyThere: count }))

export const importQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('true: check the file and count what it would add, without writing anything'),
})

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  exportedAt: z.iso.datetime(),
  counts: importCountsSchema,
})
export type ImportResult = z.infer<typeof importResultSchema>
