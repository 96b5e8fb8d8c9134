import { describe, expect, it } from 'vitest'
import {
  type LinkState,
  linkState,
  SHARES_NOTHING,
  type ShareChoice,
  type SharingLink,
  type SharingRole,
} from './links'
import {
  ACTIONS,
  type Action,
  decideAccess,
  RESOURCE_KINDS,
  type Resource,
  type ResourceKind,
} from './policy'

const NOW = new Date('2026-03-02T09:00:00.000Z')
const OWNER = 'owner-camille'
const INVITEE = 'invitee-sam'

const EVERYTHING: ShareChoice = {
  debriefs: 'all',
  interviewIds: [],
  rehearsal: true,
  mockInterviews: true,
  progress: true,
  moods: true,
  rebounds: true,
}

/** A link from OWNER to INVITEE (or to nobody yet) in the given state. */
function link(
  role: SharingRole,
  state: LinkState,
  shares: ShareChoice = EVERYTHING,
  id = 'link-1',
): SharingLink {
  const accepted = state === 'active' || state === 'ended'
  const made: SharingLink = {
    id,
    ownerId: OWNER,
    inviteeId: accepted ? INVITEE : null,
    role,
    shares,
    createdAt: '2026-02-20T09:00:00.000Z',
    expiresAt: state === 'expired' ? '2026-02-27T09:00:00.000Z' : '2026-03-06T09:00:00.000Z',
    acceptedAt: accepted ? '2026-02-21T09:00:00.000Z' : null,
    endedAt: state === 'ended' ? '2026-03-01T09:00:00.000Z' : null,
  }
  expect(linkState(made, NOW)).toBe(state)
  return made
}

const resource = (kind: ResourceKind, ownerId = OWNER, id = 'interview-1'): Resource => ({
  kind,
  ownerId,
  id,
})

// Written out, not derived from ROLE_ACTIONS: what each role may do on what an active link shares
// (everything chosen, mood log and rebound plans included). The account is never shared.
const ACTIVE_EXPECTED: Record<SharingRole, Record<ResourceKind, string>> = {
  coach: {
    debrief: 'read comment rate assign',
    rehearsal_answer: 'read comment rate assign',
    rehearsal_recording: 'read comment rate assign',
    mock_report: 'read comment rate assign',
    progress: 'read comment rate assign',
    mood_log: 'read comment rate assign',
    rebound_plan: 'read comment rate assign',
    account: '',
  },
  partner: {
    debrief: 'read comment',
    rehearsal_answer: 'read comment',
    rehearsal_recording: 'read comment',
    mock_report: 'read comment',
    progress: 'read comment',
    mood_log: 'read comment',
    rebound_plan: 'read comment',
    account: '',
  },
}

const STATES: readonly LinkState[] = ['pending', 'expired', 'active', 'ended']

const table = (['coach', 'partner'] as const).flatMap((role) =>
  STATES.flatMap((state) =>
    RESOURCE_KINDS.flatMap((kind) =>
      ACTIONS.map((action) => {
        const allowed = state === 'active' && ACTIVE_EXPECTED[role][kind].split(' ').includes(action)
        return { role, state, kind, action, allowed }
      }),
    ),
  ),
)

describe('the access policy', () => {
  it('has a row for every role × link state × resource kind × action', () => {
    expect(table).toHaveLength(2 * 4 * RESOURCE_KINDS.length * ACTIONS.length)
  })

  it.each(table)(
    '$role, link $state, $action on $kind: allowed $allowed',
    ({ role, state, kind, action, allowed }) => {
      const decision = decideAccess(INVITEE, action, resource(kind), [link(role, state)])
      expect(decision.allowed).toBe(allowed)
      if (decision.allowed) expect(decision).toEqual({ allowed: true, as: role, linkId: 'link-1' })
    },
  )

  it.each(RESOURCE_KINDS.flatMap((kind) => ACTIONS.map((action) => ({ kind, action }))))(
    'the owner may $action their own $kind, with or without links',
    ({ kind, action }) => {
      expect(decideAccess(OWNER, action, resource(kind), [])).toEqual({ allowed: true, as: 'owner' })
      expect(decideAccess(OWNER, action, resource(kind), [link('coach', 'ended')])).toEqual({
        allowed: true,
        as: 'owner',
      })
    },
  )

  it.each(RESOURCE_KINDS.flatMap((kind) => ACTIONS.map((action) => ({ kind, action }))))(
    'a stranger (no link of theirs) may not $action the $kind',
    ({ kind, action }) => {
      // Links exist, just not to them.
      const links = [link('coach', 'active'), link('partner', 'active', EVERYTHING, 'link-2')]
      expect(decideAccess('stranger', action, resource(kind), links)).toEqual({ allowed: false })
      expect(decideAccess('stranger', action, resource(kind), [])).toEqual({ allowed: false })
    },
  )

  it.each(RESOURCE_KINDS.flatMap((kind) => ACTIONS.map((action) => ({ kind, action }))))(
    "a coach of one person may not $action another person's $kind",
    ({ kind, action }) => {
      expect(
        decideAccess(INVITEE, action, resource(kind, 'someone-else'), [link('coach', 'active')]),
      ).toEqual({
        allowed: false,
      })
    },
  )

  describe('what is not shared is not reachable', () => {
    const nothingChosen: ShareChoice = { ...SHARES_NOTHING }
    const only = (choice: Partial<ShareChoice>) => [link('coach', 'active', { ...nothingChosen, ...choice })]

    it.each(RESOURCE_KINDS.flatMap((kind) => ACTIONS.map((action) => ({ kind, action }))))(
      'a link that shares nothing: $action on $kind denied',
      ({ kind, action }) => {
        expect(decideAccess(INVITEE, action, resource(kind), only({})).allowed).toBe(false)
      },
    )

    it.each([
      { choice: { debriefs: 'all' }, opens: ['debrief'] },
      { choice: { rehearsal: true }, opens: ['rehearsal_answer', 'rehearsal_recording'] },
      { choice: { mockInterviews: true }, opens: ['mock_report'] },
      { choice: { progress: true }, opens: ['progress'] },
      { choice: { moods: true }, opens: ['mood_log'] },
      { choice: { rebounds: true }, opens: ['rebound_plan'] },
    ] satisfies { choice: Partial<ShareChoice>; opens: ResourceKind[] }[])(
      'choosing $choice opens exactly $opens',
      ({ choice, opens }) => {
        for (const kind of RESOURCE_KINDS) {
          expect(decideAccess(INVITEE, 'read', resource(kind), only(choice)).allowed, kind).toBe(
            (opens as readonly string[]).includes(kind),
          )
        }
      },
    )

    it('the mood log and rebound plans stay closed unless chosen, even when everything else is shared', () => {
      const links = only({ ...EVERYTHING, moods: false, rebounds: false })
      for (const kind of ['mood_log', 'rebound_plan'] as const) {
        for (const action of ACTIONS) {
          expect(decideAccess(INVITEE, action, resource(kind), links).allowed).toBe(false)
        }
      }
      expect(decideAccess(INVITEE, 'read', resource('progress'), links).allowed).toBe(true)
    })

    it('selected debriefs: only those interviews’ debriefs', () => {
      const links = only({ debriefs: 'selected', interviewIds: ['interview-1', 'interview-2'] })
      expect(decideAccess(INVITEE, 'comment', resource('debrief', OWNER, 'interview-2'), links).allowed).toBe(
        true,
      )
      expect(decideAccess(INVITEE, 'read', resource('debrief', OWNER, 'interview-3'), links).allowed).toBe(
        false,
      )
      expect(decideAccess(INVITEE, 'read', { kind: 'debrief', ownerId: OWNER }, links).allowed).toBe(false)
    })

    it('a list of interviews kept while the scope is "all" or "none" follows the scope', () => {
      const ids = ['interview-1']
      expect(
        decideAccess(INVITEE, 'read', resource('debrief'), only({ debriefs: 'none', interviewIds: ids }))
          .allowed,
      ).toBe(false)
      expect(
        decideAccess(
          INVITEE,
          'read',
          resource('debrief', OWNER, 'interview-9'),
          only({ debriefs: 'all', interviewIds: ids }),
        ).allowed,
      ).toBe(true)
    })
  })

  describe('several links', () => {
    it('a partner link and a coach link from the same person: the coach one allows rating', () => {
      const links = [link('partner', 'active'), link('coach', 'active', EVERYTHING, 'link-2')]
      expect(decideAccess(INVITEE, 'rate', resource('rehearsal_answer'), links)).toEqual({
        allowed: true,
        as: 'coach',
        linkId: 'link-2',
      })
    })

    it('an ended coach link beside an active partner link: only the partner’s rights remain', () => {
      const links = [link('coach', 'ended'), link('partner', 'active', EVERYTHING, 'link-2')]
      expect(decideAccess(INVITEE, 'read', resource('debrief'), links)).toEqual({
        allowed: true,
        as: 'partner',
        linkId: 'link-2',
      })
      expect(decideAccess(INVITEE, 'assign', resource('debrief'), links).allowed).toBe(false)
    })

    it('a link whose invitee is someone else grants the actor nothing', () => {
      const theirs = { ...link('coach', 'active'), inviteeId: 'someone-else' }
      expect(decideAccess(INVITEE, 'read', resource('debrief'), [theirs]).allowed).toBe(false)
    })

    it('nobody but the owner writes, whatever the links', () => {
      const links = [link('coach', 'active'), link('partner', 'active', EVERYTHING, 'link-2')]
      for (const kind of RESOURCE_KINDS) {
        expect(decideAccess(INVITEE, 'write' satisfies Action, resource(kind), links).allowed).toBe(false)
      }
    })
  })
})
