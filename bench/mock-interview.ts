// `npx tsx bench/mock-interview.ts`: the time from the end of an answer to the next question being known,
// i.e. POST /api/mock-interviews/:id/answers (the session rebuilt from its saved answers, the answer
// analysed, the follow-up decided, the answer saved). Sessions of 10 questions at level 4, answers of about
// 150 words, on SQLite (a file, as in production) and on PostgreSQL when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set. Speech synthesis and rendering are not included. Target: p95 under 300 ms.
// Prints p50/p95/max; asserts nothing.
import { buildApp } from '../src/server/app'
import type { DatabaseHandle } from '../src/server/db/connection'
import { benchConfig, onEachDatabase, quantiles } from './support'

const SESSIONS = 20
const ANSWER =
  'Dans mon dernier poste, notre service client perdait des clients. On a commencé par analyser les réclamations, puis j’ai proposé un nouveau process de rappel. ' +
  'Je pense que c’était peut-être un peu ambitieux, mais je l’ai mis en place avec deux collègues, en formant l’équipe sur deux semaines. '.repeat(
    3,
  ) +
  'Le taux de désabonnement a baissé de 15 % en six mois, et les rappels sont devenus la norme dans le service.'

async function measure(label: string, database: DatabaseHandle, dataDir: string) {
  const app = await buildApp({ config: benchConfig(dataDir), database, logger: false })
  try {
    const signup = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'mock@example.com', password: 'bench password 1', displayName: 'M', language: 'fr' },
    })
    const cookie = `rebond_session=${signup.cookies.find((c) => c.name === 'rebond_session')?.value}`
    const times: number[] = []
    for (let s = 0; s < SESSIONS; s++) {
      const created = await app.inject({
        method: 'POST',
        url: '/api/mock-interviews',
        headers: { cookie },
        payload: { lang: 'fr', questionCount: 10, level: 4, persona: 'exigeant', seed: s },
      })
      let session = created.json()
      session = (
        await app.inject({
          method: 'POST',
          url: `/api/mock-interviews/${session.id}/check-in`,
          headers: { cookie },
          payload: { moment: 'before', tension: 3 },
        })
      ).json()
      while (session.turn) {
        const t = performance.now()
        const response = await app.inject({
          method: 'POST',
          url: `/api/mock-interviews/${session.id}/answers`,
          headers: { cookie },
          payload: {
            questionIndex: session.turn.questionIndex,
            followUp: session.turn.followUp,
            text: ANSWER,
            spokenSeconds: 70,
          },
        })
        const elapsed = performance.now() - t
        if (response.statusCode !== 201) throw new Error(`answer: ${response.statusCode} ${response.body}`)
        if (s > 0) times.push(elapsed) // the first session warms caches and JIT
        session = response.json()
      }
    }
    const at = quantiles(times)
    console.log(
      `${label.padEnd(11)} ${times.length} answers: end of answer → next question p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
    )
  } finally {
    await app.close()
  }
}

await onEachDatabase('mock', measure)
