import { writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server for the journeys (started by global-setup.ts, which gives its address to the
 * app as SMTP_URL): every message it receives is written to `directory` as JSON (recipients and
 * raw message), where `support/mailbox.ts` reads it from the specs' own processes.
 */
export async function startMailServer(directory: string) {
  let count = 0
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        count += 1
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase())
        const raw = Buffer.concat(chunks).toString('utf8')
        writeFileSync(
          path.join(directory, `${String(count).padStart(5, '0')}.json`),
          JSON.stringify({ to, raw }),
        )
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
