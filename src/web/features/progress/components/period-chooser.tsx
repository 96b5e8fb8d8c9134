import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/ui/button'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { TextField } from '../../../components/ui/fields'
import type { Period } from '../api/get-progress'
import { type PeriodChoice, PRESETS, type Preset } from './period'
import { describePeriod } from './period-words'
import { useFormats } from './use-formats'

const DATE_ENDS = ['from', 'to'] as const
type DateEnd = (typeof DATE_ENDS)[number]

type PeriodChooserProps = {
  choice: PeriodChoice
  /** The server's words for a period it refused, per field. */
  errors: { from?: string | undefined; to?: string | undefined }
  onPreset: (preset: Exclude<Preset, 'custom'>) => void
  onCustom: (period: Period) => void
}

/** All time, the last 3 or 12 months, or two dates; a preset applies at once, dates on "Show". */
export function PeriodChooser({ choice, errors, onPreset, onCustom }: PeriodChooserProps) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  const name = useId()
  const [picked, setPicked] = useState<Preset | null>(null)
  const [dates, setDates] = useState(() => ({
    from: choice.preset === 'custom' ? (choice.period.from ?? '') : '',
    to: choice.preset === 'custom' ? (choice.period.to ?? '') : '',
  }))
  const setDate = (end: DateEnd, value: string) => setDates((current) => ({ ...current, [end]: value }))
  const mode = picked ?? choice.preset

  useEffect(() => {
    if (picked === choice.preset) setPicked(null)
  }, [picked, choice.preset])

  // Dates from the address (back and forward, or a link) show in the fields.
  useEffect(() => {
    if (choice.preset !== 'custom') return
    setDates({ from: choice.period.from ?? '', to: choice.period.to ?? '' })
  }, [choice.preset, choice.period.from, choice.period.to])
  const formRef = useRef<HTMLFormElement>(null)

  // A refused period: the focus goes to the first field to correct, whose message is read with it.
  useEffect(() => {
    if (errors.from || errors.to)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [errors.from, errors.to])

  function pick(preset: Preset) {
    // Shown as chosen at once; the address (and so `choice`) follows a moment later.
    setPicked(preset)
    if (preset === 'custom') {
      if (!dates.from && choice.period.from) setDate('from', choice.period.from)
      return
    }
    onPreset(preset)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    onCustom({ from: dates.from || undefined, to: dates.to || undefined })
  }

  const described = t('period.shown', { period: describePeriod(choice.period, t, f) })

  return (
    <form ref={formRef} className="card pg-period" onSubmit={submit} noValidate>
      <ChoiceGroup
        legend={t('period.legend')}
        name={name}
        look="pills"
        choices={PRESETS.map((preset) => ({ value: preset, label: t(`period.${preset}`) }))}
        value={mode}
        onChange={pick}
      />
      {mode === 'custom' ? (
        <div className="pg-period__custom">
          {DATE_ENDS.map((end) => (
            <TextField
              key={end}
              id={`period-${end}`}
              type="date"
              label={t(`period.${end}`)}
              value={dates[end]}
              min="1990-01-01"
              max="2100-12-31"
              error={errors[end]}
              onChange={(event) => setDate(end, event.target.value)}
            />
          ))}
          <Button type="submit" variant="secondary" className="pg-period__apply">
            {t('period.apply')}
          </Button>
        </div>
      ) : null}
      <p className="muted pg-small" aria-live="polite">
        {errors.from || errors.to ? null : described}
      </p>
    </form>
  )
}
