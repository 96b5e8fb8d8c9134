import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageLoading } from '../../../components/ui/loading'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useReceivedLinks } from '../api/received-links'
import './shared.css'

/** The people who share with the signed-in person, through links they accepted. */
export function PeoplePage() {
  const { t } = useTranslation('supporting')
  const formatDate = useFormatDate()
  const describe = useDescribeError()
  const received = useReceivedLinks()
  useDocumentTitle(t('people.title'))

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-title">{t('people.title')}</h1>
        <p className="lead">{t('people.lead')}</p>
      </header>
      {received.isError ? (
        <div className="alert alert--error" role="alert">
          {describe(received.error)}
        </div>
      ) : !received.data ? (
        <PageLoading label={t('shared.loading')} />
      ) : received.data.length === 0 ? (
        <p className="empty-state">{t('people.none')}</p>
      ) : (
        <ul className="shared-list">
          {received.data.map((link) => (
            <li key={link.id} className="card shared-list__item">
              <Link to={`/shared/${link.id}`} className="shared-list__link">
                {link.owner.displayName}
              </Link>
              <span className="muted">
                {t(`roles.${link.role}`)}
                {link.acceptedAt ? ` · ${t('shared.since', { date: formatDate(link.acceptedAt) })}` : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
