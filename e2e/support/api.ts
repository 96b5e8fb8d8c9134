import type { APIRequestContext } from 'playwright-core'
import { expect } from 'vitest'

/** What capturing an interview takes, as the app's form sends it (POST /api/interviews). */
export type NewInterview = { company: string; role: string; stage: string; date: string }

/**
 * Captures an interview through the API for a journey that starts further on (its debrief, its plan, its
 * rebound), signed in as `request`'s owner; gives the new interview's id, failing the test unless it was created.
 */
export async function captureInterview(
  request: APIRequestContext,
  baseURL: string,
  interview: NewInterview,
): Promise<string> {
  const response = await request.post(`${baseURL}/api/interviews`, {
    data: interview,
    headers: { origin: baseURL },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { interview: { id: string } }).interview.id
}
