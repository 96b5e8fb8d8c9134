// `npm run bench:queue`: GET /api/rehearsal/queue for a deck of 5,000 cards with 50,000 attempts,
// on SQLite (a file, as in production) and on PostgreSQL when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set. Prints p50/p95/max; asserts nothing.
import { analyzeAnswer } from '../src/domain/analysis'
import { attemptFigures } from '../src/domain/rehearsal/cards'
import { newSchedule, reschedule } from '../src/domain/rehearsal/scheduling'
import { buildApp } from '../src/server/app'
import type { DatabaseHandle } from '../src/server/db/connection'
import type { NewAttempt } from '../src/server/repositories/attempts.repository'
import type { NewCard } from '../src/server/repositories/cards.repository'
import { benchConfig, onEachDatabase, quantiles } from './support'

const CARDS = 5_000
const ATTEMPTS = 50_000
const RUNS = 200
const now = new Date('2026-06-01T08:00:00.000Z')

async function measure(label: string, database: DatabaseHandle, dataDir: string) {
  const app = await buildApp({ config: benchConfig(dataDir), database, logger: false, now: () => now })
  try {
    const signup = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'queue@example.com', password: 'bench password 1', displayName: 'Q', language: 'fr' },
    })
    const cookie = `rebond_session=${signup.cookies.find((c) => c.name === 'rebond_session')?.value}`
    const userId = signup.json().user.id as string

    const seedStart = performance.now()
    // Cards spread over the last and next months: about a third are due.
    const figures = attemptFigures(
      analyzeAnswer("J'ai mené le projet et réduit les délais de 20 %.", { lang: 'fr' }),
    )
    const cards: NewCard[] = []
    const attempts: NewAttempt[] = []
    for (let i = 0; i < CARDS; i++) {
      const created = new Date(now.getTime() - (60 - (i % 60)) * 86_400_000)
      let schedule = newSchedule(created)
      schedule = reschedule(schedule, 'good', created)
      schedule = { ...schedule, due: new Date(now.getTime() + ((i % 90) - 30) * 86_400_000).toISOString() }
      const id = `card-${i}`
      cards.push({
        id,
        source: i % 10 === 0 ? 'debrief' : i % 3 === 0 ? 'own' : 'bank',
        bankKey: i % 10 !== 0 && i % 3 !== 0 ? `bench-${i}` : null,
        interviewId: null,
        debriefQuestionId: i % 10 === 0 ? `q-${i}` : null,
        lang: i % 2 ? 'fr' : 'en',
        category: 'situational',
        question: `Question ${i} ?`,
        hint: '',
        schedule,
        createdAt: created.toISOString(),
      })
      for (let a = 0; a < ATTEMPTS / CARDS; a++) {
        attempts.push({
          id: `attempt-${i}-${a}`,
          cardId: id,
          mode: 'review',
          grade: 'good',
          text: "J'ai mené le projet et réduit les délais de 20 %.",
          figures,
          spokenSeconds: null,
          longPauses: null,
          wordsPerMinute: null,
          createdAt: new Date(created.getTime() + a * 3_600_000).toISOString(),
        })
      }
    }
    await app.repositories.cards.insertMany(userId, cards)
    await app.repositories.attempts.insertMany(userId, attempts)
    const seedMs = performance.now() - seedStart

    const times: number[] = []
    let dueCount = 0
    for (let i = 0; i < RUNS + 20; i++) {
      const t = performance.now()
      const response = await app.inject({ url: '/api/rehearsal/queue', headers: { cookie } })
      const elapsed = performance.now() - t
      if (response.statusCode !== 200)
        throw new Error(`queue answered ${response.statusCode}: ${response.body}`)
      dueCount = response.json().dueCount
      if (i >= 20) times.push(elapsed) // the first runs warm caches and JIT
    }
    const at = quantiles(times)
    console.log(
      `${label.padEnd(11)} ${CARDS} cards, ${ATTEMPTS} attempts, ${dueCount} due: GET /api/rehearsal/queue p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (seeded in ${(seedMs / 1000).toFixed(1)} s)`,
    )
  } finally {
    await app.close()
  }
}

await onEachDatabase('queue', measure)
