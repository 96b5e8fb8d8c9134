import { readFile } from 'node:fs/promises'
import ICAL from 'ical.js'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { feedbackPage, FEEDBACK_FR as L } from './pages/feedback.page'
import { rebond } from './pages/rebond.page'
import { captureInterview } from './support/api'
import { desktop, phone, screenshot, sharedBrowser, watchProblems } from './support/browser'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')
}

const COMPANY = 'Globex Industries'
const ROLE = 'Responsable produit'
const POINT = 'Auriez-vous eu besoin d’exemples plus concrets ou de résultats chiffrés ?'
const FEEDBACK =
  'Merci pour votre intérêt. Votre parcours est solide. Il nous a manqué des exemples chiffrés sur vos lancements de produit. Nous avons retenu un profil plus expérimenté.'
const PASSAGE = 'Il nous a manqué des exemples chiffrés sur vos lancements de produit.'

/** YYYY-MM-DD of a moment, in the browser's time zone (the same machine runs both). */
function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
const yesterday = () => localDay(new Date(Date.now() - 86_400_000))

/** Clicks a link that downloads a calendar file, and reads its first event back. */
async function downloadEvent(page: Page, name: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).click(),
  ])
  const file = await download.path()
  const calendar = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')))
  const vevent = calendar.getFirstSubcomponent('vevent')
  if (!vevent) throw new Error('no event in the downloaded calendar')
  return { fileName: download.suggestedFilename(), event: new ICAL.Event(vevent) }
}

describe('asking the recruiter for feedback', () => {
  it('on a phone, in French: advice → message → copy → sent → follow-up due → feedback → lesson', async () => {
    const context = await browser.newContext({
      ...phone,
      locale: 'fr-FR',
      permissions: ['clipboard-read', 'clipboard-write'],
      acceptDownloads: true,
    })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const ui = feedbackPage(page)
    const user = { name: 'Inès', email: `ines-${Date.now()}@example.fr`, password: 'un long mot de passe' }

    await app.signUp('fr', user)
    await page.waitForURL(`${baseURL}/home`)

    // A final round yesterday, and a debrief that found a cause.
    const headers = { origin: baseURL }
    const id = await captureInterview(page.request, baseURL, {
      company: COMPANY,
      role: ROLE,
      stage: 'final',
      date: new Date(Date.now() - 86_400_000).toISOString(),
    })
    const empty = (await (await page.request.get(`${baseURL}/api/interviews/${id}/debrief`)).json()) as {
      version: number
      debrief: Record<string, unknown>
    }
    const withCause = await page.request.put(`${baseURL}/api/interviews/${id}/debrief`, {
      data: {
        version: empty.version,
        debrief: {
          ...empty.debrief,
          causes: [
            {
              cause: 'no_examples',
              otherLabel: '',
              evidence: 'Je suis resté vague sur mes résultats.',
              severity: 'major',
              questionIds: [],
            },
          ],
        },
      },
      headers,
    })
    expect(withCause.status()).toBe(200)

    // ---- The interview page links to it ----
    await page.goto(`${baseURL}/interviews/${id}`)
    await page.getByRole('link', { name: L.link, exact: true }).click()
    await page.waitForURL(`${baseURL}/interviews/${id}/feedback`)
    await ui.heading().waitFor()
    await expect.poll(() => page.title()).toBe(`Demander un retour — ${COMPANY} · Rebond`)

    // ---- Advice for a late round, with the precise point from the diagnosis ----
    await page.getByText(L.askBy).waitFor()
    await page.getByText(/un retour détaillé est souvent accordé/).waitFor()
    const point = page.getByRole('checkbox', { name: POINT })
    expect(await point.isChecked()).toBe(true)

    // ---- The interviewer's name is missing: it is asked for, no half-filled message is shown ----
    await ui.interviewer().waitFor()
    await page.getByText(L.notReady).waitFor()
    expect(await ui.body().count()).toBe(0)
    expect(await ui.button(L.copy).count()).toBe(0)
    await screenshot(page, 'feedback-01-missing-name-fr-phone')

    await ui.interviewer().fill('Claire Martin')
    await ui.body().waitFor()
    const body = await ui.body().inputValue()
    const subject = await ui.subject().inputValue()
    expect(body).not.toContain('{')
    expect(subject).not.toContain('{')
    expect(body).toContain('Bonjour Claire Martin,')
    expect(body).toContain(COMPANY)
    expect(body).toContain(`- ${POINT}`)
    expect(body).toContain('Inès')
    await ui.button(L.saveInterviewer).click()
    await ui.status(L.interviewerSaved).waitFor()
    const interview = (await (await page.request.get(`${baseURL}/api/interviews/${id}`)).json()) as {
      interview: { interviewers: { name: string }[] }
    }
    expect(interview.interview.interviewers.map((p) => p.name)).toEqual(['Claire Martin'])

    // The mail link carries the subject and body, encoded.
    const href = (await page.getByRole('link', { name: L.mailto }).getAttribute('href')) ?? ''
    expect(href.startsWith('mailto:?subject=')).toBe(true)
    expect(decodeURIComponent(href)).toContain(COMPANY)
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'feedback-02-message-fr-phone')

    // ---- Copy ----
    await ui.button(L.copy).click()
    await ui.status(L.copied).waitFor()
    const copied = await page.evaluate<string>('navigator.clipboard.readText()')
    expect(copied).toContain(COMPANY)
    expect(copied).toContain(subject)
    expect(copied).not.toContain('{')

    // ---- Sent: asked today, a follow-up in a week ----
    await ui.button(L.sent).click()
    await page.getByText(L.askedOn).waitFor()
    await page.getByText(L.followUpOn).waitFor()
    await page.getByRole('link', { name: L.ics }).waitFor()
    expect(await ui.followUpDate().inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await screenshot(page, 'feedback-03-asked-fr-phone')

    // ---- The follow-up date moved to yesterday: it is due ----
    await ui.followUpDate().fill(yesterday())
    await ui.status(L.followUpSaved).waitFor()
    await page.getByText(L.followUpDue, { exact: true }).waitFor()
    await page.getByRole('heading', { name: L.dueTitle }).waitFor()
    await screenshot(page, 'feedback-04-follow-up-due-fr-phone')

    // ---- The reminder downloads as a calendar event, on the date just chosen ----
    const { fileName, event } = await downloadEvent(page, L.ics)
    expect(fileName).toMatch(/\.ics$/)
    expect(event.summary).toBe(`Relancer ${COMPANY} pour un retour`)
    expect(event.description).toContain(ROLE)
    expect(localDay(event.startDate.toJSDate())).toBe(yesterday())
    // At 09:30 in the account's time zone (the browser's, taken at sign-up), with an alarm before it.
    const me = (await (await page.request.get(`${baseURL}/api/me`)).json()) as { user: { timeZone: string } }
    const clock = new Intl.DateTimeFormat('en-GB', {
      timeZone: me.user.timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(event.startDate.toJSDate())
    expect(clock).toBe('09:30')
    const trigger = event.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')
    expect(trigger instanceof ICAL.Duration ? trigger.toSeconds() : trigger).toBe(-15 * 60)

    // ---- Home lists it ----
    await app.goTo('fr', 'home')
    await page.waitForURL(`${baseURL}/home`)
    await page.getByRole('heading', { name: L.homeTitle }).waitFor()
    const homeLink = page.getByRole('link', { name: new RegExp(COMPANY) })
    await homeLink.waitFor()
    await screenshot(page, 'feedback-05-home-follow-up-fr-phone')
    await homeLink.click()
    await page.waitForURL(`${baseURL}/interviews/${id}/feedback`)

    // ---- The answer came: paste it, keep a passage as a lesson ----
    await ui.feedbackText().fill(FEEDBACK)
    await ui.button(L.saveFeedback).click()
    await ui.status(L.feedbackSaved).waitFor()
    await page.getByText(L.received, { exact: true }).waitFor()
    await ui.select(ui.feedbackText(), PASSAGE)
    await ui.button(L.useSelection).click()
    expect(await ui.passage().inputValue()).toBe(PASSAGE)
    await ui.button(L.add).click()
    await ui.status(L.lessonAdded).waitFor()
    await page.getByRole('link', { name: L.seeLessons }).waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'feedback-06-lesson-fr-phone')

    const stored = (await (await page.request.get(`${baseURL}/api/interviews/${id}/debrief`)).json()) as {
      debrief: { lessons: { text: string; actions: unknown[] }[] }
    }
    expect(stored.debrief.lessons.map((l) => l.text)).toContain(PASSAGE)

    const feedback = (await (await page.request.get(`${baseURL}/api/interviews/${id}/feedback`)).json()) as {
      request: { status: string; feedbackText: string }
    }
    expect(feedback.request.status).toBe('received')
    expect(feedback.request.feedbackText).toBe(FEEDBACK)
    expect(problems).toEqual([])

    // ---- On a wide dark screen ----
    const wide = await browser.newContext({ ...desktop, locale: 'fr-FR', colorScheme: 'dark' })
    const wpage = await wide.newPage()
    const wproblems = watchProblems(wpage)
    await rebond(wpage, baseURL).signIn('fr', user)
    await wpage.waitForURL(`${baseURL}/home`)
    await wpage.goto(`${baseURL}/interviews/${id}/feedback`)
    await feedbackPage(wpage).heading().waitFor()
    await wpage.getByText(L.received, { exact: true }).waitFor()
    await screenshot(wpage, 'feedback-07-received-fr-desktop-dark')
    expect(wproblems).toEqual([])

    await wide.close()
    await context.close()
  })
})
