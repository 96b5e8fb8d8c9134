import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Application, Interview } from '../../../../shared/schemas/interviews'
import { Button } from '../../../components/ui/button'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog'
import { TitledSection } from '../../../components/ui/titled-section'
import { useDescribeError } from '../../../lib/error-text'
import { useCurrentUser } from '../../../lib/session/get-me'
import { forgetDebriefSync } from '../api/debrief-sync'
import { forgetDeletedApplication, useDeleteApplication } from '../api/delete-application'
import { useDeleteInterview } from '../api/delete-interview'
import { useApplicationInterviews } from '../api/get-interviews'

type DangerZoneProps = { interview: Interview; application: Application }

/** Deleting the interview, or the whole application with all its interviews, each confirmed first. */
export function DangerZone({ interview, application }: DangerZoneProps) {
  const { t } = useTranslation('interviews')
  const describe = useDescribeError()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const user = useCurrentUser()
  const deleteInterview = useDeleteInterview(interview.id)
  const deleteApplication = useDeleteApplication(application)
  const related = useApplicationInterviews(application.id)
  const [confirm, setConfirm] = useState<'interview' | 'application' | null>(null)
  // The deleted application's reads are forgotten once this page has gone, with every query of it: done while
  // the page was still shown (a slow render after the navigation), one of them was asked again and answered 404.
  const deletedApplication = useRef(false)
  useEffect(
    () => () => {
      if (deletedApplication.current)
        setTimeout(() => forgetDeletedApplication(queryClient, application.id), 0)
    },
    [queryClient, application.id],
  )
  const count = related.data?.interviews.length ?? 1
  const common = {
    onClose: () => setConfirm(null),
    cancelLabel: t('cancel'),
    pendingLabel: t('detail.deleting'),
  }

  return (
    <TitledSection id="danger-title" className="card card--danger" title={t('detail.dangerTitle')}>
      <div className="danger-actions">
        <Button variant="danger-outline" onClick={() => setConfirm('interview')}>
          {t('detail.deleteInterview')}
        </Button>
        <Button variant="danger-outline" onClick={() => setConfirm('application')}>
          {t('detail.deleteApplication')}
        </Button>
      </div>
      <ConfirmDialog
        {...common}
        open={confirm === 'interview'}
        title={t('detail.deleteInterviewTitle')}
        confirmLabel={t('detail.deleteInterviewConfirm')}
        pending={deleteInterview.isPending}
        error={deleteInterview.isError ? describe(deleteInterview.error) : null}
        onConfirm={() =>
          deleteInterview.mutate(undefined, {
            onSuccess: () => {
              forgetDebriefSync(user.id, interview.id)
              navigate('/interviews', { replace: true })
            },
          })
        }
      >
        <p>{t('detail.deleteInterviewBody', { company: application.company })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        {...common}
        open={confirm === 'application'}
        title={t('detail.deleteApplicationTitle', { company: application.company })}
        confirmLabel={t('detail.deleteApplicationConfirm')}
        pending={deleteApplication.isPending}
        error={deleteApplication.isError ? describe(deleteApplication.error) : null}
        onConfirm={() =>
          deleteApplication.mutate(undefined, {
            onSuccess: () => {
              for (const item of related.data?.interviews ?? [interview]) forgetDebriefSync(user.id, item.id)
              deletedApplication.current = true
              navigate('/interviews', { replace: true })
            },
          })
        }
      >
        <p>
          {t('detail.deleteApplicationBody', { count, company: application.company, role: application.role })}
        </p>
      </ConfirmDialog>
    </TitledSection>
  )
}
