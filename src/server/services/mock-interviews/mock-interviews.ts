import { randomInt } from 'node:crypto'
import {
  buildReport,
  HISTORY_WEIGHT,
  type HistoryQuestion,
  isTimed,
  MIN_QUESTIONS,
  OVERTIME_FACTOR,
  PERSONA_PROFILES,
  postingTerms,
  reportMarkdown,
  type SessionState,
  selectQuestions,
  summarize,
  weakestQuestions,
} from '../../../domain/mock-interview'
import { FROM_INTERVIEW } from '../../../domain/rehearsal/cards'
import { bankQuestion } from '../../../domain/rehearsal/question-bank'
import { newSchedule } from '../../../domain/rehearsal/scheduling'
import { summarizeDeliveries } from '../../../domain/voice/summary'
import type { Language } from '../../../shared/schemas/common'
import type { DeliveryView } from '../../../shared/schemas/delivery'
import type {
  MockApplicationChoice,
  MockInterviewView,
  NewMockInterview,
} from '../../../shared/schemas/mock-interviews'
import { validationMessage } from '../../../shared/validation-messages'
import { ApiError } from '../../errors'
import { loadAnalyzer, loadMockSession } from '../../lib/analyzer'
import type { Repositories } from '../../repositories'
import type { StoredMockAnswer, StoredMockSession } from '../../repositories/mock-interviews.repository'
import { newId } from '../../security/tokens'
import type { ServiceContext } from '../context'

/** A rehearsal card whose last attempt scored below this is weak: its question comes back in sessions. */
const WEAK_CARD_SCORE = 50

type Loaded = { stored: StoredMockSession; answers: StoredMockAnswer[]; state: SessionState }

async function load(repositories: Repositories, userId: string, id: string, now: Date): Promise<Loaded> {
  const stored = await repositories.mockInterviews.find(userId, id)
  if (!stored) throw new ApiError('not_found')
  const [answers, { resumeSession }] = await Promise.all([
    repositories.mockInterviews.answers(userId, id),
    loadMockSession(),
  ])
  const state = resumeSession(
    {
      settings: stored.settings,
      seed: stored.seed,
      questions: stored.questions,
      before: stored.before,
      after: stored.after,
      answers,
      ended: stored.endedAt !== null,
    },
    now.getTime(),
  )
  return { stored, answers, state }
}

async function view(repositories: Repositories, userId: string, loaded: Loaded): Promise<MockInterviewView> {
  const { stored, state } = loaded
  const deliveries = new Map(loaded.answers.map((a) => [`${a.questionIndex}-${a.followUp}`, a.delivery]))
  const [previous, withAudio] = await Promise.all([
    repositories.mockInterviews.summariesBefore(userId, stored.createdAt),
    repositories.mockInterviews.turnsWithAudio(userId, stored.id),
  ])
  const { currentTurn } = await loadMockSession()
  const report = buildReport(state, { terms: stored.postingTerms, previous })
  const turn = currentTurn(state)
  const { level, persona } = stored.settings
  const profile = PERSONA_PROFILES[persona]
  const phase = state.phase.name === 'interrupted' ? 'answering' : state.phase.name
  return {
    id: stored.id,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    completedAt: stored.completedAt,
    endedEarly: stored.endedAt !== null,
    settings: stored.settings,
    applicationId: stored.applicationId,
    role: stored.role,
    postingTerms: stored.postingTerms,
    postingLanguage: stored.postingLanguage,
    questions: stored.questions,
    before: stored.before,
    after: stored.after,
    phase,
    turn: turn && {
      ...turn,
      thinkingSeconds: state.phase.name === 'thinking' && isTimed(level) ? profile.thinkingSeconds : 0,
      interruptAfterSeconds: level === 4 ? turn.limitSeconds * OVERTIME_FACTOR : null,
      silenceSeconds: level === 4 ? profile.silenceSeconds : null,
    },
    answers: report.questions.flatMap((q) =>
      q.answers.map((a) => {
        const turnKey = `${a.questionIndex}-${a.followUp}`
        return { ...a, hasAudio: withAudio.has(turnKey), delivery: deliveries.get(turnKey) ?? null }
      }),
    ),
    report: {
      summary: report.summary,
      comparisons: report.comparisons,
      weakest: weakestQuestions(report),
      delivery: summarizeDeliveries(loaded.answers.flatMap((a) => (a.delivery ? [a.delivery] : []))),
    },
  }
}

/** The person's own hard questions: destabilizing ones from debriefs, and weak rehearsal cards. */
async function history(repositories: Repositories, userId: string): Promise<HistoryQuestion[]> {
  const [debriefs, cards, { analyzeAnswer }] = await Promise.all([
    repositories.debriefs.listContents(userId),
    repositories.cards.list(userId),
    loadAnalyzer(),
  ])
  const fromDebriefs = debriefs.flatMap(({ interviewId, content }) => {
    const byId = new Map(content.questions.map((q) => [q.id, q]))
    return content.destabilizing.flatMap((d): HistoryQuestion[] => {
      const question = byId.get(d.questionId)?.question.trim()
      if (!question) return []
      // A debrief does not record the language of a question typed in it: the analyzer tells.
      return [
        {
          key: `debrief:${interviewId}:${d.questionId}`,
          source: 'debrief',
          lang: analyzeAnswer(question).lang,
          text: question,
          category: null,
          weight: HISTORY_WEIGHT.destabilizing,
        },
      ]
    })
  })
  const weakCards = cards.flatMap((card): HistoryQuestion[] => {
    // A card born from a debrief is already there, as the debrief's own question.
    if (card.source === 'debrief') return []
    const weak =
      card.lapses > 0 || (card.lastAssertiveness !== null && card.lastAssertiveness < WEAK_CARD_SCORE)
    if (!weak) return []
    return [
      {
        key: `card:${card.id}`,
        source: 'card',
        lang: card.lang,
        text: card.question,
        category: card.category === FROM_INTERVIEW ? null : card.category,
        bankKey: card.bankKey,
        weight: HISTORY_WEIGHT.weakCard,
      },
    ]
  })
  return [...fromDebriefs, ...weakCards]
}

const fieldError = (field: string, message: string) => new ApiError('validation_failed', { [field]: message })

/** A session as lists show it: its settings, how far it went and its summary, not its answers. */
export const sessionListItem = (s: StoredMockSession & { answered: number }) => ({
  id: s.id,
  createdAt: s.createdAt,
  completedAt: s.completedAt,
  role: s.role,
  lang: s.settings.lang,
  stage: s.settings.stage,
  persona: s.settings.persona,
  level: s.settings.level,
  questionCount: s.questions.length,
  answered: s.answered,
  summary: s.summary,
})

export async function startMockInterview(
  context: ServiceContext,
  userId: string,
  body: NewMockInterview,
  lang: Language,
): Promise<MockInterviewView> {
  const { repositories } = context
  const at = context.now().toISOString()
  let role = body.role
  if (body.applicationId !== null) {
    const application = await repositories.applications.find(userId, body.applicationId)
    if (!application) throw fieldError('applicationId', validationMessage('invalid', lang))
    if (!role) role = application.role
  }
  const terms = postingTerms(body.posting)
  if (!terms.ok)
    throw fieldError('posting', validationMessage('too_long', lang).replace('{n}', String(terms.limit)))
  const hasPosting = body.posting.trim() !== ''
  const seed = body.seed ?? randomInt(-2147483648, 2147483647)
  const selection = selectQuestions({
    lang: body.lang,
    stage: body.stage,
    count: body.questionCount,
    seed,
    history: await history(repositories, userId),
    terms: terms.terms,
    previousKeys: await repositories.mockInterviews.latestQuestionKeys(userId, at),
  })
  if (!selection.ok) {
    // Too few questions for this stage: say how many there are, or that the stage has too few.
    throw selection.available >= MIN_QUESTIONS
      ? fieldError(
          'questionCount',
          validationMessage('too_big', lang).replace('{n}', String(selection.available)),
        )
      : fieldError('stage', validationMessage('invalid_choice', lang))
  }
  const id = newId()
  await repositories.mockInterviews.insert(userId, {
    id,
    applicationId: body.applicationId,
    role,
    settings: {
      lang: body.lang,
      stage: body.stage,
      questionCount: body.questionCount,
      persona: body.persona,
      level: body.level,
    },
    seed,
    postingTerms: terms.terms,
    postingLanguage: hasPosting ? terms.language : null,
    questions: selection.questions,
    createdAt: at,
  })
  return view(repositories, userId, await load(repositories, userId, id, context.now()))
}

export async function getMockInterview(context: ServiceContext, userId: string, id: string) {
  return view(context.repositories, userId, await load(context.repositories, userId, id, context.now()))
}

export async function checkInMockInterview(
  context: ServiceContext,
  userId: string,
  id: string,
  body: { moment: 'before' | 'after'; tension: number; note: string },
): Promise<MockInterviewView> {
  const now = context.now()
  return context.transaction(async (tx) => {
    const loaded = await load(tx, userId, id, now)
    const expected = body.moment === 'before' ? 'checkin-before' : 'checkin-after'
    if (loaded.state.phase.name !== expected) throw new ApiError('conflict')
    const checkIn = { tension: body.tension, note: body.note }
    const { step } = await loadMockSession()
    const state = step(loaded.state, { type: 'check-in', now: now.getTime(), ...checkIn })
    const at = now.toISOString()
    await tx.mockInterviews.update(
      userId,
      id,
      body.moment === 'before'
        ? { before: checkIn }
        : { after: checkIn, completedAt: at, summary: summarize(state) },
      at,
    )
    return view(tx, userId, await load(tx, userId, id, now))
  })
}

export type AnswerBody = {
  questionIndex: number
  followUp: number
  text: string
  spokenSeconds?: number | null | undefined
  longPauses?: number | null | undefined
  interrupted?: 'over-time' | 'silence' | null | undefined
  delivery?: DeliveryView | null | undefined
}

/**
 * Saves an answer to the turn the session waits for and moves it on (a follow-up, the next question or
 * the check-in after). The same answer sent again (a retry) changes nothing; an answer to another turn
 * (a stale tab) is refused.
 */
export async function answerMockInterview(
  context: ServiceContext,
  userId: string,
  id: string,
  body: AnswerBody,
): Promise<{ created: boolean; session: MockInterviewView }> {
  const now = context.now()
  return context.transaction(async (tx) => {
    const loaded = await load(tx, userId, id, now)
    const { currentTurn, step } = await loadMockSession()
    const turn = currentTurn(loaded.state)
    const saved = loaded.answers.some(
      (a) => a.questionIndex === body.questionIndex && a.followUp === body.followUp,
    )
    if (saved) return { created: false, session: await view(tx, userId, loaded) }
    if (!turn || turn.questionIndex !== body.questionIndex || turn.followUp !== body.followUp) {
      throw new ApiError('conflict')
    }
    const { delivery, ...answer } = body
    const state = step(loaded.state, { type: 'answer', now: now.getTime(), ...answer })
    const recorded = state.answers.at(-1)
    if (!recorded) throw new ApiError('conflict')
    const inserted = await tx.mockInterviews.insertAnswer(userId, id, {
      ...recorded,
      delivery: delivery ?? null,
      id: newId(),
      createdAt: now.toISOString(),
    })
    if (inserted) await tx.mockInterviews.update(userId, id, {}, now.toISOString())
    return { created: inserted, session: await view(tx, userId, await load(tx, userId, id, now)) }
  })
}

/** Stops before the last question: the session goes to the check-in after. */
export async function endMockInterview(context: ServiceContext, userId: string, id: string) {
  const now = context.now()
  return context.transaction(async (tx) => {
    const loaded = await load(tx, userId, id, now)
    const { currentTurn } = await loadMockSession()
    if (currentTurn(loaded.state) !== null) {
      await tx.mockInterviews.update(userId, id, { endedAt: now.toISOString() }, now.toISOString())
    }
    return view(tx, userId, await load(tx, userId, id, now))
  })
}

/** Sends questions of the session (its weakest answers by default) to the rehearsal deck. */
export async function rehearseMockInterview(
  context: ServiceContext,
  userId: string,
  id: string,
  questionIndexes: number[] | undefined,
): Promise<{ added: number; alreadyInDeck: number }> {
  const now = context.now()
  return context.transaction(async (tx) => {
    const loaded = await load(tx, userId, id, now)
    const indexes =
      questionIndexes ?? weakestQuestions(buildReport(loaded.state, { terms: loaded.stored.postingTerms }))
    const ownQuestions = new Set(
      (await tx.cards.list(userId, { source: 'own' })).map((c) => c.question.trim()),
    )
    let added = 0
    let alreadyInDeck = 0
    for (const index of new Set(indexes)) {
      const question = loaded.stored.questions[index]
      if (!question) continue
      if (question.source === 'card') {
        alreadyInDeck++
        continue
      }
      const bank = question.source === 'bank' ? bankQuestion(question.key) : undefined
      if (!bank && ownQuestions.has(question.text.trim())) {
        alreadyInDeck++
        continue
      }
      const created = await tx.cards.insert(userId, {
        id: newId(),
        source: bank ? 'bank' : 'own',
        bankKey: bank?.key ?? null,
        interviewId: null,
        debriefQuestionId: null,
        lang: bank?.lang ?? loaded.stored.settings.lang,
        category: bank?.category ?? FROM_INTERVIEW,
        question: bank?.text ?? question.text,
        hint: bank?.hint ?? '',
        schedule: newSchedule(now),
        createdAt: now.toISOString(),
      })
      if (created) {
        added++
        ownQuestions.add(question.text.trim())
      } else alreadyInDeck++
    }
    return { added, alreadyInDeck }
  })
}

export async function mockInterviewMarkdown(
  context: ServiceContext,
  userId: string,
  id: string,
): Promise<string> {
  const { repositories } = context
  const loaded = await load(repositories, userId, id, context.now())
  const previous = await repositories.mockInterviews.summariesBefore(userId, loaded.stored.createdAt)
  const report = buildReport(loaded.state, { terms: loaded.stored.postingTerms, previous })
  const { lang, stage, level } = loaded.stored.settings
  return reportMarkdown(report, {
    lang,
    stage,
    level,
    role: loaded.stored.role,
    date: loaded.stored.createdAt.slice(0, 10),
  })
}

/**
 * The person's applications to practise for, newest interview first: each with the stage to suggest,
 * from its next interview if one is planned, else from its latest.
 */
export async function mockApplicationChoices(
  context: ServiceContext,
  userId: string,
): Promise<MockApplicationChoice[]> {
  const { repositories } = context
  const now = context.now().toISOString()
  const [applications, interviews] = await Promise.all([
    repositories.applications.list(userId, {}),
    repositories.interviews.list(userId),
  ])
  // Interviews come newest first: the last upcoming one seen is the next; the first past one, the latest.
  const next = new Map<string, { stage: MockApplicationChoice['stage']; date: string }>()
  const latest = new Map<string, { stage: MockApplicationChoice['stage']; date: string }>()
  for (const interview of interviews) {
    const entry = { stage: interview.stage, date: interview.date }
    if (interview.date >= now) next.set(interview.applicationId, entry)
    else if (!latest.has(interview.applicationId)) latest.set(interview.applicationId, entry)
  }
  return applications
    .map((application) => {
      const from = next.get(application.id) ?? latest.get(application.id) ?? null
      return {
        id: application.id,
        company: application.company,
        role: application.role,
        stage: from?.stage ?? null,
        interviewAt: from?.date ?? null,
      }
    })
    .sort((a, b) => (b.interviewAt ?? '').localeCompare(a.interviewAt ?? ''))
}
