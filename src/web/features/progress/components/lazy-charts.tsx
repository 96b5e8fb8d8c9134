import { Component, lazy, type ReactNode, Suspense } from 'react'
import { useTranslation } from 'react-i18next'

// recharts and the charts come in their own chunk, fetched when the first chart is drawn.
const load = () => import('./charts')

export const LinesChart = lazy(() => load().then((m) => ({ default: m.LinesChart })))
export const ColumnsChart = lazy(() => load().then((m) => ({ default: m.ColumnsChart })))
export const RowsChart = lazy(() => load().then((m) => ({ default: m.RowsChart })))

/** Starts fetching the charts' code early (e.g. while the figures load). */
export function preloadCharts() {
  void load().catch(() => {
    // The chart slot shows its own message if loading fails when it is needed.
  })
}

type SlotProps = { children: ReactNode }

/** Where a chart goes: a calm placeholder while its code loads, a plain message if it cannot. */
export function ChartSlot({ children }: SlotProps) {
  return (
    <ChartBoundary fallback={<ChartFailed />}>
      <Suspense fallback={<ChartLoading />}>{children}</Suspense>
    </ChartBoundary>
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
