import '../interviews.css'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { FormAlert } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { EmptyState } from '../../../components/ui/empty-state'
import { InterviewsIcon } from '../../../components/ui/icons'
import { PageLoading } from '../../../components/ui/loading'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { InterviewFilters } from '../list/interview-filters'
import { InterviewGroups } from '../list/interview-groups'
import { useInterviewList } from '../list/use-interview-list'

/** The interviews, newest first, grouped by month; filters and search live in the address. */
export function InterviewsPage() {
  const { t } = useTranslation('interviews')
  const describe = useDescribeError()
  useDocumentTitle(t('list.title'))
  const list = useInterviewList()
  const { interviews, filtered, count } = list

  return (
    <div className="page">
      <header className="page-header page-header--with-action">
        <h1 className="page-title">{t('list.heading')}</h1>
        <Link to="/interviews/new" className={buttonClass('primary', 'page-header__action')}>
          + {t('list.capture')}
        </Link>
      </header>

      <InterviewFilters list={list} />

      <div role="status" className={interviews.data && filtered ? 'muted small' : 'status-empty'}>
        {interviews.data && filtered ? t('list.resultCount', { count }) : null}
      </div>

      {interviews.isPending ? (
        <PageLoading label={t('list.loading')} />
      ) : interviews.isError ? (
        <div className="stack">
          <FormAlert>{describe(interviews.error)}</FormAlert>
          <Button variant="secondary" className="align-start" onClick={() => interviews.refetch()}>
            {t('retry')}
          </Button>
        </div>
      ) : count === 0 && !filtered ? (
        <EmptyState icon={<InterviewsIcon />} title={t('list.emptyTitle')}>
          <p>{t('list.emptyBody')}</p>
          <p>
            <Link to="/interviews/new" className={buttonClass('primary')}>
              {t('list.captureFirst')}
            </Link>
          </p>
        </EmptyState>
      ) : count === 0 ? (
        <div className="card card--quiet">
          <p>{t('list.noMatch')}</p>
        </div>
      ) : (
        <InterviewGroups groups={list.groups} />
      )}
    </div>
  )
}

export { InterviewsPage as Component }
