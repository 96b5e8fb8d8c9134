import { describe, expect, it } from 'vitest'
import { transcribeByDefault } from './use-transcribe-choice'

describe('speech transcription on a device', () => {
  it('is off until the person ticks it: the sound would go to the browser maker’s service', () => {
    expect(transcribeByDefault(null)).toBe(false)
  })

  it('stays off where it was turned off, and on where it was chosen', () => {
    expect(transcribeByDefault('off')).toBe(false)
    expect(transcribeByDefault('on')).toBe(true)
    expect(transcribeByDefault('yes')).toBe(false)
  })
})
