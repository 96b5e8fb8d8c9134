import { describe, expect, it } from 'vitest'
import { createOutbox } from './mailer'

/** A send that fails `failures` times, then works; counts its attempts. */
function flakySend(failures: number) {
  let attempts = 0
  return {
    send: async () => {
      attempts += 1
      if (attempts <= failures) throw new Error(`SMTP down (attempt ${attempts})`)
    },
    attempts: () => attempts,
  }
}

describe('the mail outbox', () => {
  it('tries a failed send again after each delay, and reports nothing once it goes', async () => {
    const errors: unknown[] = []
    const retries: number[] = []
    const outbox = createOutbox((error) => errors.push(error), {
      retryDelaysMs: [5, 5],
      onRetry: (_error, attempt) => retries.push(attempt),
    })
    const mail = flakySend(2)
    outbox.post(mail.send)
    await outbox.settled()
    expect(mail.attempts()).toBe(3)
    expect(retries).toEqual([1, 2])
    expect(errors).toEqual([])
  })

  it('reports a send that still fails after the last try, once', async () => {
    const errors: unknown[] = []
    const outbox = createOutbox((error) => errors.push(error), { retryDelaysMs: [5, 5] })
    const mail = flakySend(10)
    outbox.post(mail.send)
    await outbox.settled()
    expect(mail.attempts()).toBe(3)
    expect(errors).toHaveLength(1)
    expect(String(errors[0])).toContain('attempt 3')
  })

  it('closing gives up a waiting retry at once instead of holding the shutdown', async () => {
    const errors: unknown[] = []
    const outbox = createOutbox((error) => errors.push(error), { retryDelaysMs: [60_000] })
    const mail = flakySend(10)
    outbox.post(mail.send)
    // The first attempt fails; the retry waits a minute.
    await new Promise((resolve) => setTimeout(resolve, 20))
    // Without the give-up, this would wait the minute out and the test would time out.
    await outbox.close()
    expect(mail.attempts()).toBe(1)
    expect(errors).toHaveLength(1)
  })

  it('sends each mail once when it works the first time, after the answer', async () => {
    const outbox = createOutbox(() => {})
    const order: string[] = []
    outbox.post(async () => {
      order.push('sent')
    })
    order.push('answered')
    await outbox.settled()
    expect(order).toEqual(['answered', 'sent'])
  })
})
