import { z } from 'zod'
import { lazySchema } from './lazy-schema'

/** A mock interview's pressure level, 1 to 4 (domain/mock-interview/settings.ts). */
export const mockLevelSchema = lazySchema(() =>
  z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
)

/** A period's completed mock interviews, as Progress shows them. */
export const mockProgressSessionSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    completedAt: z.string(),
    level: mockLevelSchema,
    answered: z.number().int(),
    tensionBefore: z.number().nullable(),
    tensionAfter: z.number().nullable(),
    averageAssertiveness: z
      .number()
      .nullable()
      .describe('0–100, over the main answers developed enough to judge'),
    averageSpokenSeconds: z.number().nullable().describe('Spoken main answers only'),
    averageLongPauses: z.number().nullable().describe('Long pauses per spoken main answer'),
    fillersPer100: z.number().nullable(),
  }),
)
export const mockProgressResponseSchema = lazySchema(() =>
  z.object({
    sessions: z.array(mockProgressSessionSchema).describe('Completed sessions of the period, oldest first'),
    highestLevel: mockLevelSchema.nullable().describe('The highest pressure level completed in the period'),
  }),
)
