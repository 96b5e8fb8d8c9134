import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { useCurrentUser } from '../../../lib/session/get-me'
import { onConnectionBack } from '../../../lib/use-online-status'
import { sendWaitingDrafts, useFollowedDebrief } from '../api/debrief-sync'
import { useInterview } from '../api/get-interview'

/**
 * Sends the debrief edits left on this device by a closed tab, when the app opens and when the
 * connection returns. Those that changed elsewhere in the meantime are not sent over the other
 * version: both are kept, and this says so, with a way to choose.
 */
export function WaitingDebriefs() {
  const user = useCurrentUser()
  const { pathname } = useLocation()
  const [picked, setPicked] = useState<string[]>([])

  useEffect(() => {
    let active = true
    const run = () => {
      void sendWaitingDrafts(user.id, (id) => {
        if (active) setPicked((previous) => (previous.includes(id) ? previous : [...previous, id]))
      })
    }
    run()
    const stop = onConnectionBack(run)
    return () => {
      active = false
      stop()
    }
  }, [user.id])

  return picked
    .filter((id) => !pathname.startsWith(`/interviews/${id}/debrief`))
    .map((id) => <WaitingConflict key={id} userId={user.id} interviewId={id} />)
}

function WaitingConflict({ userId, interviewId }: { userId: string; interviewId: string }) {
  const snapshot = useFollowedDebrief(userId, interviewId)
  return snapshot?.conflict ? <ConflictNotice interviewId={interviewId} /> : null
}

function ConflictNotice({ interviewId }: { interviewId: string }) {
  const { t } = useTranslation('interviews')
  const interview = useInterview(interviewId)
  const company = interview.data?.application.company
  return (
    <div className="shell__alert alert alert--warning waiting-debrief">
      <p>{company ? t('waiting.conflict', { company }) : t('waiting.conflictNoCompany')}</p>
      <Link to={`/interviews/${interviewId}/debrief`}>{t('waiting.choose')}</Link>
    </div>
  )
}
