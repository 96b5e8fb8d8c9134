import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/ui/button'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog'
import { TitledSection } from '../../../components/ui/titled-section'
import { useDescribeError } from '../../../lib/error-text'
import { useDeleteAccount } from '../api/delete-account'

export function DeleteAccountSection() {
  const { t } = useTranslation('account')
  const describe = useDescribeError()
  const deleteAccount = useDeleteAccount()
  const [open, setOpen] = useState(false)

  function openDialog() {
    deleteAccount.reset()
    setOpen(true)
  }

  return (
    <TitledSection id="delete-account-title" className="card card--danger" title={t('delete.heading')}>
      <p>{t('delete.body')}</p>
      <Button variant="danger-outline" onClick={openDialog}>
        {t('delete.open')}
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('delete.dialogTitle')}
        cancelLabel={t('delete.cancel')}
        confirmLabel={t('delete.confirm')}
        pendingLabel={t('delete.pending')}
        pending={deleteAccount.isPending}
        onConfirm={() => deleteAccount.mutate()}
        error={deleteAccount.isError ? describe(deleteAccount.error) : null}
      >
        <p>{t('delete.dialogBody')}</p>
      </ConfirmDialog>
    </TitledSection>
  )
}
