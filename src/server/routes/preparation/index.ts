import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
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
import { errorResponses, signedInErrors } from '../../lib/error-responses'
import { requestLanguage } from '../../lib/language'
import { userOf } from '../../plugins/auth'
import { foldForSearch } from '../../repositories/text-search'
import { ownedInterview } from '../../services/interviews/owned-interview'
import { buildPlan } from '../../services/preparation/build-plan'
import { pitchMaterial } from '../../services/preparation/pitch-material'
import { savePitch } from '../../services/preparation/save-pitch'
import { savePrep, setActionStatus } from '../../services/preparation/save-prep'
import { PITCH_CARD_KEY } from '../../services/rehearsal/cards-for-interview'

const tags = ['preparation']

export const preparationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services
  const context = (userId: string, interviewId: string) => ownedInterview(repositories, userId, interviewId)
  const plan = (userId: string, interviewId: string) => buildPlan(repositories, userId, interviewId, now())

  app.get(
    '/interviews/:id/prep',
    {
      schema: {
        tags,
        summary:
          'The preparation plan of an interview: carried actions, research, questions, logistics, pitch, readiness',
        params: idParamsSchema,
        response: { 200: prepResponseSchema, ...signedInErrors },
      },
    },
    async (request) => plan(userOf(request).id, request.params.id),
  )

  app.put(
    '/interviews/:id/prep',
    {
      schema: {
        tags,
        summary: 'Save the questions for the recruiter, the logistics, or (after it) the actions applied',
        params: idParamsSchema,
        body: savePrepBodySchema,
        response: { 200: prepResponseSchema, ...signedInErrors },
      },
    },
    async (request) => {
      const user = userOf(request)
      await savePrep(app.services, user, request.params.id, request.body, requestLanguage(request))
      return plan(user.id, request.params.id)
    },
  )

  app.put(
    '/interviews/:id/research',
    {
      schema: {
        tags,
        summary: "Save the research checklist of this interview's company (shared by all its rounds)",
        params: idParamsSchema,
        body: saveResearchBodySchema,
        response: { 200: prepResponseSchema, ...signedInErrors },
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
        tags,
        summary:
          "Mark an action of this interview's debrief done or open (the debrief's version goes up); from a later interview's plan, say which",
        params: actionParamsSchema,
        body: actionStatusBodySchema,
        response: { 200: z.object({ version: z.number().int() }), ...signedInErrors, ...errorResponses(409) },
      },
    },
    async (request) =>
      setActionStatus(
        app.services,
        userOf(request),
        request.params.id,
        request.params.actionId,
        request.body,
        requestLanguage(request),
      ),
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
        tags,
        summary: 'Your professional pitch: the current version and the earlier ones',
        response: { 200: pitchResponseSchema, ...errorResponses(401) },
      },
    },
    async (request) => pitchState(userOf(request).id),
  )

  app.get(
    '/pitch/material',
    {
      schema: {
        tags,
        summary:
          'Material for the pitch’s "why this company": the research notes of an interview’s company and the better answers written to "why us?"',
        querystring: pitchMaterialQuerySchema,
        response: { 200: pitchMaterialResponseSchema, ...signedInErrors },
      },
    },
    async (request) => pitchMaterial(repositories, userOf(request).id, request.query.interview),
  )

  app.post(
    '/pitch',
    {
      schema: {
        tags,
        summary: 'Save a new version of the pitch; it is kept in the deck as a card to rehearse',
        body: savePitchBodySchema,
        response: { 201: pitchResponseSchema, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      await savePitch(app.services, user, request.body.pitch)
      return reply.code(201).send(await pitchState(user.id))
    },
  )
}
