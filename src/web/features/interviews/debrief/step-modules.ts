import type { ComponentType } from 'react'
import { DEBRIEF_STEPS, type DebriefStep } from '../../../../domain/debrief'
import { afterFirstPage } from '../../../lib/first-page-shown'
import type { StepProps } from './step-types'

/** A step's fields. The feelings step asks once more for what went well (`nudge`); the others ignore it. */
export type StepComponent = ComponentType<StepProps & { nudge: boolean }>

/**
 * Each step's fields are a chunk of their own: a debrief opened on one step loads that step's code, not the five
 * others' (the causes' guidance, the lessons' plan, the rehearsal deck's schemas: about 24 KB gzip and four files
 * fewer on the replay step, on a slow connection before anything shows; issue 13). The others follow once the page
 * is on the screen, so that moving between steps does not wait.
 */
const LOADERS: Record<DebriefStep, () => Promise<StepComponent>> = {
  feelings: () => import('./step-feelings').then((m) => m.FeelingsStep),
  replay: () => import('./step-replay').then((m) => m.ReplayStep),
  diagnose: () => import('./step-diagnose').then((m) => m.DiagnoseStep),
  destabilizing: () => import('./step-destabilizing').then((m) => m.DestabilizingStep),
  lessons: () => import('./step-lessons').then((m) => m.LessonsStep),
  ratings: () => import('./step-ratings').then((m) => m.RatingsStep),
}

const loaded = new Map<DebriefStep, StepComponent>()
const loading = new Map<DebriefStep, Promise<StepComponent>>()

/** A step's component, loaded once; a failed load (a lost connection) is tried again on the next call. */
export function loadStep(step: DebriefStep): Promise<StepComponent> {
  const known = loading.get(step)
  if (known) return known
  const load = LOADERS[step]().then((component) => {
    loaded.set(step, component)
    return component
  })
  load.catch(() => loading.delete(step))
  loading.set(step, load)
  return load
}

/** The step's component if its code is already here, to render without waiting. */
export function loadedStep(step: DebriefStep): StepComponent | undefined {
  return loaded.get(step)
}

/** Once the first page is on the screen, the steps not loaded yet. */
export function loadEveryStepLater(): void {
  afterFirstPage(() => {
    for (const step of DEBRIEF_STEPS) loadStep(step).catch(() => undefined)
  })
}
