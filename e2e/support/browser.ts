import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../artifacts/e2e')

type LaunchOptions = {
  /** A WAV file the browser hears as its microphone, in a loop. */
  fakeMicrophone?: string
  /**
   * 'accept': the microphone prompt is answered yes, always. 'context': only what the context
   * grants (`context.grantPermissions`) is allowed, and the rest reads as a person who clicked "Block".
   */
  microphonePrompt?: 'accept' | 'context'
}

/** Debian's Chromium, headless, with the flags this sandbox needs; never a downloaded browser. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.fakeMicrophone
        ? [
            '--use-fake-device-for-media-stream',
            `--use-file-for-fake-audio-capture=${options.fakeMicrophone}`,
            ...(options.microphonePrompt === 'context' ? [] : ['--use-fake-ui-for-media-stream']),
          ]
        : []),
    ],
  })
}

/**
 * One headless Chromium for the journeys of a spec file: launched before them, closed after them. Specs open their
 * contexts with `browser.newContext(...)` as they would on a Browser.
 */
export function sharedBrowser(options: LaunchOptions = {}): Pick<Browser, 'newContext'> {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser(options)
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    newContext: (contextOptions) => {
      if (!browser)
        throw new Error('sharedBrowser: the browser opens in beforeAll; open contexts inside a test')
      return browser.newContext(contextOptions)
    },
  }
}

export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  hasTouch: true,
}
export const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } }

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true })
  // From the top: a full-page shot keeps the sticky header and the tab bar where the scroll left them.
  await page.evaluate('window.scrollTo(0, 0)')
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
}

/**
 * Collects what the page reports as broken: CSP violations, uncaught errors, failed console errors,
 * failed requests included (an anonymous visit must not log a 401 either). A journey that provokes
 * a refusal on purpose (a wrong password) filters that one out itself.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    // "Failed to load resource" names no address in its text: its location does.
    const failed = message.text().startsWith('Failed to load resource') ? message.location().url : ''
    problems.push(`console: ${message.text()}${failed ? ` (${new URL(failed).pathname})` : ''}`)
  })
  // What the Content-Security-Policy blocks is a problem too (zod probing for eval was one): Chromium only reports it
  // in its issues panel, so the page says it on the console, where it is collected above.
  void page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) =>
    console.error('Content-Security-Policy blocked ' + event.violatedDirective + ': ' + (event.blockedURI || 'inline')))`)
  return problems
}
