import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { PROGRESS_FR, progressPage, revealCharts, type SectionKey } from './pages/progress.page'
import { rebond } from './pages/rebond.page'
import { REBOUND_FR, reboundPage } from './pages/rebound.page'
import { captureInterview } from './support/api'
import { ARTIFACTS, desktop, phone, screenshot, sharedBrowser, watchProblems } from './support/browser'
import { gathered, signedInOnPhone } from './support/signed-in'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

// The French demo account made by the seed (src/server/seed/demo-fr.ts): three debriefed and rated
// interviews 38, 30 and 16 days ago (Decathlon twice, Leroy Merlin), four causes named in them, three
// applications, five actions; two own questions rehearsed 10 times between 29 and 2 days ago, four cards
// in all; five mood check-ins. Enough rehearsals for insights on them; too few rated interviews for a trend.
const CAMILLE = { email: 'camille.demo@example.org', password: 'rebond-demo-2026' }

/** A section's own screenshot, without the sticky header over its top (hidden through the CSSOM: the CSP refuses inline styles). */
async function sectionShot(section: Locator, name: string): Promise<void> {
  const header = (visibility: string) =>
    section.page().evaluate(`document.querySelector('.shell__header').style.visibility = '${visibility}'`)
  await header('hidden')
  await section.screenshot({ path: `${ARTIFACTS}/${name}.png` })
  await header('')
}

const DAY = 86_400_000
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10)

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')
}

/** Charts each section draws from the demo account's whole history. */
const CHARTS: Record<Exclude<SectionKey, 'rehearsal'>, number> = {
  ratings: 1,
  causes: 2,
  stages: 2,
  lessons: 1,
  // Spoken attempts over four weeks: pace, long pauses and pitch, week by week.
  delivery: 3,
}

describe('progress, end to end', () => {
  it('in French, on a wide screen then a phone: charts and tables, periods, the report, a mood check-in', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'fr-FR', colorScheme: 'light' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const progress = progressPage(page)

    await app.signIn('fr', CAMILLE)
    await page.waitForURL(`${baseURL}/home`)
    await app.goTo('fr', 'progress')
    await page.waitForURL(`${baseURL}/progress`)
    await page.getByRole('heading', { level: 1, name: PROGRESS_FR.heading }).waitFor()
    await expect.poll(() => page.title()).toBe('Progrès · Rebond')

    // Ten rehearsals support statements about them; three rated interviews do not support a trend.
    await progress
      .insights()
      .getByText(/Vous utilisez moins de mots de remplissage/)
      .waitFor()
    await progress
      .insights()
      .getByText(/Vos réponses sont plus affirmées/)
      .waitFor()
    expect(await progress.insights().getByText(PROGRESS_FR.noInsight).count()).toBe(0)

    // Every section with data draws its charts, and holds their figures in tables.
    for (const [key, count] of Object.entries(CHARTS) as [SectionKey, number][]) {
      // The demo's dates move with today: its causes may all fall in one month, whose chart then waits.
      await progress.waitForChartsOrMonthsLine(key, count)
      for (const label of await progress.pictures(key).evaluateAll((els) => els.map((e) => e.ariaLabel)))
        expect(label?.length).toBeGreaterThan(20)
      expect(await progress.tables(key).count()).toBeGreaterThan(0)
      expect(await progress.bodyRows(key).count()).toBeGreaterThan(0)
    }
    expect(await progress.bodyRows('ratings').count()).toBe(3)
    expect(await progress.bodyRows('causes').count()).toBe(4)
    expect(await progress.bodyRows('stages').count()).toBe(6)
    // The ratings chart is summarised in words for screen readers.
    expect(await progress.pictures('ratings').getAttribute('aria-label')).toContain(
      'sur 3 entretiens débriefés',
    )
    await progress.section('ratings').getByText('Vous en avez 3 pour').waitFor()
    // Five answers said out loud, each measured on the device, and their weeks in a table.
    await progress
      .section('delivery')
      .getByText(/^5 réponses dites à voix haute sur la période/)
      .waitFor()
    await progress.section('delivery').scrollIntoViewIfNeeded()
    await sectionShot(progress.section('delivery'), 'progress-15-voice-fr-desktop')
    // Eight rehearsals, week by week (the 29 days they span cover four or five weeks), and four cards.
    const rehearsal = progress.section('rehearsal')
    await rehearsal.getByText('10 répétitions, sur').waitFor()
    await rehearsal.getByRole('heading', { name: /^Questions maîtrisées : \d sur 4$/ }).waitFor()
    expect(await progress.bodyRows('rehearsal').count()).toBeGreaterThanOrEqual(4)
    await progress.section('lessons').getByText('Actions faites : 4 sur 5.').waitFor()

    // A sighted person opens a table with its button.
    const ratingsTable = progress.section('ratings').getByRole('table')
    const toggle = progress.section('ratings').getByRole('button', { name: PROGRESS_FR.showTable })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    const tableArea = progress.section('ratings').locator('[data-table]')
    expect((await tableArea.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1)
    await progress.openTables('ratings')
    expect(
      await progress
        .section('ratings')
        .getByRole('button', { name: PROGRESS_FR.hideTable })
        .getAttribute('aria-expanded'),
    ).toBe('true')
    expect((await tableArea.boundingBox())?.height ?? 0).toBeGreaterThan(100)
    await ratingsTable.getByRole('cell', { name: 'Leroy Merlin' }).waitFor()
    expect(await ratingsTable.getByRole('cell', { name: 'Decathlon' }).count()).toBe(2)
    await progress.openTables('causes')
    await progress.section('causes').getByRole('rowheader', { name: 'Prétentions salariales' }).waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await revealCharts(page)
    await screenshot(page, 'progress-01-all-fr-desktop')

    await page.emulateMedia({ colorScheme: 'dark' })
    await progress.firstChartDrawn('ratings')
    await screenshot(page, 'progress-02-all-fr-desktop-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    // A period the server refuses: its words, next to the field.
    await progress.chooseDates(day(5), day(20))
    await page.getByText(PROGRESS_FR.period.rangeOrder).waitFor()
    expect(await page.getByLabel(PROGRESS_FR.period.to, { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    )

    // The last 20 days: one rated interview left, too few for curves: one line says so instead of
    // a chart of single dots. The address keeps the period.
    await progress.chooseDates(day(20), day(0))
    await page.waitForURL(`${baseURL}/progress?from=${day(20)}&to=${day(0)}`)
    await progress.waitingLine('ratings').getByText('Vous en avez 1 pour l’instant').waitFor()
    await progress
      .waiting()
      .getByText(/Sur cette période, trop peu de données/)
      .waitFor()
    expect(await progress.section('ratings').count()).toBe(0)
    await progress.section('rehearsal').getByText('6 répétitions, sur').waitFor()
    await revealCharts(page)
    await screenshot(page, 'progress-03-period-fr-desktop')

    // The report for that period: a page to print, and the same report in Markdown.
    await page.getByRole('link', { name: PROGRESS_FR.reportLink }).click()
    await page.waitForURL(`${baseURL}/progress/report?from=${day(20)}&to=${day(0)}`)
    await page.getByRole('heading', { level: 1, name: PROGRESS_FR.report.title }).waitFor()
    const print = page.getByRole('button', { name: PROGRESS_FR.report.print, exact: true })
    expect(await print.isEnabled()).toBe(true)
    const markdown = page.getByRole('link', { name: PROGRESS_FR.report.markdown })
    const href = (await markdown.getAttribute('href')) ?? ''
    expect(href).toBe(`/api/progress/report.md?from=${day(20)}&to=${day(0)}&lang=fr`)
    const file = await page.request.get(`${baseURL}${href}`)
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toContain('text/markdown')
    expect(await file.text()).toContain('# Bilan de progression')
    await page.getByRole('table', { name: /Vos auto-évaluations/ }).waitFor()
    await screenshot(page, 'progress-04-report-fr-desktop')
    // As it prints: no navigation, no buttons, black on white.
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).isVisible()).toBe(false)
    expect(await print.isVisible()).toBe(false)
    await screenshot(page, 'progress-05-report-fr-print')
    await page.pdf({ path: `${ARTIFACTS}/progress-report-fr.pdf`, format: 'A4' })
    await page.emulateMedia({ media: 'screen' })

    // Back to Progress: the last 3 months, then a mood check-in, and taking it back.
    await page.getByRole('link', { name: 'Vos progrès' }).click()
    await page.waitForURL(`${baseURL}/progress?from=${day(20)}&to=${day(0)}`)
    await progress.choosePreset(PROGRESS_FR.period.threeMonths)
    await page.waitForURL(`${baseURL}/progress?period=3m`)
    await expect.poll(() => progress.bodyRows('ratings').count(), { timeout: 15_000 }).toBe(3)
    expect(await progress.waiting().count()).toBe(0)

    const mood = progress.mood()
    const note = `Un peu fatiguée, mais le plan tient (${Date.now()}).`
    await mood.getByRole('radio', { name: 'Plus léger', exact: true }).check()
    await mood.getByLabel(PROGRESS_FR.mood.note).fill(note)
    await mood.getByRole('button', { name: PROGRESS_FR.mood.save, exact: true }).click()
    await mood.getByRole('status').filter({ hasText: PROGRESS_FR.mood.saved }).waitFor()
    const entry = mood.getByRole('listitem').filter({ hasText: note })
    await entry.getByText('Plus léger').waitFor()
    await screenshot(page, 'progress-06-mood-fr-desktop')

    await entry.getByRole('button', { name: /^Supprimer le point du/ }).click()
    const dialog = page.getByRole('dialog', { name: PROGRESS_FR.mood.confirmTitle })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: PROGRESS_FR.mood.confirm, exact: true }).click()
    await entry.waitFor({ state: 'detached' })

    // The one refused period was answered 400, as it should be; nothing else went wrong.
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([])
    expect(problems.filter((p) => /status of 400/.test(p))).toHaveLength(1)
    const state = await context.storageState()
    await context.close()

    // The same page on a phone, light then dark: nothing wider than the screen.
    const small = await browser.newContext({
      ...phone,
      locale: 'fr-FR',
      colorScheme: 'light',
      storageState: state,
    })
    const phonePage = await small.newPage()
    const phoneProblems = watchProblems(phonePage)
    const onPhone = progressPage(phonePage)
    await phonePage.goto(`${baseURL}/progress`)
    for (const [key, count] of Object.entries(CHARTS) as [SectionKey, number][])
      await onPhone.waitForChartsOrMonthsLine(key, count)
    await onPhone.openTables('ratings')
    expect(await fitsWidth(phonePage)).toBe(true)
    await revealCharts(phonePage)
    await screenshot(phonePage, 'progress-07-all-fr-phone')
    await phonePage.emulateMedia({ colorScheme: 'dark' })
    await onPhone.firstChartDrawn('lessons')
    await screenshot(phonePage, 'progress-08-all-fr-phone-dark')
    await phonePage.goto(`${baseURL}/progress/report`)
    await phonePage.getByRole('heading', { level: 1, name: PROGRESS_FR.report.title }).waitFor()
    await phonePage.getByRole('table', { name: /Vos auto-évaluations/ }).waitFor()
    expect(await fitsWidth(phonePage)).toBe(true)
    await screenshot(phonePage, 'progress-09-report-fr-phone-dark')
    expect(phoneProblems).toEqual([])
    await small.close()
  }, 180_000) // Long: every section on two screens and two colour schemes, periods, the report, moods.

  it('a brand-new account: one honest line per section, not charts of single dots; then a first curve', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR', colorScheme: 'light' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const progress = progressPage(page)
    const headers = { origin: baseURL }
    await app.signUp('fr', {
      name: 'Noé',
      email: `noe-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await page.waitForURL(`${baseURL}/home`)

    await app.goTo('fr', 'progress')
    await page.getByRole('heading', { level: 1, name: PROGRESS_FR.heading }).waitFor()
    const waiting = progress.waiting()
    await waiting.waitFor()
    for (const key of ['ratings', 'causes', 'stages', 'rehearsal', 'lessons'] as const) {
      await progress.waitingLine(key).waitFor()
      expect(await progress.section(key).count()).toBe(0)
    }
    await progress
      .waitingLine('ratings')
      .getByText('apparaîtront après 2 entretiens débriefés et notés.')
      .waitFor()
    await waiting.getByRole('link', { name: 'Noter un entretien' }).waitFor()
    await waiting.getByRole('link', { name: 'Aller à l’entraînement' }).waitFor()
    expect(await progress.allCharts().count()).toBe(0)
    expect(await fitsWidth(page)).toBe(true)
    await revealCharts(page)
    await screenshot(page, 'progress-12-new-account-fr-phone')

    // One debriefed interview, rated, equal ratings: still a line, now saying how many there are.
    const rate = async (company: string, daysAgo: number, ratings: Record<string, number>) => {
      const id = await captureInterview(page.request, baseURL, {
        company,
        role: 'Comptable',
        stage: 'hr',
        date: new Date(Date.now() - daysAgo * DAY).toISOString(),
      })
      const empty = (await (await page.request.get(`${baseURL}/api/interviews/${id}/debrief`)).json()) as {
        version: number
        debrief: Record<string, unknown>
      }
      const saved = await page.request.put(`${baseURL}/api/interviews/${id}/debrief`, {
        data: { version: empty.version, debrief: { ...empty.debrief, ratings } },
        headers,
      })
      expect(saved.status()).toBe(200)
    }
    await rate('Fnac', 9, { serenity: 3, confidence: 3, oralEase: 3, preparation: 2 })
    await page.reload()
    await progress.waitingLine('ratings').getByText('Vous en avez 1 pour l’instant.').waitFor()
    await progress.waitingLine('stages').getByText('Vous en avez 1 pour l’instant.').waitFor()
    expect(await progress.allCharts().count()).toBe(0)

    // A second one: the curves are drawn, each rating in its own point shape, equal ones nudged apart.
    await rate('Darty', 2, { serenity: 4, confidence: 4, oralEase: 3, preparation: 4 })
    await page.reload()
    expect(await progress.waitForCharts('ratings', 1)).toBe(1)
    expect(await progress.waitingLine('ratings').count()).toBe(0)
    await progress
      .section('ratings')
      .getByText(/leurs points sont très légèrement décalés/)
      .waitFor()
    // Four series, four shapes: circles, squares, triangles and diamonds among the points.
    const plot = progress.charts('ratings').first()
    expect(await plot.locator('.recharts-line-dots circle').count()).toBeGreaterThan(0)
    expect(await plot.locator('.recharts-line-dots rect').count()).toBeGreaterThan(0)
    expect(await plot.locator('.recharts-line-dots polygon').count()).toBeGreaterThan(0)
    expect(await progress.bodyRows('ratings').count()).toBe(2)
    // Both interviews in one month: no month-by-month chart of a single column, a line instead.
    const month = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 7)
    const oneMonth = month(9) === month(2)
    expect(await progress.waitForChartsOrMonthsLine('stages', 2)).toEqual(
      oneMonth ? { charts: 1, later: 1 } : { charts: 2, later: 0 },
    )
    await revealCharts(page)
    await screenshot(page, 'progress-13-two-interviews-fr-phone')
    const state = await context.storageState()
    expect(problems).toEqual([])
    await context.close()

    const wide = await browser.newContext({
      ...desktop,
      locale: 'fr-FR',
      colorScheme: 'light',
      storageState: state,
    })
    const widePage = await wide.newPage()
    await widePage.goto(`${baseURL}/progress`)
    await progressPage(widePage).waitForCharts('ratings', 1)
    await revealCharts(widePage)
    await screenshot(widePage, 'progress-14-two-interviews-fr-desktop')
    await wide.close()
  }, 120_000)

  it('on the demo account: a rejection starts the rebound plan, and Home follows it up', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const rebound = reboundPage(page)
    await app.signIn('fr', CAMILLE)
    await page.waitForURL(`${baseURL}/home`)

    // Leroy Merlin's technical round, six days ago, comes back negative.
    const list = await page.request.get(`${baseURL}/api/interviews?q=Leroy&stage=technical`)
    const [technical] = ((await list.json()) as { interviews: { id: string }[] }).interviews
    expect(technical).toBeDefined()
    await page.goto(`${baseURL}/interviews/${technical?.id}`)
    await page.getByLabel(REBOUND_FR.outcome, { exact: true }).selectOption({ label: REBOUND_FR.rejected })
    await page.getByRole('button', { name: REBOUND_FR.saveInterview }).click()
    const offer = page.getByRole('region', { name: REBOUND_FR.offerTitle })
    await offer.getByRole('button', { name: REBOUND_FR.start }).click()
    await page.waitForURL(/\/rebound\/[^/]+(#plan)?$/)
    await page.getByRole('heading', { level: 1, name: 'Après Leroy Merlin' }).waitFor()
    await rebound.step(REBOUND_FR.steps.rest).check()
    await rebound.progress().filter({ hasText: '1 étape faite sur 4' }).waitFor()
    await rebound.waitAllSaved()

    await app.goTo('fr', 'home')
    await page.getByText('Votre plan de 48 heures : 1 étape sur 4').waitFor()
    await screenshot(page, 'progress-10-demo-rebound-home-fr-phone')
    expect(problems).toEqual([])
    await context.close()
  })

  it('in English, on the English demo account, wide and dark: every section draws and holds a table', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'en-GB', colorScheme: 'dark' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    await app.signIn('en', { email: 'alex.demo@example.org', password: CAMILLE.password })
    await page.waitForURL(`${baseURL}/home`)
    await app.goTo('en', 'progress')
    await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor()
    await page.getByRole('region', { name: 'What your data shows', exact: true }).waitFor()
    for (const name of [
      'Your self-ratings',
      'What got in the way, over time',
      'How far your interviews go',
      'Your rehearsals',
      'Your lessons, put into action',
      'Your voice over time',
    ]) {
      const section = page.getByRole('region', { name, exact: true })
      await section.locator('[data-chart]').first().scrollIntoViewIfNeeded()
      await section.locator('[data-chart] svg.recharts-surface').first().waitFor()
      expect(await section.getByRole('table').count()).toBeGreaterThan(0)
      await section.getByRole('button', { name: 'Show as table' }).first().waitFor()
    }
    await page.getByRole('region', { name: 'Your mood', exact: true }).waitFor()
    await revealCharts(page)
    await screenshot(page, 'progress-11-all-en-desktop-dark')
    const voice = page.getByRole('region', { name: 'Your voice over time', exact: true })
    expect(await voice.locator('[data-chart] svg.recharts-surface').count()).toBe(3)
    await voice.getByText(/^4 answers said out loud in the period/).waitFor()
    await sectionShot(voice, 'progress-16-voice-en-desktop-dark')
    expect(problems).toEqual([])
    await context.close()
  })

  it('opens with the texts it writes: the voice summary never shows its keys while texts load', async () => {
    const { context, page, problems } = await signedInOnPhone(browser, baseURL, CAMILLE)
    // Every text the page puts on the screen, from its first render on: the voice summary writes with the
    // recorder's texts, which Progress announces (app/router.tsx), so they are there before it renders.
    await page.addInitScript(`
      window.__keysShown = [];
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) {
            const text = node.textContent || '';
            const key = text.match(/\\bdelivery\\.[A-Za-z]+/);
            if (key) window.__keysShown.push(key[0]);
          }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    `)
    // The recorder's French texts arrive late, as on a slow connection: the page waits for them.
    await page.route(/\/assets\/recorder-[\w-]+\.js$/, async (route) => {
      const response = await route.fetch()
      if ((await response.text()).includes('Débit estimé'))
        await new Promise((done) => setTimeout(done, 1_500))
      await route.fulfill({ response })
    })
    await page.goto(`${baseURL}/progress`)
    const voice = page.getByRole('region', { name: 'Votre voix au fil du temps', exact: true })
    await voice.getByRole('term').first().waitFor()
    expect(await voice.getByRole('term').allTextContents()).toContain('Débit estimé')
    expect(await gathered(page, '__keysShown')).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('progress on a phone, before a chart is in view', () => {
  it('runs none of the chart library while it opens: its code comes when the first chart nears the screen', async () => {
    const { context, page, problems } = await signedInOnPhone(browser, baseURL, CAMILLE)
    const chartCode: string[] = []
    page.on('request', (request) => {
      if (/\/assets\/(recharts|charts)-[\w-]+\.js$/.test(request.url())) chartCode.push(request.url())
    })
    await page.goto(`${baseURL}/progress`)
    await page.getByRole('heading', { level: 1, name: PROGRESS_FR.heading }).waitFor()
    const ratings = progressPage(page).section('ratings')
    await ratings.getByRole('table').first().waitFor({ state: 'attached' })
    // The figures are on the screen, the charts further down: the page has settled without their code.
    await page.waitForLoadState('networkidle')
    expect(chartCode).toEqual([])
    expect(await page.locator('[data-chart] [role="img"]').count()).toBe(0)
    // Scrolled to, the first chart asks for its code and draws.
    await ratings.locator('[data-chart]').first().scrollIntoViewIfNeeded()
    await ratings.locator('[data-chart] svg.recharts-surface').first().waitFor()
    expect(chartCode.some((url) => url.includes('/recharts-'))).toBe(true)
    expect(problems).toEqual([])
    await context.close()
  })
})
