// The debrief's autosave, shared by the features that edit a debrief (interviews, feedback).
// Rules: reducer.ts; running them: store.ts; the one PUT: debrief-api.ts; this device's drafts:
// drafts.ts and device.ts; other tabs: tab-locks.ts; React: hooks.ts.
export { canonical, type DiscardedCopy, MAX_DISCARDED_COPIES, sameSubstance } from './drafts'
export { type EditOutcome, saveEditNow } from './edit-now'
export { useDebriefSync, useFollowedDebrief } from './hooks'
export { type Conflict, SAVE_DELAY_MS, type SyncSnapshot, type SyncStatus } from './reducer'
export { debriefSyncFor, forgetDebriefSync, sendWaitingDrafts } from './registry'
export type { DebriefSync } from './store'
