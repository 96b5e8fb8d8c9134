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
})
