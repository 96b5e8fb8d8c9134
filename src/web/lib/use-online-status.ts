import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

export function useOnlineStatus(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  )
}

/**
 * Calls `run` each time the connection returns, while the page is in use. A page being left
 * (pagehide, not kept for the back button) sends nothing more: whatever it still holds waits on
 * the device for the next page. (A closing page can otherwise hear the connection "return" as
 * it goes, when the browser stops simulating a network for it.) Returns the way to stop.
 */
export function onConnectionBack(run: () => void): () => void {
  let leaving = false
  const onOnline = () => {
    if (!leaving) run()
  }
  const onPageHide = (event: PageTransitionEvent) => {
    leaving = !event.persisted
  }
  const onPageShow = () => {
    leaving = false
  }
  window.addEventListener('online', onOnline)
  window.addEventListener('pagehide', onPageHide)
  window.addEventListener('pageshow', onPageShow)
  return () => {
    window.removeEventListener('online', onOnline)
    window.removeEventListener('pagehide', onPageHide)
    window.removeEventListener('pageshow', onPageShow)
  }
}
