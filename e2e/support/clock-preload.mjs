// Loaded with `node --import` into the app started for the e2e journeys, never in production:
// the app's clock runs `offset` milliseconds ahead, where `offset` is read from the file named
// by REBOND_E2E_CLOCK_FILE (written by `moveServerClock` in the specs). This lets a journey see
// what happens tomorrow (a card due again, a follow-up due, a 48-hour plan over) without waiting.
import { readFileSync } from 'node:fs'

const file = process.env.REBOND_E2E_CLOCK_FILE
if (file) {
  const RealDate = Date
  const realNow = RealDate.now.bind(RealDate)
  let offset = 0
  let readAt = Number.NEGATIVE_INFINITY
  const currentOffset = () => {
    const t = realNow()
    // Read at most every 50 ms: logging asks the time on every request.
    if (t - readAt > 50) {
      readAt = t
      try {
        offset = Number(readFileSync(file, 'utf8')) || 0
      } catch {
        offset = 0
      }
    }
    return offset
  }
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(realNow() + currentOffset())
      else super(...args)
    }
    static now() {
      return realNow() + currentOffset()
    }
  }
  globalThis.Date = ShiftedDate
}
