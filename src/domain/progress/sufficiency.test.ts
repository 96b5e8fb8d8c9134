import { describe, expect, it } from 'vitest'
import { progressSeries } from './series'
import { monthsEnough, SECTION_MINIMUMS, sectionSufficiency } from './sufficiency'
import { facts, input, interviewBuilder } from './test-builders'

const interview = interviewBuilder(() => ({}))
const rated = (id: string, date: string) =>
  interview(id, date, {
    debrief: facts({
      ratings: { serenity: 3, confidence: 3, oralEase: 2, preparation: 4 },
      causes: ['salary'],
      actions: { total: 2, done: 1, flagged: 1 },
    }),
  })

describe('which Progress sections have enough to draw', () => {
  it('a brand-new account: every section waits, and says for how many', () => {
    const result = sectionSufficiency(progressSeries(input()))
    for (const [section, verdict] of Object.entries(result)) {
      expect(verdict.enough).toBe(false)
      expect(verdict.have).toBe(0)
      expect(verdict.need).toBe(SECTION_MINIMUMS[section as keyof typeof SECTION_MINIMUMS])
    }
  })

  it('one debriefed interview: no line of one dot, but its actions make a bar', () => {
    const result = sectionSufficiency(progressSeries(input({ interviews: [rated('a', '2026-10-01')] })))
    expect(result.ratings).toEqual({ enough: false, have: 1, need: 2 })
    expect(result.causes).toEqual({ enough: false, have: 1, need: 2 })
    expect(result.stages).toEqual({ enough: false, have: 1, need: 2 })
    expect(result.lessons).toEqual({ enough: true, have: 1, need: 1 })
  })

  it('two debriefed interviews draw ratings, causes and stages', () => {
    const series = progressSeries(input({ interviews: [rated('a', '2026-10-01'), rated('b', '2026-10-20')] }))
    const result = sectionSufficiency(series)
    expect(result.ratings.enough && result.causes.enough && result.stages.enough).toBe(true)
  })

  it('an interview without ratings counts for stages, not for the ratings curves', () => {
    const series = progressSeries(
      input({ interviews: [rated('a', '2026-10-01'), interview('b', '2026-10-20')] }),
    )
    const result = sectionSufficiency(series)
    expect(result.stages.enough).toBe(true)
    expect(result.ratings).toEqual({ enough: false, have: 1, need: 2 })
  })

  it('rehearsals need two weeks with attempts, not two attempts the same week', () => {
    const day = (d: string, attempts: number) => ({
      day: d,
      attempts,
      words: 100,
      fillers: 2,
      assertivenessSum: 60,
    })
    const sameWeek = progressSeries(input({ attemptDays: [day('2026-10-05', 3), day('2026-10-07', 2)] }))
    expect(sectionSufficiency(sameWeek).rehearsal).toEqual({ enough: false, have: 1, need: 2 })
    const twoWeeks = progressSeries(input({ attemptDays: [day('2026-10-05', 1), day('2026-10-21', 1)] }))
    expect(sectionSufficiency(twoWeeks).rehearsal).toEqual({ enough: true, have: 2, need: 2 })
  })
})

describe('month-by-month charts', () => {
  it('wait for a second month: two interviews the same month make one column', () => {
    const sameMonth = progressSeries(
      input({ interviews: [rated('a', '2026-10-01'), rated('b', '2026-10-20')] }),
    )
    expect(monthsEnough(sameMonth.stages.months)).toBe(false)
    expect(monthsEnough(sameMonth.causes.months)).toBe(false)
    const twoMonths = progressSeries(
      input({ interviews: [rated('a', '2026-10-01'), rated('b', '2026-11-02')] }),
    )
    expect(monthsEnough(twoMonths.stages.months)).toBe(true)
    expect(monthsEnough(twoMonths.causes.months)).toBe(true)
  })
})
