import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorResponseSchema } from '../../../shared/schemas/common'
import { idParamsSchema } from '../../../shared/schemas/interviews'
import {
  actionParamsSchema,
  actionStatusBodySchema,
  pitchMaterialQuerySchema,
  pitchMaterialResponseSchema,
  pitchResponseSchema,
  prepResponseSchema,
  savePitchBodySchema,
  savePrepBodySchema,
  saveResearchBodySchema,
} from '../../../shared/schemas/preparation'
import { validationMessage } from '../../../shared/validation-messages'
import { ApiError } from '../../errors'
import { requestLanguage } from '../../lib/language'
import { userOf } from '../../plugins/auth'
import { foldForSearch } from '../../repositories/text-search'
import { saveDebrief } from '../../services/debriefs/save-debrief'
import { ownedInterview } from '../../services/interviews/owned-interview'
import { buildPlan, carriedActionsFor } from '../../services/preparation/build-plan'
import { pitchMaterial } from '../../services/preparation/pitch-material'
import { savePitch } from '../../services/preparation/save-pitch'
import { PITCH_CARD_KEY } from '../../services/rehearsal/cards-for-interview'

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema }

export const preparationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services
  const context = (userId: string, interviewId: string) => ownedInterview(repositories, userId, interviewId)
  const plan = (userId: string, interviewId: string) => buildPlan(repositories, userId, interviewId, now())

  app.get(
    '/interviews/:id/prep',
    {
      schema: {
        tags: ['preparation'],
        summary:
          'The preparation plan of an interview: carried actions, research, questions, logistics, pitch, readiness',
        params: idParamsSchema,
        response: { 200: prepResponseSchema, ...errors },
      },
    },
    async (request) => plan(userOf(request).id, request.params.id),
  )

  app.put(
    '/interviews/:id/prep',
    {
      schema: {
        tags: ['preparation'],
        summary: 'Save the questions for the recruiter, the logistics, or (after it) the actions applied',
        params: idParamsSchema,
        body: savePrepBodySchema,
        response: { 200: prepResponseSchema, ...errors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const { interview } = await context(user.id, request.params.id)
      const current = await repositories.preparation.prep(user.id, interview.id)
      const applied = request.body.appliedActionIds
      let appliedOffered = current.appliedOffered
      if (applied) {
        // Only actions this plan carries can have been applied; one accepted before stays
        // acceptable, so a debrief edited since never blocks saving.
        const carried = await carriedActionsFor(repositories, user.id, interview, current.appliedActionIds)
        const allowed = new Set([...carried.map((c) => c.action.id), ...current.appliedActionIds])
        const fields = Object.fromEntries(
          applied.flatMap((id, index) =>
            allowed.has(id)
              ? []
              : [
                  [
                    `appliedActionIds.${index}`,
                    validationMessage('invalid_choice', requestLanguage(request)),
                  ],
                ],
          ),
        )
        if (Object.keys(fields).length > 0) throw new ApiError('validation_failed', fields)
        appliedOffered = allowed.size
      }
      await repositories.preparation.savePrep(
        user.id,
        interview.id,
        { ...current, ...request.body, appliedOffered },
        now().toISOString(),
      )
      return plan(user.id, interview.id)
    },
  )

  app.put(
    '/interviews/:id/research',
    {
      schema: {
        tags: ['preparation'],
        summary: "Save the research checklist of this interview's company (shared by all its rounds)",
        params: idParamsSchema,
        body: saveResearchBodySchema,
        response: { 200: prepResponseSchema, ...errors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const { application } = await context(user.id, request.params.id)
      await repositories.preparation.saveResearch(
        user.id,
        foldForSearch(application.company.trim()),
        request.body.research,
        now().toISOString(),
      )
      return plan(user.id, request.params.id)
    },
  )

  app.patch(
    '/interviews/:id/debrief/actions/:actionId',
    {
      schema: {
        tags: ['preparation'],
        summary:
          "Mark an action of this interview's debrief done or open (the debrief's version goes up); from a later interview's plan, say which",
        params: actionParamsSchema,
        body: actionStatusBodySchema,
        response: { 200: z.object({ version: z.number().int() }), 409: errorResponseSchema, ...errors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const { interview: source } = await context(user.id, request.params.id)
      const { status, planInterviewId } = request.body
      if (planInterviewId !== undefined) {
        const { interview: target } = await context(user.id, planInterviewId)
        // A plan only carries actions from the debriefs of earlier interviews.
        if (!(source.date < target.date)) {
          throw new ApiError('validation_failed', {
            planInterviewId: validationMessage('invalid_choice', requestLanguage(request)),
          })
        }
      }
      // A concurrent edit of the same debrief wins the race once; try again on the fresh version.
      for (let attempt = 0; attempt < 3; attempt++) {
        const stored = await repositories.debriefs.find(user.id, request.params.id)
        const found = stored?.content.lessons.some((l) =>
          l.actions.some((a) => a.id === request.params.actionId),
        )
        if (!stored || !found) throw new ApiError('not_found')
        const result = await saveDebrief(app.services, user, request.params.id, stored.version, {
          ...stored.content,
          lessons: stored.content.lessons.map((l) => ({
            ...l,
            actions: l.actions.map((a) => (a.id === request.params.actionId ? { ...a, status } : a)),
          })),
        })
        if (result.saved) {
          // Done from a plan: it stays in that plan and leaves later ones. Open again: no plan holds it.
          if (status === 'open' || planInterviewId !== undefined) {
            await repositories.preparation.recordCompletion(
              user.id,
              request.params.actionId,
              status === 'done' ? (planInterviewId ?? null) : null,
              now().toISOString(),
            )
          }
          return { version: result.debrief.version }
        }
      }
      throw new ApiError('conflict')
    },
  )

  async function pitchState(userId: string) {
    const [versions, card] = await Promise.all([
      repositories.preparation.pitches(userId),
      repositories.cards.findByBankKey(userId, PITCH_CARD_KEY),
    ])
    return {
      current: versions[0] ?? null,
      versions: versions.map((v) => ({ version: v.version, createdAt: v.createdAt })),
      cardId: card?.id ?? null,
    }
  }

  app.get(
    '/pitch',
    {
      schema: {
        tags: ['preparation'],
        summary: 'Your professional pitch: the current version and the earlier ones',
        response: { 200: pitchResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => pitchState(userOf(request).id),
  )

  app.get(
    '/pitch/material',
    {
      schema: {
        tags: ['preparation'],
        summary:
          'Material for the pitch’s "why this company": the research notes of an interview’s company and the better answers written to "why us?"',
        querystring: pitchMaterialQuerySchema,
        response: { 200: pitchMaterialResponseSchema, ...errors },
      },
    },
    async (request) => pitchMaterial(repositories, userOf(request).id, request.query.interview),
  )

  app.post(
    '/pitch',
    {
      schema: {
        tags: ['preparation'],
        summary: 'Save a new version of the pitch; it is kept in the deck as a card to rehearse',
        body: savePitchBodySchema,
        response: { 201: pitchResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      await savePitch(app.services, user, request.body.pitch)
      return reply.code(201).send(await pitchState(user.id))
    },
  )
}
