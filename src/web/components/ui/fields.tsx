import {
  type ComponentPropsWithRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'
import { useTranslation } from 'react-i18next'

type FieldFrameProps = {
  id: string
  label: ReactNode
  hint?: ReactNode | undefined
  hintMet?: boolean | undefined
  error?: string | undefined
  children: ReactNode
}

export function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

function FieldFrame({ id, label, hint, hintMet, error, children }: FieldFrameProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className={hintMet ? 'field__hint field__hint--met' : 'field__hint'} id={`${id}-hint`}>
          {hintMet !== undefined ? <CheckIcon met={hintMet} /> : null}
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  )
}

/** A field's error, under it, with its icon; the field names it first in its aria-describedby. */
export function FieldError({ id, children }: { id: string; children: string | undefined }) {
  if (!children) return null
  return (
    <p className="field__error" id={id}>
      <ErrorIcon />
      {children}
    </p>
  )
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | undefined
}

export function TextField({ id, label, hint, error, className, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        {...inputProps}
        id={id}
        className={['input', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  )
}

/** Whether the browser sizes a text area to its content by itself (CSS `field-sizing`). */
const sizesItself = (): boolean =>
  typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content')

/**
 * A text area that grows with what is typed, so that a long text reads without scrolling inside
 * a small box (on a phone above all). CSS `field-sizing: content` does it where supported; elsewhere
 * the height follows the content after each change. `rows` is the smallest height.
 */
export function GrowingTextArea({ ref, className, value, ...props }: ComponentPropsWithRef<'textarea'>) {
  const own = useRef<HTMLTextAreaElement | null>(null)
  const setRef = useCallback(
    (element: HTMLTextAreaElement | null) => {
      own.current = element
      if (typeof ref === 'function') ref(element)
      else if (ref) (ref as { current: HTMLTextAreaElement | null }).current = element
    },
    [ref],
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: the height follows the value.
  useLayoutEffect(() => {
    const element = own.current
    if (!element || sizesItself()) return
    element.style.height = 'auto'
    const borders = element.offsetHeight - element.clientHeight
    element.style.height = `${element.scrollHeight + borders}px`
  }, [value])
  return (
    <textarea
      {...props}
      ref={setRef}
      value={value}
      className={['textarea--grow', className].filter(Boolean).join(' ')}
    />
  )
}

type TextAreaFieldProps = Omit<ComponentPropsWithRef<'textarea'>, 'id'> & {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | undefined
}

export function TextAreaField({ id, label, hint, error, className, ...textareaProps }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <GrowingTextArea
        {...textareaProps}
        id={id}
        className={['input', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  )
}

type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'value'> & {
  value: string
  /** Shows the minimum length rule under the label, ticked once it is met. */
  minLength?: number
}

export function PasswordField({
  id,
  label,
  error,
  minLength,
  value,
  className,
  ...inputProps
}: PasswordFieldProps) {
  const { t } = useTranslation('common')
  const [visible, setVisible] = useState(false)
  const hint =
    minLength !== undefined
      ? value.length >= minLength
        ? t('password.ruleMet', { min: minLength })
        : t('password.rule', { min: minLength })
      : undefined
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      hintMet={minLength !== undefined ? value.length >= minLength : undefined}
      error={error}
    >
      <div className="input-group">
        <input
          {...inputProps}
          id={id}
          type={visible ? 'text' : 'password'}
          value={value}
          minLength={minLength}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          className={['input', 'input-group__input', className].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <button
          type="button"
          className="input-group__toggle"
          aria-controls={id}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? t('password.hide') : t('password.show')}
          <span className="sr-only"> {t('password.target')}</span>
        </button>
      </div>
    </FieldFrame>
  )
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | undefined
  options: readonly { value: string; label: string; lang?: string }[]
}

export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  className,
  ...selectProps
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <div className="select-wrap">
        <select
          {...selectProps}
          id={id}
          className={['input', 'select', className].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  )
}

function ErrorIcon() {
  return (
    <svg className="field__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M10 5.5v5.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <circle cx="10" cy="14.2" r="1.2" fill="currentColor" />
    </svg>
  )
}

function CheckIcon({ met }: { met: boolean }) {
  return (
    <svg className="field__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      {met ? (
        <path
          d="M6 10.5l2.6 2.6L14 7.6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ) : null}
    </svg>
  )
}
