import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { type DebriefContent, LIMITS } from '../../../../domain/debrief'
import { errorResponseSchema } from '../../../../shared/schemas/common'
import {
  type FeedbackRequest,
  type FeedbackResponse,
  feedbackRequestSchema,
  feedbackResponseSchema,
  type SaveFeedbackBody,
} from '../../../../shared/schemas/feedback'
import {
  type DebriefState,
  debriefConflictSchema,
  debriefStateSchema,
  interviewResponseSchema,
} from '../../../../shared/schemas/interviews'
import { ApiError, apiRequest, NetworkError } from '../../../lib/api-client'
import { currentLanguage } from '../../../lib/i18n'

export const feedbackKeys = {
  one: (id: string) => ['feedback', 'one', id] as const,
  debrief: (id: string) => ['feedback', 'debrief', id] as const,
}

const base = (id: string) => `/api/interviews/${encodeURIComponent(id)}`
export const icsPath = (id: string) => `${base(id)}/feedback/follow-up.ics`

/** PUT is not in the shared client: a small sender of our own, reading 409s as answers. */
async function put(path: string, body: unknown): Promise<{ status: number; payload: unknown }> {
  let response: Response
  try {
    response = await fetch(path, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLanguage(),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
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
  if (response.ok || response.status === 409) return { status: response.status, payload }
  const error = errorResponseSchema.safeParse(payload)
  if (error.success) {
    const { code, message, fields } = error.data.error
    throw new ApiError({ status: response.status, code, message, fields })
  }
  throw new ApiError({ status: response.status, code: `http_${response.status}`, message: '' })
}

function parse<S extends z.ZodType>(schema: S, status: number, payload: unknown): z.infer<S> {
  const parsed = schema.safeParse(payload)
  if (!parsed.success) throw new ApiError({ status, code: 'invalid_response', message: '' })
  return parsed.data
}

export function useFeedback(id: string) {
  return useQuery({
    queryKey: feedbackKeys.one(id),
    queryFn: ({ signal }) => apiRequest(`${base(id)}/feedback`, feedbackResponseSchema, { signal }),
  })
}

/** Saves part of the request and puts the answer in the cache. */
export function useSaveFeedback(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: SaveFeedbackBody): Promise<FeedbackRequest> => {
      const { status, payload } = await put(`${base(id)}/feedback`, body)
      return parse(feedbackRequestSchema, status, payload)
    },
    onSuccess: (request) => {
      queryClient.setQueryData<FeedbackResponse>(feedbackKeys.one(id), (old) =>
        old ? { ...old, request } : old,
      )
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}

/** Adds a name to the interview's interviewers, keeping the ones already there. */
export function useSaveInterviewer(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (name: string) => {
      const { interview } = await apiRequest(base(id), interviewResponseSchema)
      const trimmed = name.trim().slice(0, LIMITS.interviewerName)
      if (interview.interviewers.some((p) => p.name === trimmed)) return
      if (interview.interviewers.length >= LIMITS.interviewers) throw new Error('too_many')
      await apiRequest(base(id), interviewResponseSchema, {
        method: 'PATCH',
        body: { interviewers: [...interview.interviewers, { name: trimmed, role: '' }] },
      })
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.one(id) })
      void queryClient.invalidateQueries({ queryKey: ['interviews'] })
    },
  })
}

export function useDebriefLessons(id: string) {
  return useQuery({
    queryKey: feedbackKeys.debrief(id),
    queryFn: ({ signal }) => apiRequest(`${base(id)}/debrief`, debriefStateSchema, { signal }),
  })
}

export type LessonChange =
  | { kind: 'lesson'; text: string }
  | { kind: 'action'; lessonId: string; text: string }

/** Why a change cannot be made: said to the person, never thrown at them. */
export class LessonChangeError extends Error {
  constructor(readonly reason: 'lessons_full' | 'actions_full' | 'lesson_gone' | 'conflict') {
    super(reason)
    this.name = 'LessonChangeError'
  }
}

function applyChange(content: DebriefContent, change: LessonChange): DebriefContent {
  if (change.kind === 'lesson') {
    if (content.lessons.length >= LIMITS.lessons) throw new LessonChangeError('lessons_full')
    return {
      ...content,
      lessons: [...content.lessons, { id: crypto.randomUUID(), text: change.text, actions: [] }],
    }
  }
  const lesson = content.lessons.find((l) => l.id === change.lessonId)
  if (!lesson) throw new LessonChangeError('lesson_gone')
  if (lesson.actions.length >= LIMITS.actionsPerLesson) throw new LessonChangeError('actions_full')
  return {
    ...content,
    lessons: content.lessons.map((l) =>
      l.id === change.lessonId
        ? {
            ...l,
            actions: [
              ...l.actions,
              { id: crypto.randomUUID(), text: change.text, status: 'open', checkBeforeNext: false },
            ],
          }
        : l,
    ),
  }
}

/** Reads the debrief, adds the lesson or action, saves it on that version; retries once on a 409. */
async function saveChange(id: string, change: LessonChange): Promise<DebriefState> {
  let state = await apiRequest(`${base(id)}/debrief`, debriefStateSchema)
  for (let attempt = 0; attempt < 2; attempt++) {
    const debrief = applyChange(state.debrief, change)
    const { status, payload } = await put(`${base(id)}/debrief`, { version: state.version, debrief })
    if (status !== 409) return parse(debriefStateSchema, status, payload)
    const conflict = debriefConflictSchema.safeParse(payload)
    state = conflict.success
      ? conflict.data.current
      : await apiRequest(`${base(id)}/debrief`, debriefStateSchema)
  }
  throw new LessonChangeError('conflict')
}

export function useAddToLessons(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: LessonChange) => saveChange(id, change),
    onSuccess: (state) => {
      queryClient.setQueryData(feedbackKeys.debrief(id), state)
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}
