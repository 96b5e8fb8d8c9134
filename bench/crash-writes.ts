// `npm run bench:crash`: kills the real server with SIGKILL in the middle of a stream of writes,
// restarts it, and checks that every acknowledged write is still there and that nothing was
// left half-written: a debrief without the rehearsal cards of its flagged questions, a card
// behind its debrief, an interview without its application, a pitch version missing or
// without its card. On SQLite (a temp DATA_DIR), then on PostgreSQL (a fresh database, dropped
// afterwards) when BENCH_DATABASE_URL is set. Prints figures; exits 1 when anything was lost or
// left inconsistent.
//
//   CRASH_CYCLES=30       kill/restart cycles per database
//   CRASH_CLIENTS=4       concurrent clients writing
//   CRASH_KILL_MS=50-400  when the kill comes, in ms after the stream starts
//   CRASH_SERVER_REF=...  run the server from this git commit (a temp copy) instead of the working tree
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { CAUSES, type DebriefContent } from '../src/domain/debrief'
import { type Pitch, pitchText } from '../src/domain/preparation/plan'
import { debriefFacts } from '../src/domain/progress/facts'
import { cardsFromDebrief } from '../src/domain/rehearsal/cards'
import type { Database } from '../src/server/db/schema'
import { userResponseSchema } from '../src/shared/schemas/auth'
import {
  debriefConflictSchema,
  debriefStateSchema,
  interviewResponseSchema,
} from '../src/shared/schemas/interviews'
import { pitchResponseSchema } from '../src/shared/schemas/preparation'

import { freePort } from './support'

const root = path.resolve(import.meta.dirname, '..')
const CYCLES = positive('CRASH_CYCLES', 30)
const CLIENTS = positive('CRASH_CLIENTS', 4)
const [KILL_MIN_MS, KILL_MAX_MS] = killWindow(process.env.CRASH_KILL_MS ?? '50-400')
const START_TIMEOUT_MS = 60_000
const REQUEST_TIMEOUT_MS = 15_000
const SESSION_SECRET = 'crash-bench-secret-crash-bench-secret-01'

function killWindow(text: string): [number, number] {
  const match = /^(\d+)-(\d+)$/.exec(text.trim())
  const [min, max] = [Number(match?.[1]), Number(match?.[2])]
  if (!match || min > max) throw new Error(`CRASH_KILL_MS must look like 50-400 (got ${text})`)
  return [min, max]
}

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0`)
  return value
}

// ---------- clean-up: no server, temp directory or database outlives the script ----------

const children = new Set<ChildProcess>()
const cleanups: (() => Promise<void> | void)[] = []

let cleaning: Promise<void> | undefined
/** Safe to call from the signal handler and from main at once: both wait for the same clean-up. */
const cleanUp = () => {
  cleaning ??= removeEverything()
  return cleaning
}
async function removeEverything() {
  for (const child of children) child.kill('SIGKILL')
  while (cleanups.length > 0) {
    const step = cleanups.pop()
    try {
      await step?.()
    } catch (error) {
      console.error(`clean-up step failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}
let interrupted = false
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  // `on`, not `once`: npm and tsx pass Ctrl-C on as a second signal, which must not cut the clean-up short.
  process.on(signal, () => {
    if (interrupted) return
    interrupted = true
    console.error(`\n${signal}: stopping the server and removing what this run created`)
    void cleanUp().finally(() => process.exit(code))
  })
}
// Last resort when something throws past main: at least no server keeps running.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL')
})

// ---------- the server, started as a user would and killed without warning ----------

type Target = {
  label: string
  env: Record<string, string>
  /** A read-only view of the database the server writes, for the audit. */
  openReader: () => { db: Kysely<Database>; close: () => Promise<void> }
}

type Server = { child: ChildProcess; base: string; exited: Promise<void> }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function startServer(serverRoot: string, target: Target): Promise<Server> {
  let lastError = ''
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort()
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], {
      cwd: serverRoot,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        SESSION_SECRET,
        SIGNUPS_PER_HOUR_PER_IP: '1000',
        LOGINS_PER_15_MIN_PER_IP: '1000',
        ...target.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.add(child)
    let stderr = ''
    child.stdout?.resume()
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000)
    })
    const exited = new Promise<void>((resolve) => {
      child.once('exit', () => {
        children.delete(child)
        resolve()
      })
    })
    const base = `http://127.0.0.1:${port}`
    const deadline = performance.now() + START_TIMEOUT_MS
    while (performance.now() < deadline && child.exitCode === null && child.signalCode === null) {
      const health = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) }).catch(
        () => undefined,
      )
      if (health?.ok) return { child, base, exited }
      await sleep(20)
    }
    child.kill('SIGKILL')
    await exited
    lastError = stderr.trim() || `no answer on /api/health within ${START_TIMEOUT_MS / 1000} s`
    // Another process may have taken the port between the probe and the listen: try another.
    if (!/already in use/.test(stderr)) break
  }
  throw new Error(`the server did not start: ${lastError}`)
}

async function killServer(server: Server) {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL')
  await server.exited
}

async function stopServer(server: Server) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return
  server.child.kill('SIGTERM')
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000)
  await server.exited
  clearTimeout(timer)
}

// ---------- HTTP ----------

type Answer = { status: number; body: unknown }

/** Throws when no answer came (the server died, refused the connection, or took too long). */
async function call(
  base: string,
  cookie: string,
  method: string,
  url: string,
  body?: unknown,
): Promise<Answer> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {}
  return { status: response.status, body: parsed }
}

// ---------- what is written ----------

const KINDS = ['debrief', 'capture', 'pitch'] as const
type Kind = (typeof KINDS)[number]

/** A debrief whose two replayed questions are flagged "rehearse this": one kept across saves, one new each save. */
function debriefDocument(interviewId: string, writeId: string, n: number): DebriefContent {
  const steady = `q0-${interviewId}`
  const fresh = `q-${writeId}`
  const rating = (k: number) => ((n + k) % 5) + 1
  const betterAnswer = `Prepared answer, written by ${writeId}`
  return {
    currentStep: 'destabilizing',
    skipped: [],
    feelings: { emotions: [{ emotion: 'doubt', intensity: 3 }], wentWell: 'The introduction', note: writeId },
    questions: [
      {
        id: steady,
        question: `Why are you leaving your current job? (${interviewId.slice(0, 8)})`,
        answer: 'I hesitated and talked about my manager.',
        feeling: 'destabilized',
        recruiterReaction: '',
      },
      {
        id: fresh,
        question: `Tell me about a conflict you solved (${writeId})`,
        answer: 'I rambled.',
        feeling: 'destabilized',
        recruiterReaction: '',
      },
    ],
    causes: [
      {
        cause: CAUSES[n % CAUSES.length] ?? CAUSES[0],
        otherLabel: '',
        evidence: '',
        severity: 'notable',
        questionIds: [steady],
      },
    ],
    destabilizing: [steady, fresh].map((questionId) => ({
      questionId,
      reasons: [],
      reasonOther: '',
      betterAnswer,
      rehearse: true,
    })),
    lessons: [
      {
        id: `l-${writeId}`,
        text: 'Prepare the story first',
        actions: [
          {
            id: `a-${writeId}`,
            text: 'Write the STAR outline',
            status: n % 2 === 0 ? 'open' : 'done',
            checkBeforeNext: true,
          },
        ],
      },
    ],
    ratings: { serenity: rating(0), confidence: rating(1), oralEase: rating(2), preparation: rating(3) },
  }
}

const pitchDocument = (writeId: string): Pitch => ({
  from: `Ten years in logistics (${writeId})`,
  strengths: 'I make messy processes simple.',
  next: 'A team where operations meet software.',
  whyCompany: '',
})

/** The write a stored document came from: every document carries its write's id. */
const debriefMarker = (content: DebriefContent) => content.feelings.note
const pitchMarker = (pitch: Pitch) => /\((w\d+)\)$/.exec(pitch.from)?.[1] ?? ''

// ---------- one database ----------

type Tally = Record<Kind, number>
const tally = (): Tally => ({ debrief: 0, capture: 0, pitch: 0 })
const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0)

const LOST_KINDS = ['debrief', 'interview', 'application', 'pitch'] as const
const INCONSISTENT_KINDS = [
  'debrief with a flagged question without its card',
  'debrief whose card is behind it',
  'debrief whose figures are behind it',
  'interview without its application',
  'application without its interview (torn capture)',
  'pitch version gap',
  'pitch without its card',
  'pitch card behind the pitch',
] as const
type Finding =
  | { lost: true; kind: (typeof LOST_KINDS)[number] }
  | { lost: false; kind: (typeof INCONSISTENT_KINDS)[number] }

type RunResult = {
  label: string
  cycles: number
  sent: Tally
  acked: Tally
  unanswered: Tally
  statuses: Map<string, number>
  findings: Map<string, Finding & { detail: string }>
  restartMs: number[]
  killMs: number[]
  odd: string[]
}

let writeCounter = 0

async function runOn(serverRoot: string, target: Target): Promise<RunResult> {
  const result: RunResult = {
    label: target.label,
    cycles: 0,
    sent: tally(),
    acked: tally(),
    unanswered: tally(),
    statuses: new Map(),
    findings: new Map(),
    restartMs: [],
    killMs: [],
    odd: [],
  }
  const note = (key: string, finding: Finding, detail: string) => {
    if (!result.findings.has(key)) result.findings.set(key, { ...finding, detail })
  }
  const status = (kind: Kind, code: number) => {
    const key = `${kind} ${code}`
    result.statuses.set(key, (result.statuses.get(key) ?? 0) + 1)
  }

  // What the clients know, and what the server acknowledged.
  const lanes: { interviews: string[] }[] = Array.from({ length: CLIENTS }, () => ({ interviews: [] }))
  const knownVersion = new Map<string, number>()
  const ackedDebrief = new Map<string, { version: number; writeId: string }>()
  const sentDebrief = new Map<string, string>() // writeId -> interview
  const ackedCaptures: { writeId: string; interviewId: string; applicationId: string }[] = []
  const ackedPitches: { version: number; writeId: string }[] = []
  let pitchInFlight = false

  let server = await startServer(serverRoot, target)
  try {
    const signup = await fetch(`${server.base}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'crash@example.com',
        password: 'crash password 123',
        displayName: 'Crash',
        language: 'en',
      }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    if (signup.status !== 201) throw new Error(`sign-up answered ${signup.status}: ${await signup.text()}`)
    const userId = userResponseSchema.parse(await signup.json()).user.id
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? ''

    async function capture(base: string, lane: { interviews: string[] }, counted: boolean) {
      const writeId = `w${++writeCounter}`
      if (counted) result.sent.capture++
      let answer: Answer
      try {
        answer = await call(base, cookie, 'POST', '/api/interviews', {
          company: `Crash ${writeId}`,
          role: 'Operations engineer',
          stage: 'hr',
          date: new Date(Date.UTC(2026, 0, 1 + (writeCounter % 300), 10)).toISOString(),
          note: writeId,
        })
      } catch (error) {
        if (counted) result.unanswered.capture++
        throw error
      }
      if (answer.status !== 201) return status('capture', answer.status)
      const { interview, application } = interviewResponseSchema.parse(answer.body)
      if (counted) result.acked.capture++
      ackedCaptures.push({ writeId, interviewId: interview.id, applicationId: application.id })
      lane.interviews.push(interview.id)
    }

    async function saveDebrief(base: string, lane: { interviews: string[] }) {
      const interviewId = lane.interviews[Math.floor(Math.random() * lane.interviews.length)]
      if (!interviewId) return capture(base, lane, true)
      const n = ++writeCounter
      const writeId = `w${n}`
      sentDebrief.set(writeId, interviewId)
      result.sent.debrief++
      let answer: Answer
      try {
        answer = await call(base, cookie, 'PUT', `/api/interviews/${interviewId}/debrief`, {
          version: knownVersion.get(interviewId) ?? 0,
          debrief: debriefDocument(interviewId, writeId, n),
        })
      } catch (error) {
        result.unanswered.debrief++
        throw error
      }
      if (answer.status === 200) {
        const { version } = debriefStateSchema.parse(answer.body)
        result.acked.debrief++
        knownVersion.set(interviewId, version)
        const before = ackedDebrief.get(interviewId)
        if (before && version <= before.version)
          result.odd.push(
            `debrief ${interviewId}: ${writeId} acknowledged as v${version} after v${before.version}`,
          )
        ackedDebrief.set(interviewId, { version, writeId })
        return
      }
      status('debrief', answer.status)
      if (answer.status === 409)
        knownVersion.set(interviewId, debriefConflictSchema.parse(answer.body).current.version)
    }

    async function savePitch(base: string) {
      const writeId = `w${++writeCounter}`
      result.sent.pitch++
      pitchInFlight = true
      let answer: Answer
      try {
        answer = await call(base, cookie, 'POST', '/api/pitch', { pitch: pitchDocument(writeId) })
      } catch (error) {
        result.unanswered.pitch++
        throw error
      } finally {
        pitchInFlight = false
      }
      if (answer.status !== 201) return status('pitch', answer.status)
      const current = pitchResponseSchema.parse(answer.body).current
      result.acked.pitch++
      if (current) ackedPitches.push({ version: current.version, writeId })
    }

    /** One client: writes one after the other until the server stops answering. */
    async function client(base: string, lane: { interviews: string[] }, stop: { now: boolean }) {
      while (!stop.now) {
        const dice = Math.random()
        try {
          // Pitches are saved one at a time, as one person would: concurrent saves race on the version.
          if (dice < 0.15 && !pitchInFlight) await savePitch(base)
          else if (dice < 0.3) await capture(base, lane, true)
          else await saveDebrief(base, lane)
        } catch {
          return
        }
      }
    }

    /** Everything the database holds for the user, compared with what was acknowledged. */
    async function audit(base: string, cycle: number) {
      const reader = target.openReader()
      try {
        const { db } = reader
        const [debriefs, cards, interviews, applications, pitches] = await Promise.all([
          db
            .selectFrom('debriefs')
            .select(['interview_id', 'version', 'content', 'facts'])
            .where('user_id', '=', userId)
            .execute(),
          db
            .selectFrom('cards')
            .select(['id', 'interview_id', 'debrief_question_id', 'question', 'hint'])
            .where('user_id', '=', userId)
            .execute(),
          db
            .selectFrom('interviews')
            .select(['id', 'application_id'])
            .where('user_id', '=', userId)
            .execute(),
          db.selectFrom('applications').select(['id', 'company']).where('user_id', '=', userId).execute(),
          db.selectFrom('pitches').select(['version', 'content']).where('user_id', '=', userId).execute(),
        ])

        // Debriefs: the acknowledged version or a later one, never an older one or other content.
        const stored = new Map(
          debriefs.map((d) => [
            d.interview_id,
            { version: Number(d.version), content: JSON.parse(d.content) as DebriefContent, facts: d.facts },
          ]),
        )
        for (const [interviewId, acked] of ackedDebrief) {
          const now = stored.get(interviewId)
          const key = `debrief ${interviewId} ${acked.writeId}`
          if (!now)
            note(key, { lost: true, kind: 'debrief' }, `v${acked.version} acknowledged, no debrief stored`)
          else if (now.version < acked.version)
            note(
              key,
              { lost: true, kind: 'debrief' },
              `v${acked.version} acknowledged, v${now.version} stored`,
            )
          else if (now.version === acked.version && debriefMarker(now.content) !== acked.writeId)
            note(
              key,
              { lost: true, kind: 'debrief' },
              `v${acked.version} acknowledged as ${acked.writeId}, holds ${debriefMarker(now.content)}`,
            )
          else if (now.version > acked.version && sentDebrief.get(debriefMarker(now.content)) !== interviewId)
            result.odd.push(
              `debrief ${interviewId}: v${now.version} holds ${debriefMarker(now.content)}, never sent`,
            )
        }
        // Clients carry on from what is stored, as the app does after a conflict.
        for (const [interviewId, now] of stored) {
          knownVersion.set(interviewId, now.version)
          ackedDebrief.set(interviewId, { version: now.version, writeId: debriefMarker(now.content) })
        }
        for (const interviewId of ackedDebrief.keys())
          if (!stored.has(interviewId)) {
            ackedDebrief.delete(interviewId)
            knownVersion.delete(interviewId)
          }

        // Each stored debrief with its cards and figures.
        const cardOf = new Map(cards.map((c) => [`${c.interview_id}\u0000${c.debrief_question_id}`, c]))
        for (const [interviewId, now] of stored) {
          const at = `${interviewId} v${now.version} (${debriefMarker(now.content)})`
          for (const wanted of cardsFromDebrief(now.content)) {
            const card = cardOf.get(`${interviewId}\u0000${wanted.questionId}`)
            // Counted once per debrief version, whichever of its questions is missing.
            if (!card)
              note(
                `card ${at}`,
                { lost: false, kind: 'debrief with a flagged question without its card' },
                `${at}: no card for ${wanted.questionId}`,
              )
            else if (card.question !== wanted.question || card.hint !== wanted.preparedAnswer)
              note(
                `stale ${at}`,
                { lost: false, kind: 'debrief whose card is behind it' },
                `${at}: card ${card.id} holds "${card.hint}"`,
              )
          }
          if (canonical(JSON.parse(now.facts)) !== canonical(debriefFacts(now.content)))
            note(
              `facts ${at}`,
              { lost: false, kind: 'debrief whose figures are behind it' },
              `${at}: ${now.facts}`,
            )
        }

        // Interviews and applications.
        const interviewIds = new Set(interviews.map((i) => i.id))
        const applicationIds = new Set(applications.map((a) => a.id))
        for (const c of ackedCaptures) {
          if (!interviewIds.has(c.interviewId))
            note(
              `interview ${c.interviewId}`,
              { lost: true, kind: 'interview' },
              `${c.writeId}: ${c.interviewId}`,
            )
          if (!applicationIds.has(c.applicationId))
            note(
              `application ${c.applicationId}`,
              { lost: true, kind: 'application' },
              `${c.writeId}: ${c.applicationId}`,
            )
        }
        for (const i of interviews)
          if (!applicationIds.has(i.application_id))
            note(
              `orphan interview ${i.id}`,
              { lost: false, kind: 'interview without its application' },
              `${i.id} -> ${i.application_id}`,
            )
        const withInterviews = new Set(interviews.map((i) => i.application_id))
        for (const a of applications)
          if (!withInterviews.has(a.id))
            note(
              `empty application ${a.id}`,
              { lost: false, kind: 'application without its interview (torn capture)' },
              `${a.id} (${a.company})`,
            )

        // Pitches: every acknowledged version, no gaps, and the card in step with the latest.
        const pitchByVersion = new Map(
          pitches.map((p) => [Number(p.version), JSON.parse(p.content) as Pitch]),
        )
        for (const acked of ackedPitches) {
          const now = pitchByVersion.get(acked.version)
          if (!now || pitchMarker(now) !== acked.writeId)
            note(
              `pitch ${acked.writeId}`,
              { lost: true, kind: 'pitch' },
              `v${acked.version} acknowledged as ${acked.writeId}, ${now ? `holds ${pitchMarker(now)}` : 'missing'}`,
            )
        }
        const latest = Math.max(0, ...pitchByVersion.keys())
        for (let v = 1; v < latest; v++)
          if (!pitchByVersion.has(v))
            note(
              `pitch gap ${v}`,
              { lost: false, kind: 'pitch version gap' },
              `v${v} missing below v${latest}`,
            )
        const latestPitch = pitchByVersion.get(latest)
        if (latestPitch) {
          const answer = await call(base, cookie, 'GET', '/api/pitch')
          if (answer.status !== 200) throw new Error(`GET /api/pitch answered ${answer.status} in the audit`)
          const { cardId } = pitchResponseSchema.parse(answer.body)
          const card = cards.find((c) => c.id === cardId)
          if (!card)
            note(`pitch card v${latest}`, { lost: false, kind: 'pitch without its card' }, `v${latest}`)
          else if (card.hint !== pitchText(latestPitch))
            note(
              `pitch card v${latest} ${pitchMarker(latestPitch)}`,
              { lost: false, kind: 'pitch card behind the pitch' },
              `v${latest} (${pitchMarker(latestPitch)}), card holds "${card.hint}"`,
            )
        }
      } catch (error) {
        throw new Error(
          `audit after cycle ${cycle}: ${error instanceof Error ? error.message : String(error)}`,
        )
      } finally {
        await reader.close()
      }
    }

    // A few interviews per client to start from.
    for (const lane of lanes) for (let i = 0; i < 2; i++) await capture(server.base, lane, false)

    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const sentBefore = sum(result.sent)
      const ackedBefore = sum(result.acked)
      const findingsBefore = result.findings.size
      const stop = { now: false }
      const killAt = KILL_MIN_MS + Math.random() * (KILL_MAX_MS - KILL_MIN_MS)
      const base = server.base
      const streams = lanes.map((lane) => client(base, lane, stop))
      await sleep(killAt)
      await killServer(server)
      stop.now = true
      await Promise.all(streams)
      result.killMs.push(killAt)

      const restarting = performance.now()
      server = await startServer(serverRoot, target)
      result.restartMs.push(performance.now() - restarting)
      await audit(server.base, cycle)
      result.cycles = cycle
      console.log(
        `  ${target.label} cycle ${String(cycle).padStart(3)}/${CYCLES}: killed ${killAt.toFixed(0).padStart(3)} ms in, ` +
          `${String(sum(result.sent) - sentBefore).padStart(3)} writes sent, ` +
          `${String(sum(result.acked) - ackedBefore).padStart(3)} acknowledged, ` +
          `restart ${(result.restartMs.at(-1) ?? 0).toFixed(0)} ms, ${result.findings.size - findingsBefore} new findings`,
      )
    }
    return result
  } finally {
    await stopServer(server)
  }
}

/** JSON with sorted keys, to compare figures whatever order they were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
}

// ---------- targets ----------

function sqliteTarget(): Target {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rebond-crash-'))
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
  const filename = path.join(dataDir, 'rebond.db')
  return {
    label: 'SQLite',
    env: { DATA_DIR: dataDir, DATABASE_URL: '' },
    openReader: () => {
      const sqlite = new SQLite(filename, { readonly: true, fileMustExist: true })
      const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
      return { db, close: () => db.destroy() }
    },
  }
}

async function postgresTarget(adminUrl: string): Promise<Target> {
  const name = `rebond_crash_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`create database ${name}`)
  } finally {
    await admin.end()
  }
  cleanups.push(async () => {
    const dropper = new pg.Client({ connectionString: adminUrl })
    await dropper.connect()
    try {
      await dropper.query(`drop database if exists ${name} with (force)`)
    } finally {
      await dropper.end()
    }
  })
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rebond-crash-pg-'))
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
  return {
    label: 'PostgreSQL',
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    openReader: () => {
      const pool = new pg.Pool({
        connectionString: url.toString(),
        max: 2,
        options: '-c default_transaction_read_only=on',
      })
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
      return { db, close: () => db.destroy() }
    },
  }
}

/** The server's sources: the working tree, or a commit copied to a temp directory. */
function serverRootFor(ref: string | undefined): string {
  if (!ref) return root
  const dir = mkdtempSync(path.join(tmpdir(), 'rebond-crash-src-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  const archive = execFileSync('git', ['-C', root, 'archive', '--format=tar', ref], {
    maxBuffer: 1024 * 1024 * 1024,
  })
  execFileSync('tar', ['-x', '-C', dir], { input: archive })
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
  return dir
}

// ---------- report ----------

function report(r: RunResult): boolean {
  const perKind = (t: Tally) => KINDS.map((k) => `${k} ${t[k]}`).join(', ')
  const findings = [...r.findings.values()]
  const lost = findings.filter((f) => f.lost)
  const inconsistent = findings.filter((f) => !f.lost)
  const count = (list: typeof findings, kinds: readonly string[]) =>
    kinds.map((k) => `${k} ${list.filter((f) => f.kind === k).length}`).join(', ')
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)
  const statuses = [...r.statuses].map(([k, n]) => `${k}: ${n}`).join(', ') || 'none'
  const rows = [
    [
      'cycles (SIGKILL, restart, audit)',
      `${r.cycles}, killed ${KILL_MIN_MS}–${KILL_MAX_MS} ms in, ${CLIENTS} clients`,
    ],
    [
      'restart to /api/health',
      `mean ${mean(r.restartMs).toFixed(0)} ms, max ${Math.max(0, ...r.restartMs).toFixed(0)} ms`,
    ],
    ['writes sent', `${sum(r.sent)} (${perKind(r.sent)})`],
    ['acknowledged (2xx)', `${sum(r.acked)} (${perKind(r.acked)})`],
    ['no answer (cut by the kill)', `${sum(r.unanswered)} (${perKind(r.unanswered)})`],
    ['other answers', statuses],
    ['acknowledged writes lost', `${lost.length} (${count(lost, LOST_KINDS)})`],
    ['inconsistent rows', `${inconsistent.length}`],
    ...INCONSISTENT_KINDS.map((k) => [`  ${k}`, String(inconsistent.filter((f) => f.kind === k).length)]),
  ]
  console.log(`\n${r.label}`)
  const width = Math.max(...rows.map(([k]) => (k ?? '').length))
  for (const [k, v] of rows) console.log(`  ${(k ?? '').padEnd(width)}  ${v}`)
  const examples = findings.slice(0, 5)
  if (examples.length)
    console.log(`  e.g. ${examples.map((f) => `${f.kind}: ${f.detail}`).join('\n       ')}`)
  if (r.odd.length) console.log(`  odd: ${r.odd.slice(0, 5).join('\n       ')}`)
  return findings.length === 0
}

// ---------- main ----------

let ok = true
try {
  const ref = process.env.CRASH_SERVER_REF
  const serverRoot = serverRootFor(ref)
  console.log(
    `crash-writes: server from ${ref ? `${ref} (${execFileSync('git', ['-C', root, 'rev-parse', '--short', ref]).toString().trim()})` : 'the working tree'}, ` +
      `${CYCLES} cycles per database`,
  )
  ok = report(await runOn(serverRoot, sqliteTarget())) && ok
  const url = process.env.BENCH_DATABASE_URL
  if (url) ok = report(await runOn(serverRoot, await postgresTarget(url))) && ok
  else console.log('\nPostgreSQL  skipped: set BENCH_DATABASE_URL to run it too')
} catch (error) {
  ok = false
  if (!interrupted) console.error(error instanceof Error ? error.message : String(error))
} finally {
  await cleanUp()
}
// After Ctrl-C the signal handler finishes the clean-up and exits.
if (!interrupted) process.exit(ok ? 0 : 1)
