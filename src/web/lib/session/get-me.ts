import { useQuery } from '@tanstack/react-query'
import { type User, userResponseSchema } from '../../../shared/schemas/auth'
import { apiRequest, isApiError } from '../api-client'
import { queryKeys } from '../query-keys'

/** The signed-in person, or null when there is no session (401 is an answer here, not an error). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    const { user } = await apiRequest('/api/me', userResponseSchema, { signal })
    return user
  } catch (error) {
    if (isApiError(error, 401)) return null
    throw error
  }
}

export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60 * 1000,
  })
}

/** The signed-in person, for pages that only render behind the sign-in guard. */
export function useCurrentUser(): User {
  const { data } = useMe()
  if (!data) throw new Error('useCurrentUser is only for pages behind the sign-in guard')
  return data
}
