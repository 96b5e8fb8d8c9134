import { deviceStorage } from '../device-storage'
import { API_CACHE, mustWipeOfflineData } from '../offline-data'

/** The person the service worker's cached API answers belong to (device storage: `rebond.offline-owner`). */
const OWNER_KEY = 'offline-owner'

/** Who was last signed in on this device, as recorded below (null once they signed out). */
export function rememberedOwner(): string | null {
  return deviceStorage.readText(OWNER_KEY)
}

/** Deletes the API cache (the app shell's own cache stays: it holds no one's data). */
export async function clearOfflineData(): Promise<void> {
  if (typeof caches === 'undefined') return
  await caches.delete(API_CACHE).catch(() => false)
}

/**
 * Called with each answer about who is signed in (the session read, sign-in, sign-up, sign-out, account
 * deletion): wipes the cached answers when they may belong to someone else, then records the owner.
 */
export async function keepOfflineDataFor(userId: string | null): Promise<void> {
  const owner = deviceStorage.readText(OWNER_KEY)
  if (!mustWipeOfflineData(owner, userId)) return
  await clearOfflineData()
  if (userId === null) deviceStorage.remove(OWNER_KEY)
  else deviceStorage.writeText(OWNER_KEY, userId)
}
