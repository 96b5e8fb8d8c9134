import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import type { User } from '../../../shared/schemas/auth'
import { queryKeys } from '../query-keys'
import { endSession, followOtherTabs, getSessionExit, startSession } from './session'

describe('endSession', () => {
  it('forgets everything cached about the person, the account’s devices included, and keeps no user', () => {
    const queryClient = new QueryClient()
    queryClient.setQueryData(queryKeys.me, { id: 'u1' })
    queryClient.setQueryData([...queryKeys.me, 'sessions'], [{ id: 's1' }])
    queryClient.setQueryData(queryKeys.home, { due: 3 })
    endSession(queryClient, 'signedOut')
    expect(queryClient.getQueryData([...queryKeys.me, 'sessions'])).toBeUndefined()
    expect(queryClient.getQueryData(queryKeys.home)).toBeUndefined()
    expect(queryClient.getQueryData(queryKeys.me)).toBeNull()
  })
})

describe('followOtherTabs', () => {
  const inès = { id: 'u1', name: 'Inès' } as unknown as User
  const hugo = { id: 'u2', name: 'Hugo' } as unknown as User

  function tabShowing(user: User) {
    const queryClient = new QueryClient()
    queryClient.setQueryData(queryKeys.me, user)
    queryClient.setQueryData(queryKeys.home, { due: 3 })
    const reloads: string[] = []
    const stop = followOtherTabs(queryClient, (path) => reloads.push(path))
    return { queryClient, reloads, stop }
  }

  it('a sign-out in another tab ends the session here too, with its notice, and forgets the person', async () => {
    const tab = tabShowing(inès)
    endSession(new QueryClient(), 'signedOut')
    await vi.waitFor(() => expect(tab.queryClient.getQueryData(queryKeys.me)).toBeNull())
    expect(tab.queryClient.getQueryData(queryKeys.home)).toBeUndefined()
    expect(getSessionExit()).toBe('signedOut')
    expect(tab.reloads).toEqual([])
    tab.stop()
  })

  it('someone else signing in elsewhere reloads this tab on Home; the same person changes nothing', async () => {
    const tab = tabShowing(inès)
    startSession(new QueryClient(), inès)
    startSession(new QueryClient(), hugo)
    await vi.waitFor(() => expect(tab.reloads).toEqual(['/home']))
    expect(tab.queryClient.getQueryData(queryKeys.home)).toEqual({ due: 3 })
    tab.stop()
  })

  it('a tab that stopped listening hears nothing', async () => {
    const tab = tabShowing(inès)
    tab.stop()
    const listening = tabShowing(inès)
    endSession(new QueryClient(), 'accountDeleted')
    await vi.waitFor(() => expect(listening.queryClient.getQueryData(queryKeys.me)).toBeNull())
    expect(tab.queryClient.getQueryData(queryKeys.me)).toEqual(inès)
    listening.stop()
  })
})
