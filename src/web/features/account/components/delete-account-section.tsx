import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Dialog } from '../../../components/ui/dialog'
import { useDescribeError } from '../../../lib/error-text'
import { useDeleteAccount } from '../api/delete-account'

export function DeleteAccountSection() {
  const { t } = useTranslation('account')
  const describe = useDescribeError()
  const deleteAccount = useDeleteAccount()
  const [open, setOpen] = useState(false)
  const cancelRef = useRef<HTMLButtonElement>(null)

  function openDialog() {
    deleteAccount.reset()
    setOpen(true)
  }

  return (
    <section className="card card--danger" aria-labelledby="delete-account-title">
      <h2 className="section-title" id="delete-account-title">
        {t('delete.heading')}
      </h2>
      <p>{t('delete.body')}</p>
      <Button variant="danger-outline" onClick={openDialog}>
        {t('delete.open')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('delete.dialogTitle')}
        initialFocusRef={cancelRef}
        tone="danger"
        actions={
          <>
            <Button ref={cancelRef} variant="secondary" onClick={() => setOpen(false)}>
              {t('delete.cancel')}
            </Button>
            <Button
              variant="danger"
              pending={deleteAccount.isPending}
              pendingLabel={t('delete.pending')}
              onClick={() => deleteAccount.mutate()}
            >
              {t('delete.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('delete.dialogBody')}</p>
        {deleteAccount.isError ? <FormAlert>{describe(deleteAccount.error)}</FormAlert> : null}
      </Dialog>
    </section>
  )
}
