import type { Transporter } from 'nodemailer'

export type OutgoingMail = {
  to: string
  subject: string
  text: string
  html: string
  language: 'fr' | 'en'
}

/** What the app sends mail with: one SMTP transport (SMTP_URL), one sender (MAIL_FROM). */
export type Mailer = {
  send: (mail: OutgoingMail) => Promise<void>
  close: () => void
}

/** nodemailer is loaded, and the transport made, at the first mail rather than at start. */
export function createSmtpMailer(settings: { smtpUrl: string; from: string }): Mailer {
  let transport: Promise<Transporter> | undefined
  let made: Transporter | undefined
  const transportNow = () => {
    transport ??= import('nodemailer').then(({ default: nodemailer }) => {
      made = nodemailer.createTransport(
        {
          url: settings.smtpUrl,
          // A server that does not answer must not hold a send for minutes.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        },
        { from: settings.from },
      )
      return made
    })
    return transport
  }
  return {
    send: async (mail) => {
      await (await transportNow()).sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'Content-Language': mail.language },
      })
    },
    close: () => made?.close(),
  }
}

/** Waits before a failed send is tried again: a mail server briefly down or busy gets two more chances. */
export const MAIL_RETRY_DELAYS_MS: readonly number[] = [10_000, 2 * 60_000]

/**
 * Mail sent after the answer has left: a request's answer and its timing never depend on whether
 * a mail went out (or on the SMTP server's speed). A send that fails is tried again after each of
 * `retryDelaysMs` (kept in memory: a restart forgets it), then reported to `onError`. `settled()`
 * waits for every send under way, retries included (tests use it to know that nothing more is
 * coming); `close()` stops waiting retries, reports each as given up, then settles.
 */
export function createOutbox(
  onError: (error: unknown) => void,
  options: { retryDelaysMs?: readonly number[]; onRetry?: (error: unknown, attempt: number) => void } = {},
) {
  const retryDelays = options.retryDelaysMs ?? MAIL_RETRY_DELAYS_MS
  const pending = new Set<Promise<void>>()
  const waiting = new Set<() => void>()
  let closing = false
  /** Resolves after `ms`, or at once (false) when the outbox closes meanwhile. */
  const pause = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const stop = () => {
        clearTimeout(timer)
        waiting.delete(stop)
        resolve(false)
      }
      const timer = setTimeout(() => {
        waiting.delete(stop)
        resolve(true)
      }, ms)
      timer.unref()
      waiting.add(stop)
    })
  return {
    post(work: () => Promise<void>): void {
      const task = (async () => {
        // After the current request's answer is written.
        await new Promise((resolve) => setImmediate(resolve))
        for (let attempt = 0; ; attempt++) {
          try {
            await work()
            return
          } catch (error) {
            const delay = retryDelays[attempt]
            if (delay === undefined || closing) throw error
            options.onRetry?.(error, attempt + 1)
            if (!(await pause(delay))) throw error
          }
        }
      })()
        .catch(onError)
        .finally(() => pending.delete(task))
      pending.add(task)
    },
    async settled(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending])
    },
    async close(): Promise<void> {
      closing = true
      for (const stop of [...waiting]) stop()
      while (pending.size > 0) await Promise.all([...pending])
    },
  }
}

export type Outbox = ReturnType<typeof createOutbox>
