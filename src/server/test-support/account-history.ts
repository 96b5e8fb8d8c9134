import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { asUser, captureInterview, type SignedUpUser } from './app'

/** Bytes that stand for a recording: distinct per `seed`, so a test can tell whose it is. */
export const fakeRecording = (seed: number, length = 3000): Buffer =>
  Buffer.from(Array.from({ length }, (_, i) => (i * seed + seed) % 256))

/** Delivery figures as the browser measures them, kept with the spoken attempt and the spoken mock answer. */
export const spokenDelivery = {
  source: 'vad',
  durationMs: 9_400,
  speakingMs: 9_000,
  pauses: [{ startMs: 4_100, durationMs: 700 }],
  syllables: 31,
  syllablesPerSecond: 3.4,
  wpmLow: 130,
  wpmHigh: 160,
  pitchMedianHz: 190,
  pitchRangeSemitones: 7.5,
  pitchVariationSemitones: 2.6,
  pitchVerdict: 'varied',
  phrases: 3,
  fadingPhrases: 1,
  probableFillers: [{ startMs: 2_000, durationMs: 400, review: 'confirmed' }],
} as const

export type AccountHistory = {
  interviewId: string
  attemptId: string
  attemptAudio: Buffer
  mockAnswerAudio: Buffer
}

/**
 * One of everything a person can own, made through the routes as they would: an application with
 * its interview, debrief (a question flagged to rehearse), feedback request, preparation, company
 * research and rebound; a pitch; a card with a spoken attempt and its recording; a mood; a mock
 * interview with a recorded answer. `tag` goes into the texts, so one person's data is recognisable.
 */
export async function fillAccount(
  app: FastifyInstance,
  who: SignedUpUser,
  tag: string,
  seed = 7,
): Promise<AccountHistory> {
  const as = asUser(app, who)
  const ok = async (response: Promise<LightMyRequestResponse>, status = [200, 201, 204]) => {
    const r = await response
    if (!status.includes(r.statusCode)) throw new Error(`${r.statusCode}: ${r.body}`)
    return r
  }
  const put = (url: string, body: Buffer) =>
    app.inject({
      method: 'PUT',
      url,
      headers: { cookie: who.cookie, 'content-type': 'audio/webm' },
      payload: body,
    })

  const { interview } = await captureInterview(app, who, {
    company: `${tag} Industries`,
    role: 'Chargée de projet',
    stage: 'hr',
    date: '2026-02-20T09:30:00.000Z',
  })
  const state = (await as.get(`/api/interviews/${interview.id}/debrief`)).json()
  await ok(
    as.put(`/api/interviews/${interview.id}/debrief`, {
      version: state.version,
      debrief: {
        ...state.debrief,
        feelings: { ...state.debrief.feelings, wentWell: `${tag}: l’accueil était chaleureux.` },
        questions: [
          {
            id: 'q1',
            question: `${tag}, parlez-moi d’un échec.`,
            answer: 'J’ai hésité.',
            feeling: null,
            recruiterReaction: '',
          },
        ],
        destabilizing: [
          {
            questionId: 'q1',
            reasons: [],
            reasonOther: '',
            betterAnswer: 'Un échec raconté avec ce que j’en ai appris.',
            rehearse: true,
          },
        ],
        lessons: [
          {
            id: 'l1',
            text: `${tag}: préparer des exemples`,
            actions: [{ id: 'a1', text: 'Écrire trois histoires', status: 'open', checkBeforeNext: true }],
          },
        ],
      },
    }),
  )
  await ok(as.put(`/api/interviews/${interview.id}/feedback`, { status: 'asked', subject: `Retour ${tag}` }))
  await ok(
    as.put(`/api/interviews/${interview.id}/prep`, {
      questionsToAsk: [{ id: 'p1', text: `Question pour ${tag}`, done: false }],
    }),
  )
  const research = Object.fromEntries(
    ['mission_products', 'recent_news', 'competitors', 'culture_values', 'interviewers', 'job_match'].map(
      (k) => [k, { done: k === 'recent_news', notes: k === 'recent_news' ? `${tag} a levé des fonds` : '' }],
    ),
  )
  await ok(as.put(`/api/interviews/${interview.id}/research`, { research }))
  await ok(
    as.post('/api/pitch', {
      pitch: { from: `${tag} d’abord`, strengths: 'Rigueur', next: 'Piloter', whyCompany: 'La mission' },
    }),
  )
  await ok(as.post('/api/rebounds', { interviewId: interview.id, markRejected: true }))
  await ok(as.post('/api/moods', { mood: 3, note: `${tag} va mieux` }))

  const { card } = (
    await ok(as.post('/api/rehearsal/cards', { question: `${tag} : présentez-vous.`, lang: 'fr' }))
  ).json() as { card: { id: string } }
  const attempt = (
    await ok(
      as.post(`/api/rehearsal/cards/${card.id}/attempts`, {
        text: `Je suis ${tag}, j’ai mené trois projets en deux ans.`,
        grade: 'good',
        spokenSeconds: 9,
        longPauses: 0,
        delivery: spokenDelivery,
      }),
    )
  ).json() as { attempt: { id: string } }
  const attemptAudio = fakeRecording(seed)
  await ok(put(`/api/rehearsal/attempts/${attempt.attempt.id}/audio`, attemptAudio))

  const session = (await ok(as.post('/api/mock-interviews', { lang: 'fr', seed: 11 }))).json() as {
    id: string
  }
  const view = (
    await ok(
      as.post(`/api/mock-interviews/${session.id}/check-in`, { moment: 'before', tension: 3, note: tag }),
    )
  ).json() as { turn: { questionIndex: number; followUp: number } }
  await ok(
    as.post(`/api/mock-interviews/${session.id}/answers`, {
      questionIndex: view.turn.questionIndex,
      followUp: view.turn.followUp,
      text: `Chez ${tag}, j’ai réduit les délais de 20 % en six mois avec une équipe de quatre personnes.`,
      spokenSeconds: 20,
      longPauses: 1,
      delivery: {
        ...spokenDelivery,
        probableFillers: [{ startMs: 2_000, durationMs: 400, review: 'dismissed' }],
      },
    }),
  )
  const mockAnswerAudio = fakeRecording(seed + 1)
  await ok(
    put(
      `/api/mock-interviews/${session.id}/answers/${view.turn.questionIndex}/${view.turn.followUp}/audio`,
      mockAnswerAudio,
    ),
  )
  return { interviewId: interview.id, attemptId: attempt.attempt.id, attemptAudio, mockAnswerAudio }
}
