import type { DebriefContent } from '../../../domain/debrief'
import { deviceStorage, tabStorage } from '../device-storage'
import {
  addDiscardedCopy,
  type DiscardedCopy,
  type Draft,
  discardedKey,
  MAX_DISCARDED_COPIES,
  mayForgetDraft,
  parseDiscardedCopies,
  parseDraft,
} from './drafts'
import type { DraftBasis } from './reducer'
import { draftKey } from './waiting'

/** What one debrief keeps on this device: its unsent draft and the copies set aside after conflicts. */
export type DebriefDevice = {
  readDraft(): Draft | null
  writeDraft(basis: DraftBasis): void
  /** The server holds `shown`: forget the draft, unless another tab wrote something else since. */
  forgetDraftIfSaved(shown: DebriefContent): void
  removeDraft(): void
  readDiscarded(): DiscardedCopy[]
  /** Sets a version aside; returns the copies now kept. */
  setAside(content: DebriefContent, which: DiscardedCopy['which']): DiscardedCopy[]
  /** Forgets one copy set aside (all of them without an id); returns the copies now kept. */
  forgetDiscarded(id?: string): DiscardedCopy[]
  forgetEverything(): void
}

let tabIdValue: string | null = null
/** This tab's id; kept for the tab (sessionStorage) so that it survives a reload of the same tab. */
function tabId(): string {
  if (tabIdValue) return tabIdValue
  const existing = tabStorage.readText('tab')
  tabIdValue = existing ?? crypto.randomUUID()
  if (!existing) tabStorage.writeText('tab', tabIdValue)
  return tabIdValue
}

export function debriefDevice(userId: string, interviewId: string): DebriefDevice {
  const draft = draftKey(userId, interviewId)
  const discarded = discardedKey(userId, interviewId)
  const readDraft = () => parseDraft(deviceStorage.readJson(draft))
  const readDiscarded = () => parseDiscardedCopies(deviceStorage.readJson(discarded))

  return {
    readDraft,
    writeDraft(basis) {
      const stored: Draft = { v: 1, tab: tabId(), ...basis, at: new Date().toISOString() }
      deviceStorage.writeJson(draft, stored)
    },
    forgetDraftIfSaved(shown) {
      const stored = readDraft()
      if (stored && mayForgetDraft(stored, tabId(), shown)) deviceStorage.remove(draft)
    },
    removeDraft: () => deviceStorage.remove(draft),
    readDiscarded,
    setAside(content, which) {
      const copy: DiscardedCopy = { id: crypto.randomUUID(), content, which, at: new Date().toISOString() }
      // Read again: another tab may have set a copy aside too.
      let copies = addDiscardedCopy(readDiscarded(), copy, MAX_DISCARDED_COPIES)
      // When storage is full, older copies make room for the newest; it at least stays on screen.
      while (!deviceStorage.writeJson(discarded, copies) && copies.length > 1) copies = copies.slice(0, -1)
      return copies
    },
    forgetDiscarded(id) {
      const copies = id ? readDiscarded().filter((copy) => copy.id !== id) : []
      if (copies.length === 0) deviceStorage.remove(discarded)
      else deviceStorage.writeJson(discarded, copies)
      return copies
    },
    forgetEverything() {
      deviceStorage.remove(draft)
      deviceStorage.remove(discarded)
    },
  }
}
