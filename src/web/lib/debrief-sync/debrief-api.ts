import type { DebriefContent } from '../../../domain/debrief'
import {
  type DebriefState,
  debriefConflictSchema,
  debriefStateSchema,
} from '../../../shared/schemas/interviews'
import { apiRequest, apiRequestOrConflict } from '../api-client'

export function debriefPath(interviewId: string): string {
  return `/api/interviews/${encodeURIComponent(interviewId)}/debrief`
}

export function getDebrief(interviewId: string, signal?: AbortSignal): Promise<DebriefState> {
  return apiRequest(debriefPath(interviewId), debriefStateSchema, signal ? { signal } : {})
}

export type SaveOutcome = { kind: 'saved'; state: DebriefState } | { kind: 'conflict'; current: DebriefState }

/**
 * The one request that saves a debrief (ADR 0002): the whole document, based on the version it
 * was edited from. A 409 is an answer here (someone saved first), with the debrief as it is now.
 * Other failures throw ApiError or NetworkError. Pages save through the debrief sync, which
 * decides what a 409 means; `keepalive` lets a save sent as the page closes outlive it.
 */
export async function putDebrief(
  interviewId: string,
  version: number,
  debrief: DebriefContent,
  options: { keepalive?: boolean } = {},
): Promise<SaveOutcome> {
  const answer = await apiRequestOrConflict(
    debriefPath(interviewId),
    debriefStateSchema,
    debriefConflictSchema,
    {
      method: 'PUT',
      body: { version, debrief },
      keepalive: options.keepalive === true,
    },
  )
  return answer.conflict
    ? { kind: 'conflict', current: answer.data.current }
    : { kind: 'saved', state: answer.data }
}
