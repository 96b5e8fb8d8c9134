import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

declare module 'vitest' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  export interface ProvidedContext {
    mailDir: string
  }
}

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string }

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

function parse(to: string[], raw: string): ReceivedMail {
  const subject = (/^subject:(.*(?:\r\n[ \t].*)*)/im.exec(raw)?.[1] ?? '')
    .replace(/\r\n[ \t]+/g, ' ')
    .trim()
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1]
  const parts = boundary
    ? raw
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => decodePart(p.replace(/^\r\n/, '')))
    : [decodePart(raw)]
  const body = (type: string) => parts.find((p) => p.type === type)?.body ?? ''
  return { to, subject, text: body('text/plain'), html: body('text/html') }
}

/** Every mail the journeys' SMTP server received for this address, oldest first. */
export function mailsTo(address: string): ReceivedMail[] {
  const directory = inject('mailDir')
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map(
      (name) => JSON.parse(readFileSync(path.join(directory, name), 'utf8')) as { to: string[]; raw: string },
    )
    .filter((mail) => mail.to.includes(address.toLowerCase()))
    .map((mail) => parse(mail.to, mail.raw))
}

/** Waits (up to 15 s) for the `count`-th mail to this address, as a person waits for their inbox. */
export async function waitForMail(address: string, count = 1): Promise<ReceivedMail> {
  const deadline = Date.now() + 15_000
  for (;;) {
    const mails = mailsTo(address)
    const wanted = mails[count - 1]
    if (wanted) return wanted
    if (Date.now() > deadline) throw new Error(`no mail to ${address} within 15 s`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** The first link of a mail's text that opens the given path of the app. */
export function linkIn(mail: ReceivedMail, pathname: string): string {
  const match = new RegExp(`https?://\\S+${pathname}\\S*`).exec(mail.text)
  if (!match) throw new Error(`no link to ${pathname} in the mail:\n${mail.text}`)
  return match[0]
}
