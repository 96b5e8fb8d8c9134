import { analyzeAnswer } from '../../domain/analysis'
import { type DebriefContent, debriefProgress, emptyDebrief, normalizeDebrief } from '../../domain/debrief'
import { attemptFigures } from '../../domain/rehearsal/cards'
import { newSchedule, reschedule } from '../../domain/rehearsal/scheduling'
import { LONG_PAUSE_MS } from '../../domain/rehearsal/speech'
import { FLAT_UNDER_SEMITONES } from '../../domain/voice/limits'
import { type DeliveryView, deliverySchema } from '../../shared/schemas/delivery'
import type { Repositories } from '../repositories'
import { hashPassword } from '../security/passwords'
import { newId } from '../security/tokens'
import { syncRehearsalCards } from '../services/debriefs/debrief-cards'
import type { DemoAccount, DemoDebrief, DemoRehearsal, DemoSpoken } from './demo-types'

export const DEMO_PASSWORD = 'rebond-demo-2026'

/** `settled`: the interview is far enough back that its first actions were carried out. */
function toDebrief(demo: DemoDebrief, settled: boolean): DebriefContent {
  const questions = demo.questions.map((q) => ({
    id: newId(),
    question: q.q,
    answer: q.a,
    feeling: q.feeling,
    recruiterReaction: q.reaction ?? '',
  }))
  const idAt = (i: number) => questions[i]?.id ?? ''
  const base = normalizeDebrief({
    ...emptyDebrief(),
    currentStep: demo.currentStep ?? 'summary',
    feelings: {
      emotions: demo.emotions.map(([emotion, intensity]) => ({ emotion, intensity })),
      wentWell: demo.wentWell,
      note: '',
    },
    questions,
    causes: demo.causes.map(([cause, severity, evidence, refs]) => ({
      cause,
      severity,
      evidence,
      otherLabel: '',
      questionIds: (refs ?? []).map(idAt),
    })),
    lessons: demo.lessons.map(([text, actions]) => ({
      id: newId(),
      text,
      actions: actions.map((a, i) => ({
        id: newId(),
        text: a,
        status: settled && i === 0 ? ('done' as const) : ('open' as const),
        checkBeforeNext: i === 0,
      })),
    })),
    ratings: demo.ratings
      ? {
          serenity: demo.ratings[0],
          confidence: demo.ratings[1],
          oralEase: demo.ratings[2],
          preparation: demo.ratings[3],
        }
      : emptyDebrief().ratings,
  })
  return {
    ...base,
    destabilizing: base.destabilizing.map((d) => {
      const index = questions.findIndex((q) => q.id === d.questionId)
      const better = demo.better?.[index]
      return {
        ...d,
        reasons: better ? ['not_prepared'] : [],
        betterAnswer: better ?? '',
        rehearse: demo.rehearse?.includes(index) ?? false,
      }
    }),
  }
}

/** Creates a demo account and its history relative to `now`; does nothing if it exists. */
export async function seedDemoAccount(
  repositories: Repositories,
  demo: DemoAccount,
  now: Date,
): Promise<'created' | 'exists'> {
  if (await repositories.users.findByEmail(demo.email)) return 'exists'
  const userId = newId()
  const at = now.toISOString()
  await repositories.users.insert({
    id: userId,
    email: demo.email,
    displayName: demo.displayName,
    language: demo.language,
    timeZone: demo.language === 'fr' ? 'Europe/Paris' : 'Europe/London',
    passwordHash: await hashPassword(DEMO_PASSWORD),
    createdAt: new Date(now.getTime() - 45 * 86_400_000).toISOString(),
  })
  for (const app of demo.applications) {
    const application = await repositories.applications.insert(userId, {
      id: newId(),
      company: app.company,
      role: app.role,
      postingUrl: '',
      source: app.source,
      status: app.status,
      notes: app.notes,
      createdAt: at,
    })
    for (const item of app.interviews) {
      const date = new Date(now.getTime() - item.daysAgo * 86_400_000)
      date.setUTCHours(item.hour - 1, 0, 0, 0)
      const interview = await repositories.interviews.insert(userId, {
        id: newId(),
        applicationId: application.id,
        date: date.toISOString(),
        stage: item.stage,
        format: item.format,
        interviewers: item.interviewers ?? [],
        durationMinutes: item.stage === 'screening' ? 20 : 45,
        outcome: item.outcome,
        gutFeeling: item.gutFeeling,
        note: item.note,
        createdAt: date.toISOString(),
      })
      if (item.debrief) {
        const content = toDebrief(item.debrief, item.daysAgo >= 14)
        await repositories.debriefs.save(
          userId,
          interview.id,
          0,
          content,
          debriefProgress(content),
          date.toISOString(),
        )
        await syncRehearsalCards(repositories, userId, interview.id, content, demo.language, date)
      }
    }
  }
  for (const rehearsal of demo.rehearsals ?? []) {
    await seedRehearsal(repositories, userId, demo.language, rehearsal, now)
  }
  for (const [daysAgo, mood, note] of demo.moods ?? []) {
    const at = new Date(now.getTime() - daysAgo * 86_400_000)
    at.setUTCHours(19, 0, 0, 0)
    await repositories.moods.add(userId, { id: newId(), at: at.toISOString(), mood, note })
  }
  return 'created'
}

/** One of the user's own questions, with its attempts analysed and scheduled as the app does. */
async function seedRehearsal(
  repositories: Repositories,
  userId: string,
  lang: 'fr' | 'en',
  rehearsal: DemoRehearsal,
  now: Date,
) {
  const dayAt = (daysAgo: number) => {
    const at = new Date(now.getTime() - daysAgo * 86_400_000)
    at.setUTCHours(18, 30, 0, 0)
    return at
  }
  const first = dayAt(rehearsal.attempts[0]?.daysAgo ?? 0)
  let schedule = newSchedule(first)
  const attempts = rehearsal.attempts.map((attempt) => {
    const at = dayAt(attempt.daysAgo)
    schedule = reschedule(schedule, attempt.grade, at)
    const figures = attemptFigures(analyzeAnswer(attempt.text, { lang }))
    const spoken = attempt.spoken
    return {
      id: newId(),
      mode: 'review' as const,
      grade: attempt.grade,
      text: attempt.text,
      figures,
      spokenSeconds: spoken ? spoken.seconds : null,
      longPauses: spoken ? spoken.pauses.filter((p) => p * 1000 >= LONG_PAUSE_MS).length : null,
      wordsPerMinute: spoken ? Math.round((figures.wordCount * 600) / spoken.seconds) / 10 : null,
      delivery: spoken ? demoDelivery(spoken) : null,
      createdAt: at.toISOString(),
    }
  })
  const cardId = newId()
  await repositories.cards.insertMany(userId, [
    {
      id: cardId,
      source: 'own',
      bankKey: null,
      interviewId: null,
      debriefQuestionId: null,
      lang,
      category: 'about_you',
      question: rehearsal.question,
      hint: rehearsal.hint,
      schedule,
      createdAt: first.toISOString(),
    },
  ])
  await repositories.attempts.insertMany(
    userId,
    attempts.map((a) => ({ ...a, cardId })),
  )
}

/**
 * The delivery figures a device would have kept for a demo attempt said out loud: silences spread through
 * the answer, about 1.5 syllables a word, checked against the schema the API checks them with.
 */
function demoDelivery(spoken: DemoSpoken): DeliveryView {
  const durationMs = spoken.seconds * 1000
  const speakingMs = durationMs - 500
  const mark = (i: number, of: number) => Math.round(((i + 1) * speakingMs) / (of + 1))
  const [low, high] = spoken.wpm
  const syllables = Math.round((((low + high) / 2) * 1.5 * speakingMs) / 60_000)
  return deliverySchema.parse({
    source: 'vad',
    durationMs,
    speakingMs,
    pauses: spoken.pauses.map((p, i) => ({ startMs: mark(i, spoken.pauses.length), durationMs: p * 1000 })),
    syllables,
    syllablesPerSecond: Math.round((syllables / (speakingMs / 1000)) * 100) / 100,
    wpmLow: low,
    wpmHigh: high,
    pitchMedianHz: 210,
    pitchRangeSemitones: Math.round(spoken.pitch * 35) / 10,
    pitchVariationSemitones: spoken.pitch,
    pitchVerdict: spoken.pitch < FLAT_UNDER_SEMITONES ? 'flat' : 'varied',
    phrases: spoken.pauses.length + 1,
    fadingPhrases: spoken.pitch < FLAT_UNDER_SEMITONES ? 1 : 0,
    probableFillers: Array.from({ length: spoken.fillers ?? 0 }, (_, i) => ({
      startMs: mark(i, spoken.fillers ?? 0) + 250,
      durationMs: 400,
      review: 'probable' as const,
    })),
  })
}
