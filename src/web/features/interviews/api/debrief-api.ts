import type { DebriefContent } from '../../../../domain/debrief'
import { errorResponseSchema } from '../../../../shared/schemas/common'
import {
  type DebriefState,
  debriefConflictSchema,
  debriefStateSchema,
} from '../../../../shared/schemas/interviews'
import { ApiError, apiRequest, NetworkError } from '../../../lib/api-client'
import { currentLanguage } from '../../../lib/i18n'

export function debriefPath(interviewId: string): string {
  return `/api/interviews/${encodeURIComponent(interviewId)}/debrief`
}

export function getDebrief(interviewId: string, signal?: AbortSignal): Promise<DebriefState> {
  return apiRequest(debriefPath(interviewId), debriefStateSchema, signal ? { signal } : {})
}

export type SaveOutcome = { kind: 'saved'; state: DebriefState } | { kind: 'conflict'; current: DebriefState }

/** Browsers refuse keepalive requests whose body is larger than 64 KiB. */
const KEEPALIVE_MAX_BYTES = 60_000

/**
 * Sends the whole debrief, based on the version it was edited from. A 409 is an answer here
 * (someone saved first), not an error. Other failures throw ApiError or NetworkError.
 */
export async function putDebrief(
  interviewId: string,
  version: number,
  debrief: DebriefContent,
  options: { keepalive?: boolean } = {},
): Promise<SaveOutcome> {
  const body = JSON.stringify({ version, debrief })
  let response: Response
  try {
    response = await fetch(debriefPath(interviewId), {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLanguage(),
        'Content-Type': 'application/json',
      },
      body,
      keepalive: options.keepalive === true && body.length < KEEPALIVE_MAX_BYTES,
    })
  } catch (error) {
    throw new NetworkError(error)
  }
  let payload: unknown
  try {
    payload = await response.json()
  } catch {
    payload = undefined
  }
  if (response.ok) {
    const parsed = debriefStateSchema.safeParse(payload)
    if (!parsed.success)
      throw new ApiError({ status: response.status, code: 'invalid_response', message: '' })
    return { kind: 'saved', state: parsed.data }
  }
  if (response.status === 409) {
    const conflict = debriefConflictSchema.safeParse(payload)
    if (conflict.success) return { kind: 'conflict', current: conflict.data.current }
  }
  const error = errorResponseSchema.safeParse(payload)
  if (error.success) {
    const { code, message, fields } = error.data.error
    throw new ApiError({ status: response.status, code, message, fields })
  }
  throw new ApiError({ status: response.status, code: `http_${response.status}`, message: '' })
}
