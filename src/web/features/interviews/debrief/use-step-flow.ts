import { useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { DEBRIEF_STEPS, type DebriefContent, type DebriefStep } from '../../../../domain/debrief'
import type { DebriefSync } from '../api/debrief-sync'

type StepFlowOptions = {
  interviewId: string
  current: DebriefStep | null
  content: DebriefContent | null
  store: DebriefSync
}

/** The step after this one; none after the last (the summary comes next). */
export const stepAfter = (step: DebriefStep): DebriefStep | undefined =>
  DEBRIEF_STEPS[DEBRIEF_STEPS.indexOf(step) + 1]

/**
 * Going through the debrief: the step shown is remembered, to resume there; each step starts at
 * its title; "next" and "skip" lead on, to the summary after the last step.
 */
export function useStepFlow({ interviewId, current, content, store }: StepFlowOptions) {
  const navigate = useNavigate()
  const [nudged, setNudged] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  const leaving = useRef(false)

  // The debrief remembers where the person is, to resume there.
  useEffect(() => {
    if (leaving.current) return
    if (current && content && content.currentStep !== current)
      store.edit((c) => ({ ...c, currentStep: current }))
  }, [current, content, store])

  // Each new step starts at its title.
  useEffect(() => {
    if (!current) return
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    setNudged(false)
    window.scrollTo({ top: 0 })
    headingRef.current?.focus({ preventScroll: true })
  }, [current])

  /** Where to go after this step; after the last one the debrief will resume at its summary. */
  function leaveStep(): string {
    const next = current ? stepAfter(current) : undefined
    if (!next) {
      leaving.current = true
      store.edit((c) => ({ ...c, currentStep: 'summary' }))
    }
    return next ? `/interviews/${interviewId}/debrief/${next}` : `/interviews/${interviewId}/summary`
  }

  function goNext() {
    // Both sides count: before leaving the feelings, one gentle reminder of what went well.
    if (current === 'feelings' && content?.feelings.wentWell.trim() === '' && !nudged) {
      setNudged(true)
      document.getElementById('feelings-went-well')?.focus()
      return
    }
    const path = leaveStep()
    store.flush()
    navigate(path)
  }

  function skip() {
    if (!current) return
    const step = current
    store.edit((c) => ({ ...c, skipped: c.skipped.includes(step) ? c.skipped : [...c.skipped, step] }))
    navigate(leaveStep())
  }

  return { nudged, headingRef, goNext, skip }
}
