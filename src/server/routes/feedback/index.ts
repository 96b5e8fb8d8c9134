import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { followUpEntry } from '../../../domain/calendar/entries'
import {
  DEFAULT_FOLLOW_UP_DAYS,
  defaultFollowUp,
  displayStage,
  feedbackAdvice,
} from '../../../domain/feedback'
import { slugify } from '../../../domain/slug'
import {
  feedbackResponseSchema,
  followUpsResponseSchema,
  saveFeedbackBodySchema,
} from '../../../shared/schemas/feedback'
import { idParamsSchema } from '../../../shared/schemas/interviews'
import { ApiError } from '../../errors'
import { buildCalendar } from '../../lib/calendar'
import { sendDownload } from '../../lib/download'
import { errorResponses, signedInErrors } from '../../lib/error-responses'
import { userOf } from '../../plugins/auth'
import type { StoredFeedback } from '../../repositories/feedback.repository'
import { ownedInterview } from '../../services/interviews/owned-interview'

const dayOnly = (iso: string, lang: 'fr' | 'en', timeZone: string) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone }).format(
    new Date(iso),
  )

const tags = ['feedback']

export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const { repositories, now } = app.services
  const context = (userId: string, interviewId: string) => ownedInterview(repositories, userId, interviewId)

  const blank = (lang: 'fr' | 'en'): Omit<StoredFeedback, 'updatedAt'> => ({
    status: 'to_ask',
    askedAt: null,
    followUpAt: null,
    tone: 'formal',
    lang,
    recipient: '',
    subject: '',
    body: '',
    feedbackText: '',
    receivedAt: null,
  })

  app.get(
    '/interviews/:id/feedback',
    {
      schema: {
        tags,
        summary:
          'The feedback request of an interview, with advice for that round and what fills the templates',
        params: idParamsSchema,
        response: { 200: feedbackResponseSchema, ...signedInErrors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const { interview, application } = await context(user.id, request.params.id)
      const [stored, debrief] = await Promise.all([
        repositories.feedback.find(user.id, interview.id),
        repositories.debriefs.find(user.id, interview.id),
      ])
      const current = stored ?? { ...blank(user.language), updatedAt: null }
      const advice = feedbackAdvice(interview.stage, debrief?.content.causes ?? [])
      return {
        request: { ...current, stage: displayStage(current, now()) },
        advice: {
          expectation: advice.rule.expectation,
          expectationText: advice.expectation,
          askWithinDays: advice.rule.askWithinDays,
          askBy: new Date(
            new Date(interview.date).getTime() + advice.rule.askWithinDays * 86_400_000,
          ).toISOString(),
          style: advice.rule.style,
          points: advice.points,
        },
        values: {
          company: application.company,
          role: application.role,
          interviewer: interview.interviewers[0]?.name ?? '',
          date: {
            fr: dayOnly(interview.date, 'fr', user.timeZone),
            en: dayOnly(interview.date, 'en', user.timeZone),
          },
          name: user.displayName,
          outcome: interview.outcome,
        },
      }
    },
  )

  app.put(
    '/interviews/:id/feedback',
    {
      schema: {
        tags,
        summary:
          'Update the request: the message, its status (asked sets the follow-up a week later unless given), the answer',
        params: idParamsSchema,
        body: saveFeedbackBodySchema,
        response: { 200: feedbackResponseSchema.shape.request, ...signedInErrors },
      },
    },
    async (request) => {
      const user = userOf(request)
      const { interview } = await context(user.id, request.params.id)
      const at = now()
      const previous = (await repositories.feedback.find(user.id, interview.id)) ?? blank(user.language)
      const next = { ...previous, ...request.body }
      if (next.status === 'asked' && !next.askedAt) next.askedAt = at.toISOString()
      if (next.status === 'asked' && next.askedAt && !next.followUpAt) {
        next.followUpAt = defaultFollowUp(new Date(next.askedAt), DEFAULT_FOLLOW_UP_DAYS).toISOString()
      }
      if ((next.status === 'received' || next.status === 'declined') && !next.receivedAt)
        next.receivedAt = at.toISOString()
      const saved = await repositories.feedback.save(user.id, interview.id, next, at.toISOString())
      return { ...saved, stage: displayStage(saved, at) }
    },
  )

  app.get(
    '/interviews/:id/feedback/follow-up.ics',
    {
      schema: {
        tags,
        summary: 'The follow-up reminder as a calendar event (.ics)',
        params: idParamsSchema,
        response: { 200: z.string(), ...signedInErrors },
      },
    },
    async (request, reply) => {
      const user = userOf(request)
      const { interview, application } = await context(user.id, request.params.id)
      const stored = await repositories.feedback.find(user.id, interview.id)
      if (!stored?.followUpAt) throw new ApiError('not_found')
      // The same builder and the same event (UID included) as the calendar subscription.
      const value = await buildCalendar(
        [
          followUpEntry(
            {
              interviewId: interview.id,
              followUpAt: stored.followUpAt,
              interviewDate: interview.date,
              company: application.company,
              role: application.role,
            },
            user.language,
            user.timeZone,
          ),
        ],
        { stamp: now() },
      )
      const name = ['follow-up', slugify(application.company) || interview.id.slice(0, 8)].join('-')
      return sendDownload(reply, { name, extension: 'ics', body: value })
    },
  )

  app.get(
    '/feedback/follow-ups',
    {
      schema: {
        tags,
        summary: 'Feedback requests whose follow-up is due (Home lists them)',
        response: { 200: followUpsResponseSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const rows = await repositories.feedback.followUpsDue(userOf(request).id, now().toISOString())
      return { followUps: rows.map((r) => ({ ...r, followUpAt: r.followUpAt ?? '' })) }
    },
  )
}
