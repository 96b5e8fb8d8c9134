import type { BrowserContext, Page } from 'playwright-core'

/** The little of the page's globals these checks read (the journeys are typed without the DOM's types). */
type PageGlobals = {
  navigator: { serviceWorker?: { controller: unknown } }
  caches: {
    has(name: string): Promise<boolean>
    open(name: string): Promise<{ keys(): Promise<{ url: string }[]> }>
  }
}

/** What the journeys ask of the service worker and the browser about installing and offline use. */
export function offlineApp(context: BrowserContext, page: Page) {
  return {
    /** Waits until a service worker controls the page (it claims the page on its first install). */
    async waitControlled() {
      await page.waitForFunction(
        () => (globalThis as unknown as PageGlobals).navigator.serviceWorker?.controller != null,
        undefined,
        { timeout: 30_000 },
      )
    },
    /** The addresses of the API answers the service worker keeps for offline visits. */
    async cachedApi(): Promise<string[]> {
      return page.evaluate(async () => {
        const { caches } = globalThis as unknown as PageGlobals
        if (!(await caches.has('rebond-api'))) return []
        const cache = await caches.open('rebond-api')
        return (await cache.keys()).map((request) => new URL(request.url).pathname)
      })
    },
    /** Chromium's own list of reasons the app could not be installed (empty: installable). */
    async installabilityErrors(): Promise<unknown[]> {
      const cdp = await context.newCDPSession(page)
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
      await cdp.detach()
      return installabilityErrors
    },
  }
}
