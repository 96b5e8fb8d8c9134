import path from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'
import { demoFr } from '../src/server/seed/demo-fr'
import { DEMO_PASSWORD } from '../src/server/seed/seed'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, startBuiltDemoApp } from './support'

const _root = path.resolve(import.meta.dirname, '..')
const DEMO_EMAIL = demoFr.email

// Lighthouse's "slow 4G" (the mobile default): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 204_800, uploadThroughput: 96_000 }

type Page = { name: string; path: string | ((ids: Ids) => string); signedIn: boolean; ready: string }
type Ids = { interview: string }

const PAGES: Page[] = [
  { name: 'welcome', path: '/', signedIn: false, ready: 'main h1' },
  { name: 'sign-in', path: '/login', signedIn: false, ready: 'form' },
  { name: 'Home', path: '/home', signedIn: true, ready: 'main h1' },
  {
    name: 'debrief step',
    path: (ids) => `/interviews/${ids.interview}/debrief/replay`,
    signedIn: true,
    ready: 'main h1',
  },
  { name: 'rehearsal', path: '/rehearsal', signedIn: true, ready: 'main h1' },
  { name: 'Progress', path: '/progress', signedIn: true, ready: 'main h1' },
]

/** Bytes received for one cold visit, from the browser's own network log. */
async function visit(context: BrowserContext, url: string, ready: string, throttle: boolean) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  if (throttle) await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  const types = new Map<string, string>()
  let all = 0
  let js = 0
  let jsFiles = 0
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type))
  cdp.on('Network.loadingFinished', (event) => {
    all += event.encodedDataLength
    if (types.get(event.requestId) === 'Script') {
      js += event.encodedDataLength
      jsFiles++
    }
  })
  const started = performance.now()
  await page.goto(url, { waitUntil: 'load' })
  await page.locator(ready).first().waitFor({ timeout: 60_000 })
  const readyMs = performance.now() - started
  await page.waitForLoadState('networkidle')
  const ms = performance.now() - started
  await page.close()
  return { all, js, jsFiles, ms, readyMs }
}

async function signIn(context: BrowserContext, baseURL: string) {
  const response = await context.request.post(`${baseURL}/api/auth/login`, {
    data: { email: DEMO_EMAIL, password: DEMO_PASSWORD },
    headers: { origin: baseURL },
  })
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`)
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

async function main() {
  const app = await startBuiltDemoApp('rebond-bench-transfer-')
  const { baseURL } = app
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  })
  try {
    const probe = await browser.newContext()
    await signIn(probe, baseURL)
    const list = await probe.request.get(`${baseURL}/api/interviews`)
    const { interviews } = (await list.json()) as { interviews: { id: string }[] }
    const ids: Ids = { interview: interviews[0]?.id ?? 'missing' }
    await probe.close()

    console.log('Cold first visit, phone viewport (transferred bytes as the browser counts them)')
    console.log('page            all          JavaScript   JS files   slow 4G: heading shown, network idle')
    for (const page of PAGES) {
      const url = `${baseURL}${typeof page.path === 'function' ? page.path(ids) : page.path}`
      const measure = async (throttle: boolean) => {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' })
        if (page.signedIn) await signIn(context, baseURL)
        const figures = await visit(context, url, page.ready, throttle)
        await context.close()
        return figures
      }
      const fast = await measure(false)
      const slow = await measure(true)
      console.log(
        `${page.name.padEnd(16)}${kb(fast.all).padEnd(13)}${kb(fast.js).padEnd(13)}${String(fast.jsFiles).padEnd(11)}${(slow.readyMs / 1000).toFixed(2)} s, ${(slow.ms / 1000).toFixed(2)} s`,
      )
    }
  } finally {
    await browser.close()
    await app.stop()
  }
}

await main()
