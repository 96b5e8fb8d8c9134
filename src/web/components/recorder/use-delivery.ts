import { useCallback, useEffect, useState } from 'react'
import type { DeliveryFigures } from '../../../domain/voice/delivery'
import type { DeliveryView, FillerReview } from '../../../shared/schemas/delivery'
import type { Take } from './recorder-session'

export type DeliveryState =
  | { status: 'none' }
  | { status: 'analysing' }
  /** The browser could not decode its own recording: no figures, the practice goes on. */
  | { status: 'failed' }
  | { status: 'ready'; figures: DeliveryFigures; reviews: FillerReview[] }

/** The figures with what the person made of each probable filler: what is saved with the attempt. */
export function deliveryView(state: DeliveryState): DeliveryView | null {
  if (state.status !== 'ready') return null
  return {
    ...state.figures,
    probableFillers: state.figures.probableFillers.map((mark, i) => ({
      ...mark,
      review: state.reviews[i] ?? 'probable',
    })),
  }
}

/**
 * The delivery figures of the take being reviewed, computed on this device once it is recorded, and the
 * person's verdict on each probable filled pause. The analysis, with its model and WebAssembly, loads when
 * a recording starts (`recording`), not before: pages and people that never record never download it.
 */
export function useDelivery(take: Take | null, recording: boolean) {
  const [state, setState] = useState<DeliveryState>({ status: 'none' })

  useEffect(() => {
    if (!recording) return
    import('./delivery-analysis').then(
      ({ prepareAnalysis }) => void prepareAnalysis(),
      // Not loaded now: the take's own analysis tries again, and says so if it cannot.
      () => undefined,
    )
  }, [recording])

  useEffect(() => {
    if (!take) {
      setState({ status: 'none' })
      return
    }
    let current = true
    setState({ status: 'analysing' })
    import('./delivery-analysis')
      .then(({ analyzeTake }) => analyzeTake(take.audio))
      .then((result) => {
        if (!current) return
        setState(
          result
            ? {
                status: 'ready',
                figures: result.figures,
                reviews: result.figures.probableFillers.map(() => 'probable'),
              }
            : { status: 'failed' },
        )
      })
      .catch(() => {
        if (current) setState({ status: 'failed' })
      })
    return () => {
      current = false
    }
  }, [take])

  const review = useCallback((index: number, verdict: FillerReview) => {
    setState((s) =>
      s.status === 'ready' ? { ...s, reviews: s.reviews.map((r, i) => (i === index ? verdict : r)) } : s,
    )
  }, [])

  return { state, review }
}

export type Delivery = ReturnType<typeof useDelivery>
