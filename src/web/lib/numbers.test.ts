import { describe, expect, it } from 'vitest'
import { numberFormat } from './numbers'

describe('numberFormat', () => {
  it('writes numbers in the interface language, within the decimals asked', () => {
    expect(numberFormat('fr', { max: 1 }).format(3.456)).toBe('3,5')
    expect(numberFormat('en', { max: 1 }).format(3.456)).toBe('3.5')
    expect(numberFormat('fr', { max: 1, min: 1 }).format(2)).toBe('2,0')
    expect(numberFormat('en').format(1234.5)).toBe('1,234.5')
  })

  it('makes each kind once', () => {
    expect(numberFormat('fr', { max: 1 })).toBe(numberFormat('fr', { max: 1 }))
    expect(numberFormat('fr', { max: 1 })).not.toBe(numberFormat('en', { max: 1 }))
    expect(numberFormat('fr', { max: 1 })).not.toBe(numberFormat('fr', { max: 1, min: 1 }))
  })
})
