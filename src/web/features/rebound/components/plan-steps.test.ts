import { describe, expect, it } from 'vitest'
import type { ReboundStep } from '../api/get-rebound'
import { isKept, settleStep, stepTitle } from './plan-steps'

const titles = { rest: 'Faire quelque chose qui vous ressource' } as Record<string, string>
const suggested = (key: string) => titles[key] ?? key
const step = (over: Partial<ReboundStep>): ReboundStep => ({
  id: 's',
  key: 'rest',
  text: '',
  done: false,
  ...over,
})

describe('the words of a step', () => {
  it("shows a suggested step's title in the reader's language until it is reworded", () => {
    expect(stepTitle(step({}), suggested)).toBe('Faire quelque chose qui vous ressource')
    expect(stepTitle(step({ text: 'Aller nager' }), suggested)).toBe('Aller nager')
    expect(stepTitle(step({ key: null }), suggested)).toBe('')
  })

  it.each([
    { name: 'left in its suggested words', text: 'Faire quelque chose qui vous ressource', kept: '' },
    { name: 'emptied', text: '   ', kept: '' },
    { name: 'reworded', text: 'Aller nager', kept: 'Aller nager' },
  ])('a suggested step $name keeps "$kept" as its own words', ({ text, kept }) => {
    expect(settleStep([step({ text })], 's', suggested)).toEqual([step({ text: kept })])
  })

  it('drops an empty step of your own, and saves only steps with a title', () => {
    expect(settleStep([step({ key: null, text: ' ' })], 's', suggested)).toEqual([])
    expect(isKept(step({}))).toBe(true)
    expect(isKept(step({ key: null }))).toBe(false)
  })
})
