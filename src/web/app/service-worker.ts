/// <reference types="vite-plugin-pwa/client" />
import { useSyncExternalStore } from 'react'
import { afterFirstPage } from '../lib/first-page-shown'

// The service worker's side in the page (src/web/sw.ts does the caching): registering it once the page
// has loaded and shown its content, a new version announced and applied only when the person asks (app/layout/app-update.tsx),
// and the browser's install offer kept for the "Install Rebond" button of the signed-in frame.

/** Chromium's install offer (not in TypeScript's DOM types). */
type InstallPromptEvent = Event & {
  prompt(): Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

export type AppUpdateState = { updateReady: boolean; canInstall: boolean }

let state: AppUpdateState = { updateReady: false, canInstall: false }
const listeners = new Set<() => void>()
let applyUpdate: ((reloadPage?: boolean) => Promise<void>) | undefined
let installPrompt: InstallPromptEvent | undefined

const UPDATE_CHECK_MS = 60 * 60 * 1000

function setState(change: Partial<AppUpdateState>) {
  state = { ...state, ...change }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Whether a new version waits, and whether the browser offers to install Rebond. */
export function useAppUpdate(): AppUpdateState {
  return useSyncExternalStore(subscribe, () => state)
}

/**
 * Registers the service worker after the page's own loading and its first page's paint (its code and requests do
 * not compete with them).
 */
export function registerServiceWorker() {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return
  window.addEventListener('beforeinstallprompt', (event) => {
    // No browser banner over the page: the offer is a button in the signed-in frame.
    event.preventDefault()
    installPrompt = event as InstallPromptEvent
    setState({ canInstall: true })
  })
  window.addEventListener('appinstalled', () => {
    installPrompt = undefined
    setState({ canInstall: false })
  })
  const register = async () => {
    const { registerSW } = await import('virtual:pwa-register')
    applyUpdate = registerSW({
      onNeedRefresh: () => setState({ updateReady: true }),
      // A tab left open for days still hears of a new version.
      onRegisteredSW: (_url, registration) => {
        if (registration)
          setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS)
      },
    })
  }
  // Offline, the worker's script cannot be fetched (the browser logs an error): it is registered once the
  // connection returns.
  const registerOnline = () => {
    if (navigator.onLine !== false) void register()
    else window.addEventListener('online', () => void register(), { once: true })
  }
  const registerAfterFirstPage = () => afterFirstPage(registerOnline)
  if (document.readyState === 'complete') registerAfterFirstPage()
  else window.addEventListener('load', registerAfterFirstPage, { once: true })
}

/** The person chose to reload: the waiting version takes over and the page reloads once. */
export function reloadToUpdate() {
  if (applyUpdate) void applyUpdate(true)
  else window.location.reload()
}

/** Shows the browser's install dialog; the offer goes once answered (the browser offers it at most once). */
export async function offerInstall() {
  const prompt = installPrompt
  if (!prompt) return
  installPrompt = undefined
  setState({ canInstall: false })
  await prompt.prompt()
  await prompt.userChoice
}
