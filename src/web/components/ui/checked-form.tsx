import type { FormEvent, ReactNode, RefObject } from 'react'
import { FormAlert } from './alert'

type CheckedFormProps = {
  formRef: RefObject<HTMLFormElement | null>
  /** The message for the whole form, first in it (see lib/form-errors). */
  alert: string | undefined
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  className?: string
  children: ReactNode
}

/** A form that checks itself (the app's messages, not the browser's) and says first what went wrong. */
export function CheckedForm({ formRef, alert, onSubmit, className = 'form', children }: CheckedFormProps) {
  return (
    <form ref={formRef} className={className} noValidate onSubmit={onSubmit}>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {children}
    </form>
  )
}
