import '../rehearsal.css'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import type { AttemptView, CardView } from '../../../../shared/schemas/rehearsal'
import { AnswerEditor } from '../../../components/answer-editor/answer-editor'
import { FeedbackThread } from '../../../components/coaching/feedback-thread'
import { SpokenPractice } from '../../../components/recorder/spoken-practice'
import { FormAlert } from '../../../components/ui/alert'
import { BackLink } from '../../../components/ui/back-link'
import { LoadError } from '../../../components/ui/load-error'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import type { Grade } from '../api/create-attempt'
import { useDebriefLessons } from '../api/debrief-lessons'
import { useCard } from '../api/get-card'
import { useQueue } from '../api/get-queue'
import { AnswerTiming } from '../components/answer-timing'
import { AttemptHistory } from '../components/attempt-history'
import { AttemptResult } from '../components/attempt-result'
import { AttemptSave } from '../components/attempt-save'
import { type CardMode, cardModeFrom } from '../components/card-mode'
import { CardQuestion } from '../components/card-question'
import { useCardAttempt } from '../components/use-card-attempt'

/** One card: try the answer, see it analysed, grade it (or, before an interview, just save it). */
export function CardPage() {
  const { id = '' } = useParams()
  const [params] = useSearchParams()
  // A new card is a new page: its own draft, result and focus.
  return <CardScreen key={id} id={id} mode={cardModeFrom(params)} />
}

function CardScreen({ id, mode }: { id: string; mode: CardMode }) {
  const { t } = useTranslation('rehearsal')
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
        <BackLink to={back.to}>{back.label}</BackLink>
      </header>
      {detail.isPending ? (
        <PageLoading label={t('card.loading')} />
      ) : detail.isError ? (
        <LoadError
          error={detail.error}
          message={isApiError(detail.error, 404) ? t('card.notFound') : undefined}
          onRetry={isApiError(detail.error, 404) ? null : () => detail.refetch()}
          retryLabel={t('retry')}
          className="r-stack"
          retryClassName="r-start"
        />
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
  mode: CardMode
}

function Rehearse({ card, attempts, nextIntervals, mode }: RehearseProps) {
  const { t } = useTranslation('rehearsal')
  const answerId = useId()
  const cram = mode.kind === 'cram'
  const queue = useQueue(mode.kind === 'queue')
  const draft = useCardAttempt(card, cram, answerId)
  const next = mode.kind === 'queue' ? queue.data?.due.find((c) => c.id !== card.id) : undefined
  const { t: tc } = useTranslation('coaching')
  const formatDate = useFormatDate()
  const lessons = useDebriefLessons(card.interviewId).data

  return (
    <>
      <CardQuestion card={card} inQueue={mode.kind === 'queue'} />
      {cram ? <p className="alert alert--info">{t('card.cramNotice')}</p> : null}
      {draft.saved ? (
        <AttemptResult
          saved={draft.saved}
          mode={mode}
          next={next}
          audio={draft.audio.status}
          onRetryAudio={draft.audio.retry}
          onTryAgain={draft.tryAgain}
        />
      ) : (
        <AnswerDraft
          card={card}
          cram={cram}
          answerId={answerId}
          nextIntervals={nextIntervals}
          draft={draft}
        />
      )}
      <AttemptHistory card={card} attempts={attempts} />
      <div id="feedback">
        <FeedbackThread
          item={{ cardId: card.id }}
          canConvert={card.interviewId !== null}
          lessons={lessons}
          anchorLabel={(anchor) => {
            const attempt = attempts.find((a) => a.id === anchor.step)
            return attempt
              ? tc('anchor.answer', { date: formatDate(attempt.createdAt, 'dateTime') })
              : undefined
          }}
        />
      </div>
    </>
  )
}

type AnswerDraftProps = {
  card: CardView
  cram: boolean
  answerId: string
  nextIntervals: Record<Grade, string>
  draft: ReturnType<typeof useCardAttempt>
}

/** The answer being written (or spoken), its analysis and timing, and the way to save it. */
function AnswerDraft({ card, cram, answerId, nextIntervals, draft }: AnswerDraftProps) {
  const { t } = useTranslation('rehearsal')
  const describe = useDescribeError()
  const { text, take, attempt } = draft
  return (
    <>
      <SpokenPractice
        lang={card.lang}
        nextStep={cram ? t('spoken.nextSave') : t('spoken.nextGrade')}
        text={text}
        onTextChange={draft.changeText}
        answerId={answerId}
        take={take}
        onTake={draft.setTake}
        onRecordingChange={draft.setRecording}
        delivery={draft.delivery}
        onTranscribed={draft.setTranscribed}
      />
      <p className="r-small r-skip">
        <a href={cram ? '#r-save' : '#r-grades'}>{cram ? t('card.toSave') : t('card.toGrades')}</a>
      </p>
      <AnswerEditor
        id={answerId}
        label={t('card.answer')}
        hint={t('card.answerHint')}
        value={text}
        onChange={draft.changeText}
        lang={card.lang}
        transcript={draft.transcribed || undefined}
        headingLevel={3}
      />
      <AnswerTiming take={take} text={text} lang={card.lang} />
      <p className="muted r-small">{take ? t('spoken.draftKept') : t('card.draftKept')}</p>

      {draft.missing ? <FormAlert>{take ? t('spoken.needText') : t('card.needText')}</FormAlert> : null}
      {draft.stopFirst ? <FormAlert>{t('spoken.stopFirst')}</FormAlert> : null}
      {attempt.isError ? <FormAlert>{describe(attempt.error)}</FormAlert> : null}

      <AttemptSave
        cram={cram}
        nextIntervals={nextIntervals}
        pending={attempt.isPending}
        pendingGrade={attempt.variables?.grade}
        onSave={draft.submit}
      />
    </>
  )
}

export { CardPage as Component }
