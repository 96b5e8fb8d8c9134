import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../lib/dates'
import { numberFormat } from '../../../lib/numbers'
import { useMe } from '../../../lib/session/get-me'
import { useLanguage } from '../../../lib/use-language'
import { useMockProgress } from '../api/get-mock-progress'
import type { Period } from '../api/get-progress'

/** Mock interviews over time: the pressure level reached, tension before and after, assertiveness, speaking figures. */
export function MockSessions({ period, periodAccepted }: { period: Period; periodAccepted: boolean }) {
  const { t } = useTranslation('progress')
  const lang = useLanguage()
  const timeZone = useMe().data?.timeZone
  const query = useMockProgress(period, periodAccepted)
  const captionId = useId()
  const number = (value: number | null, digits = 0) =>
    value === null ? '—' : numberFormat(lang, { max: digits }).format(value)
  const sessions = query.data?.sessions ?? []
  return (
    <section className="card pg-section" aria-labelledby="pg-mock-title">
      <h2 className="section-title" id="pg-mock-title">
        {t('mock.title')}
      </h2>
      {query.isError ? (
        <p>{t('mock.failed')}</p>
      ) : sessions.length === 0 ? (
        <p className="muted">{query.isPending ? t('loading') : t('mock.empty')}</p>
      ) : (
        <>
          <p>{t('mock.summary', { count: sessions.length, level: query.data?.highestLevel ?? '—' })}</p>
          {/* A named, focusable region, so a table wider than the screen scrolls from the keyboard. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
          <section className="pg-table-scroll" aria-labelledby={captionId} tabIndex={0}>
            <table className="pg-table">
              <caption className="sr-only" id={captionId}>
                {t('mock.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('mock.date')}</th>
                  <th scope="col">{t('mock.level')}</th>
                  <th scope="col">{t('mock.tension')}</th>
                  <th scope="col">{t('mock.assertiveness')}</th>
                  <th scope="col">{t('mock.speaking')}</th>
                  <th scope="col">{t('mock.pauses')}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{formatDate(s.completedAt, lang, 'day', timeZone)}</th>
                    <td>{s.level}/4</td>
                    <td>
                      {number(s.tensionBefore)} → {number(s.tensionAfter)}
                    </td>
                    <td>{number(s.averageAssertiveness)}</td>
                    <td>{s.averageSpokenSeconds === null ? '—' : `${number(s.averageSpokenSeconds)} s`}</td>
                    <td>{number(s.averageLongPauses, 1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <p className="muted pg-small">{t('mock.explain')}</p>
        </>
      )}
    </section>
  )
}
