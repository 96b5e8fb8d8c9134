import type { DebriefContent } from '../../../domain/debrief'
import type { SyncSnapshot } from './reducer'
import type { DebriefSync } from './store'

export type EditOutcome =
  | { kind: 'saved'; content: DebriefContent }
  /** Another version was saved first: the edit was withdrawn, that version stays. */
  | { kind: 'conflict' }
  /** Not on the server (offline, refused, not loaded): `error` says why. */
  | { kind: 'failed'; error: unknown }

const notSaved = (snapshot: SyncSnapshot): EditOutcome =>
  snapshot.status === 'conflict' ? { kind: 'conflict' } : { kind: 'failed', error: snapshot.error }

/**
 * One edit made from another page (a passage of feedback kept as a lesson), through the same
 * save and version rules as the guided debrief. What was waiting goes out first, so the edit
 * starts from the saved version; `change` may throw to refuse it, and nothing changes then.
 * If someone saved another version first, the edit is withdrawn and that version stays, nothing
 * set aside: the page says nothing was added, and the person tries again on the newer version.
 */
export async function saveEditNow(
  sync: DebriefSync,
  change: (content: DebriefContent) => DebriefContent,
): Promise<EditOutcome> {
  if (!sync.getSnapshot().content) sync.ensureLoaded()
  if (!(await sync.settle())) return notSaved(sync.getSnapshot())
  const before = sync.getSnapshot().content
  if (!before) return notSaved(sync.getSnapshot())
  const next = change(before)
  sync.edit(() => next)
  if (await sync.settle()) {
    const { content } = sync.getSnapshot()
    if (content) return { kind: 'saved', content }
  }
  const after = sync.getSnapshot()
  if (after.status === 'conflict') sync.withdrawMine()
  return notSaved(after)
}
