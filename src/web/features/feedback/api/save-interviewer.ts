import { useMutation, useQueryClient } from '@tanstack/react-query'
import { LIMITS } from '../../../../domain/debrief'
import { interviewResponseSchema } from '../../../../shared/schemas/interviews'
import { apiRequest } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'
import { feedbackKey } from './get-feedback'

/** Adds a name to the interview's interviewers, keeping the ones already there. */
export async function saveInterviewer(interviewId: string, name: string): Promise<void> {
  const path = `/api/interviews/${encodeURIComponent(interviewId)}`
  const { interview } = await apiRequest(path, interviewResponseSchema)
  const trimmed = name.trim().slice(0, LIMITS.interviewerName)
  if (interview.interviewers.some((p) => p.name === trimmed)) return
  if (interview.interviewers.length >= LIMITS.interviewers) throw new Error('too_many')
  await apiRequest(path, interviewResponseSchema, {
    method: 'PATCH',
    body: { interviewers: [...interview.interviewers, { name: trimmed, role: '' }] },
  })
}

export function useSaveInterviewer(interviewId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => saveInterviewer(interviewId, name),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: feedbackKey(interviewId) })
      void queryClient.invalidateQueries({ queryKey: queryKeys.interviews.all })
    },
  })
}
