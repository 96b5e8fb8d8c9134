import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { TextField } from '../../../components/ui/fields'

type CheckInFormProps = {
  moment: 'before' | 'after'
  pending: boolean
  error: string | null
  onSubmit: (checkIn: { tension: number; note: string }) => void
}

const TENSIONS = ['1', '2', '3', '4', '5'] as const

/** How tense the person feels, 1 to 5, and one line; before, with a reframing sentence. */
export function CheckInForm({ moment, pending, error, onSubmit }: CheckInFormProps) {
  const { t } = useTranslation('mock')
  const [tension, setTension] = useState<(typeof TENSIONS)[number]>('3')
  const [note, setNote] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit({ tension: Number(tension), note: note.trim() })
  }
  return (
    <form className="form card mock-check-in" onSubmit={submit}>
      <h2>{moment === 'before' ? t('checkInBeforeTitle') : t('checkInAfterTitle')}</h2>
      <ChoiceGroup
        legend={t('tension')}
        name={`tension-${moment}`}
        choices={TENSIONS.map((value) => ({ value, label: value }))}
        value={tension}
        onChange={setTension}
      />
      <TextField
        id={`note-${moment}`}
        label={t('note')}
        value={note}
        maxLength={500}
        onChange={(event) => setNote(event.target.value)}
      />
      {moment === 'before' ? <p className="mock-reframe">{t('reframe')}</p> : null}
      {error ? <FormAlert>{error}</FormAlert> : null}
      <Button type="submit" disabled={pending}>
        {moment === 'before' ? t('checkInBefore') : t('checkInAfter')}
      </Button>
    </form>
  )
}
