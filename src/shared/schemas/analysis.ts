import { z } from 'zod'
// From the types module, not the analyzer's entry: the server imports this schema at start and loads the
// analyzer itself only when it first analyses an answer (src/server/lib/analyzer.ts).
import { type AnswerAnalysis, SUGGESTION_KINDS } from '../../domain/analysis/types'
import { MAX_ANSWER_LENGTH } from '../../domain/answer-limits'
import { languageSchema } from './common'
import { lazySchema } from './lazy-schema'

export const analyzeBodySchema = lazySchema(() =>
  z.object({
    text: z.string().max(MAX_ANSWER_LENGTH).describe(`The answer, at most ${MAX_ANSWER_LENGTH} characters`),
    lang: languageSchema.optional().describe('Language of the answer; detected from the text when absent'),
  }),
)

const spanSchema = lazySchema(() =>
  z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
)
const starPartsSchema = <T extends z.ZodType>(item: T) =>
  z.object({ situation: item, task: item, action: item, result: item })

export const answerAnalysisSchema = lazySchema(
  () =>
    z.object({
      lang: languageSchema,
      wordCount: z.number().int(),
      estimatedSeconds: z.number(),
      fillers: z.array(spanSchema),
      hedges: z.array(spanSchema),
      selfDeprecation: z.array(spanSchema),
      star: starPartsSchema(z.boolean()),
      starEvidence: starPartsSchema(z.array(spanSchema)),
      metrics: z.array(spanSchema),
      ownership: z.object({
        singular: z.number().int(),
        plural: z.number().int(),
        verdict: z.enum(['i', 'we', 'mixed', 'none']),
      }),
      assertiveness: z.object({ score: z.number(), level: z.enum(['low', 'medium', 'high']) }),
      suggestions: z.array(
        z.object({
          span: spanSchema,
          kind: z.enum(SUGGESTION_KINDS),
          message: z.object({ fr: z.string(), en: z.string() }),
          rewrite: z.string().optional(),
        }),
      ),
    }) satisfies z.ZodType<AnswerAnalysis>,
)
