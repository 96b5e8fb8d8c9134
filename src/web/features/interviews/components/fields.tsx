import { type InputHTMLAttributes, type ReactNode, type Ref, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../domain/debrief'
import { describedBy, GrowingTextArea } from '../../../components/ui/fields'
import { charLimitState } from './char-limit'

type LimitedFieldProps = {
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  maxLength: number
  hint?: ReactNode
  error?: string | undefined
  placeholder?: string
  rows?: number
  /** A one-line input instead of a text area. */
  singleLine?: boolean
  type?: 'text' | 'url'
  autoComplete?: string
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>
  className?: string
  labelClassName?: string
}

type CharCountProps = { id: string; length: number; max: number }

/**
 * The limit, quietly, at the end of the label line ("2 000 characters at most") while there is
 * room: findable before typing, without a line of its own or a shift of the layout.
 */
export function QuietLimit({ id, length, max }: CharCountProps) {
  const { t } = useTranslation('interviews')
  if (charLimitState(length, max) !== 'quiet') return null
  return (
    <span id={id} className="char-count char-count--quiet">
      {t('fields.maxChars', { max })}
    </span>
  )
}

/** Close to the limit, under the field: how much room is left, emphasised. */
export function CharCount({ id, length, max }: CharCountProps) {
  const { t } = useTranslation('interviews')
  const state = charLimitState(length, max)
  if (state === 'quiet') return null
  return (
    <p id={id} className={`char-count char-count--${state}`}>
      {t('fields.charsLeft', { count: Math.max(0, max - length), max })}
    </p>
  )
}

/** A field's hint, under its label; the field names it in its aria-describedby. */
export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null
  return (
    <p className="field__hint" id={id}>
      {children}
    </p>
  )
}

/** A field's error message, under it; the field names it in its aria-describedby. */
export function FieldError({ id, children }: { id: string; children?: string | undefined }) {
  if (!children) return null
  return (
    <p className="field__error" id={id}>
      {children}
    </p>
  )
}

type LimitedLabelProps = {
  id: string
  label: ReactNode
  hint?: ReactNode
  length: number
  max: number
  className?: string | undefined
}

/** A limited field's label, with the limit quietly at the end of its line, then its hint. */
export function LimitedLabel({ id, label, hint, length, max, className }: LimitedLabelProps) {
  return (
    <>
      <div className="field__label-row">
        <label className={className ?? 'field__label'} htmlFor={id}>
          {label}
        </label>
        <QuietLimit id={`${id}-count`} length={length} max={max} />
      </div>
      <FieldHint id={`${id}-hint`}>{hint}</FieldHint>
    </>
  )
}

/** A text input or text area with its label, hint, error and, near the limit, a character count. */
export function LimitedField({
  id,
  label,
  value,
  onChange,
  maxLength,
  hint,
  error,
  placeholder,
  rows = 3,
  singleLine = false,
  type = 'text',
  autoComplete,
  inputRef,
  className,
  labelClassName,
}: LimitedFieldProps) {
  const countId = `${id}-count`
  const described = [describedBy(id, hint, error), countId].filter(Boolean).join(' ')
  const common = {
    id,
    value,
    maxLength,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
  } as const
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <LimitedLabel
        id={id}
        label={label}
        hint={hint}
        length={value.length}
        max={maxLength}
        className={labelClassName}
      />
      {singleLine ? (
        <input
          {...common}
          ref={inputRef}
          type={type}
          autoComplete={autoComplete ?? 'off'}
          className="input"
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <GrowingTextArea
          {...common}
          ref={inputRef}
          rows={rows}
          className="input textarea"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <CharCount id={countId} length={value.length} max={maxLength} />
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  )
}

/** The one-line facts of an application, each with its limit, the same wherever they are asked. */
const APPLICATION_LINES = {
  company: { max: LIMITS.company, type: 'text' },
  role: { max: LIMITS.role, type: 'text' },
  postingUrl: { max: LIMITS.url, type: 'url' },
  source: { max: LIMITS.source, type: 'text' },
} as const

type ApplicationLineFieldProps = {
  name: keyof typeof APPLICATION_LINES
  id: string
  value: string
  onChange: (value: string) => void
  hint?: ReactNode
  error?: string | undefined
}

/** One line of an application (company, role, posting's address, source), named as in every form. */
export function ApplicationLineField({ name, ...field }: ApplicationLineFieldProps) {
  const { t } = useTranslation('interviews')
  const line = APPLICATION_LINES[name]
  return (
    <LimitedField {...field} label={t(`fields.${name}`)} singleLine type={line.type} maxLength={line.max} />
  )
}

type InputFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  hint?: ReactNode
  error?: string | undefined
}

/** An input without a length limit (a date, a number), drawn like the limited fields. */
export function InputField({ id, label, value, onChange, hint, error, ...inputProps }: InputFieldProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={`${id}-hint`}>{hint}</FieldHint>
      <input
        {...inputProps}
        id={id}
        className="input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  )
}

type Option<V extends string | number> = { value: V; label: ReactNode; hint?: ReactNode }

type ChoiceChipsProps<V extends string | number> = {
  legend: ReactNode
  legendClassName?: string
  options: readonly Option<V>[]
  value: V | null
  onChange: (value: V) => void
  name?: string
  hint?: ReactNode
  error?: string | undefined
  size?: 'normal' | 'small'
}

/** A radio group drawn as chips: one choice, arrow keys move between options. */
export function ChoiceChips<V extends string | number>({
  legend,
  legendClassName,
  options,
  value,
  onChange,
  name,
  hint,
  error,
  size = 'normal',
}: ChoiceChipsProps<V>) {
  const autoName = useId()
  const groupName = name ?? autoName
  const hintId = `${groupName}-hint`
  const errorId = `${groupName}-error`
  return (
    <fieldset
      className="chips-group"
      aria-describedby={[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined}
    >
      <legend className={legendClassName ?? 'chips-group__legend'}>{legend}</legend>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <div className={size === 'small' ? 'chips chips--small' : 'chips'}>
        {options.map((option) => (
          <label key={String(option.value)} className="chip">
            <input
              type="radio"
              className="chip__input"
              name={groupName}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="chip__label">
              {option.label}
              {option.hint ? <span className="chip__hint">{option.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errorId}>{error}</FieldError>
    </fieldset>
  )
}

type CheckChipProps = {
  checked: boolean
  onChange: (checked: boolean) => void
  children: ReactNode
  className?: string
}

export function CheckChip({ checked, onChange, children, className }: CheckChipProps) {
  return (
    <label className={['chip', className].filter(Boolean).join(' ')}>
      <input
        type="checkbox"
        className="chip__input"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="chip__label">{children}</span>
    </label>
  )
}

type CheckProps = {
  checked: boolean
  onChange: (checked: boolean) => void
  children: ReactNode
  /** Read after the words by screen readers only, where many boxes say the same (which action). */
  context?: string
}

/** A check box with its words beside it. */
export function Check({ checked, onChange, children, context }: CheckProps) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>
        {children}
        {context ? <span className="sr-only"> ({context})</span> : null}
      </span>
    </label>
  )
}
