import { describe, expect, it } from 'vitest'
import { ANSWERS } from './fixtures'
import type { MockQuestion } from './selection'
import {
  answerFits,
  currentTurn,
  resumeSession,
  type SavedAnswer,
  type SessionEvent,
  type SessionState,
  startSession,
  step,
} from './session'
import type { MockSettings } from './settings'

const QUESTIONS: MockQuestion[] = [
  {
    key: 'fr-q1',
    source: 'bank',
    text: 'Parlez-moi d’un conflit que vous avez résolu.',
    category: 'failures_conflicts',
    limitSeconds: 150,
  },
  {
    key: 'fr-q2',
    source: 'bank',
    text: 'Quelles sont vos prétentions salariales ?',
    category: 'salary',
    limitSeconds: 60,
  },
  { key: 'debrief:i1:q1', source: 'debrief', text: 'Pourquoi ce poste ?', category: null, limitSeconds: 120 },
]

const T0 = Date.parse('2026-12-02T10:00:00.000Z')
const sec = (n: number) => T0 + n * 1000

const settings = (change: Partial<MockSettings> = {}): MockSettings => ({
  lang: 'fr',
  stage: 'manager',
  questionCount: 5,
  persona: 'exigeant',
  level: 1,
  ...change,
})

const run = (s: SessionState, events: SessionEvent[]): SessionState => events.reduce(step, s)
const start = (change: Partial<MockSettings> = {}) =>
  step(startSession({ settings: settings(change), seed: 7, questions: QUESTIONS }), {
    type: 'check-in',
    now: T0,
    tension: 4,
    note: 'Le trac',
  })

describe('mock interview session', () => {
  it('runs check-in → questions → follow-up → check-in after → report at level 1', () => {
    let s = startSession({ settings: settings(), seed: 7, questions: QUESTIONS })
    expect(s.phase.name).toBe('checkin-before')
    s = step(s, { type: 'check-in', now: T0, tension: 4, note: 'Le trac' })
    expect(s.before).toEqual({ tension: 4, note: 'Le trac' })
    expect(s.phase).toMatchObject({
      name: 'answering',
      turn: { questionIndex: 0, followUp: 0, prompt: QUESTIONS[0]?.text },
    })
    // No result told: the demanding interviewer always asks for it.
    s = step(s, { type: 'answer', now: sec(60), text: ANSWERS.fr.noResult })
    expect(currentTurn(s)).toMatchObject({
      questionIndex: 0,
      followUp: 1,
      followUpKind: 'outcome',
      prompt: 'Le résultat, en un chiffre ?',
    })
    // One follow-up only below level 4, whatever the answer.
    s = step(s, { type: 'answer', now: sec(90), text: ANSWERS.fr.short })
    expect(currentTurn(s)).toMatchObject({ questionIndex: 1, followUp: 0 })
    s = run(s, [
      { type: 'answer', now: sec(120), text: ANSWERS.fr.strong },
      { type: 'answer', now: sec(150), text: ANSWERS.fr.strong },
    ])
    expect(s.phase.name).toBe('checkin-after')
    s = step(s, { type: 'check-in', now: sec(160), tension: 2, note: '' })
    expect(s.phase.name).toBe('report')
    expect(s.answers.map((a) => [a.questionIndex, a.followUp, a.gate])).toEqual([
      [0, 0, 'ok'],
      [0, 1, 'too-short'],
      [1, 0, 'ok'],
      [2, 0, 'ok'],
    ])
  })

  it('applies the persona’s factor to answer limits', () => {
    expect(currentTurn(start({ persona: 'exigeant' }))?.limitSeconds).toBe(128)
    expect(currentTurn(start({ persona: 'bienveillant' }))?.limitSeconds).toBe(180)
  })

  it('ignores events that do not fit the phase', () => {
    const s = startSession({ settings: settings(), seed: 7, questions: QUESTIONS })
    expect(step(s, { type: 'answer', now: T0, text: 'x' })).toBe(s)
    expect(step(s, { type: 'tick', now: sec(999) })).toBe(s)
    const answering = start()
    expect(step(answering, { type: 'check-in', now: T0, tension: 1, note: '' })).toBe(answering)
  })

  describe('the clock', () => {
    it('gives thinking time at level 3, then starts the answer exactly when it ends', () => {
      let s = start({ level: 3 })
      expect(s.phase).toMatchObject({ name: 'thinking', endsAt: sec(10) })
      s = step(s, { type: 'tick', now: sec(9) })
      expect(s.phase.name).toBe('thinking')
      s = step(s, { type: 'tick', now: sec(11) })
      expect(s.phase).toMatchObject({ name: 'answering', startedAt: sec(10) })
      // Level 3 is timed but never cuts in.
      expect(step(s, { type: 'tick', now: sec(2000) }).phase.name).toBe('answering')
    })

    it('lets the person start before the thinking time ends', () => {
      const s = step(start({ level: 3 }), { type: 'ready', now: sec(4) })
      expect(s.phase).toMatchObject({ name: 'answering', startedAt: sec(4) })
    })

    it('at level 4, cuts in when an answer runs 1.5 times past its limit, then follows up', () => {
      // Limit 128 s (150 s × 0.85): the interviewer steps in at 192 s, speech or not.
      let s = step(start({ level: 4 }), { type: 'ready', now: sec(0) })
      for (let t = 10; t < 192; t += 10)
        s = run(s, [
          { type: 'activity', now: sec(t) },
          { type: 'tick', now: sec(t) },
        ])
      expect(s.phase.name).toBe('answering')
      s = step(s, { type: 'tick', now: sec(192) })
      expect(s.phase).toMatchObject({ name: 'interrupted', reason: 'over-time', at: sec(192) })
      // The answer so far is kept, marked as cut; the person resumes on the follow-up.
      s = step(s, { type: 'answer', now: sec(193), text: ANSWERS.fr.rambling, spokenSeconds: 192 })
      expect(s.answers[0]).toMatchObject({ interrupted: 'over-time', followUp: 0 })
      expect(s.phase).toMatchObject({
        name: 'answering',
        startedAt: sec(193),
        turn: {
          followUp: 1,
          followUpKind: 'one-sentence',
          prompt: 'Je vous arrête. En une phrase, s’il vous plaît ?',
        },
      })
    })

    it('at level 4, steps in after a long silence with a request for an example', () => {
      let s = step(start({ level: 4 }), { type: 'ready', now: sec(0) })
      s = run(s, [
        { type: 'activity', now: sec(5) },
        { type: 'tick', now: sec(16) },
      ])
      expect(s.phase.name).toBe('answering')
      s = step(s, { type: 'tick', now: sec(17) })
      expect(s.phase).toMatchObject({ name: 'interrupted', reason: 'silence' })
      s = step(s, { type: 'answer', now: sec(18), text: '' })
      expect(currentTurn(s)).toMatchObject({ followUp: 1, followUpKind: 'example' })
    })

    it('allows two follow-ups at level 4, none more', () => {
      let s = step(start({ level: 4 }), { type: 'ready', now: sec(0) })
      s = step(s, { type: 'answer', now: sec(30), text: ANSWERS.fr.noResult })
      expect(currentTurn(s)).toMatchObject({ followUp: 1, followUpKind: 'outcome' })
      s = step(s, { type: 'answer', now: sec(40), text: ANSWERS.fr.hedged })
      expect(currentTurn(s)).toMatchObject({ followUp: 2, followUpKind: 'as-fact' })
      s = step(s, { type: 'answer', now: sec(50), text: ANSWERS.fr.short })
      expect(currentTurn(s)).toMatchObject({ questionIndex: 1, followUp: 0 })
    })

    it('ignores an interruption claimed below level 4', () => {
      const s = step(start({ level: 2 }), {
        type: 'answer',
        now: sec(30),
        text: ANSWERS.fr.strong,
        interrupted: 'over-time',
      })
      expect(s.answers[0]?.interrupted).toBeNull()
    })
  })

  it('ends early on request: straight to the check-in after', () => {
    const s = run(start(), [
      { type: 'end', now: sec(5) },
      { type: 'check-in', now: sec(6), tension: 3, note: '' },
    ])
    expect(s.phase.name).toBe('report')
    expect(s.answers).toEqual([])
  })

  describe('replay and resume', () => {
    const answers: SavedAnswer[] = [
      {
        questionIndex: 0,
        followUp: 0,
        text: ANSWERS.fr.rambling,
        spokenSeconds: 192,
        interrupted: 'over-time',
      },
      { questionIndex: 0, followUp: 1, text: ANSWERS.fr.we },
      { questionIndex: 0, followUp: 2, text: ANSWERS.fr.strong },
    ]
    const live = (level: 1 | 4, persona: MockSettings['persona']) => {
      let s = start({ level, persona })
      if (level === 4) s = step(s, { type: 'ready', now: sec(0) })
      for (const a of answers) {
        if (a.interrupted && level === 4) s = step(s, { type: 'tick', now: sec(500) })
        const fits = answerFits(s, a.questionIndex, a.followUp)
        if (fits !== 'expected') break
        s = step(s, { type: 'answer', now: sec(600), ...a })
      }
      return s
    }

    it.each([
      ['exigeant', 4],
      ['neutre', 4],
      ['bienveillant', 1],
    ] as const)('rebuilds the same session from what was saved (%s, level %i)', (persona, level) => {
      const s = live(level, persona)
      const saved = s.answers.map((a) => ({ ...a }))
      const resumed = resumeSession(
        {
          settings: s.settings,
          seed: s.seed,
          questions: QUESTIONS,
          before: s.before,
          after: null,
          answers: saved,
        },
        sec(5000),
      )
      expect(resumed.answers).toEqual(s.answers)
      expect(currentTurn(resumed)).toEqual(currentTurn(s))
    })

    it('restarts the turn it stopped at from now, thinking time included', () => {
      const resumed = resumeSession(
        {
          settings: settings({ level: 3 }),
          seed: 7,
          questions: QUESTIONS,
          before: { tension: 3, note: '' },
          after: null,
          answers: [],
        },
        sec(5000),
      )
      expect(resumed.phase).toMatchObject({ name: 'thinking', endsAt: sec(5010), turn: { questionIndex: 0 } })
    })

    it('resumes at the check-in before, the check-in after, the report, or after an early end', () => {
      const setup = { settings: settings(), seed: 7, questions: QUESTIONS, answers: [] as SavedAnswer[] }
      expect(resumeSession({ ...setup, before: null, after: null }, T0).phase.name).toBe('checkin-before')
      const checkIn = { tension: 2, note: '' }
      expect(resumeSession({ ...setup, before: checkIn, after: null, ended: true }, T0).phase.name).toBe(
        'checkin-after',
      )
      expect(resumeSession({ ...setup, before: checkIn, after: checkIn, ended: true }, T0).phase.name).toBe(
        'report',
      )
    })

    it('says whether an answer is the one expected, already saved, or out of place', () => {
      const s = step(start(), { type: 'answer', now: sec(30), text: ANSWERS.fr.strong })
      expect(answerFits(s, 1, 0)).toBe('expected')
      expect(answerFits(s, 0, 0)).toBe('saved')
      expect(answerFits(s, 2, 0)).toBe('out-of-place')
    })

    it('gives the same follow-up decisions for the same seed, session after session', () => {
      const once = live(4, 'neutre')
      expect(live(4, 'neutre').answers.map((a) => a.followUpKind)).toEqual(
        once.answers.map((a) => a.followUpKind),
      )
    })
  })
})
