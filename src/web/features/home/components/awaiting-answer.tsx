import { useTranslation } from 'react-i18next'
import type { HomeResponse } from '../../../../shared/schemas/home'
import { RejectAndRebound } from '../../../components/rebound/reject-and-rebound'
import { useFormatDate } from '../../../lib/dates'
import { QuietCard } from './quiet-card'

/** Recent interviews with no answer yet: "not selected" in one tap opens the 48-hour plan. */
export function AwaitingAnswer({ items }: { items: HomeResponse['awaitingAnswer'] }) {
  const { t } = useTranslation('home')
  const formatDate = useFormatDate()
  if (items.length === 0) return null
  return (
    <QuietCard titleId="awaiting-title" title={t('awaiting.title')}>
      <p className="muted">{t('awaiting.body')}</p>
      <ul className="home-awaiting">
        {items.map((item) => (
          <li key={item.interviewId} className="home-awaiting__item">
            <span className="home-awaiting__company">{item.company}</span>
            <span className="muted small">
              {t('awaiting.detail', { role: item.role, date: formatDate(item.date) })}
            </span>
            <RejectAndRebound interviewId={item.interviewId} company={item.company} />
          </li>
        ))}
      </ul>
    </QuietCard>
  )
}
