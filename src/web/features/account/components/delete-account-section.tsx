import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { deleteAccountBodySchema } from '../../../../shared/schemas/auth'
import { CurrentPasswordField } from '../../../components/ui/account-fields'
import { Button } from '../../../components/ui/button'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog'
import { TitledSection } from '../../../components/ui/titled-section'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { useDeleteAccount } from '../api/delete-account'
import { ExportButton } from './export-button'

const FIELDS = ['password'] as const
const EMPTY = { password: '' }
const FORM_ID = 'delete-account-form'

/** What can be kept before leaving: the whole account, in one file. */
function KeepACopy() {
  const { t } = useTranslation('account')
  return (
    <div className="panel keep-copy">
      <h3 className="keep-copy__title">{t('delete.exportTitle')}</h3>
      <p>{t('delete.exportBody')}</p>
      <ExportButton variant="secondary" />
    </div>
  )
}

export function DeleteAccountSection() {
  const { t } = useTranslation('account')
  const deleteAccount = useDeleteAccount()
  const [open, setOpen] = useState(false)
  const form = useSchemaForm({ schema: deleteAccountBodySchema, fieldNames: FIELDS, initial: EMPTY })

  function openDialog() {
    deleteAccount.reset()
    form.setValues(EMPTY)
    form.clearErrors()
    setOpen(true)
  }

  function confirm(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault()
    if (deleteAccount.isPending) return
    const data = form.check()
    if (!data) return
    deleteAccount.mutate(data, { onError: form.failed })
  }

  return (
    <TitledSection id="delete-account-title" className="card card--danger" title={t('delete.heading')}>
      <p>{t('delete.body')}</p>
      <KeepACopy />
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
        onConfirm={() => confirm()}
        // A wrong password is said on its field; the dialog repeats only what belongs to no field.
        error={form.errors.fields.password ? null : (form.errors.form ?? null)}
      >
        <p>{t('delete.dialogBody')}</p>
        <form id={FORM_ID} ref={form.formRef} className="form" noValidate onSubmit={confirm}>
          <CurrentPasswordField
            id="delete-account-password"
            label={t('delete.password')}
            hint={t('delete.passwordHint')}
            {...form.field('password')}
          />
        </form>
      </ConfirmDialog>
    </TitledSection>
  )
}
