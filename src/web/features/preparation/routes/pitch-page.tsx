import '../preparation.css'
import { type FormEvent, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { PITCH_INFO, PITCH_PARTS, type Pitch, pitchText } from '../../../../domain/preparation/plan'
import { PREP_LIMITS } from '../../../../shared/schemas/preparation'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { useFormatDate } from '../../../lib/dates'
import { deviceStorage } from '../../../lib/device-storage'
import { useDescribeError } from '../../../lib/error-text'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useLanguage } from '../../../lib/use-language'
import { usePitch } from '../api/get-pitch'
import { useSavePitch } from '../api/save-pitch'
import { PitchLengthNote } from '../components/pitch-length-note'
import { PitchMaterial } from '../components/pitch-material'
import { countWords, formatDuration, speakingSeconds } from '../components/speaking-time'

const EMPTY: Pitch = { from: '', strengths: '', next: '', whyCompany: '' }

const draftKey = (userId: string) => `pitch.draft.${userId}`

function readDraft(key: string): Pitch | null {
  const value = deviceStorage.readJson(key)
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  const draft = { ...EMPTY }
  for (const part of PITCH_PARTS) {
    const text = record[part]
    if (typeof text === 'string') draft[part] = text
  }
  return draft
}

const samePitch = (a: Pitch, b: Pitch) => PITCH_PARTS.every((part) => a[part] === b[part])

/** The answer to "Tell me about yourself", built in four parts, versioned, ready to rehearse. */
export function PitchPage() {
  const { t } = useTranslation('preparation')
  const describe = useDescribeError()
  const formatDate = useFormatDate()
  useDocumentTitle(t('builder.title'))
  const pitch = usePitch()
  const data = pitch.data
  const [message, setMessage] = useState('')
  const [search] = useSearchParams()
  const from = search.get('interview')

  return (
    <div className="page prep">
      <header className="page-header">
        {from ? (
          <Link to={`/interviews/${encodeURIComponent(from)}/prep`} className="back-link">
            <span aria-hidden="true">←</span> {t('builder.back')}
          </Link>
        ) : null}
        <h1 className="page-title">{t('builder.title')}</h1>
        <p className="lead">{t('builder.lead')}</p>
      </header>
      {pitch.isPending ? (
        <PageLoading label={t('builder.loading')} />
      ) : pitch.isError || !data ? (
        <div className="prep-stack">
          <FormAlert>{describe(pitch.error)}</FormAlert>
          <Button variant="secondary" className="prep-start" onClick={() => pitch.refetch()}>
            {t('retry')}
          </Button>
        </div>
      ) : (
        <>
          <PitchEditor
            key={data.current?.version ?? 0}
            saved={data.current?.content ?? EMPTY}
            interviewId={from}
            onSaving={() => setMessage('')}
            onSaved={(version) => setMessage(t('builder.saved', { version }))}
          />
          <StatusMessage>{message}</StatusMessage>
          {data.cardId ? (
            <Link
              to={`/rehearsal/cards/${encodeURIComponent(data.cardId)}`}
              className={buttonClass('secondary', 'prep-start')}
            >
              {t('builder.rehearse')}
            </Link>
          ) : null}
          <section className="card card--quiet prep-section" aria-labelledby="pitch-versions">
            <h2 className="section-title" id="pitch-versions">
              {t('builder.versions')}
            </h2>
            {data.versions.length === 0 ? (
              <p className="muted">{t('builder.noVersions')}</p>
            ) : (
              <>
                <ol className="prep-versions">
                  {data.versions.map((v) => (
                    <li key={v.version}>
                      <span className="prep-versions__name">
                        {t('builder.versionItem', { version: v.version })}
                      </span>
                      <span className="muted small">
                        {' · '}
                        <time dateTime={v.createdAt}>{formatDate(v.createdAt, 'shortDateTime')}</time>
                        {v.version === data.current?.version ? ` · ${t('builder.current')}` : ''}
                      </span>
                    </li>
                  ))}
                </ol>
                {data.versions.length > 1 ? <p className="muted small">{t('builder.versionsNote')}</p> : null}
              </>
            )}
          </section>
        </>
      )}
    </div>
  )
}

type EditorProps = {
  saved: Pitch
  interviewId: string | null
  onSaving: () => void
  onSaved: (version: number) => void
}

/** Adds material to the end of a part, when the whole still fits the part's limit. */
function withMaterial(part: string, text: string): string | null {
  const next = part.trim() === '' ? text.trim() : `${part.trimEnd()} ${text.trim()}`
  return next.length > PREP_LIMITS.pitchPart ? null : next
}

function PitchEditor({ saved, interviewId, onSaving, onSaved }: EditorProps) {
  const { t } = useTranslation('preparation')
  const lang = useLanguage()
  const describe = useDescribeError()
  const user = useCurrentUser()
  const key = draftKey(user.id)
  const save = useSavePitch()
  const [draft, setDraft] = useState<Pitch>(() => readDraft(key) ?? saved)
  const [empty, setEmpty] = useState(false)
  const unsaved = !samePitch(draft, saved)

  useEffect(() => {
    // Storage full or disabled: the text stays on screen.
    if (unsaved) deviceStorage.writeJson(key, draft)
    else deviceStorage.remove(key)
  }, [key, draft, unsaved])

  const text = pitchText(draft)
  const words = countWords(text)
  const seconds = speakingSeconds(words)

  function submit(event: FormEvent) {
    event.preventDefault()
    onSaving()
    if (text === '') {
      setEmpty(true)
      return
    }
    setEmpty(false)
    save.mutate(draft, {
      onSuccess: (data) => {
        deviceStorage.remove(key)
        onSaved(data.current?.version ?? 1)
      },
    })
  }

  return (
    <form className="prep-pitch" onSubmit={submit} noValidate>
      <div className="card prep-section">
        {PITCH_PARTS.map((part, index) => {
          const info = PITCH_INFO[part]
          return (
            <div className="field" key={part}>
              <label className="field__label" htmlFor={`pitch-${part}`}>
                <span className="prep-part-number" aria-hidden="true">
                  {index + 1}
                </span>
                {info.label[lang]}
              </label>
              <p className="field__hint" id={`pitch-${part}-hint`}>
                {info.hint[lang]}
              </p>
              <textarea
                id={`pitch-${part}`}
                className="input prep-textarea"
                rows={3}
                maxLength={PREP_LIMITS.pitchPart}
                aria-describedby={`pitch-${part}-hint`}
                value={draft[part]}
                onChange={(event) => setDraft((d) => ({ ...d, [part]: event.target.value }))}
              />
            </div>
          )
        })}
      </div>

      <PitchMaterial
        interviewId={interviewId}
        onInsert={(material) => {
          const next = withMaterial(draft.whyCompany, material)
          if (next === null) return false
          setDraft((d) => ({ ...d, whyCompany: next }))
          return true
        }}
      />

      <section className="card prep-section prep-preview" aria-labelledby="pitch-preview">
        <h2 className="section-title" id="pitch-preview">
          {t('builder.preview')}
        </h2>
        {text ? (
          <blockquote className="prep-quote">{text}</blockquote>
        ) : (
          <p className="muted">{t('builder.previewEmpty')}</p>
        )}
        <p className="muted small" data-testid="pitch-stats">
          {t('builder.words', { count: words })} ·{' '}
          {t('builder.duration', { time: formatDuration(seconds, lang) })}
        </p>
        <PitchLengthNote pitch={draft} words={words} />
      </section>

      <div className="prep-submit">
        {unsaved ? <p className="muted small">{t('builder.draft')}</p> : null}
        {empty ? <FormAlert>{t('builder.nothing')}</FormAlert> : null}
        {save.isError ? <FormAlert>{describe(save.error)}</FormAlert> : null}
        <Button type="submit" pending={save.isPending} pendingLabel={t('builder.saving')} disabled={!unsaved}>
          {t('builder.save')}
        </Button>
      </div>
    </form>
  )
}

export { PitchPage as Component }
