import type { InterviewFormat, InterviewOutcome, InterviewStage } from '../../../../domain/debrief'
import type { Interview, UpdateInterviewBody } from '../../../../shared/schemas/interviews'
import { fromDateTimeInputValue, toDateTimeInputValue } from '../../../lib/dates'

/** An interview's details as the form holds them: text for the inputs, a key for each person. */
export type InterviewDraft = {
  date: string
  stage: InterviewStage
  format: InterviewFormat | ''
  durationMinutes: string
  outcome: InterviewOutcome
  gutFeeling: number | null
  interviewers: DraftInterviewer[]
  note: string
}

export type DraftInterviewer = { key: string; name: string; role: string }

export const INTERVIEW_FIELDS = [
  'date',
  'stage',
  'format',
  'durationMinutes',
  'outcome',
  'gutFeeling',
  'interviewers',
  'note',
]

export function toDraft(iv: Interview): InterviewDraft {
  return {
    date: toDateTimeInputValue(new Date(iv.date)),
    stage: iv.stage,
    format: iv.format ?? '',
    durationMinutes: iv.durationMinutes === null ? '' : String(iv.durationMinutes),
    outcome: iv.outcome,
    gutFeeling: iv.gutFeeling,
    interviewers: iv.interviewers.map((p) => ({ key: crypto.randomUUID(), ...p })),
    note: iv.note,
  }
}

export const newInterviewer = (): DraftInterviewer => ({ key: crypto.randomUUID(), name: '', role: '' })

/** The duration typed, as minutes; `null` when left empty. */
export const draftDuration = (draft: InterviewDraft): number | null =>
  draft.durationMinutes.trim() === '' ? null : Number(draft.durationMinutes)

/** What the draft changes in the saved interview: only those fields are sent. */
export function interviewChanges(draft: InterviewDraft, interview: Interview): UpdateInterviewBody {
  const body: UpdateInterviewBody = {}
  const date = fromDateTimeInputValue(draft.date)
  if (date && draft.date !== toDateTimeInputValue(new Date(interview.date))) body.date = date
  if (draft.stage !== interview.stage) body.stage = draft.stage
  if ((draft.format || null) !== interview.format) body.format = draft.format || null
  const duration = draftDuration(draft)
  if (duration !== interview.durationMinutes) body.durationMinutes = duration
  if (draft.outcome !== interview.outcome) body.outcome = draft.outcome
  if (draft.gutFeeling !== interview.gutFeeling) body.gutFeeling = draft.gutFeeling
  const interviewers = draft.interviewers
    .filter((p) => p.name.trim() !== '')
    .map((p) => ({ name: p.name.trim(), role: p.role.trim() }))
  if (JSON.stringify(interviewers) !== JSON.stringify(interview.interviewers))
    body.interviewers = interviewers
  if (draft.note !== interview.note) body.note = draft.note
  return body
}
