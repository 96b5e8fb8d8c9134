import { type ReactNode, useRef } from 'react'
import { FormAlert } from './alert'
import { Button } from './button'
import { Dialog } from './dialog'

type ConfirmDialogProps = {
  open: boolean
  onClose: () => void
  title: ReactNode
  children: ReactNode
  cancelLabel: ReactNode
  confirmLabel: ReactNode
  pendingLabel: ReactNode
  pending: boolean
  onConfirm: () => void
  /** Why the last try failed, shown under the question. */
  error?: ReactNode
}

/** A step that cannot be undone (a deletion), asked once more: cancel, focused first, or go ahead. */
export function ConfirmDialog({
  open,
  onClose,
  title,
  children,
  cancelLabel,
  confirmLabel,
  pendingLabel,
  pending,
  onConfirm,
  error,
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null)
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      initialFocusRef={cancelRef}
      tone="danger"
      actions={
        <>
          <Button ref={cancelRef} variant="secondary" onClick={onClose}>
            {cancelLabel}
          </Button>
          <Button variant="danger" pending={pending} pendingLabel={pendingLabel} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
      {error === undefined || error === null ? null : <FormAlert>{error}</FormAlert>}
    </Dialog>
  )
}
