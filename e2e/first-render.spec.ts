import { describe, expect, inject, it } from 'vitest'
import { phone, sharedBrowser, watchProblems } from './support/browser'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

/**
 * Counts, until React's first commit, the browser tasks in which React made the page's elements. A loop of
 * messages (one task each) numbers the tasks; React's own chunk is told from the page's other code by its
 * file name (vite.config.ts: the `react` group); React's first commit is reported through the hook its
 * developer tools use.
 */
const COUNT_RENDER_TASKS = `
  window.__render = { task: 0, tasks: [], committed: false };
  const tick = new MessageChannel();
  tick.port1.onmessage = () => {
    window.__render.task++;
    if (!window.__render.committed) tick.port2.postMessage(0);
  };
  tick.port2.postMessage(0);
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (...args) {
    const render = window.__render;
    if (!render.committed && /\\/assets\\/react-[^/]+\\.js/.test(new Error().stack || '')) {
      if (!render.tasks.includes(render.task)) render.tasks.push(render.task);
    }
    return createElement.apply(this, args);
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    inject: () => 1,
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot() { window.__render.committed = true; },
  };
`

/** A French phone, without the service worker (whose copies would answer the page's requests). */
async function frenchPhone() {
  const context = await browser.newContext({ ...phone, locale: 'fr-FR', serviceWorkers: 'block' })
  const page = await context.newPage()
  return { context, page, problems: watchProblems(page) }
}

describe('the first page renders in slices', () => {
  it('lets the browser run other tasks while React makes the first page, instead of one long task', async () => {
    const { context, page, problems } = await frenchPhone()
    // A slow phone's CPU, as Lighthouse's mobile mode takes it: React yields every 5 ms of rendering.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.addInitScript(COUNT_RENDER_TASKS)
    await page.goto(`${baseURL}/`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const render = await page.evaluate(
      () => (globalThis as unknown as { __render: { tasks: number[]; committed: boolean } }).__render,
    )
    expect(render.committed).toBe(true)
    // The first render is a transition (main.tsx): React renders it a slice at a time, the browser free to answer a
    // tap or paint between slices. Rendered at once, every element is made in a single task.
    expect(render.tasks.length).toBeGreaterThanOrEqual(3)
    expect(problems).toEqual([])
    await context.close()
  })

  it('still shows the loading state first when the page code is slow to come', async () => {
    const { context, page, problems } = await frenchPhone()
    await page.route('**/assets/welcome-page-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    })
    await page.goto(`${baseURL}/`)
    // The transition does not hold the first commit back while the page's code loads: the accessible loading state
    // shows meanwhile (app/routes/route-loading.tsx), then the page.
    await page.getByRole('status').filter({ hasText: 'Chargement…' }).waitFor()
    await page.getByRole('heading', { level: 1 }).waitFor()
    await expect(page.getByRole('status').filter({ hasText: 'Chargement…' }).count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })
})
