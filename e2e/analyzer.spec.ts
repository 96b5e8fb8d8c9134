import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { analyzerPage } from './pages/analyzer.page'
import { rebond } from './pages/rebond.page'
import { desktop, phone, screenshot, sharedBrowser, watchProblems } from './support/browser'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

const HEDGY_FR =
  'Euh, je pense que je sais gérer une équipe, enfin je crois. En fait on a plutôt bien réussi le projet.'
const HEDGY_EN =
  "Um, I think I kind of led the team, you know. I'm not very good at this, but we basically increased sales by 20%."

function newUser(name: string) {
  return { name, email: `${name.toLowerCase()}-${Date.now()}@example.fr`, password: 'un long mot de passe' }
}

/** No horizontal scrolling: everything fits the screen's width. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')
}

describe('the answer analyzer, end to end', () => {
  it('in French on a phone: highlights, STAR, gauge, one-click suggestions, undo, kept across a reload', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const analyzer = analyzerPage(page, 'fr')

    await app.signUp('fr', newUser('Camille'))
    await page.waitForURL(`${baseURL}/home`)
    await app.goTo('fr', 'rehearsal')
    await page.waitForURL(`${baseURL}/rehearsal`)
    await page.getByRole('link', { name: analyzer.labels.tryAnalyzer }).waitFor()
    await screenshot(page, 'analyzer-01-rehearsal-fr-phone')

    await analyzer.openFromRehearsal()
    await page.waitForURL(`${baseURL}/rehearsal/analyzer`)
    expect(await page.title()).toBe('Essayer l’analyseur · Rebond')
    // Before anything is typed, the page says what the analyzer looks at, and that nothing is saved.
    await page.getByText(/l’analyseur repère les tics de langage/).waitFor()
    await page.getByText(/Rien de ce que vous écrivez ici n’est enregistré/).waitFor()
    await screenshot(page, 'analyzer-02-empty-fr-phone')

    await analyzer.type(HEDGY_FR)
    // "enfin je crois" takes back what was just said: a self-correction, so a filler by the guide.
    expect(await analyzer.highlighted('filler')).toEqual(['Euh', 'enfin', 'En fait'])
    expect(await analyzer.highlighted('hedge')).toEqual(['je pense que', 'plutôt'])
    // What the highlights show, in words.
    const findings = analyzer.findings()
    await findings.getByText(/3 tics de langage/).waitFor()
    expect(await findings.textContent()).toMatch(/«\s*Euh\s*»/)
    expect(await findings.textContent()).toMatch(/«\s*je pense que\s*»/)
    for (const name of Object.values(analyzer.labels.legend)) {
      expect(await findings.getByText(name, { exact: true }).isVisible(), name).toBe(true)
    }
    const star = analyzer.starChecklist()
    for (const part of analyzer.labels.star.parts) {
      expect(await star.getByText(part, { exact: true }).isVisible(), part).toBe(true)
    }
    const gauge = analyzer.gauge()
    const score = Number(await gauge.getAttribute('aria-valuenow'))
    expect(score).toBeGreaterThanOrEqual(0)
    expect(score).toBeLessThanOrEqual(100)
    expect(await gauge.getAttribute('aria-valuetext')).toMatch(
      /^\d+ sur 100\s: (à renforcer|correcte|affirmée)$/,
    )
    await page.getByText('Analysée en français (langue détectée)').waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, 'analyzer-03-findings-fr-phone')

    // First suggestion: "Euh, " goes, and the sentence keeps its capital.
    await analyzer.applySuggestion(0)
    await expect
      .poll(() => analyzer.answer().inputValue())
      .toBe(
        'Je pense que je sais gérer une équipe, enfin je crois. En fait on a plutôt bien réussi le projet.',
      )
    await page.getByText(analyzer.labels.applied).waitFor()
    await expect.poll(() => analyzer.highlighted('filler')).toEqual(['enfin', 'En fait'])

    // Then the hedged claim: "Je pense que je sais" becomes "Je sais".
    await analyzer
      .suggestions()
      .getByRole('listitem')
      .filter({ hasText: 'Affirmation atténuée' })
      .getByRole('button', { name: /^Appliquer/ })
      .click()
    await expect
      .poll(() => analyzer.answer().inputValue())
      .toMatch(/^Je sais gérer une équipe, enfin je crois\./)
    await screenshot(page, 'analyzer-04-applied-fr-phone')

    // The last change can be undone from the page (on a phone there is no Ctrl+Z).
    await analyzer.undo()
    await expect.poll(() => analyzer.answer().inputValue()).toMatch(/^Je pense que je sais gérer/)

    // The text survives a reload of the tab.
    await page.reload()
    await expect.poll(() => analyzer.answer().inputValue()).toMatch(/^Je pense que je sais gérer/)
    expect(await analyzer.highlighted('hedge')).toContain('Je pense que')

    expect(problems).toEqual([])
    await context.close()
  })

  it('in English on a wide dark screen: English fillers and self-deprecation are highlighted', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'en-GB', colorScheme: 'dark' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const analyzer = analyzerPage(page, 'en')

    await app.signUp('en', newUser('Sam'))
    await page.waitForURL(`${baseURL}/home`)
    await app.goTo('en', 'rehearsal')
    await analyzer.openFromRehearsal()
    expect(await page.title()).toBe('Try the analyser · Rebond')

    await analyzer.chooseAnswerLanguage('en')
    await analyzer.type(HEDGY_EN)
    expect(await analyzer.highlighted('filler')).toEqual(['Um', 'you know', 'basically'])
    expect(await analyzer.highlighted('hedge')).toEqual(expect.arrayContaining(['I think', 'kind of']))
    expect(await analyzer.highlighted('self')).toEqual(["I'm not very good"])
    await analyzer
      .findings()
      .getByText(/3 filler words/)
      .waitFor()
    await page.getByText('Analysed as English', { exact: true }).waitFor()
    expect(await analyzer.gauge().getAttribute('aria-valuetext')).toMatch(
      /^\d+ out of 100: (could be firmer|steady|assertive)$/,
    )
    await analyzer.suggestions().getByText('“Um” adds nothing to your point', { exact: false }).waitFor()
    await screenshot(page, 'analyzer-05-findings-en-desktop-dark')

    await analyzer.applySuggestion(0)
    await expect.poll(() => analyzer.answer().inputValue()).toMatch(/^I think I kind of led the team/)
    // On a keyboard-and-mouse screen the change went through the browser's editing: Ctrl+Z undoes it.
    await analyzer.answer().focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => analyzer.answer().inputValue()).toBe(HEDGY_EN)

    expect(problems).toEqual([])
    await context.close()
  })
})
