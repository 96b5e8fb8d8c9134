import { describe, expect, it, vi } from 'vitest'
import {
  DEBRIEF_STEPS,
  type DebriefContent,
  EMOTIONS,
  emptyDebrief,
  type ReplayedQuestion,
} from '../../../domain/debrief'
import type { DebriefState } from '../../../shared/schemas/interviews'
import { ApiError, NetworkError } from '../api-client'
import { canonical, type DiscardedCopy, type Draft } from './drafts'
import {
  classifyFailure,
  hasUnsentEdits,
  initialState,
  RETRY_DELAYS_MS,
  reduce,
  SAVE_DELAY_MS,
  type Step,
  type SyncEffect,
  type SyncEvent,
  type SyncState,
  settledOutcome,
  toSnapshot,
} from './reducer'

vi.mock('../i18n', () => ({ currentLanguage: () => 'fr' }))

// ---------- builders ----------

const NOW = Date.parse('2026-04-15T10:00:00.000Z')

const debrief = (wentWell = '', more: Partial<DebriefContent> = {}): DebriefContent => ({
  ...emptyDebrief(),
  feelings: { emotions: [], wentWell, note: '' },
  ...more,
})

const asked = (id: string): ReplayedQuestion => ({
  id,
  question: 'Why us?',
  answer: '',
  feeling: null,
  recruiterReaction: '',
})

const onServer = (version: number, content: DebriefContent): DebriefState => ({
  version,
  debrief: content,
  progress: 0,
  updatedAt: null,
})

const draftOf = (content: DebriefContent, baseVersion: number, base: DebriefContent): Draft => ({
  v: 1,
  tab: 'closed-tab',
  baseVersion,
  baseCanonical: canonical(base),
  content,
  at: '2026-04-15T09:00:00.000Z',
})

const offline = () => new NetworkError(new TypeError('Failed to fetch'))
const refused = (status: number, fields?: Record<string, string>) =>
  new ApiError({ status, code: `http_${status}`, message: 'Refusé.', fields })

const ev = {
  ensureLoaded: { type: 'ensure_loaded' } as const,
  loaded: (server: DebriefState, draft: Draft | null = null): SyncEvent => ({
    type: 'loaded',
    server,
    draft,
    now: NOW,
  }),
  loadFailed: (error: unknown, draft: Draft | null = null, online = !(error instanceof NetworkError)) =>
    ({ type: 'load_failed', error, online, draft }) as const,
  type: (wentWell: string): SyncEvent => ({
    type: 'edit',
    change: (c) => ({ ...c, feelings: { ...c.feelings, wentWell } }),
  }),
  note: (note: string): SyncEvent => ({
    type: 'edit',
    change: (c) => ({ ...c, feelings: { ...c.feelings, note } }),
  }),
  goTo: (currentStep: DebriefContent['currentStep']): SyncEvent => ({
    type: 'edit',
    change: (c) => ({ ...c, currentStep }),
  }),
  flush: { type: 'flush', keepalive: false } as const,
  hide: { type: 'hidden', online: true } as const,
  hideOffline: { type: 'hidden', online: false } as const,
  saved: (server: DebriefState): SyncEvent => ({ type: 'saved', server, now: NOW }),
  conflict: (server: DebriefState): SyncEvent => ({ type: 'save_conflict', server, now: NOW }),
  failed: (error: unknown, online = !(error instanceof NetworkError)): SyncEvent => ({
    type: 'save_failed',
    error,
    online,
  }),
}

/** Plays events in order; the effects of all of them, in order. */
function play(state: SyncState, ...events: SyncEvent[]): Step {
  const effects: SyncEffect[] = []
  let current = state
  for (const event of events) {
    const step = reduce(current, event)
    current = step.state
    effects.push(...step.effects)
  }
  return { state: current, effects }
}

/** A tab showing the debrief as the server has it, nothing waiting. */
const showing = (content = debrief(), version = 0): SyncState =>
  play(initialState([]), ev.ensureLoaded, ev.loaded(onServer(version, content))).state

const sends = (effects: SyncEffect[]) =>
  effects.flatMap((e) =>
    e.type === 'send' ? [{ wentWell: e.content.feelings.wentWell, base: e.baseVersion }] : [],
  )
const kinds = (effects: SyncEffect[]) => effects.map((e) => e.type)
const find = <T extends SyncEffect['type']>(effects: SyncEffect[], type: T) =>
  effects.find((e): e is Extract<SyncEffect, { type: T }> => e.type === type)

// ---------- loading ----------

describe('loading a debrief', () => {
  it('loads on first use, then only refreshes when nothing local waits', () => {
    const first = play(initialState([]), ev.ensureLoaded)
    expect(first.state.status).toBe('loading')
    expect(first.effects).toEqual([{ type: 'fetch', purpose: 'load' }])
    expect(play(first.state, ev.ensureLoaded).effects).toEqual([])

    const loaded = showing(debrief('saved'), 3)
    expect(toSnapshot(loaded)).toMatchObject({
      status: 'idle',
      version: 3,
      fromDevice: false,
      restored: false,
    })
    expect(play(loaded, ev.ensureLoaded).effects).toEqual([{ type: 'fetch', purpose: 'refresh' }])
  })

  it.each<[string, SyncEvent[]]>([
    ['unsent edits', [ev.type('typed')]],
    ['a save in flight', [ev.type('typed'), ev.flush]],
    ['a conflict to settle', [ev.type('typed'), ev.flush, ev.conflict(onServer(1, debrief('elsewhere')))]],
  ])('does not refresh over %s', (_case, events) => {
    const state = play(showing(), ...events).state
    expect(play(state, ev.ensureLoaded).effects).toEqual([])
  })

  it('a failed load is tried again by the next page, and when the connection returns', () => {
    const failed = play(initialState([]), ev.ensureLoaded, ev.loadFailed(refused(500))).state
    expect(failed.status).toBe('load_error')
    expect(play(failed, ev.ensureLoaded).effects).toEqual([{ type: 'fetch', purpose: 'load' }])
    const back = play(failed, { type: 'online' })
    expect(back.state.status).toBe('loading')
    expect(back.effects).toEqual([{ type: 'fetch', purpose: 'load' }])
  })

  describe('with a draft left on this device', () => {
    const base = debrief('saved before')

    it.each([
      {
        rule: 'the server already holds it (the answer to the last save was lost): saved, draft forgotten',
        server: onServer(4, debrief('typed offline')),
        draft: draftOf(debrief('typed offline', { currentStep: 'lessons' }), 3, base),
        status: 'saved',
        shown: 'typed offline',
        sent: [],
      },
      {
        rule: 'nothing saved elsewhere since: sent at once, on the same version',
        server: onServer(3, base),
        draft: draftOf(debrief('typed offline'), 3, base),
        status: 'saving',
        shown: 'typed offline',
        sent: [{ wentWell: 'typed offline', base: 3 }],
      },
      {
        rule: 'only a save of the same substance since (the step moved): sent on the newer version',
        server: onServer(4, { ...base, currentStep: 'replay' }),
        draft: draftOf(debrief('typed offline'), 3, base),
        status: 'saving',
        shown: 'typed offline',
        sent: [{ wentWell: 'typed offline', base: 4 }],
      },
      {
        rule: 'something else saved since: both versions kept, nothing sent',
        server: onServer(4, debrief('typed in another tab')),
        draft: draftOf(debrief('typed offline'), 3, base),
        status: 'conflict',
        shown: 'typed offline',
        sent: [],
      },
    ])('$rule', ({ server, draft, status, shown, sent }) => {
      const { state, effects } = play(initialState([]), ev.ensureLoaded, ev.loaded(server, draft))
      expect(state.status).toBe(status)
      expect(state.content?.feelings.wentWell).toBe(shown)
      expect(sends(effects)).toEqual(sent)
      expect(state.fromDevice).toBe(false)
    })

    it('already saved: keeps the step the person was on, and forgets the draft only if no other tab wrote since', () => {
      const draft = draftOf(debrief('typed offline', { currentStep: 'lessons' }), 3, base)
      const { state, effects } = play(
        initialState([]),
        ev.ensureLoaded,
        ev.loaded(onServer(4, debrief('typed offline')), draft),
      )
      expect(state.content?.currentStep).toBe('lessons')
      expect(state.savedAt).toBe(NOW)
      expect(find(effects, 'forget_draft_if_saved')?.shown.feelings.wentWell).toBe('typed offline')
    })

    it('a conflict found at load says the edits were put back, and holds both sides', () => {
      const draft = draftOf(debrief('typed offline'), 3, base)
      const { state } = play(
        initialState([]),
        ev.ensureLoaded,
        ev.loaded(onServer(4, debrief('typed in another tab')), draft),
      )
      expect(state.restored).toBe(true)
      expect(state.conflict?.mine.feelings.wentWell).toBe('typed offline')
      expect(state.conflict?.theirs.debrief.feelings.wentWell).toBe('typed in another tab')
      expect(hasUnsentEdits(state)).toBe(true)
    })

    it('opened without a connection: the draft shows, editable, from its own version, and is retried', () => {
      const draft = draftOf(debrief('typed in the metro'), 2, base)
      const { state, effects } = play(initialState([]), ev.ensureLoaded, ev.loadFailed(offline(), draft))
      expect(toSnapshot(state)).toMatchObject({
        status: 'offline',
        fromDevice: true,
        restored: true,
        version: 2,
      })
      expect(state.content?.feelings.wentWell).toBe('typed in the metro')
      expect(state.baseCanonical).toBe(canonical(base))
      expect(find(effects, 'schedule_retry')?.delayMs).toBe(RETRY_DELAYS_MS[0])
    })

    it.each([
      ['no connection, no draft', offline(), null],
      ['a refusal (not found), even with a draft', refused(404), draftOf(debrief('x'), 1, base)],
    ])('%s: the load fails', (_case, error, draft) => {
      const { state } = play(initialState([]), ev.ensureLoaded, ev.loadFailed(error, draft))
      expect(state.status).toBe('load_error')
      expect(state.error).toBe(error)
      expect(state.content).toBeNull()
    })

    it('a server error with a draft shows the draft too, as an error rather than offline', () => {
      const draft = draftOf(debrief('typed'), 1, base)
      const { state } = play(initialState([]), ev.ensureLoaded, ev.loadFailed(refused(503), draft))
      expect(toSnapshot(state)).toMatchObject({ status: 'error', fromDevice: true })
    })
  })
})

describe('refreshing from the server', () => {
  it('takes a newer version saved elsewhere, staying on the step the person is on', () => {
    const here = play(
      showing(debrief('old'), 1),
      ev.goTo('lessons'),
      ev.flush,
      ev.saved(onServer(2, debrief('old'))),
    ).state
    const { state } = play(here, {
      type: 'refreshed',
      server: onServer(5, debrief('newer', { currentStep: 'replay' })),
    })
    expect(state.content?.feelings.wentWell).toBe('newer')
    expect(state.content?.currentStep).toBe('lessons')
    expect(state.version).toBe(5)
    expect(state.baseCanonical).toBe(canonical(debrief('newer')))
  })

  it.each<[string, SyncEvent[], number?]>([
    ['the same version', []],
    ['an older version', [], 0],
    ['an edit made while it was asked for', [ev.type('typed meanwhile')]],
    ['a save in flight', [ev.type('typed meanwhile'), ev.flush]],
  ])('ignores the answer given %s', (_case, events, serverVersion) => {
    const before = play(showing(debrief('mine'), 1), ...events).state
    const server = onServer(serverVersion ?? (events.length === 0 ? 1 : 2), debrief('other'))
    expect(play(before, { type: 'refreshed', server }).state).toBe(before)
  })
})

// ---------- editing and saving ----------

describe('editing', () => {
  it('keeps each edit on this device first, with its base version, and saves after a pause', () => {
    const { state, effects } = play(showing(debrief(), 2), ev.type('Went well'))
    expect(state).toMatchObject({ status: 'pending', dirty: true })
    expect(kinds(effects)).toEqual(['write_draft', 'schedule_save'])
    expect(find(effects, 'write_draft')?.draft).toMatchObject({
      baseVersion: 2,
      baseCanonical: canonical(debrief()),
    })
    expect(find(effects, 'schedule_save')?.delayMs).toBe(SAVE_DELAY_MS)
    expect(hasUnsentEdits(state)).toBe(true)
  })

  it('normalizes the edit as the server would (an entry for each destabilizing question)', () => {
    const question = { ...asked('q1'), feeling: 'destabilized' as const }
    const { state } = play(showing(), {
      type: 'edit',
      change: (c) => ({ ...c, questions: [question] }),
    })
    expect(state.content?.destabilizing.map((d) => d.questionId)).toEqual(['q1'])
  })

  it.each<[string, SyncState, SyncEvent]>([
    ['before the debrief is loaded', initialState([]), ev.type('x')],
    ['when the change changes nothing', showing(), { type: 'edit', change: (c) => c }],
  ])('does nothing %s', (_case, state, event) => {
    expect(play(state, event)).toEqual({ state, effects: [] })
  })

  it.each<[string, SyncEvent[], string]>([
    ['while a save is in flight: still saving', [ev.type('a'), ev.flush], 'saving'],
    ['while offline: still offline', [ev.type('a'), ev.flush, ev.failed(offline())], 'offline'],
    ['after a refusal: still in error', [ev.type('a'), ev.flush, ev.failed(refused(422))], 'error'],
    [
      'during a conflict: still a conflict',
      [ev.type('a'), ev.flush, ev.conflict(onServer(1, debrief('b')))],
      'conflict',
    ],
  ])('an edit %s', (_case, events, status) => {
    expect(play(showing(), ...events, ev.type('more')).state.status).toBe(status)
  })
})

describe('moving between steps', () => {
  const blankQuestion: SyncEvent = {
    type: 'edit',
    change: (c) => ({ ...c, questions: [...c.questions, { ...asked('blank'), question: '' }] }),
  }
  const blankLesson: SyncEvent = {
    type: 'edit',
    change: (c) => ({
      ...c,
      lessons: [
        ...c.lessons,
        { id: 'l1', text: '', actions: [{ id: 'a1', text: '', status: 'open', checkBeforeNext: false }] },
      ],
    }),
  }

  it('going through every step without typing sends nothing and keeps nothing on the device', () => {
    const steps = [...DEBRIEF_STEPS, 'summary' as const]
    const events = steps.flatMap((step): SyncEvent[] =>
      step === 'replay'
        ? [ev.goTo(step), blankQuestion]
        : step === 'lessons'
          ? [ev.goTo(step), blankLesson]
          : [ev.goTo(step)],
    )
    const { state, effects } = play(showing(debrief('kept'), 3), ...events, ev.flush, ev.hide)
    expect(effects.filter((e) => e.type !== 'cancel_save')).toEqual([])
    expect(state).toMatchObject({ status: 'idle', dirty: false, version: 3 })
    expect(state.content?.currentStep).toBe('summary')
    expect(hasUnsentEdits(state)).toBe(false)
  })

  it('the step travels with the next real change', () => {
    const { effects } = play(showing(debrief(), 3), ev.goTo('lessons'), ev.type('Went well'), ev.flush)
    const sent = find(effects, 'send')
    expect(sent?.content.currentStep).toBe('lessons')
    expect(sent?.content.feelings.wentWell).toBe('Went well')
  })

  it('a step moved while a save is in flight does not make another save', () => {
    const { state, effects } = play(
      showing(debrief(), 3),
      ev.type('Went well'),
      ev.flush,
      ev.goTo('replay'),
      blankQuestion,
      ev.saved(onServer(4, debrief('Went well'))),
    )
    expect(sends(effects)).toEqual([{ wentWell: 'Went well', base: 3 }])
    expect(state).toMatchObject({ status: 'saved', dirty: false, version: 4 })
    expect(state.content?.currentStep).toBe('replay')
    expect(state.content?.questions).toHaveLength(1)
  })

  it('typing in the empty question is a real change', () => {
    const { state } = play(showing(debrief(), 3), blankQuestion, {
      type: 'edit',
      change: (c) => ({ ...c, questions: c.questions.map((q) => ({ ...q, question: 'Why us?' })) }),
    })
    expect(state).toMatchObject({ status: 'pending', dirty: true })
  })
})

describe('saving', () => {
  it('sends the whole debrief with the version it is based on', () => {
    const { state, effects } = play(showing(debrief(), 4), ev.type('Went well'), ev.flush)
    expect(state.status).toBe('saving')
    expect(sends(effects)).toEqual([{ wentWell: 'Went well', base: 4 }])
    expect(find(effects, 'send')?.keepalive).toBe(false)
  })

  it('a page being hidden or left sends what waits as a keepalive request', () => {
    const { effects } = play(showing(), ev.type('typed'), ev.hide)
    expect(find(effects, 'send')?.keepalive).toBe(true)
  })

  it.each<[string, SyncEvent[]]>([
    ['the browser says it is offline', [ev.type('typed'), ev.hideOffline]],
    [
      'the last save failed for want of a connection',
      [ev.type('a'), ev.flush, ev.failed(offline(), false), ev.type('b'), ev.hide],
    ],
  ])('a page hidden when %s sends nothing: the edits wait on the device', (_rule, events) => {
    const { state, effects } = play(showing(), ...events)
    expect(find(effects.slice(-1), 'send')).toBeUndefined()
    expect(sends(effects).filter((s) => s.wentWell === 'b' || s.wentWell === 'typed')).toEqual([])
    expect(state.dirty).toBe(true)
  })

  it.each<[string, SyncEvent[]]>([
    ['nothing waits', []],
    ['a save is already in flight (one PUT at a time)', [ev.type('a'), ev.flush, ev.type('b')]],
    ['a conflict waits for the person', [ev.type('a'), ev.flush, ev.conflict(onServer(1, debrief('b')))]],
  ])('sends nothing when %s', (_case, events) => {
    const before = play(showing(), ...events).state
    expect(kinds(play(before, ev.flush).effects)).toEqual(['cancel_save'])
  })

  it('answered 200 with nothing typed since: saved, on the new version, draft forgotten', () => {
    const { state, effects } = play(
      showing(debrief(), 1),
      ev.type('Went well'),
      ev.flush,
      ev.saved(onServer(2, debrief('Went well'))),
    )
    expect(toSnapshot(state)).toMatchObject({ status: 'saved', version: 2, savedAt: NOW, fieldErrors: {} })
    expect(state.dirty).toBe(false)
    expect(state.baseCanonical).toBe(canonical(debrief('Went well')))
    expect(find(effects, 'forget_draft_if_saved')?.shown.feelings.wentWell).toBe('Went well')
    expect(hasUnsentEdits(state)).toBe(false)
  })

  it('an edit made while a save is in flight goes out right after it, on the new version', () => {
    const inFlight = play(showing(debrief(), 1), ev.type('first'), ev.flush, ev.type('first and more')).state
    const answered = play(inFlight, ev.saved(onServer(2, debrief('first'))))
    expect(answered.state).toMatchObject({ status: 'pending', dirty: true, version: 2 })
    expect(answered.state.content?.feelings.wentWell).toBe('first and more')
    expect(find(answered.effects, 'write_draft')?.draft.baseVersion).toBe(2)
    expect(find(answered.effects, 'schedule_save')?.delayMs).toBe(SAVE_DELAY_MS)
    expect(find(answered.effects, 'forget_draft_if_saved')).toBeUndefined()
    expect(sends(play(answered.state, ev.flush).effects)).toEqual([{ wentWell: 'first and more', base: 2 }])
  })

  it('takes the entries the server added, keeping every character typed here', () => {
    const here = debrief('typed', { questions: [asked('q1')] })
    const entry = {
      questionId: 'q1',
      reasons: [],
      reasonOther: '',
      betterAnswer: 'from elsewhere',
      rehearse: false,
    }
    const { state } = play(
      showing(here, 1),
      ev.type('typed here'),
      ev.flush,
      ev.saved(
        onServer(2, { ...debrief('typed on the server'), questions: here.questions, destabilizing: [entry] }),
      ),
    )
    expect(state.content?.feelings.wentWell).toBe('typed here')
    expect(state.content?.destabilizing.map((d) => d.questionId)).toEqual(['q1'])
    // What is shown now differs from what was sent: it goes out again.
    expect(state.status).toBe('pending')
  })
})

describe('when a save fails', () => {
  it.each([
    {
      rule: 'no connection: offline, retried',
      error: offline(),
      online: false,
      status: 'offline',
      retried: true,
    },
    {
      rule: 'the browser says it is offline: offline, whatever the error',
      error: refused(400),
      online: false,
      status: 'offline',
      retried: true,
    },
    {
      rule: 'a server error: error, retried',
      error: refused(502),
      online: true,
      status: 'error',
      retried: true,
    },
    {
      rule: 'too many requests: error, retried',
      error: refused(429),
      online: true,
      status: 'error',
      retried: true,
    },
    {
      rule: 'a refusal: error, not retried',
      error: refused(422),
      online: true,
      status: 'error',
      retried: false,
    },
  ])('$rule', ({ error, online, status, retried }) => {
    const { state, effects } = play(showing(), ev.type('typed'), ev.flush, ev.failed(error, online))
    expect(state.status).toBe(status)
    expect(state.error).toBe(error)
    expect(state.dirty).toBe(true)
    expect(state.sending).toBeNull()
    expect(find(effects, 'schedule_retry') !== undefined).toBe(retried)
  })

  it('shows the field messages, keyed inside the debrief', () => {
    const error = refused(422, { 'debrief.feelings.wentWell': 'Trop long.', other: 'x' })
    const { state } = play(showing(), ev.type('typed'), ev.flush, ev.failed(error))
    expect(state.fieldErrors).toEqual({ 'feelings.wentWell': 'Trop long.', other: 'x' })
    const fixed = play(state, ev.type('shorter'), ev.flush, ev.saved(onServer(1, debrief('shorter')))).state
    expect(fixed.fieldErrors).toEqual({})
    expect(fixed.error).toBeNull()
  })

  it('backs off 1 s, 2 s, 5 s, 10 s, then every 30 s; a success starts again from 1 s', () => {
    let state = play(showing(), ev.type('typed')).state
    const delays: number[] = []
    for (let i = 0; i < 7; i++) {
      const step = play(state, ev.flush, ev.failed(offline()))
      delays.push(find(step.effects, 'schedule_retry')?.delayMs ?? -1)
      state = step.state
    }
    expect(delays).toEqual([1000, 2000, 5000, 10_000, 30_000, 30_000, 30_000])
    state = play(state, ev.flush, ev.saved(onServer(1, debrief('typed'))), ev.type('again'), ev.flush).state
    const after = play(state, ev.failed(offline()))
    expect(find(after.effects, 'schedule_retry')?.delayMs).toBe(1000)
  })

  it.each<[string, SyncEvent]>([
    ['the Retry button', { type: 'retry_now' }],
    ['the connection coming back', { type: 'online' }],
  ])('%s sends at once and starts the backoff again', (_case, event) => {
    let state = play(showing(), ev.type('typed')).state
    for (let i = 0; i < 3; i++) state = play(state, ev.flush, ev.failed(offline())).state
    const step = play(state, event)
    expect(sends(step.effects)).toEqual([{ wentWell: 'typed', base: 0 }])
    expect(step.state.attempt).toBe(0)
    expect(find(play(step.state, ev.failed(offline())).effects, 'schedule_retry')?.delayMs).toBe(1000)
  })
})

// ---------- conflicts (409) ----------

describe('a 409: another save came first', () => {
  const base = debrief('base')
  /** 'mine' typed and sent from version 3 (after `before`), and 'theirs' saved first as version 7. */
  const inConflict = (...before: SyncEvent[]) =>
    play(showing(base, 3), ...before, ev.type('mine'), ev.flush, ev.conflict(onServer(7, debrief('theirs'))))

  it.each([
    {
      rule: 'only the position changed elsewhere: no conflict, sent again on their version',
      mine: 'mine',
      theirs: { ...base, currentStep: 'replay' as const },
      status: 'saving',
      shown: 'mine',
      resent: [{ wentWell: 'mine', base: 7 }],
    },
    {
      rule: 'both sides hold the same: no conflict, sent again on their version',
      mine: 'same text',
      theirs: debrief('same text'),
      status: 'saving',
      shown: 'same text',
      resent: [{ wentWell: 'same text', base: 7 }],
    },
    {
      rule: 'both changed the substance: a conflict, nothing sent until the person chooses',
      mine: 'mine',
      theirs: debrief('theirs'),
      status: 'conflict',
      shown: 'mine',
      resent: [],
    },
  ])('$rule', ({ mine, theirs, status, shown, resent }) => {
    const sent = play(showing(base, 3), ev.type(mine), ev.flush).state
    const { state, effects } = play(sent, ev.conflict(onServer(7, theirs)))
    expect(state.status).toBe(status)
    expect(state.content?.feelings.wentWell).toBe(shown)
    expect(sends(effects)).toEqual(resent)
    expect(state.fromDevice).toBe(false)
  })

  it('nothing of substance changed here (only the step moved): their version is taken, at my step', () => {
    const sent = play(showing(base, 3), ev.goTo('lessons'), ev.flush).state
    const { state, effects } = play(sent, ev.conflict(onServer(7, debrief('theirs'))))
    expect(toSnapshot(state)).toMatchObject({ status: 'saved', version: 7, conflict: null, savedAt: NOW })
    expect(state.content?.feelings.wentWell).toBe('theirs')
    expect(state.content?.currentStep).toBe('lessons')
    expect(state.dirty).toBe(false)
    expect(find(effects, 'forget_draft_if_saved')?.shown.feelings.wentWell).toBe('theirs')
  })

  it('a real conflict keeps both versions and holds the lock until the person chooses', () => {
    const { state } = inConflict()
    expect(state.conflict?.mine.feelings.wentWell).toBe('mine')
    expect(state.conflict?.theirs).toEqual(onServer(7, debrief('theirs')))
    expect(state.version).toBe(3)
    expect(hasUnsentEdits(state)).toBe(true)
  })

  it('the person keeps mine: saved over the other, which is set aside on this device', () => {
    const conflicted = inConflict().state
    const { state, effects } = play(conflicted, { type: 'keep_mine' })
    expect(find(effects, 'set_aside')).toMatchObject({ which: 'theirs', content: debrief('theirs') })
    expect(find(effects, 'write_draft')?.draft.baseVersion).toBe(7)
    expect(sends(effects)).toEqual([{ wentWell: 'mine', base: 7 }])
    expect(state).toMatchObject({ conflict: null, status: 'saving', version: 7 })
    const done = play(state, ev.saved(onServer(8, debrief('mine')))).state
    expect(done.status).toBe('saved')
  })

  it('the person takes theirs: shown at my step, mine set aside, the draft removed', () => {
    const conflicted = inConflict(ev.goTo('replay')).state
    const { state, effects } = play(conflicted, { type: 'take_theirs', now: NOW, setAside: true })
    expect(find(effects, 'set_aside')).toMatchObject({ which: 'mine' })
    expect(find(effects, 'set_aside')?.content.feelings.wentWell).toBe('mine')
    expect(kinds(effects)).toContain('remove_draft')
    expect(sends(effects)).toEqual([])
    expect(toSnapshot(state)).toMatchObject({ status: 'saved', conflict: null, version: 7, savedAt: NOW })
    expect(state.content?.feelings.wentWell).toBe('theirs')
    expect(state.content?.currentStep).toBe('replay')
    expect(hasUnsentEdits(state)).toBe(false)
  })

  it('an edit withdrawn by the page that made it: theirs taken, nothing set aside', () => {
    const conflicted = inConflict().state
    const { state, effects } = play(conflicted, { type: 'take_theirs', now: NOW, setAside: false })
    expect(kinds(effects)).toEqual(['remove_draft'])
    expect(state.content?.feelings.wentWell).toBe('theirs')
  })

  it.each<[string, SyncEvent]>([
    ['keep mine', { type: 'keep_mine' }],
    ['take theirs', { type: 'take_theirs', now: NOW, setAside: true }],
  ])('%s without a conflict does nothing', (_case, event) => {
    const state = play(showing(), ev.type('typed')).state
    expect(play(state, event)).toEqual({ state, effects: [] })
  })

  it('an edit made while the save was in flight is part of my version in the conflict', () => {
    const { state } = play(
      showing(base, 3),
      ev.type('sent'),
      ev.flush,
      ev.note('typed while sending'),
      ev.conflict(onServer(7, debrief('theirs'))),
    )
    expect(state.conflict?.mine.feelings).toMatchObject({ wentWell: 'sent', note: 'typed while sending' })
  })

  it('an edit made while the save was in flight, and only the step moved elsewhere: the latest goes out', () => {
    const { effects } = play(
      showing(base, 3),
      ev.type('sent'),
      ev.flush,
      ev.type('sent, then more'),
      ev.conflict(onServer(7, { ...base, currentStep: 'ratings' })),
    )
    expect(sends(effects).at(-1)).toEqual({ wentWell: 'sent, then more', base: 7 })
  })

  it('a 409 for edits queued offline: both kept when the debrief changed elsewhere meanwhile', () => {
    const metro = draftOf(debrief('typed in the metro'), 2, base)
    const opened = play(initialState([]), ev.ensureLoaded, ev.loadFailed(offline(), metro)).state
    const more = play(opened, ev.note('and a note'), ev.flush, ev.failed(offline())).state
    expect(more.status).toBe('offline')
    const back = play(more, { type: 'online' })
    expect(sends(back.effects)).toEqual([{ wentWell: 'typed in the metro', base: 2 }])
    const { state } = play(back.state, ev.conflict(onServer(5, debrief('typed on the laptop'))))
    expect(state.status).toBe('conflict')
    expect(state.conflict?.mine.feelings).toMatchObject({
      wentWell: 'typed in the metro',
      note: 'and a note',
    })
    expect(state.fromDevice).toBe(false)
  })

  it('a 409 for edits queued offline, the debrief unchanged in substance elsewhere: sent on the newer version', () => {
    const metro = draftOf(debrief('typed in the metro'), 2, base)
    const opened = play(initialState([]), ev.ensureLoaded, ev.loadFailed(offline(), metro), {
      type: 'online',
    }).state
    const { state, effects } = play(opened, ev.conflict(onServer(5, { ...base, currentStep: 'lessons' })))
    expect(sends(effects)).toEqual([{ wentWell: 'typed in the metro', base: 5 }])
    expect(state.fromDevice).toBe(false)
  })
})

describe('the copies set aside', () => {
  const copy = (id: string): DiscardedCopy => ({
    id,
    content: debrief(id),
    which: 'mine',
    at: NOW.toString(),
  })

  it('starts from what this device keeps, and shows what it keeps after each change', () => {
    const state = initialState([copy('a')])
    expect(toSnapshot(state).discarded.map((c) => c.id)).toEqual(['a'])
    expect(play(state, { type: 'forget_discarded', id: 'a' }).effects).toEqual([
      { type: 'forget_discarded', id: 'a' },
    ])
    expect(play(state, { type: 'discarded_stored', copies: [] }).state.discarded).toEqual([])
  })

  it('two conflicts in a row each set a version aside', () => {
    const base = debrief('base')
    const first = play(showing(base, 1), ev.type('B'), ev.flush, ev.conflict(onServer(2, debrief('A'))))
    const kept = play(first.state, { type: 'keep_mine' }, ev.saved(onServer(3, debrief('B'))))
    const second = play(
      kept.state,
      ev.note('note in B'),
      ev.flush,
      ev.conflict(onServer(4, debrief('A again'))),
      { type: 'take_theirs', now: NOW, setAside: true },
    )
    const setAside = [...kept.effects, ...second.effects].flatMap((e) =>
      e.type === 'set_aside' ? [e.which] : [],
    )
    expect(setAside).toEqual(['theirs', 'mine'])
  })
})

// ---------- other tabs ----------

describe('two tabs', () => {
  it('the tab behind is told, keeps its version, and the other tab picks it up on refresh', () => {
    const server0 = onServer(0, debrief())
    let a = showing(server0.debrief, 0)
    let b = showing(server0.debrief, 0)

    a = play(a, ev.type('Version A'), ev.flush, ev.saved(onServer(1, debrief('Version A')))).state
    expect(a.status).toBe('saved')

    const bSent = play(b, ev.type('Version B'), ev.flush)
    expect(sends(bSent.effects)).toEqual([{ wentWell: 'Version B', base: 0 }])
    b = play(bSent.state, ev.conflict(onServer(1, debrief('Version A')))).state
    expect(b.status).toBe('conflict')

    const kept = play(b, { type: 'keep_mine' })
    expect(sends(kept.effects)).toEqual([{ wentWell: 'Version B', base: 1 }])
    b = play(kept.state, ev.saved(onServer(2, debrief('Version B')))).state
    expect(b.status).toBe('saved')

    a = play(a, ev.ensureLoaded, { type: 'refreshed', server: onServer(2, debrief('Version B')) }).state
    expect(a.content?.feelings.wentWell).toBe('Version B')
    expect(a.version).toBe(2)
  })

  it('a draft a closed tab left is taken up when nothing happens here', () => {
    const base = debrief('base')
    const here = showing(base, 3)
    const resumed = play(here, { type: 'resume', hasDraft: true })
    expect(resumed.effects).toEqual([{ type: 'fetch', purpose: 'adopt' }])
    const { state, effects } = play(resumed.state, {
      type: 'adopted',
      server: onServer(3, base),
      draft: draftOf(debrief('from the closed tab'), 3, base),
      now: NOW,
    })
    expect(state.content?.feelings.wentWell).toBe('from the closed tab')
    expect(sends(effects)).toEqual([{ wentWell: 'from the closed tab', base: 3 }])
  })

  it('edits made here meanwhile win over the draft another tab left', () => {
    const base = debrief('base')
    const here = play(showing(base, 3), ev.type('typed here')).state
    const adopted = play(here, {
      type: 'adopted',
      server: onServer(3, base),
      draft: draftOf(debrief('from the closed tab'), 3, base),
      now: NOW,
    })
    expect(adopted.state).toBe(here)
  })

  it.each<[string, SyncState, SyncEffect['type'][]]>([
    ['never loaded: loads', initialState([]), ['fetch']],
    [
      'unsent edits here: sends them now',
      play(showing(), ev.type('typed')).state,
      ['cancel_retry', 'cancel_save', 'cancel_retry', 'send'],
    ],
    [
      'a conflict here: waits for the person',
      play(showing(), ev.type('a'), ev.flush, ev.conflict(onServer(1, debrief('b')))).state,
      [],
    ],
    ['a save in flight: waits for it', play(showing(), ev.type('a'), ev.flush).state, []],
    ['still loading: waits', play(initialState([]), ev.ensureLoaded).state, []],
  ])('resume, %s', (_case, state, effects) => {
    expect(kinds(play(state, { type: 'resume', hasDraft: false }).effects)).toEqual(effects)
  })
})

// ---------- what pages and the lock read ----------

describe('what pages wait for', () => {
  it.each<[string, boolean | null, SyncState]>([
    ['loading', null, play(initialState([]), ev.ensureLoaded).state],
    ['nothing waiting', true, showing()],
    ['edits waiting', null, play(showing(), ev.type('a')).state],
    ['saving', null, play(showing(), ev.type('a'), ev.flush).state],
    ['saved', true, play(showing(), ev.type('a'), ev.flush, ev.saved(onServer(1, debrief('a')))).state],
    ['offline', false, play(showing(), ev.type('a'), ev.flush, ev.failed(offline())).state],
    ['refused', false, play(showing(), ev.type('a'), ev.flush, ev.failed(refused(422))).state],
    [
      'a conflict',
      false,
      play(showing(), ev.type('a'), ev.flush, ev.conflict(onServer(1, debrief('b')))).state,
    ],
    ['the load failed', false, play(initialState([]), ev.ensureLoaded, ev.loadFailed(refused(500))).state],
  ])('%s → %s', (_case, outcome, state) => {
    expect(settledOutcome(state)).toBe(outcome)
  })

  it('the progress shown follows the content', () => {
    expect(toSnapshot(initialState([])).progress).toBe(0)
    const feelings: DebriefContent['feelings'] = {
      emotions: [{ emotion: EMOTIONS[0], intensity: 3 }],
      wentWell: 'Went well',
      note: '',
    }
    expect(toSnapshot(showing(debrief('', { feelings }))).progress).toBeGreaterThan(0)
  })

  it.each([
    ['a network error', offline(), true, { offline: true, retryable: true }],
    ['any error while the browser is offline', refused(400), false, { offline: true, retryable: true }],
    ['a 500', refused(500), true, { offline: false, retryable: true }],
    ['a 429', refused(429), true, { offline: false, retryable: true }],
    ['a 422', refused(422), true, { offline: false, retryable: false }],
    ['something else', new Error('bug'), true, { offline: false, retryable: false }],
  ])('classifies %s', (_case, error, online, expected) => {
    expect(classifyFailure(error, online)).toMatchObject(expected)
  })
})
