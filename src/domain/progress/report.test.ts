import { describe, expect, it } from 'vitest'
import type { Rating } from '../debrief'
import { progressReportMarkdown } from './report'
import { progressSeries } from './series'
import { facts, interviewBuilder } from './test-builders'
import type { Insight, ProgressInput } from './types'

const now = new Date('2026-06-15T12:00:00.000Z')
const ratings = (r: Partial<Record<Rating, number>>): Record<Rating, number | null> => ({
  serenity: null,
  confidence: null,
  oralEase: null,
  preparation: null,
  ...r,
})
const interview = interviewBuilder(() => ({
  applicationId: 'a1',
  company: 'Acme | Co\r\nParis',
  role: 'Dev',
  outcome: 'passed',
}))

const input: ProgressInput = {
  interviews: [
    interview('i1', '2026-04-02', {
      debrief: facts({
        ratings: ratings({ serenity: 2, confidence: 3, preparation: 4 }),
        causes: ['company_research', 'other'],
        actions: { total: 2, done: 1, flagged: 2 },
      }),
    }),
    interview('i2', '2026-04-20', {
      stage: 'manager',
      outcome: 'rejected',
      appliedActions: { applied: 1, offered: 2 },
      debrief: facts({
        ratings: ratings({ serenity: 3.5, confidence: 4, oralEase: 2, preparation: 4 }),
        causes: ['company_research'],
        actions: { total: 2, done: 1, flagged: 0 },
      }),
    }),
    interview('i3', '2026-05-02', {
      applicationId: 'a2',
      company: 'Beta',
      debrief: facts({ ratings: ratings({ serenity: 4 }) }),
    }),
  ],
  attemptDays: [
    { day: '2026-04-01', attempts: 3, words: 600, fillers: 13, assertivenessSum: 175 },
    { day: '2026-04-15', attempts: 2, words: 300, fillers: 3, assertivenessSum: 130 },
  ],
  cards: { total: 40, mastered: 7 },
  moods: [{ id: 'm1', at: '2026-04-21T08:00:00.000Z', mood: 2, note: 'Dur | vraiment\nmais ça va' }],
}
const series = progressSeries(input)
const insight: Insight = {
  id: 'cause_recurring:company_research',
  kind: 'cause_recurring',
  tone: 'attention',
  message: { fr: 'Phrase en français.', en: 'A sentence in English.' },
  figures: { count: 2 },
}
const report = (lang: 'fr' | 'en', over: Partial<Parameters<typeof progressReportMarkdown>[2]> = {}) =>
  progressReportMarkdown(series, [insight], {
    lang,
    from: '2026-04-01',
    to: '2026-06-15',
    name: 'Camille Martin',
    now,
    ...over,
  })
const lines = (text: string) => text.split('\n')

describe('progress report', () => {
  it('is written in French, with the period, totals and insights', () => {
    const fr = lines(report('fr'))
    expect(fr.slice(0, 4)).toEqual([
      '# Bilan de progression — Camille Martin',
      '',
      '- Période : du 2026-04-01 au 2026-06-15',
      '- Établi le : 2026-06-15',
    ])
    expect(fr).toContain('- Entretiens : 3')
    expect(fr).toContain('- Débriefs : 3')
    expect(fr).toContain('- Répétitions : 5')
    expect(fr).toContain('## Ce que montrent vos données')
    expect(fr).toContain('- Phrase en français.')
    expect(fr).not.toContain('- A sentence in English.')
  })

  it('gives each moment the day it fell on in the person’s time zone', () => {
    const late = progressSeries({
      ...input,
      interviews: [
        interview('i9', '2026-04-02T22:30:00.000Z', {
          debrief: facts({ ratings: ratings({ serenity: 3 }) }),
        }),
      ],
      moods: [{ id: 'm9', at: '2026-04-21T23:15:00.000Z', mood: 3, note: '' }],
    })
    const at = (timeZone?: string) =>
      progressReportMarkdown(late, [], {
        lang: 'fr',
        from: '2026-04-01',
        to: null,
        name: '',
        now,
        ...(timeZone ? { timeZone } : {}),
      })
    // 22:30 UTC is already the next day in Paris (00:30), still the same day in New York.
    expect(at('Europe/Paris')).toContain('| 2026-04-03 | Acme')
    expect(at('Europe/Paris')).toContain('| 2026-04-22 |')
    expect(at('America/New_York')).toContain('| 2026-04-02 | Acme')
    expect(at('Europe/Paris')).toContain('- Période : depuis le 2026-04-01')
    expect(at()).toContain('| 2026-04-02 | Acme')
  })

  it('lays the self-ratings out as a table, with the trends below', () => {
    const fr = report('fr')
    expect(fr).toContain(
      [
        '| Date | Entreprise | Étape | Sérénité | Confiance en moi | Aisance orale | Préparation |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| 2026-04-02 | Acme \\| Co Paris | Entretien RH | 2 | 3 | — | 4 |',
        '| 2026-04-20 | Acme \\| Co Paris | Manager | 3,5 | 4 | 2 | 4 |',
        '| 2026-05-02 | Beta | Entretien RH | 4 | — | — | — |',
      ].join('\n'),
    )
    expect(fr).toContain('- Sérénité : 3,2 → 3,2')
  })

  it('tables causes, stages, rehearsal weeks, applied actions and moods', () => {
    const en = report('en')
    expect(en).toContain(
      [
        '| Cause | Times | In the last 5 |',
        '| --- | --- | --- |',
        '| Not enough research on the company | 2 | 2 |',
        '| Other cause | 1 | 1 |',
      ].join('\n'),
    )
    expect(en).toContain('Applications: 2')
    expect(en).toContain('| Hiring manager | 1 | 0 |')
    expect(en).toContain('| Screening | 2 | 2 |')
    expect(en).toContain('- Questions mastered: 7 of 40')
    // The empty week between the two is left out of the table.
    expect(en).toContain(
      [
        '| Week of | Attempts | Assertiveness (out of 100) | Filler words per 100 words |',
        '| --- | --- | --- | --- |',
        '| 2026-03-30 | 3 | 58.3 | 2.2 |',
        '| 2026-04-13 | 2 | 65 | 1 |',
      ].join('\n'),
    )
    expect(en).not.toContain('| 2026-04-06 |')
    expect(en).toContain('- Actions noted: 4, 2 done')
    expect(en).toContain('- Prepared actions then applied: 1 of 2')
    expect(en).toContain('| 2026-04-20 | Acme \\| Co Paris | 2 | 1 |')
    expect(en).toContain('| 2026-04-21 | Heavy (2/5) | Dur \\| vraiment mais ça va |')
  })

  it('has every heading in the chosen language', () => {
    const heads = (text: string) => lines(text).filter((l) => l.startsWith('#'))
    expect(heads(report('fr'))).toEqual([
      '# Bilan de progression — Camille Martin',
      '## En bref',
      '## Ce que montrent vos données',
      '## Auto-évaluation (sur 5)',
      '## Causes identifiées',
      '## Étapes atteintes',
      '## Répétitions',
      '## Leçons et actions',
      '## Humeur',
    ])
    expect(heads(report('en'))).toEqual([
      '# Progress report — Camille Martin',
      '## At a glance',
      '## What your data shows',
      '## Self-ratings (out of 5)',
      '## Causes found',
      '## Stages reached',
      '## Rehearsal',
      '## Lessons and actions',
      '## Mood',
    ])
  })

  it.each([
    { from: null, to: null, fr: 'tout l’historique', en: 'all history' },
    { from: '2026-01-01', to: null, fr: 'depuis le 2026-01-01', en: 'since 2026-01-01' },
    { from: null, to: '2026-03-31T23:59:59.000Z', fr: 'jusqu’au 2026-03-31', en: 'until 2026-03-31' },
  ])('states the period $from – $to', ({ from, to, fr, en }) => {
    expect(report('fr', { from, to })).toContain(`- Période : ${fr}\n`)
    expect(report('en', { from, to })).toContain(`- Period: ${en}\n`)
  })

  it('makes user text inert: names, companies and notes', () => {
    const md = report('en', { name: '# Camille\n<b>Martin</b>' })
    expect(lines(md)[0]).toBe('# Progress report — \\# Camille &lt;b&gt;Martin&lt;/b&gt;')
    // No table row is broken by a user's pipe or line break.
    for (const row of lines(md).filter((l) => l.startsWith('|')))
      expect(row.replace(/\\\|/g, '').split('|').length).toBeGreaterThan(2)
    expect(md).not.toContain('\r')
    expect(md).not.toContain('<b>')
  })

  it('leaves out the name when there is none', () => {
    expect(lines(report('fr', { name: '  ' }))[0]).toBe('# Bilan de progression')
  })

  it('says so plainly when a period holds nothing', () => {
    const empty = progressSeries({
      interviews: [],
      attemptDays: [],
      cards: { total: 0, mastered: 0 },
      moods: [],
    })
    const fr = progressReportMarkdown(empty, [], { lang: 'fr', from: null, to: null, name: 'Camille', now })
    expect(fr).toContain('_Pas encore assez de données pour en tirer un constat fiable._')
    expect(fr.match(/_Rien pour cette période\._/g)).toHaveLength(4)
    expect(fr).not.toContain('| ')
    expect(fr).not.toMatch(/undefined|NaN|null/)
    const en = progressReportMarkdown(empty, [], { lang: 'en', from: null, to: null, name: 'Camille', now })
    expect(en).toContain('_Not enough data yet for a reliable statement._')
    expect(en).toContain('- Attempts: 0')
    expect(en.endsWith('\n')).toBe(true)
  })
})
