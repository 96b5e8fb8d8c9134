import '../rehearsal.css'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { RECOMMENDED_SECONDS } from '../../../../domain/rehearsal/cards'
import { wordsPerMinute } from '../../../../domain/rehearsal/speech'
import type { AttemptView, CardView } from '../../../../shared/schemas/rehearsal'
import { AnswerEditor } from '../../../components/answer-editor/answer-editor'
import { useAnswerAnalysis } from '../../../components/answer-editor/use-answer-analysis'
import { FormAlert, Notice } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useTabDraft } from '../../../lib/use-tab-draft'
import { type AudioUpload, useUploadAttemptAudio } from '../api/attempt-recording'
import { GRADE_NAMES, type Grade, useCreateAttempt } from '../api/create-attempt'
import { useCard } from '../api/get-card'
import { useQueue } from '../api/get-queue'
import { AttemptFigures, AttemptHistory } from '../components/attempt-history'
import { useCategoryLabel } from '../components/categories'
import { uploadProblem } from '../components/recording'
import { SourceBadge } from '../components/source-badge'
import { SpokenFigures } from '../components/spoken-figures'
import { SpokenPractice } from '../components/spoken-practice'
import { useDuration, useWhen } from '../components/time-words'
import type { Take } from '../components/use-recorder'

/** Why a saved spoken attempt has no recording kept with it. */
type AudioLeftOut = 'tooLarge' | 'format' | null

type Mode = { kind: 'queue' } | { kind: 'cram'; interviewId: string } | { kind: 'single' }

/** One card: try the answer, see it analysed, grade it (or, before an interview, just save it). */
export function CardPage() {
  const { id = '' } = useParams()
  const [params] = useSearchParams()
  const interviewId = params.get('interviewId')
  const mode: Mode =
    params.get('mode') === 'cram' && interviewId
      ? { kind: 'cram', interviewId }
      : params.get('queue')
        ? { kind: 'queue' }
        : { kind: 'single' }
  // A new card is a new page: its own draft, result and focus.
  return <CardScreen key={id} id={id} mode={mode} />
}

function CardScreen({ id, mode }: { id: string; mode: Mode }) {
  const { t } = useTranslation('rehearsal')
  const describe = useDescribeError()
  useDocumentTitle(t('card.title'))
  const detail = useCard(id)
  const back =
    mode.kind === 'cram'
      ? { to: `/rehearsal/cram/${mode.interviewId}`, label: t('card.backCram') }
      : mode.kind === 'queue'
        ? { to: '/rehearsal', label: t('card.backHome') }
        : { to: '/rehearsal/deck', label: t('card.backDeck') }

  return (
    <div className="page rehearsal r-card-page">
      <header className="page-header">
        <Link to={back.to} className="back-link">
          <span aria-hidden="true">←</span>
          {back.label}
        </Link>
      </header>
      {detail.isPending ? (
        <PageLoading label={t('card.loading')} />
      ) : detail.isError ? (
        <div className="r-stack">
          <FormAlert>{isApiError(detail.error, 404) ? t('card.notFound') : describe(detail.error)}</FormAlert>
          {isApiError(detail.error, 404) ? null : (
            <Button variant="secondary" className="r-start" onClick={() => detail.refetch()}>
              {t('retry')}
            </Button>
          )}
        </div>
      ) : (
        <Rehearse
          card={detail.data.card}
          attempts={detail.data.attempts}
          nextIntervals={detail.data.nextIntervals}
          mode={mode}
        />
      )}
    </div>
  )
}

type RehearseProps = {
  card: CardView
  attempts: AttemptView[]
  nextIntervals: Record<Grade, string>
  mode: Mode
}

function Rehearse({ card, attempts, nextIntervals, mode }: RehearseProps) {
  const { t } = useTranslation('rehearsal')
  const user = useCurrentUser()
  const describe = useDescribeError()
  const categoryLabel = useCategoryLabel()
  const when = useWhen()
  const duration = useDuration()
  const navigate = useNavigate()
  const editorId = useId()
  const cram = mode.kind === 'cram'
  const queue = useQueue(mode.kind === 'queue')
  const [text, setText] = useTabDraft(`rehearsal.${user.id}.${card.id}`, '')
  const [missing, setMissing] = useState(false)
  const [saved, setSaved] = useState<{ attempt: AttemptView; card: CardView } | null>(null)
  const attempt = useCreateAttempt(card.id)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const [take, setTake] = useState<Take | null>(null)
  const [recording, setRecording] = useState(false)
  const [stopFirst, setStopFirst] = useState(false)
  const upload = useUploadAttemptAudio()
  const [audioJob, setAudioJob] = useState<AudioUpload | null>(null)
  const [audioLeftOut, setAudioLeftOut] = useState<AudioLeftOut>(null)

  // A take's object URL lives as long as the take: released when replaced, sent or left.
  useEffect(() => {
    if (!take) return
    const url = take.url
    return () => URL.revokeObjectURL(url)
  }, [take])

  useEffect(() => {
    if (!recording) setStopFirst(false)
  }, [recording])

  useEffect(() => {
    if (saved) resultRef.current?.focus()
  }, [saved])

  function sendAudio(job: AudioUpload) {
    setAudioJob(job)
    upload.mutate(job, { onSuccess: () => setAudioJob(null) })
  }

  function submit(grade?: Grade) {
    if (recording) {
      setStopFirst(true)
      return
    }
    if (text.trim() === '') {
      setMissing(true)
      document.getElementById(editorId)?.focus()
      return
    }
    setMissing(false)
    const spoken = take
      ? {
          spokenSeconds: take.spokenSeconds,
          ...(take.longPauses !== null ? { longPauses: take.longPauses } : {}),
        }
      : {}
    attempt.mutate(
      {
        text,
        lang: card.lang,
        mode: cram ? 'cram' : 'review',
        ...(grade && !cram ? { grade } : {}),
        ...spoken,
      },
      {
        onSuccess: (result) => {
          setText('')
          setSaved(result)
          upload.reset()
          setAudioJob(null)
          // The attempt is saved first: a recording that cannot follow never costs the attempt.
          setAudioLeftOut(take?.tooLarge ? 'tooLarge' : take && !take.contentType ? 'format' : null)
          if (take?.contentType && !take.tooLarge) {
            sendAudio({ attemptId: result.attempt.id, audio: take.audio, contentType: take.contentType })
          }
          setTake(null)
        },
      },
    )
  }

  const next = mode.kind === 'queue' ? queue.data?.due.find((c) => c.id !== card.id) : undefined
  const hintLabel =
    card.source === 'debrief'
      ? t('card.hintDebrief')
      : card.source === 'bank'
        ? t('card.hintBank')
        : t('card.hintOwn')

  return (
    <>
      <section className="r-question" aria-labelledby="card-question">
        <p className="r-item__tags">
          {mode.kind === 'queue' ? (
            <span className="r-tag r-tag--queue">{t('card.queueProgress')}</span>
          ) : null}
          <SourceBadge card={card} />
          <span className="r-item__category">{categoryLabel(card.category)}</span>
        </p>
        <h1 className="r-question__text" id="card-question" lang={card.lang}>
          {card.question}
        </h1>
        {card.hint.trim() !== '' ? (
          <details className="r-details r-hint">
            <summary>{hintLabel}</summary>
            <p className="muted r-small">{t('card.hintAdvice')}</p>
            <p className="r-prewrap" lang={card.lang}>
              {card.hint}
            </p>
          </details>
        ) : null}
      </section>

      {cram ? <p className="alert alert--info">{t('card.cramNotice')}</p> : null}

      {saved ? (
        <section className="card r-result" aria-labelledby="result-title">
          <h2 className="section-title" id="result-title" tabIndex={-1} ref={resultRef}>
            ✓ {t('card.savedTitle')}
          </h2>
          <AttemptFigures attempt={saved.attempt} duration={duration} />
          {saved.attempt.spokenSeconds !== null ? (
            <>
              <SpokenFigures
                spokenSeconds={saved.attempt.spokenSeconds}
                wordsPerMinute={saved.attempt.wordsPerMinute}
                longPauses={saved.attempt.longPauses}
              />
              <AudioUploadStatus
                pending={upload.isPending}
                done={upload.isSuccess}
                error={upload.isError ? upload.error : null}
                leftOut={audioLeftOut}
                onRetry={audioJob ? () => sendAudio(audioJob) : null}
              />
            </>
          ) : null}
          <p>
            {saved.attempt.mode === 'cram'
              ? t('card.savedCram')
              : t('card.savedBack', { when: when(saved.card.due) })}
          </p>
          {mode.kind === 'queue' && !next ? <p className="muted">{t('card.lastOne')}</p> : null}
          <div className="r-result__actions">
            {mode.kind === 'queue' ? (
              next ? (
                <Button onClick={() => navigate(`/rehearsal/cards/${next.id}?queue=1`)}>
                  {t('card.next')} →
                </Button>
              ) : (
                <Button onClick={() => navigate('/rehearsal?done=1')}>{t('card.finish')}</Button>
              )
            ) : mode.kind === 'cram' ? (
              <Link to={`/rehearsal/cram/${mode.interviewId}`} className={buttonClass('primary')}>
                {t('card.backToCram')}
              </Link>
            ) : (
              <Link to="/rehearsal/deck" className={buttonClass('primary')}>
                {t('card.backToDeck')}
              </Link>
            )}
            <Button
              variant="secondary"
              onClick={() => {
                setSaved(null)
                setAudioLeftOut(null)
              }}
            >
              {t('card.tryAgain')}
            </Button>
          </div>
        </section>
      ) : (
        <>
          <SpokenPractice
            lang={card.lang}
            cram={cram}
            text={text}
            onTextChange={(value) => {
              setText(value)
              if (missing && value.trim() !== '') setMissing(false)
            }}
            answerId={editorId}
            take={take}
            onTake={setTake}
            onRecordingChange={setRecording}
          />
          <p className="r-small r-skip">
            <a href={cram ? '#r-save' : '#r-grades'}>{cram ? t('card.toSave') : t('card.toGrades')}</a>
          </p>
          <AnswerEditor
            id={editorId}
            label={t('card.answer')}
            hint={t('card.answerHint')}
            value={text}
            onChange={(value) => {
              setText(value)
              if (missing && value.trim() !== '') setMissing(false)
            }}
            lang={card.lang}
            headingLevel={3}
          />
          {take ? (
            <TakeFigures take={take} text={text} lang={card.lang} />
          ) : (
            <SpeakingTime text={text} lang={card.lang} />
          )}
          <p className="muted r-small">{take ? t('spoken.draftKept') : t('card.draftKept')}</p>

          {missing ? <FormAlert>{take ? t('spoken.needText') : t('card.needText')}</FormAlert> : null}
          {stopFirst ? <FormAlert>{t('spoken.stopFirst')}</FormAlert> : null}
          {attempt.isError ? <FormAlert>{describe(attempt.error)}</FormAlert> : null}

          {cram ? (
            <Button
              id="r-save"
              className="button--large r-start"
              pending={attempt.isPending}
              pendingLabel={t('card.saving')}
              onClick={() => submit()}
            >
              {t('card.cramSave')}
            </Button>
          ) : (
            <fieldset className="r-grades" id="r-grades" aria-describedby="grade-lead">
              <legend className="r-grades__legend">{t('card.gradeTitle')}</legend>
              <p className="muted r-small" id="grade-lead">
                {t('card.gradeLead')}
              </p>
              <div className="r-grades__buttons">
                {GRADE_NAMES.map((grade) => (
                  <Button
                    key={grade}
                    variant={grade === 'good' ? 'primary' : 'secondary'}
                    className={`r-grade r-grade--${grade}`}
                    disabled={attempt.isPending}
                    aria-busy={attempt.isPending && attempt.variables?.grade === grade ? true : undefined}
                    onClick={() => submit(grade)}
                  >
                    <span className="r-grade__name">{t(`grades.${grade}`)}</span>
                    <span className="r-grade__when">
                      {t('card.gradeBack', { when: when(nextIntervals[grade]) })}
                    </span>
                  </Button>
                ))}
              </div>
              {attempt.isPending ? (
                <p className="muted r-small" role="status">
                  {t('card.saving')}
                </p>
              ) : null}
            </fieldset>
          )}
        </>
      )}

      <AttemptHistory card={card} attempts={attempts} />
    </>
  )
}

/** The estimated speaking time, against the comfortable range of an interview answer. */
function SpeakingTime({ text, lang }: { text: string; lang: 'fr' | 'en' }) {
  const { t } = useTranslation('rehearsal')
  const duration = useDuration()
  const { analysis } = useAnswerAnalysis(text, lang)
  const seconds = analysis?.estimatedSeconds ?? 0
  const zone =
    seconds < RECOMMENDED_SECONDS.min ? 'short' : seconds > RECOMMENDED_SECONDS.max ? 'long' : 'good'
  const zoneText =
    zone === 'short' ? t('card.timeShort') : zone === 'long' ? t('card.timeLong') : t('card.timeGood')
  return (
    <div className={`r-time r-time--${analysis ? zone : 'empty'}`}>
      <p className="r-time__title">{t('card.timeTitle')}</p>
      <p className="r-time__value">{analysis ? `${duration(seconds)} — ${zoneText}` : t('card.timeEmpty')}</p>
      <p className="muted r-small">{t('card.timeRange')}</p>
    </div>
  )
}

/** The measured figures of the recording about to be saved; the pace follows the text as it is typed. */
function TakeFigures({ take, text, lang }: { take: Take; text: string; lang: 'fr' | 'en' }) {
  const { t } = useTranslation('rehearsal')
  const { analysis } = useAnswerAnalysis(text, lang)
  return (
    <section className="r-take-figures" aria-label={t('spoken.measuredTitle')}>
      <p className="r-time__title">{t('spoken.measuredTitle')}</p>
      <SpokenFigures
        spokenSeconds={take.spokenSeconds}
        wordsPerMinute={wordsPerMinute(analysis?.wordCount ?? 0, take.spokenSeconds)}
        longPauses={take.longPauses}
        draft
      />
    </section>
  )
}

type AudioUploadStatusProps = {
  pending: boolean
  done: boolean
  error: unknown
  leftOut: AudioLeftOut
  onRetry: (() => void) | null
}

/** Where the recording of the attempt just saved stands: on its way, kept, or why not. */
function AudioUploadStatus({ pending, done, error, leftOut, onRetry }: AudioUploadStatusProps) {
  const { t } = useTranslation('rehearsal')
  const describe = useDescribeError()
  if (leftOut) {
    return (
      <Notice tone="warning">{t(leftOut === 'tooLarge' ? 'spoken.tooLarge' : 'spoken.formatRefused')}</Notice>
    )
  }
  if (error) {
    const problem = uploadProblem(error)
    return (
      <div className="r-stack">
        <FormAlert>
          {problem ? t(`spoken.upload.${problem}`) : `${t('spoken.upload.failed')} ${describe(error)}`}
        </FormAlert>
        {onRetry && !problem ? (
          <Button variant="secondary" className="r-start r-button-small" onClick={onRetry}>
            {t('spoken.upload.retry')}
          </Button>
        ) : null}
      </div>
    )
  }
  return (
    <p className="muted r-small" role="status">
      {pending ? t('spoken.upload.pending') : done ? t('spoken.upload.done') : null}
    </p>
  )
}
