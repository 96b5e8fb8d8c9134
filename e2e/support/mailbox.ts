import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { inject } from 'vitest'

declare module 'vitest' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  export interface ProvidedContext {
    mailDir: string
  }
}

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string }

/** One raw message as a person's mail client shows it: subject, text and HTML decoded (mailparser). */
async function parse(to: string[], raw: string): Promise<ReceivedMail> {
  const mail = await simpleParser(raw)
  return { to, subject: mail.subject ?? '', text: mail.text ?? '', html: mail.html || '' }
}

/** Every mail the journeys' SMTP server received for this address, oldest first. */
export function mailsTo(address: string): Promise<ReceivedMail[]> {
  const directory = inject('mailDir')
  const mails = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map(
      (name) => JSON.parse(readFileSync(path.join(directory, name), 'utf8')) as { to: string[]; raw: string },
    )
    .filter((mail) => mail.to.includes(address.toLowerCase()))
  return Promise.all(mails.map((mail) => parse(mail.to, mail.raw)))
}

/** Waits (up to 15 s) for the `count`-th mail to this address, as a person waits for their inbox. */
export async function waitForMail(address: string, count = 1): Promise<ReceivedMail> {
  const deadline = Date.now() + 15_000
  for (;;) {
    const mails = await mailsTo(address)
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
