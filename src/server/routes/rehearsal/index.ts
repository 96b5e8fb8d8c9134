import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idParamsSchema } from '../../../shared/schemas/interviews'
import {
  AUDIO_CONTENT_TYPES,
  AUDIO_MAX_BYTES,
  attemptResultSchema,
  bankQuerySchema,
  bankResponseSchema,
  cardDetailSchema,
  cardResponseSchema,
  cardsQuerySchema,
  cardsResponseSchema,
  cramQuerySchema,
  cramResponseSchema,
  createAttemptBodySchema,
  createCardBodySchema,
  queueResponseSchema,
  updateCardBodySchema,
} from '../../../shared/schemas/rehearsal'
import { ApiError } from '../../errors'
import { errorResponses, signedInErrors } from '../../lib/error-responses'
import { requestLanguage } from '../../lib/language'
import { userOf } from '../../plugins/auth'
import { ownedInterview } from '../../services/interviews/owned-interview'
import { cardsFittingInterview } from '../../services/rehearsal/cards-for-interview'
import {
  addCard,
  bankWithDeck,
  cardDetail,
  dueQueue,
  recordAttempt,
  updateCard,
} from '../../services/rehearsal/deck'

const tags = ['rehearsal']

export const rehearsalRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services

  app.get(
    '/rehearsal/bank',
    {
      schema: {
        tags,
        summary: 'The question bank shipped with Rebond, with the questions already in the deck marked',
        querystring: bankQuerySchema,
        response: { 200: bankResponseSchema, ...signedInErrors },
      },
    },
    async (request) => ({ questions: await bankWithDeck(repositories, userOf(request).id, request.query) }),
  )

  app.get(
    '/rehearsal/cards',
    {
      schema: {
        tags,
        summary: 'The deck: search and filter by category or source',
        querystring: cardsQuerySchema,
        response: { 200: cardsResponseSchema, ...signedInErrors },
      },
    },
    async (request) => ({ cards: await repositories.cards.list(userOf(request).id, request.query) }),
  )

  app.post(
    '/rehearsal/cards',
    {
      schema: {
        tags,
        summary: 'Add a bank question ({bankKey}) or your own question to the deck',
        body: createCardBodySchema,
        response: { 201: cardResponseSchema, ...signedInErrors, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const card = await addCard(app.services, userOf(request).id, request.body, requestLanguage(request))
      return reply.code(201).send({ card })
    },
  )

  app.get(
    '/rehearsal/cards/:id',
    {
      schema: {
        tags,
        summary: 'A card with every attempt (oldest first) and when each grade would bring it back',
        params: idParamsSchema,
        response: { 200: cardDetailSchema, ...signedInErrors },
      },
    },
    async (request) => cardDetail(app.services, userOf(request).id, request.params.id),
  )

  app.patch(
    '/rehearsal/cards/:id',
    {
      schema: {
        tags,
        summary: 'Edit a card, or mark one of its attempts as your reference answer',
        params: idParamsSchema,
        body: updateCardBodySchema,
        response: { 200: cardResponseSchema, ...signedInErrors },
      },
    },
    async (request) => ({
      card: await updateCard(
        app.services,
        userOf(request).id,
        request.params.id,
        request.body,
        requestLanguage(request),
      ),
    }),
  )

  app.delete(
    '/rehearsal/cards/:id',
    {
      schema: {
        tags,
        summary: 'Remove a card and its attempts from the deck',
        params: idParamsSchema,
        response: { 204: z.null(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      if (!(await repositories.cards.delete(userOf(request).id, request.params.id)))
        throw new ApiError('not_found')
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/rehearsal/cards/:id/attempts',
    {
      schema: {
        tags,
        summary: 'Record an attempt: stored with its analysis; in review mode its grade reschedules the card',
        params: idParamsSchema,
        body: createAttemptBodySchema,
        response: { 201: attemptResultSchema, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const result = await recordAttempt(
        app.services,
        userOf(request).id,
        request.params.id,
        request.body,
        requestLanguage(request),
      )
      return reply.code(201).send(result)
    },
  )

  app.get(
    '/rehearsal/queue',
    {
      schema: {
        tags,
        summary: "Today's queue: the cards due now, recent destabilizing questions first",
        response: { 200: queueResponseSchema, ...signedInErrors },
      },
    },
    async (request) => dueQueue(app.services, userOf(request).id),
  )

  app.get(
    '/rehearsal/cram',
    {
      schema: {
        tags,
        summary:
          'Cards that fit an interview (its stage, its company); practising them leaves the schedule alone',
        querystring: cramQuerySchema,
        response: { 200: cramResponseSchema, ...signedInErrors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const { interview, application } = await ownedInterview(
        repositories,
        user.id,
        request.query.interviewId,
      )
      const cards = await cardsFittingInterview(repositories, user.id, interview, application)
      return { interviewId: interview.id, company: application.company, stage: interview.stage, cards }
    },
  )

  // Recordings arrive as raw audio, not JSON; the security plugin lets this path through.
  app.addContentTypeParser(
    AUDIO_CONTENT_TYPES,
    { parseAs: 'buffer', bodyLimit: AUDIO_MAX_BYTES },
    (_request, body, done) => done(null, body),
  )

  async function ownedAttempt(userId: string, id: string) {
    const attempt = await repositories.attempts.find(userId, id)
    if (!attempt) throw new ApiError('not_found')
    return attempt
  }

  app.put(
    '/rehearsal/attempts/:id/audio',
    {
      bodyLimit: AUDIO_MAX_BYTES,
      schema: {
        tags,
        summary: `Store the recording of an attempt (raw audio body: webm, ogg, wav, mp4 or mpeg; at most ${AUDIO_MAX_BYTES / 1024 / 1024} MiB)`,
        params: idParamsSchema,
        response: { 204: z.null(), ...signedInErrors, ...errorResponses(413, 415) },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      await ownedAttempt(user.id, request.params.id)
      const body = request.body
      if (!(body instanceof Buffer) || body.byteLength === 0) throw new ApiError('unsupported_media_type')
      const mime = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
      await repositories.attempts.saveAudio(
        user.id,
        request.params.id,
        { mime, data: body },
        now().toISOString(),
      )
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/rehearsal/attempts/:id/audio',
    {
      schema: {
        tags,
        summary: 'The recording of an attempt, to play back',
        params: idParamsSchema,
        response: { 200: z.any(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      const audio = await repositories.attempts.findAudio(user.id, request.params.id)
      if (!audio) throw new ApiError('not_found')
      return reply.type(audio.mime).header('cache-control', 'private, no-store').send(Buffer.from(audio.data))
    },
  )

  app.delete(
    '/rehearsal/attempts/:id/audio',
    {
      schema: {
        tags,
        summary: 'Delete the recording of an attempt (the attempt and its text stay)',
        params: idParamsSchema,
        response: { 204: z.null(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      if (!(await repositories.attempts.deleteAudio(userOf(request).id, request.params.id)))
        throw new ApiError('not_found')
      return reply.code(204).send(null)
    },
  )
}
