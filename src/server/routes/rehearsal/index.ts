import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { analyzeAnswer } from '../../../domain/analysis'
import { attemptFigures } from '../../../domain/rehearsal/cards'
import { bankQuestion, QUESTION_BANK } from '../../../domain/rehearsal/question-bank'
import { dailyQueue } from '../../../domain/rehearsal/queue'
import { newSchedule, previewIntervals, reschedule } from '../../../domain/rehearsal/scheduling'
import { wordsPerMinute } from '../../../domain/rehearsal/speech'
import { errorResponseSchema } from '../../../shared/schemas/common'
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
import { validationMessage } from '../../../shared/validation-messages'
import { ApiError } from '../../errors'
import { requestLanguage } from '../../lib/language'
import { userOf } from '../../plugins/auth'
import { matchesAll } from '../../repositories/text-search'
import { newId } from '../../security/tokens'
import { ownedInterview } from '../../services/interviews/owned-interview'
import { cardsFittingInterview } from '../../services/rehearsal/cards-for-interview'

/** How many due cards the queue returns at once. */
export const QUEUE_PAGE = 50

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema }

export const rehearsalRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services
  async function ownedCard(userId: string, id: string) {
    const card = await repositories.cards.find(userId, id)
    if (!card) throw new ApiError('not_found')
    return card
  }

  app.get(
    '/rehearsal/bank',
    {
      schema: {
        tags: ['rehearsal'],
        summary: 'The question bank shipped with Rebond, with the questions already in the deck marked',
        querystring: bankQuerySchema,
        response: { 200: bankResponseSchema, ...errors },
      },
    },
    async (request) => {
      const inDeck = await repositories.cards.bankKeys(userOf(request).id)
      const { lang, category, q } = request.query
      const questions = QUESTION_BANK.filter(
        (b) =>
          (!lang || b.lang === lang) &&
          (!category || b.category === category) &&
          matchesAll([b.text, b.hint], q),
      ).map((b) => ({ ...b, stages: b.stages ?? [], inDeck: inDeck.has(b.key) }))
      return { questions }
    },
  )

  app.get(
    '/rehearsal/cards',
    {
      schema: {
        tags: ['rehearsal'],
        summary: 'The deck: search and filter by category or source',
        querystring: cardsQuerySchema,
        response: { 200: cardsResponseSchema, ...errors },
      },
    },
    async (request) => ({ cards: await repositories.cards.list(userOf(request).id, request.query) }),
  )

  app.post(
    '/rehearsal/cards',
    {
      schema: {
        tags: ['rehearsal'],
        summary: 'Add a bank question ({bankKey}) or your own question to the deck',
        body: createCardBodySchema,
        response: { 201: cardResponseSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      const at = now()
      const body = request.body
      let card: Parameters<typeof repositories.cards.insert>[1]
      if ('bankKey' in body) {
        const question = bankQuestion(body.bankKey)
        if (!question)
          throw new ApiError('validation_failed', {
            bankKey: validationMessage('invalid', requestLanguage(request)),
          })
        card = {
          id: newId(),
          source: 'bank',
          bankKey: question.key,
          interviewId: null,
          debriefQuestionId: null,
          lang: question.lang,
          category: question.category,
          question: question.text,
          hint: question.hint,
          schedule: newSchedule(at),
          createdAt: at.toISOString(),
        }
      } else {
        card = {
          id: newId(),
          source: 'own',
          bankKey: null,
          interviewId: null,
          debriefQuestionId: null,
          lang: body.lang,
          category: body.category ?? 'situational',
          question: body.question,
          hint: body.hint,
          schedule: newSchedule(at),
          createdAt: at.toISOString(),
        }
      }
      const created = await repositories.cards.insert(user.id, card)
      if (!created) throw new ApiError('conflict')
      return reply.code(201).send({ card: created })
    },
  )

  app.get(
    '/rehearsal/cards/:id',
    {
      schema: {
        tags: ['rehearsal'],
        summary: 'A card with every attempt (oldest first) and when each grade would bring it back',
        params: idParamsSchema,
        response: { 200: cardDetailSchema, ...errors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const card = await ownedCard(user.id, request.params.id)
      const [attempts, schedule] = await Promise.all([
        repositories.attempts.listForCard(user.id, card.id),
        repositories.cards.schedule(user.id, card.id),
      ])
      if (!schedule) throw new ApiError('not_found')
      return { card, attempts, nextIntervals: previewIntervals(schedule, now()) }
    },
  )

  app.patch(
    '/rehearsal/cards/:id',
    {
      schema: {
        tags: ['rehearsal'],
        summary: 'Edit a card, or mark one of its attempts as your reference answer',
        params: idParamsSchema,
        body: updateCardBodySchema,
        response: { 200: cardResponseSchema, ...errors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const card = await ownedCard(user.id, request.params.id)
      const { referenceAttemptId } = request.body
      if (referenceAttemptId) {
        const attempt = await repositories.attempts.find(user.id, referenceAttemptId)
        if (!attempt || attempt.cardId !== card.id) {
          throw new ApiError('validation_failed', {
            referenceAttemptId: validationMessage('invalid', requestLanguage(request)),
          })
        }
      }
      const updated = await repositories.cards.update(user.id, card.id, request.body, now().toISOString())
      if (!updated) throw new ApiError('not_found')
      return { card: updated }
    },
  )

  app.delete(
    '/rehearsal/cards/:id',
    {
      schema: {
        tags: ['rehearsal'],
        summary: 'Remove a card and its attempts from the deck',
        params: idParamsSchema,
        response: { 204: z.null(), ...errors },
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
        tags: ['rehearsal'],
        summary: 'Record an attempt: stored with its analysis; in review mode its grade reschedules the card',
        params: idParamsSchema,
        body: createAttemptBodySchema,
        response: { 201: attemptResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      const card = await ownedCard(user.id, request.params.id)
      const body = request.body
      if (body.mode === 'review' && !body.grade) {
        throw new ApiError('validation_failed', {
          grade: validationMessage('required', requestLanguage(request)),
        })
      }
      const at = now()
      const analysis = analyzeAnswer(body.text, { lang: body.lang ?? card.lang })
      const attempt = await repositories.attempts.insert(user.id, {
        id: newId(),
        cardId: card.id,
        mode: body.mode,
        grade: body.grade ?? null,
        text: body.text,
        figures: attemptFigures(analysis),
        spokenSeconds: body.spokenSeconds ?? null,
        longPauses: body.longPauses ?? null,
        wordsPerMinute: wordsPerMinute(analysis.wordCount, body.spokenSeconds),
        createdAt: at.toISOString(),
      })
      // The card went (deleted in another tab) between the check and the write.
      if (!attempt) throw new ApiError('not_found')
      if (body.mode === 'review' && body.grade) {
        const schedule = await repositories.cards.schedule(user.id, card.id)
        if (schedule)
          await repositories.cards.saveSchedule(
            user.id,
            card.id,
            reschedule(schedule, body.grade, at),
            at.toISOString(),
          )
      }
      const updated = await ownedCard(user.id, card.id)
      return reply.code(201).send({ attempt, card: updated })
    },
  )

  app.get(
    '/rehearsal/queue',
    {
      schema: {
        tags: ['rehearsal'],
        summary: "Today's queue: the cards due now, recent destabilizing questions first",
        response: { 200: queueResponseSchema, ...errors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const at = now()
      const [dueKeys, summary] = await Promise.all([
        repositories.cards.listDueKeys(user.id, at.toISOString()),
        repositories.cards.deckSummary(user.id, at.toISOString()),
      ])
      const ordered = dailyQueue(dueKeys, at)
      // A session's worth at a time: the rest stays counted and comes next.
      const due = await repositories.cards.findMany(
        user.id,
        ordered.slice(0, QUEUE_PAGE).map((c) => c.id),
      )
      return { due, dueCount: ordered.length, nextDue: summary.nextDue, deckSize: summary.size }
    },
  )

  app.get(
    '/rehearsal/cram',
    {
      schema: {
        tags: ['rehearsal'],
        summary:
          'Cards that fit an interview (its stage, its company); practising them leaves the schedule alone',
        querystring: cramQuerySchema,
        response: { 200: cramResponseSchema, ...errors },
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
        tags: ['rehearsal'],
        summary: `Store the recording of an attempt (raw audio body: webm, ogg, wav, mp4 or mpeg; at most ${AUDIO_MAX_BYTES / 1024 / 1024} MiB)`,
        params: idParamsSchema,
        response: { 204: z.null(), 413: errorResponseSchema, 415: errorResponseSchema, ...errors },
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
        tags: ['rehearsal'],
        summary: 'The recording of an attempt, to play back',
        params: idParamsSchema,
        response: { 200: z.any(), ...errors },
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
        tags: ['rehearsal'],
        summary: 'Delete the recording of an attempt (the attempt and its text stay)',
        params: idParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      if (!(await repositories.attempts.deleteAudio(userOf(request).id, request.params.id)))
        throw new ApiError('not_found')
      return reply.code(204).send(null)
    },
  )
}
