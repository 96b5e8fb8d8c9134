import '../rehearsal.css'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { FormAlert } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { RehearsalIcon } from '../../../components/ui/icons'
import { PageLoading } from '../../../components/ui/loading'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useQueue } from '../api/get-queue'
import { useWhen } from '../components/time-words'

// Fetches the analyzer page's code as soon as the person shows an interest in it.
function preloadAnalyzer() {
  void import('./analyzer-page')
}

function preloadCard() {
  void import('./card-page')
}

const PREVIEW = 3

/** Today's rehearsal: the questions due now, or when the next one comes back; never a streak. */
export function RehearsalPage() {
  const { t: tp } = useTranslation('pages')
  const { t } = useTranslation('rehearsal')
  const describe = useDescribeError()
  const when = useWhen()
  const formatDate = useFormatDate()
  const [params] = useSearchParams()
  useDocumentTitle(tp('rehearsal.title'))
  const queue = useQueue()
  const data = queue.data

  return (
    <div className="page rehearsal">
      <header className="page-header">
        <h1 className="page-title">{tp('rehearsal.heading')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </header>

      {queue.isError ? (
        <div className="r-stack">
          <FormAlert>{describe(queue.error)}</FormAlert>
          <Button variant="secondary" className="r-start" onClick={() => queue.refetch()}>
            {t('retry')}
          </Button>
        </div>
      ) : !data ? (
        <PageLoading label={t('home.loading')} />
      ) : data.deckSize === 0 ? (
        <section className="card r-empty" aria-labelledby="deck-empty-title">
          <div className="r-empty__icon" aria-hidden="true">
            <RehearsalIcon />
          </div>
          <h2 className="section-title" id="deck-empty-title">
            {t('home.emptyTitle')}
          </h2>
          <p>{t('home.emptyBody')}</p>
          <ol className="r-ways">
            <li>
              <p>{t('home.emptyBank')}</p>
              <Link to="/rehearsal/bank" className={buttonClass('primary')}>
                {t('home.openBank')}
              </Link>
            </li>
            <li>
              <p>{t('home.emptyDebrief')}</p>
              <Link to="/interviews" className={buttonClass('secondary')}>
                {t('home.openInterviews')}
              </Link>
            </li>
            <li>
              <p>{t('home.emptyOwn')}</p>
              <Link to="/rehearsal/bank#own-question" className={buttonClass('secondary')}>
                {t('bank.ownTitle')}
              </Link>
            </li>
          </ol>
        </section>
      ) : (
        <>
          <section className="card r-today" aria-labelledby="today-title">
            <h2 className="r-today__label" id="today-title">
              {t('home.todayTitle')}
            </h2>
            {data.dueCount > 0 && data.due[0] ? (
              <>
                <p className="r-today__count">{t('home.dueCount', { count: data.dueCount })}</p>
                <ul className="r-today__list">
                  {data.due.slice(0, PREVIEW).map((card) => (
                    <li key={card.id} lang={card.lang}>
                      {card.question}
                    </li>
                  ))}
                  {data.dueCount > PREVIEW ? (
                    <li className="muted">{t('home.andMore', { count: data.dueCount - PREVIEW })}</li>
                  ) : null}
                </ul>
                <p className="muted">{t('home.dueBody')}</p>
                <Link
                  to={`/rehearsal/cards/${data.due[0].id}?queue=1`}
                  className={buttonClass('primary', 'button--large r-today__start')}
                  onPointerEnter={preloadCard}
                  onFocus={preloadCard}
                >
                  {t('home.start')}
                </Link>
              </>
            ) : (
              <>
                {params.get('done') ? (
                  <p className="alert alert--success" role="status">
                    {t('home.doneToday')}
                  </p>
                ) : null}
                <p className="r-today__count">{t('home.nothingDue')}</p>
                <p>
                  {data.nextDue
                    ? t('home.nextDue', {
                        when: when(data.nextDue),
                        date: formatDate(data.nextDue, 'shortDateTime'),
                      })
                    : t('home.noNextDue')}
                </p>
                <p className="muted">{t('home.rest')}</p>
              </>
            )}
          </section>
          <p className="r-links">
            <Link to="/rehearsal/deck" className={buttonClass('secondary')}>
              {t('home.deckLink', { count: data.deckSize })}
            </Link>
            <Link to="/rehearsal/bank" className={buttonClass('ghost')}>
              {t('deck.addQuestions')}
            </Link>
          </p>
        </>
      )}

      <section className="card card--quiet r-analyzer" aria-labelledby="analyzer-title">
        <h2 className="r-analyzer__title" id="analyzer-title">
          {tp('rehearsal.analyzerTitle')}
        </h2>
        <p className="r-small">{t('home.analyzerSmall')}</p>
        <Link
          to="/rehearsal/analyzer"
          className={buttonClass('secondary', 'r-start')}
          onPointerEnter={preloadAnalyzer}
          onFocus={preloadAnalyzer}
        >
          {tp('rehearsal.analyzerCta')}
        </Link>
      </section>
    </div>
  )
}
