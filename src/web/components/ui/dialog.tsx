import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useRef } from 'react'

type DialogProps = {
  open: boolean
  /** Called when the person dismisses the dialog (Escape, or a cancel button calling it). */
  onClose: () => void
  title: ReactNode
  children: ReactNode
  actions: ReactNode
  /** The element focused when the dialog opens; by default the first focusable one. */
  initialFocusRef?: RefObject<HTMLElement | null>
  tone?: 'default' | 'danger'
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A modal dialog built on the native <dialog>: the rest of the page is inert while it is open,
 * Tab cycles inside it, Escape closes it, and focus goes back where it was.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  actions,
  initialFocusRef,
  tone = 'default',
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const returnFocusTo = useRef<HTMLElement | null>(null)
  const titleId = useId()
  const bodyId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      dialog.showModal()
      const target = initialFocusRef?.current ?? dialog.querySelector<HTMLElement>(FOCUSABLE)
      target?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open, initialFocusRef])

  function handleClose() {
    const target = returnFocusTo.current
    returnFocusTo.current = null
    if (target?.isConnected) target.focus()
    if (open) onClose()
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab') return
    const focusables = Array.from(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])
    const first = focusables[0]
    const last = focusables[focusables.length - 1]
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${tone}`}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={handleClose}
      onKeyDown={handleKeyDown}
    >
      <h2 className="dialog__title" id={titleId}>
        {title}
      </h2>
      <div className="dialog__body" id={bodyId}>
        {children}
      </div>
      <div className="dialog__actions">{actions}</div>
    </dialog>
  )
}
