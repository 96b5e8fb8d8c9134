import { describe, expect, it } from 'vitest'
import { planMoodWrite } from './mood'

const now = new Date('2026-06-30T12:00:00.000Z')
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString()

describe("the 48-hour plan's mood in the mood log", () => {
  it.each([
    { name: 'a first answer adds a check-in', latest: undefined, mood: 2, write: { kind: 'add' } },
    {
      name: 'changing it an hour later changes that check-in',
      latest: { id: 'm', at: hoursAgo(1), mood: 2 },
      mood: 3,
      write: { kind: 'update', id: 'm' },
    },
    {
      name: 'the same answer again writes nothing',
      latest: { id: 'm', at: hoursAgo(1), mood: 3 },
      mood: 3,
      write: { kind: 'none' },
    },
    {
      name: 'answering again days later adds a new check-in',
      latest: { id: 'm', at: hoursAgo(72), mood: 2 },
      mood: 4,
      write: { kind: 'add' },
    },
    {
      name: 'clearing a fresh answer removes its check-in',
      latest: { id: 'm', at: hoursAgo(1), mood: 2 },
      mood: null,
      write: { kind: 'remove', id: 'm' },
    },
    {
      name: 'clearing days later leaves the old check-in in the log',
      latest: { id: 'm', at: hoursAgo(72), mood: 2 },
      mood: null,
      write: { kind: 'none' },
    },
  ])('$name', ({ latest, mood, write }) => {
    expect(planMoodWrite(latest, mood, now)).toEqual(write)
  })
})
