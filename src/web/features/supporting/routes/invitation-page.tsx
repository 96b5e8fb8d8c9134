import './invitation-page.css'
import { type ReactNode, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useNavigate } from 'react-router'
import type { InvitationPreview } from '../../../../shared/schemas/sharing'
import { FormAlert } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'
import { useMe } from '../../../lib/session/get-me'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { pendingInvitation, useAcceptInvitation, useInvitationPreview } from '../api/invitation'

/**
 * The token rides in the address's fragment (never sent to a server, nor in a Referer). It is kept in
 * this tab, so that signing in or signing up comes back here with it, then taken out of the address bar.
 */
function useInvitationToken(): string {
  const location = useLocation()
  const navigate = useNavigate()
  const [token] = useState(() => {
    const fromAddress = location.hash.replace(/^#/, '').trim()
    if (fromAddress) pendingInvitation.keep(fromAddress)
    return fromAddress || pendingInvitation.read()
  })
  useEffect(() => {
    if (location.hash) navigate(location.pathname, { replace: true })
  }, [location.hash, location.pathname, navigate])
  return token
}

/** What an invitation shares, in words. */
function SharedKinds({ shares }: { shares: InvitationPreview['shares'] }) {
  const { t } = useTranslation('supporting')
  const kinds = [
    shares.debriefs === 'all' ? t('what.debriefsAll') : null,
    shares.debriefs === 'selected' ? t('what.debriefsSelected', { count: shares.selectedDebriefs }) : null,
    shares.rehearsal ? t('what.rehearsal') : null,
    shares.mockInterviews ? t('what.mockInterviews') : null,
    shares.progress ? t('what.progress') : null,
    shares.moods ? t('what.moods') : null,
    shares.rebounds ? t('what.rebounds') : null,
  ].filter((kind): kind is string => kind !== null)
  return (
    <ul className="invitation__kinds">
      {kinds.map((kind) => (
        <li key={kind}>{kind}</li>
      ))}
    </ul>
  )
}

export function InvitationPage() {
  const { t } = useTranslation('supporting')
  const describe = useDescribeError()
  const navigate = useNavigate()
  const token = useInvitationToken()
  const me = useMe()
  const preview = useInvitationPreview(token)
  const accept = useAcceptInvitation()
  useDocumentTitle(t('invitation.title'))

  const onAccept = () =>
    accept.mutate(token, {
      onSuccess: ({ link }) => {
        pendingInvitation.forget()
        navigate(`/shared/${link.id}`, { replace: true })
      },
      onError: (error) => {
        if (isApiError(error) && error.code.startsWith('invitation_')) pendingInvitation.forget()
      },
    })

  let content: ReactNode
  if (token === '' || preview.isError) {
    content = (
      <>
        <h1 className="page-title">{t('invitation.brokenHeading')}</h1>
        <div className="alert alert--error" role="alert">
          {token === '' ? t('invitation.missing') : describe(preview.error)}
        </div>
        <Link to="/" className={buttonClass('secondary', 'button--block')}>
          {t('invitation.toWelcome')}
        </Link>
      </>
    )
  } else if (!preview.data || me.isPending) {
    content = <PageLoading label={t('invitation.checking')} />
  } else {
    const { owner, role, shares } = preview.data
    content = (
      <>
        <h1 className="page-title">{t('invitation.heading', { name: owner.displayName })}</h1>
        <p className="lead">{t(`invitation.asRole.${role}`, { name: owner.displayName })}</p>
        <p>{t(`roleHint.${role}`)}</p>
        <h2 className="section-title">{t('invitation.whatHeading', { name: owner.displayName })}</h2>
        <SharedKinds shares={shares} />
        <p className="muted">{t('invitation.readOnly', { name: owner.displayName })}</p>
        {accept.isError ? <FormAlert>{describe(accept.error)}</FormAlert> : null}
        {me.data ? (
          <Button
            className="button--block"
            onClick={onAccept}
            pending={accept.isPending}
            pendingLabel={t('invitation.accepting')}
            disabled={
              accept.isError && isApiError(accept.error) && accept.error.code.startsWith('invitation_')
            }
          >
            {t('invitation.accept')}
          </Button>
        ) : (
          <>
            <p>{t('invitation.needAccount')}</p>
            <div className="invitation__actions">
              <Link to="/signup?next=%2Finvitation" className={buttonClass('primary', 'button--block')}>
                {t('invitation.signUp')}
              </Link>
              <Link to="/login?next=%2Finvitation" className={buttonClass('secondary', 'button--block')}>
                {t('invitation.signIn')}
              </Link>
            </div>
          </>
        )}
      </>
    )
  }

  return (
    <div className="auth-page">
      <div className="card auth-card invitation">{content}</div>
    </div>
  )
}

export { InvitationPage as Component }
