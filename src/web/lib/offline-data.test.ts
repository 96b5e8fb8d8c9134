import { describe, expect, it } from 'vitest'
import { isOfflineReadable, mustWipeOfflineData } from './offline-data'

describe('which API reads the service worker keeps for offline visits', () => {
  it.each([
    ['/api/home', true],
    ['/api/interviews/abc', true],
    ['/api/progress', true],
    ['/api/auth/session', true],
    ['/api/auth/login', false],
    ['/api/auth/sessions', false],
    ['/api/health', false],
    ['/api/ready', false],
    ['/api/docs/json', false],
    ['/api/openapi.json', false],
    ['/api/sharing/links', true],
    ['/api/sharing/received/abc', false],
    ['/home', false],
    ['/assets/index.js', false],
  ])('%s → %s', (pathname, kept) => {
    expect(isOfflineReadable(pathname)).toBe(kept)
  })
})

describe('when the cached API answers are wiped', () => {
  it('keeps them while the same person stays signed in', () => {
    expect(mustWipeOfflineData('user-a', 'user-a')).toBe(false)
  })
  it('wipes them when nobody is signed in any more (sign-out, account deleted, session ended)', () => {
    expect(mustWipeOfflineData('user-a', null)).toBe(true)
    expect(mustWipeOfflineData(null, null)).toBe(true)
  })
  it('wipes them when someone else signs in on this device', () => {
    expect(mustWipeOfflineData('user-a', 'user-b')).toBe(true)
  })
  it('wipes them when their owner is unknown (device storage cleared or unavailable)', () => {
    expect(mustWipeOfflineData(null, 'user-a')).toBe(true)
  })
})
