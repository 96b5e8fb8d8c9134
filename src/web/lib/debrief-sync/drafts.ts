import { type DebriefContent, normalizeDebrief } from '../../../domain/debrief'
import { debriefContentSchema } from '../../../shared/schemas/interviews'

/**
 * What a debrief leaves on this device, as plain data and pure functions (device.ts does the
 * reading and writing, store.ts the sending):
 * - a draft: the edits not yet on the server, with the version they were based on;
 * - the copies set aside after conflicts, newest first, a few of them.
 */

export type Draft = {
  v: 1
  /** The tab that wrote it (kept in sessionStorage, so a reload is the same tab). */
  tab: string
  baseVersion: number
  baseCanonical: string
  content: DebriefContent
  at: string
}

export type DiscardedCopy = {
  id: string
  content: DebriefContent
  /** 'mine': this device's version was set aside; 'theirs': the one saved elsewhere was replaced. */
  which: 'mine' | 'theirs'
  at: string
}

/** Enough to go back a few conflicts; the oldest goes when a sixth arrives. */
export const MAX_DISCARDED_COPIES = 5

// Keys inside the device storage, which stores them under `rebond.` (rebond.debrief.discarded.…); the drafts' keys
// are in waiting.ts.
const DISCARDED_PREFIX = 'debrief.discarded.'

export const discardedKey = (userId: string, interviewId: string) =>
  `${DISCARDED_PREFIX}${userId}.${interviewId}`

// ---------- canonical comparison ----------

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key])
    return out
  }
  return typeof value === 'string' ? value.trim() : value
}

/** The debrief's substance, as the server would store it, without where the person is in it. */
export function canonical(content: DebriefContent): string {
  const { currentStep: _step, ...rest } = normalizeDebrief(content)
  return JSON.stringify(sortKeys(rest))
}

export function sameSubstance(a: DebriefContent, b: DebriefContent): boolean {
  return canonical(a) === canonical(b)
}

// ---------- reading what is stored ----------

function isContent(value: unknown): value is DebriefContent {
  return debriefContentSchema.safeParse(value).success
}

export function parseDraft(value: unknown): Draft | null {
  const draft = value as Partial<Draft> | null
  if (
    draft?.v !== 1 ||
    typeof draft.baseVersion !== 'number' ||
    typeof draft.baseCanonical !== 'string' ||
    !isContent(draft.content)
  )
    return null
  return draft as Draft
}

function parseCopy(value: unknown, fallbackId: string): DiscardedCopy | null {
  const copy = value as Partial<DiscardedCopy> | null
  if (!copy || !isContent(copy.content) || (copy.which !== 'mine' && copy.which !== 'theirs')) return null
  const at = typeof copy.at === 'string' ? copy.at : new Date(0).toISOString()
  return {
    id: typeof copy.id === 'string' ? copy.id : fallbackId,
    content: copy.content,
    which: copy.which,
    at,
  }
}

/**
 * The copies set aside, newest first. Reads the list, and also the single copy earlier versions
 * of the app stored in the same place, so an update loses none.
 */
export function parseDiscardedCopies(value: unknown): DiscardedCopy[] {
  const items = Array.isArray(value) ? value : value ? [value] : []
  const copies = items
    .map((item, index) => parseCopy(item, `kept-${index}`))
    .filter((copy): copy is DiscardedCopy => copy !== null)
  return copies.sort((a, b) => b.at.localeCompare(a.at))
}

/**
 * Adds a copy at the head of the list. A copy with the same substance as one already kept
 * replaces it (set aside twice, kept once); past `max`, the oldest goes.
 */
export function addDiscardedCopy(
  copies: readonly DiscardedCopy[],
  copy: DiscardedCopy,
  max = MAX_DISCARDED_COPIES,
): DiscardedCopy[] {
  const substance = canonical(copy.content)
  return [copy, ...copies.filter((c) => canonical(c.content) !== substance)].slice(0, max)
}

/**
 * Whether the draft stored on this device can go now that the server holds `shown`: yes, unless
 * another tab wrote a different one in the meantime (that one is still to be sent).
 */
export function mayForgetDraft(stored: Pick<Draft, 'tab' | 'content'>, tab: string, shown: DebriefContent) {
  return stored.tab === tab || canonical(stored.content) === canonical(shown)
}

export type DraftVerdict =
  /** The server already holds these edits (the answer to the last save may have been lost). */
  | 'already_saved'
  /** Nothing was saved elsewhere since the edits were made: they can be sent as they are. */
  | 'send'
  /** Someone saved something else in the meantime: both versions are shown, the person chooses. */
  | 'conflict'

/** What to do with a draft found on this device, given the debrief as the server has it now. */
export function judgeDraft(
  draft: Pick<Draft, 'baseVersion' | 'baseCanonical' | 'content'>,
  server: { version: number; debrief: DebriefContent },
): DraftVerdict {
  const serverCanonical = canonical(server.debrief)
  if (canonical(draft.content) === serverCanonical) return 'already_saved'
  if (draft.baseVersion === server.version || draft.baseCanonical === serverCanonical) return 'send'
  return 'conflict'
}
