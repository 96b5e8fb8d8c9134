import { useQuery } from '@tanstack/react-query'
import { debriefStateSchema } from '../../../../shared/schemas/interviews'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

/**
 * The lessons of the debrief a card came from, for turning a supporter's comment on the card into an
 * action of one of them. Under the interview's key: making a lesson or an action refreshes it.
 */
export function useDebriefLessons(interviewId: string | null) {
  return useQuery({
    queryKey: [...queryKeys.interviews.one(interviewId ?? ''), 'debrief-lessons'] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/api/interviews/${encodeURIComponent(interviewId ?? '')}/debrief`, debriefStateSchema, {
        signal,
      }),
    enabled: interviewId !== null,
    select: (state) => state.debrief.lessons.map((l) => ({ id: l.id, text: l.text })),
  })
}
