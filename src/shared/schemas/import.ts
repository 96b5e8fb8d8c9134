import { z } from 'zod'
import { lazySchema } from './lazy-schema'

// What `POST /api/me/import` answers, apart from the export format itself (./export.ts): the Account
// page reads it without loading the whole format's schema.

const count = lazySchema(() => z.number().int().min(0))

/** Per table of the format, how many rows the import adds and how many it finds already there. */
export const importCountsSchema = lazySchema(() =>
  z.record(z.string(), z.object({ added: count, alreadyThere: count })),
)

export const importQuerySchema = lazySchema(() =>
  z.object({
    dryRun: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => v === 'true')
      .describe('true: check the file and count what it would add, without writing anything'),
  }),
)

/**
 * What feedback.json holds: comments (replies included), ratings and assigned questions of sharing links.
 * Counted, never imported: the links and the people they belong to are not in this account (ADR 0013).
 */
export const sharedFeedbackCountsSchema = lazySchema(() =>
  z.object({
    comments: count,
    ratings: count,
    assignments: count,
  }),
)

export const importResultSchema = lazySchema(() =>
  z.object({
    dryRun: z.boolean(),
    exportedAt: z.iso.datetime(),
    counts: importCountsSchema,
    sharedFeedback: sharedFeedbackCountsSchema.describe(
      'Feedback found in feedback.json (all 0 without it): kept in the file, not imported',
    ),
  }),
)
export type ImportResult = z.infer<typeof importResultSchema>
