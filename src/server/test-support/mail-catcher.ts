import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { SMTPServer } from 'smtp-server'
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { BuildAppOptions } from '../app'
import { createTestApp, type TestClock, testClock, testConfig } from './app'
import type { TestDatabase } from './databases'

export type CaughtMail = {
  to: string[]
  subject: string
  text: string
  html: string
  raw: string
}

function decodeQuotedPrintable(encoded: string): string {
  const text = encoded.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3)
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16))
      i += 2
    } else bytes.push(...Buffer.from(text[i] ?? '', 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

/** Quoted-printable or base64 body of one MIME part, as text. */
function decodePart(part: string): { type: string; body: string } {
  const split = part.indexOf('\r\n\r\n')
  const head = part.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const body = part.slice(split + 4)
  const type = /content-type:\s*([^;\r\n]+)/i.exec(head)?.[1]?.trim().toLowerCase() ?? 'text/plain'
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head)?.[1]?.toLowerCase()
  if (encoding === 'base64') return { type, body: Buffer.from(body, 'base64').toString('utf8') }
  if (encoding === 'quoted-printable') return { type, body: decodeQuotedPrintable(body) }
  return { type, body }
}

/** The subject header, decoding RFC 2047 encoded words. */
function decodeSubject(raw: string): string {
  const header = /^subject:(.*(?:\r\n[ \t].*)*)/im.exec(raw)?.[1] ?? ''
  return header
    .replace(/\r\n[ \t]+/g, ' ')
    .trim()
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )
}

export function parseMail(raw: string, to: string[]): CaughtMail {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1]
  const parts = boundary
    ? raw
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => decodePart(p.replace(/^\r\n/, '')))
    : [decodePart(raw)]
  return {
    to,
    subject: decodeSubject(raw),
    text: parts.find((p) => p.type === 'text/plain')?.body ?? '',
    html: parts.find((p) => p.type === 'text/html')?.body ?? '',
    raw,
  }
}

/**
 * A real SMTP server on a free local port, keeping every message it receives: the app sends to it
 * with nodemailer as it would to any other. No TLS, no authentication.
 */
export async function startMailCatcher() {
  const mails: CaughtMail[] = []
  const waiters = new Set<() => void>()
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address)
        mails.push(parseMail(Buffer.concat(chunks).toString('utf8'), to))
        for (const wake of waiters) wake()
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** Mails sent to this address so far. */
    to: (address: string) => mails.filter((m) => m.to.includes(address)),
    /** The next mail to this address once `count` have arrived (fails after 10 s). */
    async waitFor(address: string, count = 1): Promise<CaughtMail> {
      const deadline = Date.now() + 10_000
      while (mails.filter((m) => m.to.includes(address)).length < count) {
        if (Date.now() > deadline) throw new Error(`no mail to ${address} within 10 s`)
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake)
            resolve()
          }
          waiters.add(wake)
          setTimeout(wake, 200)
        })
      }
      const list = mails.filter((m) => m.to.includes(address))
      return list[count - 1] as CaughtMail
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type MailCatcher = Awaited<ReturnType<typeof startMailCatcher>>

/** The token of the reset link in a mail's text. */
export function resetTokenIn(mail: CaughtMail): string {
  const match = /\/reset-password#([A-Za-z0-9_-]+)/.exec(mail.text)
  if (!match?.[1]) throw new Error(`no reset link in the mail:\n${mail.text}`)
  return match[1]
}

/** What `mailingAppPerTest` keeps: read its fields inside a test or a hook, never while collecting. */
export type MailingSession = {
  catcher: MailCatcher
  app: FastifyInstance
  clock: TestClock
  /** A fresh app on a test clock, its links on `publicUrl`, sending its mail to the catcher (none with `mail: false`). */
  start(options?: { mail?: boolean } & Partial<BuildAppOptions>): Promise<void>
}

/**
 * For the enclosing `describe`: one mail catcher for all its tests, and `start` for each test that
 * builds an app mailing to it; the catcher is closed after the describe, the app after each test.
 */
export function mailingAppPerTest(database: TestDatabase, publicUrl: string): MailingSession {
  const session = {
    async start({ mail = true, ...options } = {}) {
      session.clock = testClock()
      session.app = await createTestApp(database, {
        now: session.clock.now,
        config: testConfig({
          publicUrl,
          ...(mail ? { mail: { smtpUrl: session.catcher.url, from: 'Rebond <rebond@example.org>' } } : {}),
        }),
        ...options,
      })
    },
  } as MailingSession
  beforeAll(async () => {
    session.catcher = await startMailCatcher()
  })
  afterAll(async () => {
    await session.catcher?.close()
  })
  afterEach(async () => {
    await session.app?.close()
  })
  return session
}
