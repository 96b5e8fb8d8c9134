import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { COMFORTABLE_WPM } from '../../../../domain/rehearsal/speech'
import type { ProgressResponse } from '../../../../shared/schemas/progress'
import { DeliverySummary } from '../../../components/recorder/delivery-summary'
import { buttonClass } from '../../../components/ui/button'
import { roundScale } from './chart-series'
import { LinesChart } from './lazy-charts'
import { Chart, ChartsWithTables } from './sections'
import { num, Table } from './tables'
import { type Formats, useFormats, weekPoint } from './use-formats'

type DeliveryTrendProps = { data: ProgressResponse; filtered: boolean }

/**
 * The voice over time, as the device measured it on spoken rehearsal attempts and mock interview answers:
 * the estimated pace against the comfortable band, long pauses a minute, how much the pitch moves.
 * Drawn again only when the figures or the period change (as ProgressSections).
 */
export const DeliveryTrendSection = memo(function DeliveryTrendSection({
  data,
  filtered,
}: DeliveryTrendProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  const trend = data.delivery
  return (
    <section className="card pg-section" aria-labelledby="delivery-title" data-section="delivery">
      <h2 className="section-title" id="delivery-title">
        {t('delivery.title')}
      </h2>
      {trend.recordings === 0 || !trend.overall ? (
        <>
          <p>{filtered ? t('delivery.emptyPeriod') : t('delivery.empty')}</p>
          <p className="pg-waiting__actions">
            <Link className={buttonClass('secondary')} to="/rehearsal">
              {t('delivery.toRehearsal')}
            </Link>
            <Link className={buttonClass('ghost')} to="/mock-interview">
              {t('delivery.toMock')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('delivery.recordings', { count: trend.recordings, mock: trend.fromMock })}</p>
          <DeliverySummary summary={trend.overall} title={t('delivery.overall')} />
          {trend.weeks.length >= 2 ? (
            <WeeklyCharts weeks={trend.weeks} f={f} />
          ) : (
            <>
              <p className="muted pg-small">{t('delivery.oneWeek')}</p>
              <div className="pg-tables">
                <DeliveryTable weeks={trend.weeks} f={f} />
              </div>
            </>
          )}
        </>
      )}
    </section>
  )
})

type Weeks = ProgressResponse['delivery']['weeks']

function WeeklyCharts({ weeks, f }: { weeks: Weeks; f: Formats }) {
  const { t } = useTranslation('progress')
  const rows = weeks.map((w) => ({
    ...weekPoint(w.week, f, t),
    low: w.wpmLow,
    high: w.wpmHigh,
    pauses: w.longPausesPerMinute,
    pitch: w.pitchVariationSemitones,
  }))
  const pace = roundScale([...weeks.map((w) => w.wpmHigh), COMFORTABLE_WPM.max], 200)
  const pauses = roundScale(
    weeks.map((w) => w.longPausesPerMinute),
    2,
  )
  const pitch = roundScale(
    weeks.map((w) => w.pitchVariationSemitones),
    4,
  )
  return (
    <ChartsWithTables tables={<DeliveryTable weeks={weeks} f={f} />}>
      <Chart title={t('delivery.paceTitle', { min: COMFORTABLE_WPM.min, max: COMFORTABLE_WPM.max })}>
        <LinesChart
          label={t('delivery.paceLabel', {
            count: weeks.length,
            min: COMFORTABLE_WPM.min,
            max: COMFORTABLE_WPM.max,
          })}
          data={rows}
          xKey="x"
          tipKey="tip"
          lines={[
            { key: 'low', name: t('delivery.paceLow'), series: 0 },
            { key: 'high', name: t('delivery.paceHigh'), series: 1 },
          ]}
          domain={[0, pace.top]}
          ticks={pace.ticks}
          height={200}
          format={f.number}
          spread={0}
        />
      </Chart>
      <div className="pg-pair">
        {(
          [
            { key: 'pauses', scale: pauses, series: 2 },
            { key: 'pitch', scale: pitch, series: 4 },
          ] as const
        ).map(({ key, scale, series }) => (
          <Chart key={key} title={t(`delivery.${key}Title`)}>
            <LinesChart
              label={t(`delivery.${key}Label`, { count: weeks.length })}
              data={rows}
              xKey="x"
              tipKey="tip"
              lines={[{ key, name: t(`delivery.${key}Column`), series }]}
              domain={[0, scale.top]}
              ticks={scale.ticks}
              height={180}
              format={f.number}
            />
          </Chart>
        ))}
      </div>
    </ChartsWithTables>
  )
}

function DeliveryTable({ weeks, f }: { weeks: Weeks; f: Formats }) {
  const { t } = useTranslation('progress')
  const none = '—'
  const value = (x: number | null) => (x === null ? none : f.number(x))
  return (
    <Table
      caption={t('delivery.tableCaption')}
      head={[
        t('table.week'),
        num(t('delivery.recordingsColumn')),
        num(t('delivery.paceColumn')),
        num(t('delivery.pausesColumn')),
        num(t('delivery.pitchColumn')),
      ]}
    >
      {weeks.map((w) => (
        <tr key={w.week}>
          <th scope="row" className="pg-nowrap">
            {f.date(w.week)}
          </th>
          <td className="pg-num">{w.recordings}</td>
          <td className="pg-num pg-nowrap">
            {w.wpmLow === null || w.wpmHigh === null ? none : `${w.wpmLow}–${w.wpmHigh}`}
          </td>
          <td className="pg-num">{value(w.longPausesPerMinute)}</td>
          <td className="pg-num">{value(w.pitchVariationSemitones)}</td>
        </tr>
      ))}
    </Table>
  )
}
