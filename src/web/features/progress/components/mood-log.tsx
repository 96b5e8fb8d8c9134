import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MOOD_LABELS, MOOD_NOTE_MAX, type MoodLevel, moodWords } from '../../../../domain/progress'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog'
import { TextAreaField } from '../../../components/ui/fields'
import { Scale } from '../../../components/ui/scale'
import { TitledSection } from '../../../components/ui/titled-section'
import { useDescribeError } from '../../../lib/error-text'
import { useAddMood } from '../api/add-mood'
import { useDeleteMood } from '../api/delete-mood'
import { useMoods } from '../api/get-moods'
import { useFormats } from './use-formats'

const SHOWN = 6

/** A quick, optional check-in, and the last few entries. No reminder, no streak. */
export function MoodLog() {
  const { t } = useTranslation('progress')
  const moods = useMoods()
  const describe = useDescribeError()
  const entries = [...(moods.data?.moods ?? [])].reverse()

  return (
    <TitledSection
      id="mood-title"
      className="card card--quiet pg-mood"
      titleClassName="pg-mood__title"
      title={t('mood.title')}
      lead={t('mood.lead')}
      leadClassName="muted pg-small"
    >
      <MoodForm />
      <h3 className="pg-mood__subtitle">{t('mood.pastTitle')}</h3>
      {moods.isPending ? (
        <p className="muted pg-small">{t('mood.loading')}</p>
      ) : moods.isError ? (
        <FormAlert>{describe(moods.error)}</FormAlert>
      ) : entries.length === 0 ? (
        <p className="muted pg-small">{t('mood.none')}</p>
      ) : (
        <MoodEntries entries={entries} />
      )}
    </TitledSection>
  )
}

function MoodForm() {
  const { t } = useTranslation('progress')
  const f = useFormats()
  const describe = useDescribeError()
  const add = useAddMood()
  const [mood, setMood] = useState<MoodLevel | null>(null)
  const [note, setNote] = useState('')
  const [saved, setSaved] = useState(false)
  const [missing, setMissing] = useState(false)
  const noteId = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (mood === null) {
      setMissing(true)
      return
    }
    add.mutate(
      { mood, note: note.trim() },
      {
        onSuccess: () => {
          setMood(null)
          setNote('')
          setSaved(true)
        },
      },
    )
  }

  return (
    <form className="pg-mood__form" onSubmit={submit} noValidate>
      <Scale
        legend={t('mood.question')}
        legendClassName="field__label"
        words={moodWords(f.lang)}
        value={mood}
        error={missing ? t('mood.pick') : undefined}
        onChange={(level) => {
          setMood(level)
          setMissing(false)
          setSaved(false)
        }}
      />
      <TextAreaField
        id={noteId}
        label={t('mood.noteLabel')}
        hint={t('mood.noteCount', { count: note.length, max: MOOD_NOTE_MAX })}
        className="pg-mood__note"
        rows={2}
        maxLength={MOOD_NOTE_MAX}
        value={note}
        onChange={(event) => {
          setNote(event.target.value)
          setSaved(false)
        }}
      />
      {add.isError ? <FormAlert>{describe(add.error)}</FormAlert> : null}
      <div className="pg-mood__actions">
        <Button type="submit" variant="secondary" pending={add.isPending} pendingLabel={t('mood.saving')}>
          {t('mood.save')}
        </Button>
        <StatusMessage>{saved ? t('mood.saved') : null}</StatusMessage>
      </div>
    </form>
  )
}

type Entry = { id: string; at: string; mood: number; note: string }

function MoodEntries({ entries }: { entries: Entry[] }) {
  const { t } = useTranslation('progress')
  const f = useFormats()
  const describe = useDescribeError()
  const remove = useDeleteMood()
  const [all, setAll] = useState(false)
  const [pending, setPending] = useState<Entry | null>(null)
  const shown = all ? entries : entries.slice(0, SHOWN)
  const word = (mood: number) =>
    (MOOD_LABELS as Record<number, { fr: string; en: string }>)[mood]?.[f.lang] ?? ''

  return (
    <>
      {remove.isError ? <FormAlert>{describe(remove.error)}</FormAlert> : null}
      <ol className="pg-moods">
        {shown.map((entry) => (
          <li key={entry.id} className="pg-moods__item">
            <span className="pg-level__dot pg-level__dot--small" aria-hidden="true">
              {entry.mood}
            </span>
            <div className="pg-moods__text">
              <p>
                <strong>{word(entry.mood)}</strong>{' '}
                <span className="muted">
                  · <time dateTime={entry.at}>{f.moment(entry.at)}</time>
                </span>
              </p>
              {entry.note ? <p className="prewrap">{entry.note}</p> : null}
            </div>
            <Button
              variant="ghost"
              className="pg-moods__delete"
              onClick={() => setPending(entry)}
              aria-label={t('mood.deleteLabel', { date: f.moment(entry.at) })}
            >
              {t('mood.delete')}
            </Button>
          </li>
        ))}
      </ol>
      {entries.length > SHOWN ? (
        <Button variant="ghost" className="pg-start" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('mood.showFewer') : t('mood.showAll', { count: entries.length })}
        </Button>
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        onClose={() => setPending(null)}
        title={t('mood.confirmTitle')}
        cancelLabel={t('mood.keep')}
        confirmLabel={t('mood.confirmDelete')}
        pendingLabel={t('mood.deleting')}
        pending={remove.isPending}
        onConfirm={() => {
          if (!pending) return
          remove.mutate(pending.id, { onSettled: () => setPending(null) })
        }}
      >
        <p>
          {pending ? t('mood.confirmBody', { date: f.moment(pending.at), mood: word(pending.mood) }) : null}
        </p>
      </ConfirmDialog>
    </>
  )
}
