import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AttemptView, CardView } from '../../../../shared/schemas/rehearsal'
import { DeliveryExplanation, DeliveryFigures } from '../../../components/recorder/delivery-figures'
import { SpokenFigures } from '../../../components/recorder/spoken-figures'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog'
import { ScrollTable } from '../../../components/ui/scroll-table'
import { isApiError } from '../../../lib/api-client'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { numberFormat } from '../../../lib/numbers'
import { useLanguage } from '../../../lib/use-language'
import { useDeleteAttemptAudio } from '../api/attempt-recording'
import { useMarkBest } from '../api/mark-best'
import { AttemptAudio } from './attempt-audio'
import { useDuration } from './time-words'

const attemptTitleId = (attemptId: string) => `attempt-${attemptId}-title`

type AttemptHistoryProps = { card: CardView; attempts: AttemptView[] }

/** Every attempt at a card, the trend over them, and the one kept as the best answer. */
export function AttemptHistory({ card, attempts }: AttemptHistoryProps) {
  const { t } = useTranslation('rehearsal')
  const describe = useDescribeError()
  const titleId = useId()
  const markBest = useMarkBest(card.id)
  const best = attempts.find((a) => a.id === card.referenceAttemptId)
  const newestFirst = attempts.map((attempt, index) => ({ attempt, n: index + 1 })).reverse()
  const deleteAudio = useDeleteAttemptAudio()
  const [deleting, setDeleting] = useState<{ attemptId: string; n: number } | null>(null)
  const [deletedAudio, setDeletedAudio] = useState<string | null>(null)

  // Once its recording is gone, the attempt keeps the focus its delete button had.
  useEffect(() => {
    if (deletedAudio) document.getElementById(attemptTitleId(deletedAudio))?.focus()
  }, [deletedAudio])

  return (
    <section className="r-history" aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId}>
        {t('history.title')} ({attempts.length})
      </h2>
      {attempts.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}

      {best ? (
        <div className="card r-best">
          <h3 className="r-best__title">★ {t('history.bestTitle')}</h3>
          <p className="prewrap" lang={best.lang}>
            {best.text}
          </p>
        </div>
      ) : null}

      {attempts.length > 1 ? <Trend attempts={attempts} /> : null}

      {markBest.isError ? <FormAlert>{describe(markBest.error)}</FormAlert> : null}
      <StatusMessage>{deletedAudio ? t('history.audioDeleted') : null}</StatusMessage>

      <DeliveryExplanation deliveries={attempts.flatMap((attempt) => attempt.delivery ?? [])} />
      {attempts.length > 0 ? (
        <ol className="r-attempts">
          {newestFirst.map(({ attempt, n }) => (
            <li key={attempt.id}>
              <AttemptItem
                attempt={attempt}
                n={n}
                isBest={attempt.id === card.referenceAttemptId}
                pending={markBest.isPending && markBest.variables === attempt.id}
                onMark={(id) => markBest.mutate(id)}
                onDeleteAudio={() => {
                  deleteAudio.reset()
                  setDeletedAudio(null)
                  setDeleting({ attemptId: attempt.id, n })
                }}
              />
            </li>
          ))}
        </ol>
      ) : null}

      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('history.deleteAudioTitle')}
        cancelLabel={t('cancel')}
        confirmLabel={t('history.deleteAudioConfirm')}
        pendingLabel={t('history.deletingAudio')}
        pending={deleteAudio.isPending}
        onConfirm={() => {
          if (!deleting) return
          deleteAudio.mutate(deleting.attemptId, {
            onSuccess: () => {
              setDeleting(null)
              setDeletedAudio(deleting.attemptId)
            },
          })
        }}
        error={
          deleteAudio.isError
            ? isApiError(deleteAudio.error, 404)
              ? t('history.audioGone')
              : describe(deleteAudio.error)
            : null
        }
      >
        {deleting ? <p>{t('history.deleteAudioBody', { n: deleting.n })}</p> : null}
      </ConfirmDialog>
    </section>
  )
}

type AttemptItemProps = {
  attempt: AttemptView
  n: number
  isBest: boolean
  pending: boolean
  onMark: (id: string | null) => void
  onDeleteAudio: () => void
}

function AttemptItem({ attempt, n, isBest, pending, onMark, onDeleteAudio }: AttemptItemProps) {
  const { t } = useTranslation('rehearsal')
  const formatDate = useFormatDate()
  const duration = useDuration()
  return (
    <article
      className={isBest ? 'r-attempt r-attempt--best' : 'r-attempt'}
      aria-label={t('history.attemptN', { n })}
    >
      <header className="r-attempt__head">
        <h3 className="r-attempt__title" id={attemptTitleId(attempt.id)} tabIndex={-1}>
          {t('history.attemptN', { n })}
        </h3>
        <time dateTime={attempt.createdAt} className="muted r-small">
          {formatDate(attempt.createdAt, 'shortDateTime')}
        </time>
        <span className={`r-tag r-tag--grade-${attempt.grade ?? 'cram'}`}>
          {attempt.grade ? t(`grades.${attempt.grade}`) : t('history.cram')}
        </span>
        {isBest ? <span className="r-tag r-tag--best">★ {t('history.best')}</span> : null}
        {attempt.spokenSeconds !== null ? (
          <span className="r-tag r-tag--spoken">{t('history.spoken')}</span>
        ) : null}
      </header>
      <AttemptFigures attempt={attempt} duration={duration} />
      {attempt.spokenSeconds !== null ? (
        <SpokenFigures
          spokenSeconds={attempt.spokenSeconds}
          wordsPerMinute={attempt.wordsPerMinute}
          longPauses={attempt.longPauses}
          explain={false}
        />
      ) : null}
      {attempt.delivery ? <DeliveryFigures delivery={attempt.delivery} explain={false} /> : null}
      {attempt.hasAudio ? <AttemptAudio attemptId={attempt.id} n={n} onDelete={onDeleteAudio} /> : null}
      <details className="r-details">
        <summary>{t('history.showText')}</summary>
        <p className="prewrap" lang={attempt.lang}>
          {attempt.text}
        </p>
      </details>
      <Button
        variant="ghost"
        className="r-button-small r-start"
        pending={pending}
        onClick={() => onMark(isBest ? null : attempt.id)}
      >
        {isBest ? t('history.unmarkBest') : t('history.markBest')}
      </Button>
    </article>
  )
}

/** The scores of one attempt, as a small list of facts. */
export function AttemptFigures({
  attempt,
  duration,
}: {
  attempt: AttemptView
  duration: (seconds: number) => string
}) {
  const { t } = useTranslation('rehearsal')
  const numbers = numberFormat(useLanguage(), { max: 1 })
  return (
    <dl className="r-figures">
      <div>
        <dt>{t('history.assertiveness')}</dt>
        <dd>{attempt.assertivenessScore}/100</dd>
      </div>
      <div>
        <dt>{t('history.fillers')}</dt>
        <dd>{numbers.format(attempt.fillersPer100Words)}</dd>
      </div>
      <div>
        <dt>{t('history.star')}</dt>
        <dd>{t('history.starValue', { n: attempt.starParts })}</dd>
      </div>
      <div>
        <dt>{t('history.words')}</dt>
        <dd>
          {attempt.spokenSeconds === null
            ? t('history.wordsValue', { words: attempt.wordCount, time: duration(attempt.estimatedSeconds) })
            : // A spoken attempt has its measured time beside it: no estimate to contradict it.
              t('history.wordsOnly', { words: attempt.wordCount })}
        </dd>
      </div>
    </dl>
  )
}

const W = 240
const H = 56
const PAD = 6

/** A sparkline of assertiveness (decoration) and the same figures in a table (for everyone). */
function Trend({ attempts }: { attempts: AttemptView[] }) {
  const { t } = useTranslation('rehearsal')
  const formatDate = useFormatDate()
  const numbers = numberFormat(useLanguage(), { max: 1 })
  const step = attempts.length > 1 ? (W - PAD * 2) / (attempts.length - 1) : 0
  const points = attempts.map((a, i) => {
    const x = PAD + i * step
    const y = H - PAD - (Math.min(100, Math.max(0, a.assertivenessScore)) / 100) * (H - PAD * 2)
    return { x, y }
  })
  const first = attempts[0]
  const last = attempts.at(-1)
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')
  return (
    <div className="card r-trend">
      <h3 className="r-trend__title">{t('history.trendTitle')}</h3>
      {first && last && attempts.length > 1 ? (
        <p className="r-small">
          {t('history.sinceFirst', {
            assertiveness: `${first.assertivenessScore} → ${last.assertivenessScore}`,
            fillers: `${numbers.format(first.fillersPer100Words)} → ${numbers.format(last.fillersPer100Words)}`,
            star: `${first.starParts}/4 → ${last.starParts}/4`,
            words: `${first.wordCount} → ${last.wordCount}`,
          })}
        </p>
      ) : null}
      <figure className="r-spark">
        <svg viewBox={`0 0 ${W} ${H}`} className="r-spark__svg" aria-hidden="true" focusable="false">
          <line x1={PAD} x2={W - PAD} y1={H / 2} y2={H / 2} className="r-spark__mid" />
          <path d={path} className="r-spark__line" />
          {points.map((p, i) => (
            <circle key={attempts[i]?.id ?? i} cx={p.x} cy={p.y} r={3} className="r-spark__dot" />
          ))}
        </svg>
        <figcaption className="muted r-small">{t('history.sparkLabel')}</figcaption>
      </figure>
      <ScrollTable caption={t('history.trendCaption')} className="r-table-wrap" tableClassName="r-table">
        <thead>
          <tr>
            <th scope="col">{t('history.attempt')}</th>
            <th scope="col">{t('history.date')}</th>
            <th scope="col">{t('history.assertiveness')}</th>
            <th scope="col">{t('history.fillers')}</th>
            <th scope="col">{t('history.star')}</th>
            <th scope="col">{t('history.words')}</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a, i) => (
            <tr key={a.id}>
              <th scope="row">{i + 1}</th>
              <td>{formatDate(a.createdAt, 'shortDay')}</td>
              <td>{a.assertivenessScore}</td>
              <td>{numbers.format(a.fillersPer100Words)}</td>
              <td>{t('history.starValue', { n: a.starParts })}</td>
              <td>{t('history.wordsOnly', { words: a.wordCount })}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  )
}
