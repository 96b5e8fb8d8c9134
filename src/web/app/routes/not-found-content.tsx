import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { buttonClass } from '../../components/ui/button'
import { useMe } from '../../lib/session/get-me'
import { useDocumentTitle } from '../../lib/use-document-title'

/** The "page not found" content, in whatever frame fits the visitor. */
export function NotFoundContent() {
  const { t } = useTranslation('common')
  const me = useMe()
  useDocumentTitle(t('notFound.title'))

  return (
    <div className="page message-page">
      <p className="message-page__code" aria-hidden="true">
        404
      </p>
      <h1 className="page-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className={buttonClass('primary')} to={me.data ? '/home' : '/'}>
        {t('notFound.back')}
      </Link>
    </div>
  )
}
