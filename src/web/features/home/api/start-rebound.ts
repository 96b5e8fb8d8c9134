import { useMutation, useQueryClient } from '@tanstack/react-query'
import { reboundSchema } from '../../../../shared/schemas/progress'
import { apiRequest } from '../../../lib/api-client'

type Body = { interviewId: string } | { applicationId: string }

/** Starts the 48-hour rebound after a recent rejection; the answer is the new (or open) rebound. */
export function useStartRebound() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Body) => apiRequest('/api/rebounds', reboundSchema, { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['home'] })
      void queryClient.invalidateQueries({ queryKey: ['rebounds'] })
    },
  })
}
