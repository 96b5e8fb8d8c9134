import type { DebriefStep } from './taxonomy'
import { DEBRIEF_STEPS } from './taxonomy'
import type { DebriefContent, DestabilizingQuestion } from './types'

export function emptyDebrief(): DebriefContent {
  return {
    currentStep: 'feelings',
    skipped: [],
    feelings: { emotions: [], wentWell: '', note: '' },
    questions: [],
    causes: [],
    destabilizing: [],
    lessons: [],
    ratings: { serenity: null, confidence: null, oralEase: null, preparation: null },
  }
}

/** A question to work on, as it starts: nothing written yet, to be rehearsed. */
export function newDestabilizing(questionId: string, picked = false): DestabilizingQuestion {
  return {
    questionId,
    reasons: [],
    reasonOther: '',
    betterAnswer: '',
    rehearse: true,
    ...(picked ? { picked: true } : {}),
  }
}

/**
 * Keeps a debrief coherent after an edit: links to questions that no longer exist are dropped,
 * every question marked destabilized has its entry (created empty when new, to be rehearsed),
 * entries for questions no longer marked destabilized are kept only if the user already wrote
 * something in them or chose that question to work on — nothing typed is ever thrown away —
 * and duplicates go.
 */
export function normalizeDebrief(content: DebriefContent): DebriefContent {
  const questionIds = new Set(content.questions.map((q) => q.id))
  const destabilizedIds = content.questions.filter((q) => q.feeling === 'destabilized').map((q) => q.id)
  const seen = new Set<string>()
  const kept = content.destabilizing.filter((d) => {
    if (!questionIds.has(d.questionId) || seen.has(d.questionId)) return false
    seen.add(d.questionId)
    const stillDestabilized = destabilizedIds.includes(d.questionId)
    const hasWork = d.betterAnswer.trim() !== '' || d.reasons.length > 0 || d.reasonOther.trim() !== ''
    return stillDestabilized || hasWork || d.picked === true
  })
  for (const id of destabilizedIds) {
    // Rehearsing is on by default: a better answer written here reaches the deck without another tap.
    if (!seen.has(id)) kept.push(newDestabilizing(id))
  }
  // Entries follow the order of the replay.
  const order = new Map(content.questions.map((q, i) => [q.id, i]))
  kept.sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0))
  return {
    ...content,
    skipped: [...new Set(content.skipped)],
    causes: content.causes.map((c) => ({
      ...c,
      otherLabel: onOneLine(c.otherLabel),
      questionIds: [...new Set(c.questionIds.filter((id) => questionIds.has(id)))],
    })),
    destabilizing: kept.map((d) => ({ ...d, reasonOther: onOneLine(d.reasonOther) })),
    lessons: content.lessons.map((l) => ({
      ...l,
      actions: l.actions.map((a) => ({ ...a, text: onOneLine(a.text) })),
    })),
  }
}

/**
 * The one-line parts of a debrief (a cause's label, a reason, an action) are typed in one-line
 * inputs; a line break an API client sends is folded into a space rather than refused, so that a
 * document saved before this rule still saves.
 */
const onOneLine = (text: string): string => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')

export type StepState = 'done' | 'skipped' | 'todo'

/** Whether each step holds what it asks for: what the progress indicator and Home rely on. */
export function stepStates(content: DebriefContent): Record<DebriefStep, StepState> {
  const filled: Record<DebriefStep, boolean> = {
    feelings: content.feelings.emotions.length > 0 && content.feelings.wentWell.trim() !== '',
    replay: content.questions.some((q) => q.question.trim() !== ''),
    diagnose: content.causes.length > 0,
    destabilizing:
      content.destabilizing.length > 0 && content.destabilizing.every((d) => d.betterAnswer.trim() !== ''),
    lessons: content.lessons.some((l) => l.text.trim() !== ''),
    ratings: Object.values(content.ratings).every((r) => r !== null),
  }
  const states = {} as Record<DebriefStep, StepState>
  for (const step of DEBRIEF_STEPS) {
    states[step] = filled[step] ? 'done' : content.skipped.includes(step) ? 'skipped' : 'todo'
  }
  // With no destabilizing question replayed, that step has nothing to ask.
  if (!filled.destabilizing && content.destabilizing.length === 0 && filled.replay)
    states.destabilizing = 'done'
  return states
}

/** Share of steps done or deliberately skipped, 0–100. */
export function debriefProgress(content: DebriefContent): number {
  const states = Object.values(stepStates(content))
  return Math.round((states.filter((s) => s !== 'todo').length * 100) / states.length)
}

/** Actions still open that the user wants to check before their next interview. */
export function openActionsForNextInterview(content: DebriefContent) {
  return content.lessons.flatMap((lesson) =>
    lesson.actions
      .filter((a) => a.status === 'open' && a.checkBeforeNext)
      .map((action) => ({ lessonId: lesson.id, lesson: lesson.text, action })),
  )
}
