import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../config'

const base = () => ({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'rebond-mail-config-')) })

describe('mail settings', () => {
  it('sends no mail unless SMTP_URL and MAIL_FROM are both set', () => {
    expect(loadConfig(base()).mail).toBeUndefined()
    expect(loadConfig({ ...base(), SMTP_URL: '', MAIL_FROM: '' }).mail).toBeUndefined()
    const config = loadConfig({
      ...base(),
      SMTP_URL: 'smtps://rebond:secret@mail.example.org:465',
      MAIL_FROM: 'Rebond <rebond@example.org>',
      PUBLIC_URL: 'https://rebond.example.org/',
    })
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://rebond:secret@mail.example.org:465',
      from: 'Rebond <rebond@example.org>',
    })
    expect(config.publicUrl).toBe('https://rebond.example.org')
    expect(() => loadConfig({ ...base(), SMTP_URL: 'smtp://localhost:25' })).toThrow(
      'Invalid configuration: MAIL_FROM must be set too: SMTP_URL and MAIL_FROM go together',
    )
  })

  it('reports a wrong SMTP_URL, MAIL_FROM or PUBLIC_URL on one line each, never quoting the SMTP password', () => {
    try {
      loadConfig({
        ...base(),
        SMTP_URL: 'http://rebond:pa55word@mail.example.org',
        MAIL_FROM: 'Rebond',
        PUBLIC_URL: 'rebond.example.org',
      })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      const lines = (error as Error).message.split('\n')
      expect(lines).toEqual([
        'Invalid configuration: SMTP_URL must be an smtp:// or smtps:// address (got "http://rebond:***@mail.example.org")',
        'Invalid configuration: MAIL_FROM must be an address, such as "Rebond <rebond@example.org>" or rebond@example.org (got "Rebond")',
        'Invalid configuration: PUBLIC_URL must be an address such as https://rebond.example.org (got "rebond.example.org")',
      ])
    }
  })
})
