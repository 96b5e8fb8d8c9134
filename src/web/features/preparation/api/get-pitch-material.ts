import { useQuery } from '@tanstack/react-query'
import { pitchMaterialResponseSchema } from '../../../../shared/schemas/preparation'
import { apiRequest } from '../../../lib/api-client'
import { pitchKey } from './get-pitch'

export const pitchMaterialKey = (interviewId: string | null) =>
  [...pitchKey, 'material', interviewId ?? ''] as const

export function getPitchMaterial(interviewId: string | null, signal?: AbortSignal) {
  const query = interviewId ? `?interview=${encodeURIComponent(interviewId)}` : ''
  return apiRequest(`/api/pitch/material${query}`, pitchMaterialResponseSchema, { signal })
}

/** What to draw on for "Why this company": the interview's research notes, earlier "why us?" answers. */
export function usePitchMaterial(interviewId: string | null) {
  return useQuery({
    queryKey: pitchMaterialKey(interviewId),
    queryFn: ({ signal }) => getPitchMaterial(interviewId, signal),
  })
}
