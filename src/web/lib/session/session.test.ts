import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { queryKeys } from '../query-keys'
import { endSession } from './session'

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
