import { REBOUND_STEPS, type ReboundStepKey } from '../../../../domain/progress/rebound'
import type { Language } from '../../../../shared/schemas/common'
import type { ReboundStep } from '../api/get-rebound'

export const hasText = (step: ReboundStep) => step.text.trim() !== ''

/** Leaving a step's text empty gives a suggested step its words back, and drops one of your own. */
export function settleStep(steps: ReboundStep[], id: string, lang: Language): ReboundStep[] {
  return steps.flatMap((step) => {
    if (step.id !== id || hasText(step)) return [step]
    return step.key ? [{ ...step, text: REBOUND_STEPS[step.key].label[lang] }] : []
  })
}

/**
 * The API's messages per step. It names a step by its place in the list it was sent (`steps.2.text`),
 * which is `sent` while the error shows; `shownFields` are the fields whose message is shown.
 */
export function stepErrors(fields: Record<string, string>, sent: readonly ReboundStep[]) {
  const byStep: Record<string, string> = {}
  const shownFields: string[] = ['steps']
  for (const [field, message] of Object.entries(fields)) {
    const index = /^steps\.(\d+)\./.exec(field)?.[1]
    const step = index === undefined ? undefined : sent[Number(index)]
    if (step) {
      byStep[step.id] ??= message
      shownFields.push(field)
    }
  }
  return { byStep, shownFields }
}

/** Where a step can be done, when Rebond has a place for it. */
export function stepLink(key: ReboundStepKey | null, interviewId: string | null): string | null {
  switch (key) {
    case 'rehearse_two':
      return '/rehearsal'
    case 'ask_feedback':
      return interviewId ? `/interviews/${encodeURIComponent(interviewId)}/feedback` : null
    case 'one_application':
      return '/interviews/new'
    default:
      return null
  }
}
