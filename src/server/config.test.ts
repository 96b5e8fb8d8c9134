import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, fastifyTrustProxy, loadConfig } from './config'

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
      sessionSecret: undefined,
    })
  })

  it('writes nothing, not even DATA_DIR: the session secret is generated once the database is open', () => {
    const dir = path.join(dataDir(), 'not-yet')
    for (const env of [{ DATA_DIR: dir }, { DATA_DIR: dir, DATABASE_URL: 'postgres://rebond@db/rebond' }]) {
      expect(loadConfig(env).sessionSecret).toBeUndefined()
      expect(existsSync(dir)).toBe(false)
    }
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

  it('reads TRUST_PROXY as proxy addresses and CIDR ranges separated by commas', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      TRUST_PROXY: ' 10.0.0.1, 172.16.0.0/12,FD00::/8 ,loopback',
    })
    expect(config.trustProxy).toEqual(['10.0.0.1', '172.16.0.0/12', 'fd00::/8', 'loopback'])
  })

  it.each([['10.0.0.1, nope'], ['10.0.0.0/33'], ['::1/129'], ['10.0.0.1/8/8'], ['10.0.0.1,'], ['-1']])(
    'refuses TRUST_PROXY=%j, naming it',
    (value) => {
      expect(() => loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: value })).toThrow(
        /^Invalid configuration: TRUST_PROXY must be true, false or a number of proxy hops, or proxy IP addresses/,
      )
    },
  )

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT must be a number \(got "abc"\)$/],
    [{ PORT: '70000' }, /^Invalid configuration: PORT must be between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /^Invalid configuration: DATABASE_URL must start with postgres:\/\//],
    [{ LOG_LEVEL: 'loud' }, /^Invalid configuration: LOG_LEVEL must be one of/],
    [{ TRUST_PROXY: 'maybe' }, /^Invalid configuration: TRUST_PROXY must be true, false or a number/],
    [{ SESSION_SECRET: 'short' }, /^Invalid configuration: SESSION_SECRET must be at least 32 characters/],
    [{ SIGNUPS_PER_HOUR_PER_IP: '0' }, /^Invalid configuration: SIGNUPS_PER_HOUR_PER_IP must be at least 1/],
    [{ HOST: '' }, /^Invalid configuration: HOST must not be empty/],
    [
      { HOST: 'local host' },
      /^Invalid configuration: HOST must be a host name or an IP address, without spaces/,
    ],
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

  it('reports every wrong variable, one line each, the first problem of each', () => {
    const attempt = () =>
      loadConfig({
        DATA_DIR: dataDir(),
        PORT: '70000',
        HOST: 'a b',
        LOG_LEVEL: 'loud',
        LOGINS_PER_15_MIN_PER_IP: '1.5',
      })
    expect(attempt).toThrow(ConfigError)
    try {
      attempt()
    } catch (error) {
      expect((error as Error).message.split('\n')).toEqual([
        'Invalid configuration: PORT must be between 0 and 65535 (got "70000")',
        'Invalid configuration: HOST must be a host name or an IP address, without spaces (got "a b")',
        expect.stringMatching(/^Invalid configuration: LOG_LEVEL must be one of .* \(got "loud"\)$/),
        'Invalid configuration: LOGINS_PER_15_MIN_PER_IP must be a whole number (got "1.5")',
      ])
    }
  })

  it('treats an empty PORT or per-IP limit as unset (the default), not as 0', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      PORT: '',
      SIGNUPS_PER_HOUR_PER_IP: ' ',
      LOGINS_PER_15_MIN_PER_IP: '',
    })
    expect(config).toMatchObject({ port: 3000, signupsPerHourPerIp: 10, loginsPer15MinPerIp: 30 })
  })

  it('never quotes a secret back: no SESSION_SECRET, no password in DATABASE_URL', () => {
    try {
      loadConfig({ DATA_DIR: dataDir(), SESSION_SECRET: 'tooshort', DATABASE_URL: 'mysql://me:pa55@db/x' })
      expect.unreachable()
    } catch (error) {
      const message = (error as Error).message
      expect(message).toContain('SESSION_SECRET must be at least 32 characters')
      expect(message).toContain('(got "mysql://me:***@db/x")')
      expect(message).not.toContain('tooshort')
      expect(message).not.toContain('pa55')
    }
  })
})

describe('fastifyTrustProxy', () => {
  // Fastify calls the function with each address from the socket (hop 0) leftwards through
  // X-Forwarded-For; the first one it does not trust is the client.
  const trusts = (trust: ReturnType<typeof fastifyTrustProxy>, hop: number) =>
    typeof trust === 'function' ? trust('192.0.2.1', hop) : trust

  it.each([
    { setting: true, trusted: [0], name: 'true trusts exactly one hop: the nearest proxy' },
    { setting: 2, trusted: [0, 1], name: 'a number trusts that many hops' },
    { setting: 0, trusted: [], name: '0 trusts no hop' },
  ])('$name', ({ setting, trusted }) => {
    const trust = fastifyTrustProxy(setting)
    expect([0, 1, 2, 3].filter((hop) => trusts(trust, hop))).toEqual(trusted)
  })

  it('false trusts nothing; a list goes to Fastify as a list', () => {
    expect(fastifyTrustProxy(false)).toBe(false)
    expect(fastifyTrustProxy(['10.0.0.0/8'])).toEqual(['10.0.0.0/8'])
  })
})
