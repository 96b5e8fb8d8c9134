import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RATING_LABELS, RATINGS } from '../../../../domain/debrief'
import { isMoodLevel, MOOD_LABELS, RECENT_DIAGNOSED } from '../../../../domain/progress'
import type { ProgressResponse } from '../../../../shared/schemas/progress'
import { ScrollTable } from '../../../components/ui/scroll-table'
import { causeLabel, stageLabel } from './summaries'
import { type Formats, useFormats } from './use-formats'

/** The figures behind each chart, as tables: for screen readers, for checking, and for print. */
type TableProps = { data: ProgressResponse }

type Column = string | { label: string; numeric: true }

export const num = (label: string): Column => ({ label, numeric: true })

export function Table({ caption, head, children }: { caption: string; head: Column[]; children: ReactNode }) {
  return (
    <div className="pg-table-box">
      {/* The title stays in view above a table that scrolls sideways on a phone. */}
      <p className="pg-table-title" aria-hidden="true">
        {caption}
      </p>
      <ScrollTable caption={caption} className="pg-table-scroll" tableClassName="pg-table">
        <thead>
          <tr>
            {head.map((cell) =>
              typeof cell === 'string' ? (
                <th scope="col" key={cell}>
                  {cell}
                </th>
              ) : (
                <th scope="col" key={cell.label} className="pg-num">
                  {cell.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </ScrollTable>
    </div>
  )
}

/** An empty cell, said as such rather than read out as a dash. */
function None({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </>
  )
}

const value = (x: number | null, f: Formats, none: string) =>
  x === null ? <None label={none} /> : f.number(x)

export function RatingsTable({ data }: TableProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  return (
    <Table
      caption={t('ratings.tableCaption')}
      head={[
        t('table.date'),
        t('table.company'),
        t('table.stage'),
        ...RATINGS.map((r) => num(RATING_LABELS[r][f.lang])),
      ]}
    >
      {data.ratings.points.map((p) => (
        <tr key={p.interviewId}>
          <th scope="row" className="pg-nowrap">
            {f.date(p.date)}
          </th>
          <td>{p.company}</td>
          <td>{stageLabel(p.stage, f)}</td>
          {RATINGS.map((r) => (
            <td key={r} className="pg-num">
              {value(p.values[r], f, t('table.notRated'))}
            </td>
          ))}
        </tr>
      ))}
    </Table>
  )
}

export function CausesTable({ data }: TableProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  const window = Math.min(RECENT_DIAGNOSED, data.causes.diagnosedInterviews)
  return (
    <Table
      caption={t('causes.tableCaption', { count: data.causes.diagnosedInterviews })}
      head={[
        t('table.cause'),
        num(t('table.times')),
        num(t('table.recent', { count: window })),
        t('table.lastSeen'),
        num(t('table.since')),
      ]}
    >
      {data.causes.rows.map((row) => (
        <tr key={row.cause}>
          <th scope="row">{causeLabel(row.cause, f)}</th>
          <td className="pg-num">{row.count}</td>
          <td className="pg-num">{row.recent}</td>
          <td className="pg-nowrap">
            {row.lastSeen ? f.date(row.lastSeen) : <None label={t('table.never')} />}
          </td>
          <td className="pg-num">{row.interviewsSince}</td>
        </tr>
      ))}
    </Table>
  )
}

export function CauseMonthsTable({ data }: TableProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  return (
    <Table
      caption={t('causes.monthsCaption')}
      head={[t('table.month'), num(t('table.diagnosed')), t('table.causes')]}
    >
      {data.causes.months.map((m) => (
        <tr key={m.month}>
          <th scope="row">{f.month(m.month)}</th>
          <td className="pg-num">{m.diagnosed}</td>
          <td className="pg-wide">
            <ul className="pg-cell-list">
              {data.causes.rows
                .filter((row) => (m.counts[row.cause] ?? 0) > 0)
                .map((row) => (
                  <li key={row.cause}>
                    {causeLabel(row.cause, f)} ({m.counts[row.cause]})
                  </li>
                ))}
            </ul>
          </td>
        </tr>
      ))}
    </Table>
  )
}

export function FunnelTable({ data }: TableProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  return (
    <Table
      caption={t('stages.funnelCaption', { count: data.stages.applications })}
      head={[t('table.stage'), num(t('table.reached')), num(t('table.passed'))]}
    >
      {data.stages.funnel.map((row) => (
        <tr key={row.stage}>
          <th scope="row">{stageLabel(row.stage, f)}</th>
          <td className="pg-num">{row.reached}</td>
          <td className="pg-num">{row.passed}</td>
        </tr>
      ))}
    </Table>
  )
}

export function InterviewMonthsTable({ data }: TableProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  return (
    <Table caption={t('stages.monthsCaption')} head={[t('table.month'), num(t('table.interviews'))]}>
      {data.stages.months.map((m) => (
        <tr key={m.month}>
          <th scope="row">{f.month(m.month)}</th>
          <td className="pg-num">{m.interviews}</td>
        </tr>
      ))}
    </Table>
  )
}

export function RehearsalTable({ data }: TableProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  const none = t('table.noAttempt')
  return (
    <Table
      caption={t('rehearsal.tableCaption')}
      head={[
        t('table.week'),
        num(t('table.attempts')),
        num(t('table.assertiveness')),
        num(t('table.fillers')),
      ]}
    >
      {data.rehearsal.weeks.map((w) => (
        <tr key={w.week}>
          <th scope="row" className="pg-nowrap">
            {f.date(w.week)}
          </th>
          <td className="pg-num">{w.attempts}</td>
          <td className="pg-num">{value(w.assertiveness, f, none)}</td>
          <td className="pg-num">{value(w.fillersPer100, f, none)}</td>
        </tr>
      ))}
    </Table>
  )
}

export function ActionsTable({ data }: TableProps) {
  const { t } = useTranslation('progress')
  const { actionsTotal, actionsDone, appliedTotal, offeredTotal } = data.lessons
  return (
    <Table
      caption={t('lessons.tableCaption')}
      head={[t('table.what'), num(t('table.done')), num(t('table.total'))]}
    >
      <tr>
        <th scope="row">{t('lessons.rowActions')}</th>
        <td className="pg-num">{actionsDone}</td>
        <td className="pg-num">{actionsTotal}</td>
      </tr>
      {offeredTotal > 0 ? (
        <tr>
          <th scope="row">{t('lessons.rowApplied')}</th>
          <td className="pg-num">{appliedTotal}</td>
          <td className="pg-num">{offeredTotal}</td>
        </tr>
      ) : null}
    </Table>
  )
}

/** The lessons' actions, and the lessons applied once there are any. */
export function LessonsTables({ data }: TableProps) {
  return (
    <>
      <ActionsTable data={data} />
      {data.lessons.applied.length > 0 ? <AppliedTable data={data} /> : null}
    </>
  )
}

export function AppliedTable({ data }: TableProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  return (
    <Table
      caption={t('lessons.appliedCaption')}
      head={[t('table.date'), t('table.company'), num(t('table.offered')), num(t('table.applied'))]}
    >
      {data.lessons.applied.map((row) => (
        <tr key={row.interviewId}>
          <th scope="row" className="pg-nowrap">
            {f.date(row.date)}
          </th>
          <td>{row.company}</td>
          <td className="pg-num">{row.offered}</td>
          <td className="pg-num">{row.applied}</td>
        </tr>
      ))}
    </Table>
  )
}

export function MoodsTable({ moods }: { moods: ProgressResponse['moods'] }) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  return (
    <Table caption={t('mood.tableCaption')} head={[t('table.date'), t('mood.level'), t('mood.note')]}>
      {moods.map((m) => (
        <tr key={m.id}>
          <th scope="row" className="pg-nowrap">
            {f.date(m.at)}
          </th>
          <td>{isMoodLevel(m.mood) ? `${MOOD_LABELS[m.mood][f.lang]} (${m.mood}/5)` : `${m.mood}/5`}</td>
          <td className="prewrap">{m.note}</td>
        </tr>
      ))}
    </Table>
  )
}
