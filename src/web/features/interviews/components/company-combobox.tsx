import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { APPLICATION_STATUS_LABELS, LIMITS } from '../../../../domain/debrief'
import type { ApplicationSummary } from '../../../../shared/schemas/interviews'
import { describedBy } from '../../../components/ui/fields'
import { useApplicationSuggestions } from '../api/get-applications'
import { CharCount, FieldError, LimitedLabel } from './fields'
import { useLabel } from './labels'

type CompanyComboboxProps = {
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  onPick: (application: ApplicationSummary) => void
  hint?: ReactNode
  error?: string | undefined
}

/**
 * The company field: suggests the person's existing applications as they type (ARIA combobox
 * with a list box; arrow keys, Enter and Escape work as expected). Picking one reuses it.
 */
export function CompanyCombobox({ id, label, value, onChange, onPick, hint, error }: CompanyComboboxProps) {
  const { t } = useTranslation('interviews')
  const label_ = useLabel()
  const listId = useId()
  const [query, setQuery] = useState(value)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)

  useEffect(() => {
    const timer = setTimeout(() => setQuery(value.trim()), 250)
    return () => clearTimeout(timer)
  }, [value])

  const suggestions = useApplicationSuggestions(query)
  const options = query === '' ? [] : (suggestions.data?.applications ?? []).slice(0, 6)
  const expanded = open && options.length > 0

  function pick(application: ApplicationSummary) {
    onPick(application)
    setOpen(false)
    setActive(-1)
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      setActive((index) => (options.length === 0 ? -1 : (index + 1) % options.length))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      setActive((index) => (options.length === 0 ? -1 : index <= 0 ? options.length - 1 : index - 1))
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      const option = options[active]
      if (option) {
        event.preventDefault()
        pick(option)
      }
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }

  const optionId = (index: number) => `${listId}-option-${index}`

  return (
    <div className={error ? 'field field--invalid combobox' : 'field combobox'}>
      <LimitedLabel id={id} label={label} hint={hint} length={value.length} max={LIMITS.company} />
      <input
        id={id}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        autoCapitalize="words"
        maxLength={LIMITS.company}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy(id, hint, error), `${id}-count`].filter(Boolean).join(' ')}
        value={value}
        onChange={(event) => {
          onChange(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={handleKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        className="combobox__list"
        hidden={!expanded}
        aria-label={t('capture.suggestions')}
      >
        {options.map((application, index) => (
          // Keys are handled by the input (aria-activedescendant), as the combobox pattern asks.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles arrow keys and Enter.
          <div
            key={application.id}
            tabIndex={-1}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="combobox__option"
            // Keeps the focus in the input, so the list does not close before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(application)}
          >
            <span className="combobox__company">{application.company}</span>
            <span className="combobox__meta">
              {application.role} · {label_(APPLICATION_STATUS_LABELS[application.status])} ·{' '}
              {t('capture.interviewCount', { count: application.interviewCount })}
            </span>
          </div>
        ))}
      </div>
      <CharCount id={`${id}-count`} length={value.length} max={LIMITS.company} />
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  )
}
