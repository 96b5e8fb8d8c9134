import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'rebond-config-'))

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const dir = dataDir()
    const config = loadConfig({ DATA_DIR: dir })
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: dir,
      databaseUrl: undefined,
      trustProxy: false,
      logLevel: 'info',
    })
  })

  it('generates a session secret once, keeps it private in DATA_DIR, and reuses it', () => {
    const dir = dataDir()
    const first = loadConfig({ DATA_DIR: dir }).sessionSecret
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(first)
    const file = path.join(dir, 'session-secret')
    expect(readFileSync(file, 'utf8').trim()).toBe(first)
    expect(statSync(file).mode & 0o077).toBe(0)
  })

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: dataDir(),
      DATABASE_URL: 'postgres://rebond@db:5432/rebond',
      TRUST_PROXY: '2',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: 'x'.repeat(40),
    })
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://rebond@db:5432/rebond',
      trustProxy: 2,
      logLevel: 'warn',
      sessionSecret: 'x'.repeat(40),
    })
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'true' }).trustProxy).toBe(true)
  })

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT must be a number \(got "abc"\)$/],
    [{ PORT: '70000' }, /^Invalid configuration: PORT must be between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /^Invalid configuration: DATABASE_URL must start with postgres:\/\//],
    [{ LOG_LEVEL: 'loud' }, /^Invalid configuration: LOG_LEVEL must be one of/],
    [{ TRUST_PROXY: 'maybe' }, /^Invalid configuration: TRUST_PROXY must be true, false or a number/],
    [{ SESSION_SECRET: 'short' }, /^Invalid configuration: SESSION_SECRET must be at least 32 characters/],
    [{ SIGNUPS_PER_HOUR_PER_IP: '0' }, /^Invalid configuration: SIGNUPS_PER_HOUR_PER_IP must be at least 1/],
  ])('refuses %o with one line naming the variable', (env, message) => {
    const attempt = () => loadConfig({ DATA_DIR: dataDir(), ...env })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(message)
    try {
      attempt()
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('\n')
    }
  })

  it('treats an empty DATABASE_URL as unset (SQLite)', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: '' }).databaseUrl).toBeUndefined()
  })
})
