import { memo, type ReactNode, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { RATING_LABELS, RATINGS } from '../../../../domain/debrief'
import {
  MIN_MONTHS_FOR_CHART,
  monthsEnough,
  PROGRESS_SECTIONS,
  type ProgressSection,
  type SectionSufficiency,
  sectionSufficiency,
} from '../../../../domain/progress/sufficiency'
import type { ProgressResponse } from '../../../../shared/schemas/progress'
import { buttonClass } from '../../../components/ui/button'
import { type BarSeries, SOFT, spreadShared } from './chart-series'
import { ChartSlot, ColumnsChart, LinesChart, RowsChart } from './lazy-charts'
import { Says } from './says'
import {
  causeLabel,
  causesSummary,
  lessonsSummary,
  ratingsSummary,
  rehearsalSummary,
  stageLabel,
  stagesSummary,
} from './summaries'
import {
  CauseMonthsTable,
  CausesTable,
  FunnelTable,
  InterviewMonthsTable,
  LessonsTables,
  RatingsTable,
  RehearsalTable,
} from './tables'
import { useFormats, weekPoint } from './use-formats'

/** `filtered`: a period shorter than the whole history is shown, so empty may only mean "not in it". */
type SectionProps = { data: ProgressResponse; filtered?: boolean }

type SectionId = ProgressSection

type FrameProps = {
  id: SectionId
  /** What the section says in words, above its charts. */
  sentences: readonly string[]
  children: ReactNode
}

/** A Progress section: its title, what it says in words, then its charts and their tables. */
function Section({ id, sentences, children }: FrameProps) {
  const { t } = useTranslation('progress')
  return (
    <section className="card pg-section" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 className="section-title" id={`${id}-title`}>
        {t(`${id}.title`)}
      </h2>
      <Says sentences={sentences} />
      {children}
    </section>
  )
}

const SECTIONS: Record<SectionId, (props: SectionProps) => ReactNode> = {
  ratings: RatingsSection,
  causes: CausesSection,
  stages: StagesSection,
  rehearsal: RehearsalSection,
  lessons: LessonsSection,
}

/**
 * The sections with enough data to draw, in their order; then, in one card, a line for each of
 * the others saying what will appear and after how many interviews (never a chart of one dot).
 * Drawn again only when the figures or the period change, not each time the page around them renders (its
 * queries' states, the period chooser): the sections are most of the page's work.
 */
export const ProgressSections = memo(function ProgressSections({ data, filtered = false }: SectionProps) {
  const sufficiency = sectionSufficiency(data)
  const ready = PROGRESS_SECTIONS.filter((id) => sufficiency[id].enough)
  const waiting = PROGRESS_SECTIONS.filter((id) => !sufficiency[id].enough)
  return (
    <>
      {ready.map((id) => {
        const Drawn = SECTIONS[id]
        return <Drawn key={id} data={data} filtered={filtered} />
      })}
      {waiting.length > 0 ? (
        <WaitingSections
          waiting={waiting.map((id) => ({ id, ...sufficiency[id] }))}
          noInterview={data.totals.interviews === 0}
          filtered={filtered}
        />
      ) : null}
    </>
  )
})

type Waiting = { id: SectionId } & SectionSufficiency

/** Where to go to fill the waiting sections: note an interview (or see them), or rehearse. */
function fillLinks(waiting: readonly Waiting[], noInterview: boolean) {
  const links: { to: string; label: 'empty.interviews' | 'empty.newInterview' | 'empty.rehearsal' }[] = []
  if (waiting.some((w) => w.id !== 'rehearsal'))
    links.push(
      noInterview
        ? { to: '/interviews/new', label: 'empty.newInterview' }
        : { to: '/interviews', label: 'empty.interviews' },
    )
  if (waiting.some((w) => w.id === 'rehearsal')) links.push({ to: '/rehearsal', label: 'empty.rehearsal' })
  return links
}

/** One honest line per section without enough data: what it will show, and from when. */
function WaitingSections({
  waiting,
  noInterview,
  filtered,
}: {
  waiting: readonly Waiting[]
  noInterview: boolean
  filtered: boolean
}) {
  const { t } = useTranslation('progress')
  return (
    <section className="card pg-section pg-waiting" aria-labelledby="waiting-title" data-section="waiting">
      <h2 className="section-title" id="waiting-title">
        {t('waiting.title')}
      </h2>
      <p className="muted">{filtered ? t('waiting.leadPeriod') : t('waiting.lead')}</p>
      <ul className="pg-waiting__list">
        {waiting.map((w) => (
          <li key={w.id} className="pg-waiting__item" data-waiting={w.id}>
            <span className="pg-waiting__name">{t(`${w.id}.title`)}</span>{' '}
            <span className="pg-waiting__line">{t(`waiting.${w.id}`, { count: w.have, need: w.need })}</span>
          </li>
        ))}
      </ul>
      <div className="pg-waiting__actions">
        {fillLinks(waiting, noInterview).map((link) => (
          <Link key={link.to} to={link.to} className={buttonClass('secondary', 'pg-empty__action')}>
            {t(link.label)}
          </Link>
        ))}
      </div>
    </section>
  )
}

/** One chart, with an optional title, in its loading slot. */
export function Chart({ title, children }: { title?: string | undefined; children: ReactNode }) {
  return (
    <div className="pg-block">
      {title ? <h3 className="pg-block__title">{title}</h3> : null}
      <ChartSlot>{children}</ChartSlot>
    </div>
  )
}

/** One chart and the table that holds its figures. */
function ChartWithTable({
  title,
  table,
  children,
}: {
  title?: string
  table: ReactNode
  children: ReactNode
}) {
  return (
    <ChartsWithTables tables={table}>
      <Chart title={title}>{children}</Chart>
    </ChartsWithTables>
  )
}

/**
 * Charts with the tables that hold their figures. The tables are always in the page for screen
 * readers; sighted people open them with the button.
 */
export function ChartsWithTables({ children, tables }: { children: ReactNode; tables: ReactNode }) {
  const { t } = useTranslation('progress')
  const [open, setOpen] = useState(false)
  const tableId = useId()
  return (
    <>
      {children}
      <button
        type="button"
        className="pg-table-toggle"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="pg-table-toggle__icon">
          {open ? '−' : '+'}
        </span>
        {open ? t('table.hide') : t('table.show')}
      </button>
      <div id={tableId} className={open ? 'pg-tables' : 'pg-tables sr-only'} data-table="">
        {tables}
      </div>
    </>
  )
}

/**
 * A month-by-month chart and its table, once there are months enough to compare; until then, in
 * its place, when it will appear (a single column says nothing).
 */
function MonthsChart({
  months,
  title,
  table,
  children,
}: {
  months: readonly unknown[]
  title: string
  table: ReactNode
  children: ReactNode
}) {
  const { t } = useTranslation('progress')
  if (monthsEnough(months)) {
    return (
      <ChartWithTable title={title} table={table}>
        {children}
      </ChartWithTable>
    )
  }
  return (
    <p className="muted pg-small pg-chart-note" data-waiting="months">
      {t('waiting.months', { need: MIN_MONTHS_FOR_CHART })}
    </p>
  )
}

/** How far apart (on the 1–5 scale) ratings with the same value are drawn: a few pixels. */
const RATINGS_SPREAD = 0.08

export function RatingsSection({ data }: SectionProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  const points = data.ratings.points
  const sentences = ratingsSummary(data, t, f)
  if (points.length === 0) return null
  const rows = points.map((p) => ({
    x: f.shortDay(p.date),
    tip: `${p.company} · ${f.day(p.date)}`,
    ...p.values,
  }))
  const { shared } = spreadShared(rows, RATINGS, RATINGS_SPREAD)
  return (
    <Section id="ratings" sentences={sentences}>
      <ChartWithTable table={<RatingsTable data={data} />}>
        <LinesChart
          label={[t('ratings.chartLabel', { count: points.length }), ...sentences].join(' ')}
          data={rows}
          xKey="x"
          tipKey="tip"
          lines={RATINGS.map((r, i) => ({ key: r, name: RATING_LABELS[r][f.lang], series: i }))}
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          format={f.number}
          spread={RATINGS_SPREAD}
        />
        {shared ? <p className="muted pg-small pg-chart-note">{t('ratings.spreadNote')}</p> : null}
      </ChartWithTable>
    </Section>
  )
}

const TOP_CAUSES = 4

/** Round ticks from 0 to just above `max`: 0, 2, 4… or 0, 5, 10… */
function niceTicks(max: number): number[] {
  const step = max <= 4 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : 10
  const top = Math.max(step, Math.ceil(max / step) * step)
  return Array.from({ length: top / step + 1 }, (_, i) => i * step)
}

export function CausesSection({ data }: SectionProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  const { rows, months, diagnosedInterviews } = data.causes
  if (diagnosedInterviews === 0) return null
  const sentences = causesSummary(data, t, f)
  const counted = rows.map((row) => ({ label: causeLabel(row.cause, f), count: row.count }))
  // Month by month: the most frequent causes in colour, the rest together.
  const top = rows.slice(0, TOP_CAUSES)
  const rest = rows.slice(TOP_CAUSES)
  const monthBars: BarSeries[] = [
    ...top.map((row, i) => ({ key: row.cause, name: causeLabel(row.cause, f), series: i })),
    ...(rest.length > 0 ? [{ key: 'others', name: t('causes.others'), series: SOFT }] : []),
  ]
  const monthRows = months.map((m) => ({
    x: f.shortMonth(m.month),
    tip: f.month(m.month),
    ...Object.fromEntries(top.map((row) => [row.cause, m.counts[row.cause] ?? 0])),
    others: rest.reduce((total, row) => total + (m.counts[row.cause] ?? 0), 0),
  }))
  return (
    <Section id="causes" sentences={sentences}>
      <ChartWithTable title={t('causes.countsTitle')} table={<CausesTable data={data} />}>
        <RowsChart
          label={t('causes.chartLabel', {
            list: counted.map((c) => t('causes.chartItem', { cause: c.label, count: c.count })).join(' ; '),
          })}
          data={counted}
          bars={[{ key: 'count', name: t('table.times'), series: 0 }]}
          max={diagnosedInterviews}
        />
      </ChartWithTable>
      <MonthsChart months={months} title={t('causes.monthsTitle')} table={<CauseMonthsTable data={data} />}>
        <ColumnsChart
          label={t('causes.monthsChartLabel', { count: months.length })}
          data={monthRows}
          xKey="x"
          tipKey="tip"
          bars={monthBars}
          stacked
          legend
        />
      </MonthsChart>
    </Section>
  )
}

export function StagesSection({ data }: SectionProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  if (data.totals.interviews === 0) return null
  const sentences = stagesSummary(data, t, f)
  const funnel = data.stages.funnel.map((row) => ({
    label: stageLabel(row.stage, f),
    reached: row.reached,
    passed: row.passed,
  }))
  const months = data.stages.months.map((m) => ({
    x: f.shortMonth(m.month),
    tip: f.month(m.month),
    interviews: m.interviews,
  }))
  return (
    <Section id="stages" sentences={sentences}>
      <ChartWithTable title={t('stages.funnelTitle')} table={<FunnelTable data={data} />}>
        <RowsChart
          label={[t('stages.funnelLabel'), ...sentences].join(' ')}
          data={funnel}
          bars={[
            { key: 'reached', name: t('table.reached'), series: 0 },
            { key: 'passed', name: t('table.passed'), series: 1 },
          ]}
          max={Math.max(1, data.stages.applications)}
        />
      </ChartWithTable>
      <MonthsChart
        months={data.stages.months}
        title={t('stages.monthsTitle')}
        table={<InterviewMonthsTable data={data} />}
      >
        <ColumnsChart
          label={t('stages.monthsLabel', {
            list: data.stages.months
              .map((m) => t('stages.monthItem', { month: f.month(m.month), count: m.interviews }))
              .join(' ; '),
          })}
          data={months}
          xKey="x"
          tipKey="tip"
          bars={[{ key: 'interviews', name: t('table.interviews'), series: 0 }]}
        />
      </MonthsChart>
    </Section>
  )
}

/** The two weekly lines of rehearsal, side by side: assertiveness (a score out of 100) and fillers. */
const WEEKLY_LINES = [
  { key: 'assertiveness', series: 1 },
  { key: 'fillers', series: 2 },
] as const
const SCORE_TICKS = [0, 25, 50, 75, 100]

export function RehearsalSection({ data }: SectionProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  const { attempts, weeks, cardsMastered, cardsTotal } = data.rehearsal
  if (attempts === 0 && cardsTotal === 0) return null
  const sentences = rehearsalSummary(data, t, f)
  const rows = weeks.map((w) => ({
    ...weekPoint(w.week, f, t),
    attempts: w.attempts,
    assertiveness: w.assertiveness,
    fillers: w.fillersPer100,
  }))
  const fillerTicks = niceTicks(Math.max(0, ...weeks.map((w) => w.fillersPer100 ?? 0)))
  return (
    <Section id="rehearsal" sentences={sentences}>
      {cardsTotal > 0 ? (
        <div className="pg-block">
          <h3 className="pg-block__title">
            {t('rehearsal.cardsTitle', { mastered: cardsMastered, count: cardsTotal })}
          </h3>
          <div className="pg-meter" aria-hidden="true">
            <div className="pg-meter__fill" style={{ width: `${(cardsMastered * 100) / cardsTotal}%` }} />
          </div>
        </div>
      ) : null}
      {attempts > 0 ? (
        <ChartsWithTables tables={<RehearsalTable data={data} />}>
          <Chart title={t('rehearsal.attemptsTitle')}>
            <ColumnsChart
              label={[t('rehearsal.attemptsLabel', { count: weeks.length }), ...sentences].join(' ')}
              data={rows}
              xKey="x"
              tipKey="tip"
              bars={[{ key: 'attempts', name: t('table.attempts'), series: 0 }]}
              height={180}
            />
          </Chart>
          <div className="pg-pair">
            {WEEKLY_LINES.map(({ key, series }) => {
              const ticks = key === 'assertiveness' ? SCORE_TICKS : fillerTicks
              return (
                <Chart key={key} title={t(`rehearsal.${key}Title`)}>
                  <LinesChart
                    label={t(`rehearsal.${key}Label`, { count: weeks.length })}
                    data={rows}
                    xKey="x"
                    tipKey="tip"
                    lines={[{ key, name: t(`table.${key}`), series }]}
                    domain={[0, ticks.at(-1) ?? 1]}
                    ticks={ticks}
                    height={180}
                    format={f.number}
                  />
                </Chart>
              )
            })}
          </div>
        </ChartsWithTables>
      ) : null}
    </Section>
  )
}

export function LessonsSection({ data }: SectionProps) {
  const { t } = useTranslation('progress')
  const { actionsTotal, actionsDone, applied, appliedTotal, offeredTotal } = data.lessons
  if (actionsTotal === 0 && applied.length === 0) return null
  const sentences = lessonsSummary(data, t)
  const rows = [
    ...(actionsTotal > 0
      ? [
          {
            label: t('lessons.barActions', { done: actionsDone, count: actionsTotal }),
            done: actionsDone,
            open: actionsTotal - actionsDone,
          },
        ]
      : []),
    ...(offeredTotal > 0
      ? [
          {
            label: t('lessons.barApplied', { done: appliedTotal, count: offeredTotal }),
            done: appliedTotal,
            open: Math.max(0, offeredTotal - appliedTotal),
          },
        ]
      : []),
  ]
  return (
    <Section id="lessons" sentences={sentences}>
      <ChartWithTable table={<LessonsTables data={data} />}>
        <RowsChart
          label={sentences.join(' ')}
          data={rows}
          bars={[
            { key: 'done', name: t('lessons.legendDone'), series: 0 },
            { key: 'open', name: t('lessons.legendOpen'), series: SOFT },
          ]}
          stacked
        />
      </ChartWithTable>
    </Section>
  )
}
