import type { ReboundStepKey } from '../../../../domain/progress/rebound'
import type { ReboundStep } from '../api/get-rebound'

/** A suggested step's title in the reader's language (from the locale files). */
export type SuggestedTitle = (key: ReboundStepKey) => string

export const hasText = (step: ReboundStep) => step.text.trim() !== ''

/** A step that is saved: a suggested one (its title comes from its key), or one with words. */
export const isKept = (step: ReboundStep) => step.key !== null || hasText(step)

/** What a step is called: its own words, else its suggested title, else nothing yet. */
export function stepTitle(step: ReboundStep, suggested: SuggestedTitle): string {
  if (hasText(step)) return step.text
  return step.key ? suggested(step.key) : ''
}

/**
 * When a step's editing ends: a suggested step left empty, or left in its suggested words, keeps
 * no words of its own (its title then follows the language switch); an empty step of your own
 * is dropped.
 */
export function settleStep(steps: ReboundStep[], id: string, suggested: SuggestedTitle): ReboundStep[] {
  return steps.flatMap((step) => {
    if (step.id !== id) return [step]
    if (step.key) {
      const text = step.text.trim()
      return [text === '' || text === suggested(step.key) ? { ...step, text: '' } : step]
    }
    return hasText(step) ? [step] : []
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
