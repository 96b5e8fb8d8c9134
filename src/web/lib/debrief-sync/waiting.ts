import { deviceStorage } from '../device-storage'

// Which debriefs have an edit waiting on this device, told from the storage keys alone: light enough for the signed-in
// frame to ask on every visit, and load the debrief sync (and the interview schemas) only when one does
// (app/layout/app-shell.tsx).

// Keys inside the device storage, which stores them under `rebond.` (rebond.debrief.draft.…).
export const DRAFT_PREFIX = 'debrief.draft.'

export const draftKey = (userId: string, interviewId: string) => `${DRAFT_PREFIX}${userId}.${interviewId}`

/** The interviews that have a draft waiting for this person, from the storage keys present. */
export function waitingDraftIds(keys: Iterable<string>, userId: string): string[] {
  const prefix = draftKey(userId, '')
  const ids: string[] = []
  for (const key of keys)
    if (key.startsWith(prefix) && key.length > prefix.length) ids.push(key.slice(prefix.length))
  return ids
}

/** The interviews this person left a draft for on this device. */
export const waitingDrafts = (userId: string): string[] =>
  waitingDraftIds(deviceStorage.keys(DRAFT_PREFIX), userId)
