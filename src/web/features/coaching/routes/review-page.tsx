import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { AssignForm, CommentForm, RatingForm } from '../../../components/coaching/review-forms'
import { BackLink } from '../../../components/ui/back-link'
import { LoadError } from '../../../components/ui/load-error'
import { PageLoading } from '../../../components/ui/loading'
import { TitledSection } from '../../../components/ui/titled-section'
import { useLinkFeedback } from '../../../lib/api/review'
import { isApiError } from '../../../lib/api-client'
import { useFormatDate } from '../../../lib/dates'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useReceivedLink } from '../api/received-link'

/**
 * Where a coach or a partner leaves feedback through a link: a question for the person's deck
 * (coach), a comment and a rating on a shared answer named in the address (`?card=…&attempt=…`, as the
 * pages of what is shared link here), and the thread of what was said both ways.
 */
export function ReviewPage() {
  const { linkId = '' } = useParams()
  const [params] = useSearchParams()
  const { t } = useTranslation('coaching')
  const link = useReceivedLink(linkId)
  useDocumentTitle(t('page.title'))
  const cardId = params.get('card')
  const attemptId = params.get('attempt')

  if (link.isPending) return <PageLoading label={t('page.loading')} />
  if (link.isError)
    return (
      <div className="page">
        <BackLink to="/account">{t('page.back')}</BackLink>
        <LoadError
          error={link.error}
          message={isApiError(link.error, 404) ? t('page.gone') : undefined}
          onRetry={isApiError(link.error, 404) ? null : () => link.refetch()}
          retryLabel={t('page.retry')}
          className="r-stack"
          retryClassName="align-start"
        />
      </div>
    )
  const { owner, role, shares } = link.data.link
  const coach = role === 'coach'
  return (
    <div className="page coaching-page">
      <header className="page-header">
        <BackLink to="/account">{t('page.back')}</BackLink>
        <h1 className="page-title">{t('page.heading', { name: owner.displayName })}</h1>
        <p className="lead">{t(`page.lead.${role}`)}</p>
      </header>
      {cardId && attemptId && shares.rehearsal ? (
        <TitledSection id="coaching-answer" title={t('page.answer')}>
          <CommentForm linkId={linkId} anchor={{ kind: 'answer', id: cardId, step: attemptId }} />
          {coach ? <RatingForm linkId={linkId} cardId={cardId} attemptId={attemptId} /> : null}
        </TitledSection>
      ) : null}
      {coach ? (
        <TitledSection id="coaching-assign" title={t('page.assign')}>
          <AssignForm linkId={linkId} />
        </TitledSection>
      ) : null}
      <Thread linkId={linkId} name={owner.displayName} />
    </div>
  )
}

function Thread({ linkId, name }: { linkId: string; name: string }) {
  const { t } = useTranslation('coaching')
  const formatDate = useFormatDate()
  const feedback = useLinkFeedback(linkId)
  const comments = feedback.data?.comments ?? []
  return (
    <TitledSection id="coaching-thread" title={t('page.thread', { name })}>
      {comments.length === 0 ? (
        <p className="muted">{t('page.empty')}</p>
      ) : (
        <ol className="coaching-thread__list">
          {comments.map((c) => (
            <li
              key={c.id}
              className={c.parentId ? 'coaching-comment coaching-comment--reply' : 'coaching-comment'}
            >
              <p className="coaching-comment__meta">
                <strong>{c.mine ? t('thread.you') : c.author.displayName}</strong>
                <span className="muted"> · {formatDate(c.createdAt, 'dateTime')}</span>
              </p>
              <p className="coaching-comment__body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
    </TitledSection>
  )
}

export { ReviewPage as Component }
