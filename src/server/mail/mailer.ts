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

/**
 * Mail sent after the answer has left: a request's answer and its timing never depend on whether
 * a mail went out (or on the SMTP server's speed). `settled()` waits for every send under way
 * (closing the app waits for it; tests use it to know that nothing more is coming).
 */
export function createOutbox(onError: (error: unknown) => void) {
  const pending = new Set<Promise<void>>()
  return {
    post(work: () => Promise<void>): void {
      const task = (async () => {
        // After the current request's answer is written.
        await new Promise((resolve) => setImmediate(resolve))
        await work()
      })()
        .catch(onError)
        .finally(() => pending.delete(task))
      pending.add(task)
    },
    async settled(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending])
    },
  }
}

export type Outbox = ReturnType<typeof createOutbox>
