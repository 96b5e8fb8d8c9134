/**
 * The Progress charts, drawn with recharts. This module is only ever imported lazily (see
 * lazy-charts.ts), so the chart library stays out of the first page load.
 *
 * Each chart is a picture for sighted people: it sits in an element with role="img" and a
 * summary in words, and the same figures are in a table beside it.
 */
import { type ReactElement, useEffect, useRef, useState } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  type LabelProps,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import {
  type BarSeries,
  DASHES,
  type LegendItem,
  type LineSeries,
  MARKERS,
  type Marker,
  plottedKey,
  SOFT,
  spreadShared,
} from './chart-series'

/** Colours read from the design tokens (progress.css), so the charts follow light and dark mode. */
type ChartColors = {
  text: string
  muted: string
  grid: string
  surface: string
  border: string
  series: readonly string[]
  soft: string
}

const SERIES_TOKENS = ['--pg-c1', '--pg-c2', '--pg-c3', '--pg-c4', '--pg-c5'] as const

function readColors(element: Element): ChartColors {
  const style = getComputedStyle(element)
  const token = (name: string) => style.getPropertyValue(name).trim()
  return {
    text: token('--color-text'),
    muted: token('--color-text-muted'),
    grid: token('--color-border'),
    surface: token('--color-surface'),
    border: token('--color-border-strong'),
    series: SERIES_TOKENS.map(token),
    soft: token('--pg-soft'),
  }
}

/** Reads the tokens once mounted, and again whenever the system switches between light and dark. */
function useChartColors() {
  const ref = useRef<HTMLDivElement>(null)
  const [colors, setColors] = useState<ChartColors | null>(null)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const update = () => setColors(readColors(element))
    update()
    const scheme = window.matchMedia('(prefers-color-scheme: dark)')
    scheme.addEventListener('change', update)
    return () => scheme.removeEventListener('change', update)
  }, [])
  return { ref, colors }
}

type FrameProps = {
  label: string
  height: number
  legend?: readonly LegendItem[] | undefined
  children: (colors: ChartColors) => ReactElement
}

/** A chart's box: a picture with its summary, and a legend in HTML that wraps on small screens. */
function ChartFrame({ label, height, legend, children }: FrameProps) {
  const { ref, colors } = useChartColors()
  return (
    <div className="pg-chart" ref={ref}>
      {legend && colors ? <Legend items={legend} colors={colors} /> : null}
      <div className="pg-chart__plot" role="img" aria-label={label}>
        {colors ? (
          <ResponsiveContainer width="100%" height={height} minWidth={0}>
            {children(colors)}
          </ResponsiveContainer>
        ) : (
          <div className="pg-chart__placeholder" style={{ height }} />
        )}
      </div>
    </div>
  )
}

function Legend({ items, colors }: { items: readonly LegendItem[]; colors: ChartColors }) {
  return (
    <ul className="pg-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.name} className="pg-legend__item">
          <svg className="pg-legend__swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
            {item.kind === 'line' ? (
              <>
                <line
                  x1="1"
                  x2="27"
                  y1="6"
                  y2="6"
                  stroke={colors.series[item.series]}
                  strokeWidth="2.5"
                  strokeDasharray={DASHES[item.series]}
                />
                <MarkerShape
                  shape={markerOf(item.series)}
                  cx={14}
                  cy={6}
                  stroke={colors.series[item.series] ?? colors.text}
                  fill={colors.surface}
                />
              </>
            ) : (
              <rect x="6" y="0" width="16" height="12" rx="2" fill={seriesFill(colors, item.series)} />
            )}
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  )
}

const markerOf = (series: number): Marker => MARKERS[series % MARKERS.length] ?? 'circle'

type MarkerProps = { shape: Marker; cx: number; cy: number; stroke: string; fill: string; r?: number }

/** A point drawn in its series' shape: circle, square, triangle, diamond or cross. */
function MarkerShape({ shape, cx, cy, stroke, fill, r = 4 }: MarkerProps) {
  const common = { stroke, fill, strokeWidth: 2 }
  switch (shape) {
    case 'square':
      return <rect x={cx - r * 0.85} y={cy - r * 0.85} width={r * 1.7} height={r * 1.7} {...common} />
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - r * 1.1} ${cx + r},${cy + r * 0.8} ${cx - r},${cy + r * 0.8}`}
          {...common}
        />
      )
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - r * 1.2} ${cx + r},${cy} ${cx},${cy + r * 1.2} ${cx - r},${cy}`}
          {...common}
        />
      )
    case 'cross':
      return (
        <path
          d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`}
          {...common}
        />
      )
    default:
      return <circle cx={cx} cy={cy} r={r * 0.9} {...common} />
  }
}

/** Recharts' dot renderer: the series' shape at each point that has a value. */
function dotOf(shape: Marker, stroke: string, fill: string, r?: number) {
  return (props: { cx?: number | null; cy?: number | null; index?: number; value?: unknown }) => {
    const { cx, cy, index } = props
    if (typeof cx !== 'number' || typeof cy !== 'number' || props.value == null)
      return <g key={`none-${index}`} />
    return (
      <g key={`dot-${index}`}>
        <MarkerShape shape={shape} cx={cx} cy={cy} stroke={stroke} fill={fill} r={r} />
      </g>
    )
  }
}

const seriesFill = (colors: ChartColors, series: number) =>
  series === SOFT ? colors.soft : (colors.series[series] ?? colors.text)

function axisProps(colors: ChartColors) {
  return {
    stroke: colors.border,
    tick: { fill: colors.muted, fontSize: 12 },
    tickLine: false,
  } as const
}

function tooltipProps(colors: ChartColors) {
  return {
    contentStyle: {
      background: colors.surface,
      border: `1px solid ${colors.grid}`,
      borderRadius: 8,
      color: colors.text,
      fontSize: 13,
    },
    labelStyle: { color: colors.text, fontWeight: 600 },
    itemStyle: { color: colors.text },
    cursor: { stroke: colors.grid, fill: colors.grid, fillOpacity: 0.3 },
    isAnimationActive: false,
  } as const
}

/** The legend of a chart's series, when it shows one. */
function legendOf(series: readonly (LineSeries | BarSeries)[], kind: LegendItem['kind'], shown: boolean) {
  return shown ? series.map((s) => ({ name: s.name, series: s.series, kind })) : undefined
}

/** Room around a chart over a category axis: the value axis sits in the left margin. */
const CATEGORY_MARGIN = { top: 8, right: 12, bottom: 0, left: -18 }

/** The value axis of a chart over categories: whole numbers, no line, ticks in the muted colour. */
function valueAxisProps(colors: ChartColors) {
  return { allowDecimals: false, ...axisProps(colors), axisLine: false, width: 48 } as const
}

/** One bar series, in its colour, stacked with the others or side by side. */
function barProps(bar: BarSeries, colors: ChartColors, stacked: boolean) {
  return {
    dataKey: bar.key,
    name: bar.name,
    stackId: stacked ? 'stack' : undefined,
    fill: seriesFill(colors, bar.series),
    isAnimationActive: false,
  } as const
}

// ---------- Lines over a category axis (ratings, rehearsal quality) ----------

type LinesChartProps = {
  label: string
  data: readonly Record<string, string | number | null>[]
  /** The field holding each point's axis label. */
  xKey: string
  /** The field holding each point's tooltip title (defaults to the axis label). */
  tipKey?: string
  lines: readonly LineSeries[]
  domain: [number, number]
  ticks?: number[]
  height?: number
  legend?: boolean
  format?: (value: number) => string
  /**
   * Where lines share a value at a point, how far apart (in the chart's units) to draw them so
   * none hides another; the tooltip still gives the true values. 0: drawn exactly.
   */
  spread?: number
}

/** The tooltip's title: the row's `tipKey` (a full date, say) when there is one, else the axis value. */
function tipLabel(tipKey: string | undefined) {
  return (value: unknown, payload: readonly { payload?: unknown }[] | undefined) => {
    const row = payload?.[0]?.payload as Record<string, unknown> | undefined
    return String((tipKey && row?.[tipKey]) ?? value)
  }
}

export function LinesChart({
  label,
  data,
  xKey,
  tipKey,
  lines,
  domain,
  ticks,
  height = 240,
  legend = lines.length > 1,
  format = String,
  spread = 0,
}: LinesChartProps) {
  const keys = lines.map((line) => line.key)
  const plotted = spreadShared(data, keys, spread).rows
  // Room above and below for lines nudged apart at the ends of the scale.
  const room = spread * (lines.length - 1) * 0.5
  const yDomain: [number, number] = [domain[0] - room, domain[1] + room]
  const trueValue = (item: { dataKey?: unknown; payload?: unknown }) => {
    const row = item.payload as Record<string, unknown> | undefined
    const line = lines.find((l) => plottedKey(l.key) === item.dataKey)
    return line ? row?.[line.key] : undefined
  }
  return (
    <ChartFrame label={label} height={height} legend={legendOf(lines, 'line', legend)}>
      {(colors) => (
        <LineChart data={plotted} margin={CATEGORY_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke={colors.grid} vertical={false} />
          <XAxis
            dataKey={xKey}
            {...axisProps(colors)}
            interval="preserveStartEnd"
            minTickGap={12}
            padding={{ left: 14, right: 14 }}
          />
          <YAxis domain={yDomain} ticks={ticks} {...valueAxisProps(colors)} />
          <Tooltip
            {...tooltipProps(colors)}
            labelFormatter={tipLabel(tipKey)}
            formatter={(value, _name, item) => {
              const shown = trueValue(item) ?? value
              return typeof shown === 'number' ? format(shown) : String(shown ?? '')
            }}
          />
          {lines.map((line) => {
            const stroke = colors.series[line.series] ?? colors.text
            const shape = markerOf(line.series)
            return (
              <Line
                key={line.key}
                dataKey={plottedKey(line.key)}
                name={line.name}
                type="linear"
                stroke={stroke}
                strokeWidth={2.5}
                strokeDasharray={DASHES[line.series]}
                dot={dotOf(shape, stroke, colors.surface)}
                activeDot={dotOf(shape, stroke, stroke, 5)}
                connectNulls
                isAnimationActive={false}
              />
            )
          })}
        </LineChart>
      )}
    </ChartFrame>
  )
}

// ---------- Columns over a category axis (per month, per week) ----------

type ColumnsChartProps = {
  label: string
  data: readonly Record<string, string | number | null>[]
  xKey: string
  tipKey?: string
  bars: readonly BarSeries[]
  stacked?: boolean
  height?: number
  legend?: boolean
}

export function ColumnsChart({
  label,
  data,
  xKey,
  tipKey,
  bars,
  stacked = false,
  height = 200,
  legend = bars.length > 1,
}: ColumnsChartProps) {
  return (
    <ChartFrame label={label} height={height} legend={legendOf(bars, 'box', legend)}>
      {(colors) => (
        <BarChart data={[...data]} margin={CATEGORY_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke={colors.grid} vertical={false} />
          <XAxis dataKey={xKey} {...axisProps(colors)} interval="preserveStartEnd" minTickGap={8} />
          <YAxis {...valueAxisProps(colors)} />
          <Tooltip {...tooltipProps(colors)} labelFormatter={tipLabel(tipKey)} />
          {bars.map((bar, index) => (
            <Bar
              key={bar.key}
              {...barProps(bar, colors, stacked)}
              stroke={stacked ? colors.surface : undefined}
              strokeWidth={stacked ? 1 : 0}
              maxBarSize={40}
              radius={!stacked || index === bars.length - 1 ? [3, 3, 0, 0] : 0}
            />
          ))}
        </BarChart>
      )}
    </ChartFrame>
  )
}

// ---------- Horizontal bars with their label written above (causes, stages, actions) ----------

type RowsChartProps = {
  label: string
  /** Each row: its label (written above its bars) and one number per bar series. */
  data: readonly ({ label: string } & Record<string, string | number>)[]
  bars: readonly BarSeries[]
  stacked?: boolean
  /** Writes each bar's value at its end (not for stacked bars). */
  values?: boolean
  legend?: boolean
  max?: number
}

const ROW_LABEL_SPACE = 22

export function RowsChart({
  label,
  data,
  bars,
  stacked = false,
  values = !stacked,
  legend = bars.length > 1,
  max,
}: RowsChartProps) {
  const barSize = stacked || bars.length === 1 ? 14 : 10
  const rowHeight = ROW_LABEL_SPACE + (stacked ? 1 : bars.length) * (barSize + 3) + 12
  const height = data.length * rowHeight + 8
  return (
    <ChartFrame label={label} height={height} legend={legendOf(bars, 'box', legend)}>
      {(colors) => (
        <BarChart
          data={[...data]}
          layout="vertical"
          margin={{ top: 0, right: values ? 36 : 8, bottom: 0, left: 0 }}
          barGap={3}
          barCategoryGap={0}
          accessibilityLayer={false}
        >
          <XAxis type="number" hide domain={[0, max ?? 'dataMax']} allowDecimals={false} />
          <YAxis type="category" dataKey="label" hide />
          {bars.map((bar, index) => (
            <Bar
              key={bar.key}
              {...barProps(bar, colors, stacked)}
              barSize={barSize}
              radius={stacked ? 0 : [0, 3, 3, 0]}
              minPointSize={values ? 2 : 0}
            >
              {index === 0 ? (
                <LabelList
                  dataKey="label"
                  content={(props) => <RowLabel {...props} color={colors.text} barSize={barSize} />}
                />
              ) : null}
              {values ? (
                <LabelList dataKey={bar.key} position="right" fill={colors.text} fontSize={12} />
              ) : null}
            </Bar>
          ))}
        </BarChart>
      )}
    </ChartFrame>
  )
}

function RowLabel(props: LabelProps & { color: string; barSize: number }) {
  const box = props.viewBox as { x?: number; y?: number } | undefined
  const x = box?.x ?? 0
  const y = box?.y ?? 0
  return (
    <text x={x} y={y - 7} fill={props.color} fontSize={13} fontWeight={600}>
      {String(props.value ?? '')}
    </text>
  )
}
