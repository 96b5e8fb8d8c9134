import { describe, expect, it } from 'vitest'
import { assessAssertiveness } from '../../src/domain/analysis/assertiveness'
import { type AnswerAnalysis, analyzeAnswer } from '../../src/domain/analysis/index'
import { spanProblems } from '../../src/domain/analysis/test-checks'
import { segmenterWordRuns, wordRuns } from '../../src/domain/analysis/tokenize'
import { CORPUS } from './evaluate'

// Properties that must hold on every labeled answer, whatever the labels say: the analyzer's own
// unit tests (src/domain/analysis) check the same properties on hand-picked inputs.

function expectValid(input: string, a: AnswerAnalysis): void {
  expect(spanProblems(input, a)).toEqual([])
}

describe('the analyzer on the whole corpus', () => {
  it('keeps every span exact on the whole corpus', () => {
    for (const item of CORPUS) expectValid(item.text, analyzeAnswer(item.text))
  })

  it('never overlaps two rewrites', () => {
    for (const item of CORPUS) {
      const edits = analyzeAnswer(item.text, { lang: item.lang })
        .suggestions.filter((s) => s.rewrite !== undefined)
        .map((s) => s.span)
      edits.forEach((s, i) => {
        const prev = edits[i - 1]
        if (prev) expect(prev.end).toBeLessThanOrEqual(s.start)
      })
    }
  })

  it('never reports the same words as both a filler and a hedge', () => {
    for (const item of CORPUS) {
      const a = analyzeAnswer(item.text, { lang: item.lang })
      const spans = [...a.fillers, ...a.hedges].sort((x, y) => x.start - y.start)
      spans.forEach((s, i) => {
        const prev = spans[i - 1]
        if (prev) expect(prev.end).toBeLessThanOrEqual(s.start)
      })
    }
  })

  it('gives every suggestion a message in both languages', () => {
    for (const item of CORPUS) {
      for (const s of analyzeAnswer(item.text).suggestions) {
        expect(s.message.fr.length).toBeGreaterThan(0)
        expect(s.message.en.length).toBeGreaterThan(0)
      }
    }
  })

  it('follows the assertiveness rule from what the analyzer found', () => {
    for (const item of CORPUS) {
      const a = analyzeAnswer(item.text, { lang: item.lang })
      expect(a.assertiveness.level).toBe(
        assessAssertiveness(a.hedges.length, a.fillers.length, a.wordCount, a.selfDeprecation.length > 0)
          .level,
      )
    }
  })

  it('matches Intl.Segmenter on every corpus answer', () => {
    for (const item of CORPUS) expect(wordRuns(item.text)).toEqual(segmenterWordRuns(item.text))
  })
})
