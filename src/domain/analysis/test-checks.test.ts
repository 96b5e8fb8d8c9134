import { describe, expect, it } from 'vitest'
import { analyzeAnswer } from './index'
import { spanProblems } from './test-checks'

describe('spanProblems', () => {
  it('finds nothing wrong with a real analysis, and names a span that misquotes the input', () => {
    const input = 'Euh, je pense que j’ai réduit les délais de 20 %.'
    const a = analyzeAnswer(input)
    expect(spanProblems(input, a)).toEqual([])
    const broken = { ...a, fillers: [{ start: 0, end: 3, text: 'Bof' }] }
    expect(spanProblems(input, broken)).toEqual(['fillers: "Bof" is not the input at 0-3'])
  })

  it('names STAR evidence that cuts a word', () => {
    const input = "J'ai sous-traité le tri."
    const a = analyzeAnswer(input, { lang: 'fr' })
    expect(spanProblems(input, a)).toEqual([])
    const cut = {
      ...a,
      starEvidence: { ...a.starEvidence, action: [{ start: 0, end: 8, text: "J'ai sou" }] },
    }
    expect(spanProblems(input, cut)).toEqual(['action: "J\'ai sou" cuts a word'])
    const half = {
      ...a,
      starEvidence: { ...a.starEvidence, action: [{ start: 0, end: 9, text: "J'ai sous" }] },
    }
    expect(spanProblems(input, half)).toEqual(['action: "J\'ai sous" cuts a word'])
  })
})
