import { describe, expect, inject, it } from 'vitest'
import { phone, screenshot, sharedBrowser, watchProblems } from './support/browser'

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

/**
 * Notes, for each step of the app's start (main.tsx), how many times the page had handed the main thread back to the
 * browser (`scheduler.yield`, a new task each time) when the step began. Each step is told by what it is the first to
 * do: the modules' evaluation asks for #root, the dates' data starts its worker, the session is fetched, the texts'
 * library sets the document's language, the router writes its history entry, React makes the first elements.
 */
const COUNT_START_STEPS = `
  window.__start = { yields: 0, steps: {} };
  const mark = (step) => {
    if (!(step in window.__start.steps)) window.__start.steps[step] = window.__start.yields;
  };
  const yieldToBrowser = scheduler.yield.bind(scheduler);
  scheduler.yield = () => {
    window.__start.yields++;
    return yieldToBrowser();
  };
  const getElementById = Document.prototype.getElementById;
  Document.prototype.getElementById = function (id) {
    if (id === 'root') mark('modules');
    return getElementById.call(this, id);
  };
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (options && options.name === 'intl-data') mark('dates');
    }
  };
  const nativeFetch = window.fetch;
  window.fetch = function (input, init) {
    if (String(input instanceof Request ? input.url : input).includes('/api/auth/session')) mark('session');
    return nativeFetch.call(this, input, init);
  };
  const lang = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'lang');
  Object.defineProperty(HTMLElement.prototype, 'lang', {
    ...lang,
    set(value) {
      mark('texts');
      lang.set.call(this, value);
    },
  });
  const replaceState = History.prototype.replaceState;
  History.prototype.replaceState = function (...args) {
    mark('router');
    return replaceState.apply(this, args);
  };
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (...args) {
    if (/\\/assets\\/react-[^/]+\\.js/.test(new Error().stack || '')) mark('render');
    return createElement.apply(this, args);
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

  it('starts the app in steps, each in a task of its own, not in the task that evaluates its modules', async () => {
    const { context, page, problems } = await frenchPhone()
    await page.addInitScript(COUNT_START_STEPS)
    await page.goto(`${baseURL}/`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const steps = await page.evaluate(
      () => (globalThis as unknown as { __start: { steps: Record<string, number> } }).__start.steps,
    )
    // Done as the modules were evaluated, the steps made one task of 300 ms at Lighthouse's 4× CPU slowdown (main.tsx).
    const order = ['modules', 'dates', 'session', 'texts', 'router', 'render']
    expect(Object.keys(steps).sort(), JSON.stringify(steps)).toEqual([...order].sort())
    const yields = order.map((step) => steps[step] ?? -1)
    for (let i = 1; i < yields.length; i++)
      expect(yields[i], `${order[i]} after ${order[i - 1]}: ${JSON.stringify(steps)}`).toBeGreaterThan(
        yields[i - 1] ?? 0,
      )
    expect(problems).toEqual([])
    await context.close()
  })

  it('still shows the loading state first when the page code is slow to come', async () => {
    const { context, page, problems } = await frenchPhone()
    await page.route('**/assets/welcome-page-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000))
      await route.continue()
    })
    await page.goto(`${baseURL}/`)
    // The transition does not hold the first commit back while the page's code loads: the accessible loading state
    // shows meanwhile (app/routes/route-loading.tsx), then the page.
    const loading = page.getByRole('status').filter({ hasText: 'Chargement…' })
    await loading.waitFor()
    // It is in the page at once for screen readers, and comes into sight only if the wait lasts (half a second): a
    // spinner flashed for a moment reads as a glitch, and its frames are drawn while the page is being made.
    const opacity = () =>
      loading.evaluate((element) => element.ownerDocument.defaultView?.getComputedStyle(element).opacity)
    await expect(opacity()).resolves.toBe('0')
    await expect.poll(opacity, { timeout: 1200 }).toBe('1')
    await screenshot(page, 'first-render-slow-page-loading-fr-phone')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await expect(page.getByRole('status').filter({ hasText: 'Chargement…' }).count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })
})
