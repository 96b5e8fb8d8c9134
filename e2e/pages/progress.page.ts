import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** What the Progress and report pages say, in French: the journey uses these names only. */
export const PROGRESS_FR = {
  heading: 'Vos progrès',
  insights: 'Ce que montrent vos données',
  noInsight: 'Pas encore de constat.',
  sections: {
    ratings: 'Vos auto-évaluations',
    causes: 'Ce qui a coincé, au fil du temps',
    stages: 'Jusqu’où vont vos entretiens',
    rehearsal: 'Vos répétitions',
    lessons: 'Vos leçons en actions',
    delivery: 'Votre voix au fil du temps',
  },
  waiting: 'Ce qui apparaîtra ici',
  showTable: 'Voir le tableau',
  hideTable: 'Masquer le tableau',
  period: {
    all: 'Tout l’historique',
    threeMonths: '3 derniers mois',
    twelveMonths: '12 derniers mois',
    custom: 'Dates choisies',
    from: 'Du',
    to: 'Au',
    apply: 'Afficher',
    rangeOrder: 'La date de fin doit venir après la date de début.',
  },
  reportLink: 'Préparer un bilan pour votre conseiller',
  report: { title: 'Bilan de progression', print: 'Imprimer', markdown: 'Télécharger en Markdown' },
  mood: {
    section: 'Votre humeur',
    note: 'Un mot, si vous voulez (facultatif)',
    save: 'Noter',
    saved: 'C’est noté.',
    confirmTitle: 'Supprimer ce point d’humeur ?',
    confirm: 'Supprimer',
  },
} as const

export type SectionKey = keyof typeof PROGRESS_FR.sections

/**
 * Charts are drawn as they come near the screen (as a person scrolls to them): brings each chart's
 * place in `scope` onto the screen in turn, then goes back to the top.
 */
export async function revealCharts(page: Page, scope: Locator = page.locator('body')): Promise<void> {
  const plots = scope.locator('[data-chart]')
  const count = await plots.count()
  for (let index = 0; index < count; index += 1) {
    const plot = plots.nth(index)
    await plot.scrollIntoViewIfNeeded()
    // Charts are drawn when they come near the screen: stay until this one is, before scrolling on.
    await plot
      .locator('svg.recharts-surface')
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => {})
  }
  await page.evaluate('window.scrollTo(0, 0)')
}

export function progressPage(page: Page) {
  const section = (key: SectionKey): Locator =>
    page.getByRole('region', { name: PROGRESS_FR.sections[key], exact: true })
  return {
    page,
    section,
    insights: () => page.getByRole('region', { name: PROGRESS_FR.insights, exact: true }),
    mood: () => page.getByRole('region', { name: PROGRESS_FR.mood.section, exact: true }),
    /** The card of sections without enough data yet, one line each. */
    waiting: () => page.getByRole('region', { name: PROGRESS_FR.waiting, exact: true }),
    waitingLine: (key: SectionKey) =>
      page.getByRole('region', { name: PROGRESS_FR.waiting, exact: true }).locator(`[data-waiting="${key}"]`),
    /** Every chart drawn on the page, in any section. */
    allCharts: () => page.locator('[data-chart]'),
    /** The charts of a section, once drawn: each picture holds an SVG. */
    charts: (key: SectionKey) => section(key).locator('[data-chart] svg.recharts-surface'),
    /** The pictures the charts are in (role="img"), each with a summary in words. */
    pictures: (key: SectionKey) => section(key).locator('[data-chart] [role="img"]'),
    /** The tables of a section: in the page for screen readers even while folded away. */
    tables: (key: SectionKey) => section(key).getByRole('table'),
    /** Body rows of a section's first table (the header row left out). */
    bodyRows: (key: SectionKey) => section(key).getByRole('table').first().locator('tbody tr'),
    async openTables(key: SectionKey) {
      const toggles = section(key).getByRole('button', { name: PROGRESS_FR.showTable })
      while ((await toggles.count()) > 0) await toggles.first().click()
    },
    /** Every chart on the page drawn (each brought onto the screen once), e.g. before a screenshot. */
    revealCharts: () => revealCharts(page),
    /** A section's first chart, brought onto the screen and drawn. */
    async firstChartDrawn(key: SectionKey) {
      await section(key).locator('[data-chart]').first().scrollIntoViewIfNeeded()
      await section(key).locator('[data-chart] svg.recharts-surface').first().waitFor()
    },
    async waitForCharts(key: SectionKey, count: number) {
      const charts = section(key).locator('[data-chart] svg.recharts-surface')
      await expect
        .poll(
          async () => {
            await revealCharts(page, section(key))
            return charts.count()
          },
          { timeout: 30_000 },
        )
        .toBeGreaterThanOrEqual(count)
      return charts.count()
    },
    /**
     * Waits until a section shows `count` month-aware charts: each drawn, or, for a month-by-month
     * chart whose data falls in one month, the line saying when it will appear.
     */
    async waitForChartsOrMonthsLine(key: SectionKey, count: number) {
      const charts = section(key).locator('[data-chart] svg.recharts-surface')
      const later = section(key).locator('[data-waiting="months"]')
      await expect
        .poll(
          async () => {
            await revealCharts(page, section(key))
            return (await charts.count()) + (await later.count())
          },
          { timeout: 30_000, message: `charts or months lines in the ${key} section` },
        )
        .toBe(count)
      return { charts: await charts.count(), later: await later.count() }
    },
    async choosePreset(name: string) {
      await page.getByRole('radio', { name, exact: true }).check()
    },
    async chooseDates(from: string, to: string) {
      await page.getByRole('radio', { name: PROGRESS_FR.period.custom, exact: true }).check()
      await page.getByLabel(PROGRESS_FR.period.from, { exact: true }).fill(from)
      await page.getByLabel(PROGRESS_FR.period.to, { exact: true }).fill(to)
      await page.getByRole('button', { name: PROGRESS_FR.period.apply, exact: true }).click()
    },
  }
}
