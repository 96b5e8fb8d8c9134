import type { InterviewStage } from '../../../../domain/debrief'
import type { CreateInterviewBody } from '../../../../shared/schemas/interviews'
import { toDateTimeInputValue } from '../../../lib/dates'

/** The quick capture as it is typed, kept on the device until it is sent. */
export type Capture = {
  company: string
  role: string
  application: { id: string; company: string; role: string } | null
  stage: InterviewStage | null
  date: string
  gutFeeling: 1 | 2 | 3 | 4 | 5 | null
  note: string
}

export function isCapture(value: unknown): value is Capture {
  const v = value as Partial<Capture> | null
  return (
    !!v &&
    typeof v.company === 'string' &&
    typeof v.role === 'string' &&
    typeof v.date === 'string' &&
    typeof v.note === 'string'
  )
}

export const emptyCapture = (): Capture => ({
  company: '',
  role: '',
  application: null,
  stage: null,
  date: toDateTimeInputValue(new Date()),
  gutFeeling: null,
  note: '',
})

/** What is sent to create the interview: in the picked application, or in a new one. */
export function captureBody(form: Capture, stage: InterviewStage, date: string): CreateInterviewBody {
  return {
    ...(form.application
      ? { applicationId: form.application.id }
      : { company: form.company.trim(), role: form.role.trim() }),
    stage,
    date,
    gutFeeling: form.gutFeeling,
    note: form.note.trim(),
  }
}
