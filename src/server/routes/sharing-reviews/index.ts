import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  assignmentResponseSchema,
  commentResponseSchema,
  convertCommentSchema,
  convertedResponseSchema,
  feedbackItemQuerySchema,
  feedbackListSchema,
  markReadSchema,
  newAssignmentSchema,
  newCommentSchema,
  newRatingSchema,
  ratingResponseSchema,
  replySchema,
} from '../../../shared/schemas/review'
import { linkParamsSchema } from '../../../shared/schemas/sharing'
import { errorResponses, signedInErrors } from '../../lib/error-responses'
import { requestLanguage } from '../../lib/language'
import { userOf } from '../../plugins/auth'
import {
  assignQuestion,
  commentAsInvitee,
  convertComment,
  feedbackForInvitee,
  feedbackForOwner,
  markFeedbackRead,
  rateAnswer,
  replyAsOwner,
} from '../../services/sharing/reviews'

const NOT_SHARED =
  '404 when the link is not yours, has ended, or does not share the item (or the item does not exist): ' +
  'the answers are the same.'

/**
 * What coaches and partners leave on what is shared with them, and what the owner does with it
 * (issue 17, ADR 0015): comments and replies, ratings, assigned questions. Signed-in scope.
 */
const tags = ['sharing']

export const sharingReviewsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app

  app.get(
    '/sharing/received/:id/feedback',
    {
      schema: {
        tags,
        summary: 'What you left through a link, and the owner’s replies',
        description: NOT_SHARED,
        params: linkParamsSchema,
        querystring: feedbackItemQuerySchema,
        response: { 200: feedbackListSchema, ...signedInErrors },
      },
    },
    async (request) => feedbackForInvitee(services, userOf(request).id, request.params.id, request.query),
  )

  app.post(
    '/sharing/received/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a part of something shared with you, or reply in a thread (coach or partner)',
        description: NOT_SHARED,
        params: linkParamsSchema,
        body: newCommentSchema,
        response: { 201: commentResponseSchema, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const comment = await commentAsInvitee(services, userOf(request).id, request.params.id, request.body)
      return reply.code(201).send({ comment })
    },
  )

  app.post(
    '/sharing/received/:id/ratings',
    {
      schema: {
        tags,
        summary: 'Rate a rehearsal answer on the rubric (coach): rating it again replaces your rating',
        description: `${NOT_SHARED} A partner gets 404 too.`,
        params: linkParamsSchema,
        body: newRatingSchema,
        response: { 200: ratingResponseSchema, ...signedInErrors },
      },
    },
    async (request) => ({
      rating: await rateAnswer(services, userOf(request).id, request.params.id, request.body),
    }),
  )

  app.post(
    '/sharing/received/:id/assignments',
    {
      schema: {
        tags,
        summary: 'Put a question in the owner’s rehearsal deck (coach)',
        description: `${NOT_SHARED} Without \`interviewId\` the link must share rehearsal; a partner gets 404.`,
        params: linkParamsSchema,
        body: newAssignmentSchema,
        response: { 201: assignmentResponseSchema, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const assignment = await assignQuestion(services, userOf(request).id, request.params.id, request.body)
      return reply.code(201).send({ assignment })
    },
  )

  app.get(
    '/sharing/feedback',
    {
      schema: {
        tags,
        summary: 'Comments, ratings and assigned questions left on your things (and your replies)',
        querystring: feedbackItemQuerySchema,
        response: { 200: feedbackListSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => feedbackForOwner(services, userOf(request).id, request.query),
  )

  app.post(
    '/sharing/feedback/replies',
    {
      schema: {
        tags,
        summary: 'Reply to a comment left on your things',
        description: '404 when the comment is not on your things, or its link has ended.',
        body: replySchema,
        response: { 201: commentResponseSchema, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const comment = await replyAsOwner(services, userOf(request).id, request.body)
      return reply.code(201).send({ comment })
    },
  )

  app.post(
    '/sharing/feedback/read',
    {
      schema: {
        tags,
        summary: 'Mark comments, ratings and assigned questions as seen',
        description: 'Ids that are not of your things are ignored.',
        body: markReadSchema,
        response: { 204: z.null(), ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => {
      await markFeedbackRead(services, userOf(request).id, request.body)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/sharing/feedback/convert',
    {
      schema: {
        tags,
        summary: 'Turn a comment into a lesson of its debrief, or an action of one of its lessons',
        description:
          'Once per comment (409 after). A comment on a rehearsal answer goes to the debrief of its card’s ' +
          'interview (400 on `to` when there is none).',
        body: convertCommentSchema,
        response: { 200: convertedResponseSchema, ...signedInErrors, ...errorResponses(409) },
      },
    },
    async (request) => {
      const user = userOf(request)
      return convertComment(services, user, request.body, requestLanguage(request))
    },
  )
}
