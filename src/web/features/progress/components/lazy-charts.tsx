import { Component, lazy, type ReactNode, type RefObject, Suspense, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

// recharts and the charts come in their own chunk, fetched when the first chart comes near the screen.
const load = () => import('./charts')

export const LinesChart = lazy(() => load().then((m) => ({ default: m.LinesChart })))
export const ColumnsChart = lazy(() => load().then((m) => ({ default: m.ColumnsChart })))
export const RowsChart = lazy(() => load().then((m) => ({ default: m.RowsChart })))

/**
 * Whether a chart's place is on or near the screen (half a screen ahead), or the page is about to print (a chart whose
 * code is not here yet then prints as its loading box). A chart and its code cost a phone: the chart library's start
 * alone is 25 ms of main thread on a fast machine, drawing a chart a tenth of a second or more on a slow phone. The
 * charts sit below the figures, so nothing of theirs runs as the page opens; each is drawn as the person scrolls
 * towards it, the code fetched with the first. Once drawn, a chart stays.
 */
function useNearScreen(ref: RefObject<HTMLElement | null>) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const draw = () => setNear(true)
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) draw()
      },
      { rootMargin: '50% 0px' },
    )
    observer.observe(element)
    window.addEventListener('beforeprint', draw)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', draw)
    }
  }, [near, ref])
  return near
}

type SlotProps = { children: ReactNode }

/**
 * Where a chart goes: an empty box (a chart's usual height) until it comes near the screen, then a calm placeholder
 * while its code loads, a plain message if it cannot. Its figures are in the words and the table beside it meanwhile.
 */
export function ChartSlot({ children }: SlotProps) {
  const ref = useRef<HTMLDivElement>(null)
  const near = useNearScreen(ref)
  return (
    <div ref={ref} className="pg-chart-slot" data-chart="">
      {near ? (
        <ChartBoundary fallback={<ChartFailed />}>
          <Suspense fallback={<ChartLoading />}>{children}</Suspense>
        </ChartBoundary>
      ) : (
        <div className="pg-chart pg-chart--waiting" />
      )}
    </div>
  )
}

function ChartLoading() {
  const { t } = useTranslation('progress')
  return (
    <div className="pg-chart pg-chart--loading" role="status">
      <span className="spinner spinner--small" aria-hidden="true" />
      <span className="muted">{t('chart.loading')}</span>
    </div>
  )
}

function ChartFailed() {
  const { t } = useTranslation('progress')
  return <p className="pg-chart pg-chart--failed muted">{t('chart.failed')}</p>
}

type BoundaryProps = { children: ReactNode; fallback: ReactNode }

// React only catches render errors (here: the chart chunk failing to load) in a class component.
class ChartBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
