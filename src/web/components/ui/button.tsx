import type { ComponentPropsWithRef, ReactNode } from 'react'

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'danger-outline' | 'ghost'

export function buttonClass(variant: ButtonVariant = 'primary', extra?: string): string {
  return ['button', `button--${variant}`, extra].filter(Boolean).join(' ')
}

type ButtonProps = ComponentPropsWithRef<'button'> & {
  variant?: ButtonVariant
  /** While true the button is disabled and shows `pendingLabel` (which ends with "…"). */
  pending?: boolean
  pendingLabel?: ReactNode
}

export function Button({
  variant = 'primary',
  pending = false,
  pendingLabel,
  className,
  disabled,
  children,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      className={buttonClass(variant, className)}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
    >
      {pending ? (
        <>
          <span className="spinner spinner--small" aria-hidden="true" />
          {pendingLabel ?? children}
        </>
      ) : (
        children
      )}
    </button>
  )
}
