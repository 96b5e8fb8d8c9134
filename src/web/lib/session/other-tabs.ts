import type { User } from '../../../shared/schemas/auth'
import type { SessionExit } from './session'

/**
 * The app's other tabs hear when who is signed in changes here (sign-in, sign-up, sign-out, account
 * deletion, an expired session), so that none keeps showing a person who has left. The cookie is
 * shared by every tab; what each tab holds in memory is not.
 */
export type SessionChange = { user: User | null; exit: SessionExit | null }

const CHANNEL = 'rebond-session'

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
}

export function tellOtherTabs(change: SessionChange): void {
  const sender = channel()
  if (!sender) return
  sender.postMessage(change)
  sender.close()
}

/** Calls `onChange` for each change made in another tab; returns the function that stops listening. */
export function listenToOtherTabs(onChange: (change: SessionChange) => void): () => void {
  const receiver = channel()
  if (!receiver) return () => {}
  receiver.onmessage = (event: MessageEvent<SessionChange>) => onChange(event.data)
  return () => receiver.close()
}
