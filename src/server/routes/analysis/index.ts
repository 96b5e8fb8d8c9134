import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { analyzeBodySchema, answerAnalysisSchema } from '../../../shared/schemas/analysis'
import { loadAnalyzer } from '../../lib/analyzer'
import { errorResponses } from '../../lib/error-responses'
import type { RateLimit } from '../../lib/rate-limit'
import { userOf } from '../../plugins/auth'

export type AnalysisRoutesOptions = { rateLimit: RateLimit }

export const analysisRoutes: FastifyPluginAsyncZod<AnalysisRoutesOptions> = async (app, options) => {
  app.post(
    '/analyze',
    {
      config: {
        // Counted per signed-in person (after authentication), not per IP.
        rateLimit: {
          ...options.rateLimit,
          hook: 'preHandler',
          keyGenerator: (request) => `analyze:${userOf(request).id}`,
        },
      },
      schema: {
        tags: ['analysis'],
        summary: 'Analyze an interview answer (the browser runs the same analyzer live)',
        body: analyzeBodySchema,
        response: { 200: answerAnalysisSchema, ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => {
      const { analyzeAnswer } = await loadAnalyzer()
      return analyzeAnswer(request.body.text, request.body.lang ? { lang: request.body.lang } : {})
    },
  )
}
