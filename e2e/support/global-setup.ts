import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startMailServer } from './mail-server'

declare module 'vitest' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  export interface ProvidedContext {
    baseURL: string
  }
}

let server: ChildProcess | undefined
let dataDir: string | undefined
let mailServer: Awaited<ReturnType<typeof startMailServer>> | undefined

/**
 * Seeds the demo accounts, then starts the built app the way a user does (`npm start`), on a
 * random port with a temporary data directory, and hands its address to the specs.
 */
export async function setup(project: TestProject) {
  dataDir = mkdtempSync(path.join(tmpdir(), 'rebond-e2e-'))
  const root = path.resolve(import.meta.dirname, '../..')
  // The demo accounts (camille.demo@example.org, alex.demo@example.org), as `npm run db:seed` makes them.
  const seed = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'src/server/seed/seed-cli.ts')],
    {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    },
  )
  if (seed.status !== 0) throw new Error(`the demo seed failed:\n${seed.stdout}${seed.stderr}`)
  // The journeys can move the app's clock ahead (support/clock.ts); it starts on time.
  const clockFile = path.join(dataDir, 'e2e-clock-offset')
  writeFileSync(clockFile, '0')
  // The app mails through a real SMTP server; the journeys read what it received (support/mailbox.ts).
  const mailDir = path.join(dataDir, 'mail')
  mkdirSync(mailDir)
  mailServer = await startMailServer(mailDir)
  server = spawn(
    process.execPath,
    ['--import', path.join(root, 'e2e/support/clock-preload.mjs'), path.join(root, 'scripts/start.mjs')],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        REBOND_E2E_CLOCK_FILE: clockFile,
        LOG_LEVEL: 'info',
        DATABASE_URL: '',
        // Every journey signs up from 127.0.0.1; the per-IP limits are tested in the route tests.
        SIGNUPS_PER_HOUR_PER_IP: '500',
        LOGINS_PER_15_MIN_PER_IP: '500',
        SMTP_URL: mailServer.url,
        MAIL_FROM: 'Rebond <rebond@example.org>',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const baseURL = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the app did not start within 60 s')), 60_000)
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/)
      if (match?.[1]) {
        clearTimeout(timer)
        // From here on the logs are drained, not kept: every request writes a line.
        server?.stdout?.off('data', onData)
        server?.stderr?.off('data', onData)
        server?.stdout?.resume()
        server?.stderr?.resume()
        resolve(match[1])
      }
    }
    server?.stdout?.on('data', onData)
    server?.stderr?.on('data', onData)
    server?.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the app exited with ${code} before listening:\n${output}`))
    })
  })
  project.provide('baseURL', baseURL)
  project.provide('clockFile', clockFile)
  project.provide('mailDir', mailDir)
}

export async function teardown() {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  await mailServer?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
}
