import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { currentLanguage, i18nReady } from './lib/i18n'
import './app/styles/tokens.css'
import './app/styles/base.css'
import './app/styles/components.css'
import './app/styles/layout.css'
import './app/styles/pages.css'
import { App } from './app/app'
import { createRouter } from './app/router'
import { registerServiceWorker } from './app/service-worker'
import { loadIntlData } from './lib/dates'
import { createQueryClient } from './lib/query-client'
import { meQuery } from './lib/session/get-me'

const container = document.getElementById('root')
if (!container) throw new Error('Rebond: the #root element is missing from index.html')

// Who is signed in is asked now, not once the first page has rendered: every page waits for it.
const queryClient = createQueryClient()
void queryClient.prefetchQuery(meQuery)
// The dates and numbers the pages write: the interface language's data loads now, in a worker (lib/dates.ts), while
// the session, the first page's code and its data are on their way. Starting a worker takes the page a few
// milliseconds: in a task of its own, not inside this long one.
setTimeout(() => loadIntlData(currentLanguage()))
// The router starts loading the first page's chunk now, while the interface language's texts load:
// both requests leave together instead of one after the other, and the page's data is asked as soon
// as the session is known (app/read-ahead.ts).
const router = createRouter(queryClient)

function render() {
  createRoot(container as HTMLElement).render(
    <StrictMode>
      <App router={router} queryClient={queryClient} />
    </StrictMode>,
  )
}

// Should the texts fail to load (a lost connection at that moment), the app still starts.
void i18nReady.then(render, render)
registerServiceWorker()
