// The service worker (built by vite-plugin-pwa, injectManifest): the app shell precached, every navigation
// answered with index.html (the client-side router decides), and the API's reads kept network-first so
// that pages already visited open offline. Whose data may stay: lib/offline-data.ts and
// docs/adr/0009-offline-pages-and-their-data.md.

import { clientsClaim } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import { API_CACHE, isOfflineReadable } from './lib/offline-data'

// Only what this file uses of ServiceWorkerGlobalScope: the web app's types are the window's.
declare const self: {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[]
  skipWaiting(): Promise<void>
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
}

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
// The first version takes the open page at once, so that what it shows is kept from the first visit on;
// a later version waits (see below).
clientsClaim()

// The API, its documentation and files the server makes are never the app shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(\/|$)/] }))

registerRoute(
  ({ request, url }) =>
    request.method === 'GET' && url.origin === location.origin && isOfflineReadable(url.pathname),
  new NetworkFirst({
    cacheName: API_CACHE,
    plugins: [
      {
        // JSON answers that succeeded only: no error, no file (an export, a recording).
        cacheWillUpdate: async ({ response }) =>
          response.status === 200 && response.headers.get('content-type')?.includes('application/json')
            ? response
            : null,
      },
    ],
  }),
)

// The code left out of the precache (charts, analyzer, question bank): kept once a page has used it.
// Hashed file names: a copy never goes stale, and the oldest go first.
registerRoute(
  ({ request, url }) =>
    request.method === 'GET' && url.origin === location.origin && url.pathname.startsWith('/assets/'),
  new CacheFirst({ cacheName: 'rebond-assets', plugins: [new ExpirationPlugin({ maxEntries: 40 })] }),
)

// A new version waits until the person chooses to reload (app/service-worker.ts): never mid-edit.
self.addEventListener('message', (event) => {
  if (
    typeof event.data === 'object' &&
    event.data !== null &&
    'type' in event.data &&
    event.data.type === 'SKIP_WAITING'
  ) {
    void self.skipWaiting()
  }
})
