import { describe, expect, it } from 'vitest'
import { charLimitState } from './char-limit'

describe('charLimitState', () => {
  it.each([
    [0, 2000, 'quiet'],
    [1599, 2000, 'quiet'],
    [1600, 2000, 'near'],
    [1999, 2000, 'near'],
    [2000, 2000, 'full'],
    [2100, 2000, 'full'],
    [95, 120, 'quiet'],
    [96, 120, 'near'],
  ] as const)('%i characters out of %i: %s', (length, max, state) => {
    expect(charLimitState(length, max)).toBe(state)
  })
})
