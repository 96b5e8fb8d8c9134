import { useSyncExternalStore } from 'react'

// What a visit needs after its first page, not for it (the service worker, the navigation's "People I support"):
// started once that page has painted its content, so that on a slow connection its requests do not stand in the
// queue before the page's own, nor its code run before the page renders (issue 13).

/** However the first page fares (an error page, a frame that never shows), what waits starts after this. */
export const FIRST_PAGE_PATIENCE_MS = 5_000

/** How long after the first page's render a paint is awaited before what waits starts anyway. */
export const PAINT_PATIENCE_MS = 2_000
/** How long after the page's latest largest paint no larger one comes before what waits starts. */
export const PAINT_QUIET_MS = 250

let marked = false
let shown = false
const waiting = new Set<() => void>()
let patience: ReturnType<typeof setTimeout> | undefined

function show() {
  if (shown) return
  shown = true
  clearTimeout(patience)
  for (const run of [...waiting]) {
    waiting.delete(run)
    run()
  }
}

/**
 * Called by each route once it has rendered (app/router.tsx), with when it began to render: what waits starts once
 * the browser has reported a paint made since (its largest so far) and no larger one for PAINT_QUIET_MS, the page's
 * content having come in parts (a header, then a step). A browser that reports none (or a render that painted nothing
 * larger than the loading state) lets it start after PAINT_PATIENCE_MS; one that cannot report paints, two frames
 * later.
 */
export function markFirstPageShown(renderedAt: number = performance.now()): void {
  if (shown || marked) return
  marked = true
  if (paintsReported()) {
    let quiet: ReturnType<typeof setTimeout> | undefined
    let patient: ReturnType<typeof setTimeout> | undefined
    const done = () => {
      observer.disconnect()
      clearTimeout(quiet)
      clearTimeout(patient)
      show()
    }
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntries().some((entry) => entry.startTime >= renderedAt)) return
      clearTimeout(quiet)
      quiet = setTimeout(done, PAINT_QUIET_MS)
    })
    // Buffered: the paint may have been reported before the route's effect ran.
    observer.observe({ type: 'largest-contentful-paint', buffered: true })
    patient = setTimeout(done, PAINT_PATIENCE_MS)
  } else if (typeof requestAnimationFrame === 'function') {
    // A frame's callback runs before its paint; the next frame's, after it.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(show)))
  } else {
    show()
  }
}

const paintsReported = () =>
  typeof PerformanceObserver === 'function' &&
  (PerformanceObserver.supportedEntryTypes ?? []).includes('largest-contentful-paint')

/** Runs `run` once the first page has shown (at once if it has), or after FIRST_PAGE_PATIENCE_MS at the latest. */
export function afterFirstPage(run: () => void): () => void {
  if (shown) {
    run()
    return () => undefined
  }
  waiting.add(run)
  patience ??= setTimeout(show, FIRST_PAGE_PATIENCE_MS)
  return () => waiting.delete(run)
}

function subscribe(listener: () => void) {
  return afterFirstPage(listener)
}

/** Whether the first page has shown: false until then, true from then on. */
export function useFirstPageShown(): boolean {
  return useSyncExternalStore(subscribe, () => shown)
}

/** For tests: the state of a page that has just opened. */
export function resetFirstPageShown(): void {
  marked = false
  shown = false
  waiting.clear()
  clearTimeout(patience)
  patience = undefined
}
