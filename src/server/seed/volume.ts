import type { Kysely } from 'kysely'
import { analyzeAnswer } from '../../domain/analysis'
import {
  CAUSES,
  type DebriefContent,
  debriefProgress,
  emptyDebrief,
  INTERVIEW_STAGES,
  type InterviewOutcome,
} from '../../domain/debrief'
import { attemptFigures } from '../../domain/rehearsal/cards'
import { newSchedule, reschedule } from '../../domain/rehearsal/scheduling'
import type { Database } from '../db/schema'
import { createRepositories } from '../repositories'
import type { NewAttempt } from '../repositories/attempts.repository'
import type { NewCard } from '../repositories/cards.repository'
import { hashPassword } from '../security/passwords'
import { DEMO_PASSWORD } from './seed'

export const VOLUME_EMAIL = 'volume.demo@example.org'
export const VOLUME = { interviews: 1_000, attempts: 20_000, cards: 500 } as const

/** A small deterministic generator, so two volume seeds hold the same history. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const ANSWERS = [
  "Euh, je pense que j'ai plutôt bien géré ce projet, enfin je crois.",
  "J'ai un peu amélioré le suivi des clients, du coup ça allait mieux.",
  "J'ai repris le suivi des clients et réduit les retards de 30 % en trois mois.",
  "Chez Alpin, je devais relancer un projet bloqué : j'ai réuni l'équipe chaque semaine. Résultat : livré avec deux semaines d'avance.",
]

/**
 * A user with a long history: 1,000 interviews across applications, a debrief for each,
 * 500 cards and 20,000 rehearsal attempts over about four years. For benchmarks and for
 * trying Progress at scale; written in one transaction. Does nothing when it exists.
 */
export async function seedVolumeAccount(db: Kysely<Database>, now: Date): Promise<'created' | 'exists'> {
  const existing = await createRepositories(db).users.findByEmail(VOLUME_EMAIL)
  if (existing) return 'exists'
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const next = random(20_261_130)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const day = 86_400_000
  const start = now.getTime() - 4 * 365 * day
  let id = 0
  const newId = (prefix: string) =>
    `${prefix}-${(++id).toString(36)}-${Math.floor(next() * 1e9).toString(36)}`

  await db.transaction().execute(async (trx) => {
    const repositories = createRepositories(trx)
    const userId = newId('user')
    await repositories.users.insert({
      id: userId,
      email: VOLUME_EMAIL,
      displayName: 'Volume',
      language: 'fr',
      passwordHash,
      createdAt: new Date(start).toISOString(),
    })

    // Applications of one to four rounds; later rounds only after a passed one.
    let interviews = 0
    let applicationIndex = 0
    while (interviews < VOLUME.interviews) {
      const first = start + (interviews / VOLUME.interviews) * (now.getTime() - start - 2 * day)
      const rounds = Math.min(1 + Math.floor(next() * 4), VOLUME.interviews - interviews)
      const rejectedAt = Math.floor(next() * (rounds + 1))
      const application = await repositories.applications.insert(userId, {
        id: newId('app'),
        company: `Entreprise ${++applicationIndex}`,
        role: pick(['Chargée de projet', 'Product owner', 'Analyste', 'Responsable marketing']),
        postingUrl: '',
        source: pick(['LinkedIn', 'Site carrière', 'Cooptation']),
        status: rejectedAt < rounds ? 'rejected' : pick(['active', 'offer', 'no_news'] as const),
        notes: '',
        createdAt: new Date(first).toISOString(),
      })
      for (let round = 0; round < rounds; round++) {
        const date = new Date(first + round * 6 * day).toISOString()
        const outcome: InterviewOutcome =
          round < rejectedAt ? 'passed' : round === rejectedAt ? 'rejected' : 'pending'
        const interview = await repositories.interviews.insert(userId, {
          id: newId('int'),
          applicationId: application.id,
          date,
          stage: INTERVIEW_STAGES[Math.min(round * 2, INTERVIEW_STAGES.length - 1)] ?? 'screening',
          format: pick(['phone', 'video', 'on_site'] as const),
          interviewers: [],
          durationMinutes: 45,
          outcome,
          gutFeeling: 1 + Math.floor(next() * 5),
          note: '',
          createdAt: date,
        })
        // Ratings drift upwards over the years, with noise.
        const base = 1.5 + (2.5 * interviews) / VOLUME.interviews
        const rating = () => Math.max(1, Math.min(5, Math.round(base + (next() - 0.5) * 2)))
        const content: DebriefContent = {
          ...emptyDebrief(),
          currentStep: 'summary',
          feelings: {
            emotions: [{ emotion: 'doubt', intensity: 3 }],
            wentWell: 'La présentation.',
            note: '',
          },
          causes: [pick(CAUSES), pick(CAUSES)]
            .filter((cause, i, all) => all.indexOf(cause) === i)
            .map((cause) => ({ cause, otherLabel: '', evidence: '', severity: 'notable', questionIds: [] })),
          lessons: [
            {
              id: newId('lesson'),
              text: 'Préparer un exemple chiffré.',
              actions: [
                {
                  id: newId('action'),
                  text: 'Écrire deux exemples STAR.',
                  status: next() < 0.6 ? 'done' : 'open',
                  checkBeforeNext: true,
                },
              ],
            },
          ],
          ratings: { serenity: rating(), confidence: rating(), oralEase: rating(), preparation: rating() },
        }
        await repositories.debriefs.save(userId, interview.id, 0, content, debriefProgress(content), date)
        interviews++
      }
    }

    const cards: NewCard[] = []
    for (let i = 0; i < VOLUME.cards; i++) {
      const created = new Date(start)
      const schedule = reschedule(newSchedule(created), 'good', created)
      cards.push({
        id: newId('card'),
        source: 'own',
        bankKey: null,
        interviewId: null,
        debriefQuestionId: null,
        lang: 'fr',
        category: 'situational',
        question: `Question ${i + 1} ?`,
        hint: '',
        schedule,
        createdAt: created.toISOString(),
      })
    }
    await repositories.cards.insertMany(userId, cards)

    const figures = ANSWERS.map((text) => ({
      text,
      figures: attemptFigures(analyzeAnswer(text, { lang: 'fr' })),
    }))
    const attempts: NewAttempt[] = []
    for (let i = 0; i < VOLUME.attempts; i++) {
      // Later attempts lean towards the stronger answers.
      const answer = figures[Math.min(figures.length - 1, Math.floor(next() * 2 + (4 * i) / VOLUME.attempts))]
      attempts.push({
        id: newId('attempt'),
        cardId: cards[i % cards.length]?.id ?? '',
        mode: 'review',
        grade: pick(['again', 'hard', 'good', 'easy'] as const),
        text: answer?.text ?? '',
        figures: answer?.figures ?? attemptFigures(analyzeAnswer('')),
        spokenSeconds: null,
        longPauses: null,
        wordsPerMinute: null,
        createdAt: new Date(start + (i / VOLUME.attempts) * (now.getTime() - start)).toISOString(),
      })
    }
    await repositories.attempts.insertMany(userId, attempts)
  })
  return 'created'
}
