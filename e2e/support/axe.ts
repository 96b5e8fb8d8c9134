import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** One serious or critical axe finding, said so a person can find it: page, rule, element. */
export type A11yViolation = { page: string; rule: string; impact: string; target: string; summary: string }

/**
 * Runs axe (every rule it has: WCAG 2.x A and AA and its best practices) on the page as it is now
 * and returns the serious and critical violations, one per element, labelled with `label`.
 */
export async function seriousA11yViolations(page: Page, label: string): Promise<A11yViolation[]> {
  // Legacy mode runs axe.run in the page itself: the app has no frames, and the default mode opens a
  // blank page for every check to merge the frames' results, which doubles the time on a busy machine.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => ({
        page: label,
        rule: violation.id,
        impact: violation.impact ?? '',
        target: node.target.join(' '),
        summary: (node.failureSummary ?? violation.help).replace(/\s+/g, ' ').trim(),
      })),
    )
}

/** Fails with the rule, the element and the page when axe finds anything serious or critical. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  expect(await seriousA11yViolations(page, label)).toEqual([])
}

/** A readable list, one violation a line, for a failure message. */
export function describeViolations(violations: A11yViolation[]): string {
  return violations.map((v) => `${v.page} — ${v.rule} (${v.impact}) on ${v.target}: ${v.summary}`).join('\n')
}
