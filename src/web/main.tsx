// First: the dates' and numbers' data starts loading before the app's own modules run (app/start-intl-data.ts).
import './app/start-intl-data'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { i18nReady } from './lib/i18n'
import './app/styles/tokens.css'
import './app/styles/base.css'
import './app/styles/components.css'
import './app/styles/layout.css'
import './app/styles/pages.css'
import { App } from './app/app'
import { createRouter } from './app/router'
import { registerServiceWorker } from './app/service-worker'
import { createQueryClient } from './lib/query-client'
import { meQuery } from './lib/session/get-me'

const container = document.getElementById('root')
if (!container) throw new Error('Rebond: the #root element is missing from index.html')

// Who is signed in is asked now, not once the first page has rendered: every page waits for it.
const queryClient = createQueryClient()
void queryClient.prefetchQuery(meQuery)
// The router starts loading the first page's chunk now, while the interface language's texts load:
// both requests leave together instead of one after the other, and the page's data is asked as soon
// as the session is known (app/read-ahead.ts).
const router = createRouter(queryClient)

// The first render is a transition: React renders it a slice at a time (5 ms each), the browser free to paint and
// answer a tap between slices, instead of in one task that blocked the main thread for 280 to 320 ms at Lighthouse's
// 4× CPU slowdown (issue 13). It also commits once the first page is ready, not its loading state first when the
// page's code is already there. A first page that waits still shows its loading state (router.tsx).
function render() {
  const root = createRoot(container as HTMLElement)
  startTransition(() => {
    root.render(
      <StrictMode>
        <App router={router} queryClient={queryClient} />
      </StrictMode>,
    )
  })
}

// Should the texts fail to load (a lost connection at that moment), the app still starts.
void i18nReady.then(render, render)
registerServiceWorker()
