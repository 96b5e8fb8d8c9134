import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SharedRehearsal } from '../../../../shared/schemas/shared-with-me'
import { AnchoredFeedback } from '../../../components/coaching/anchored-feedback'
import { RecordingPlayer } from '../../../components/ui/recording-player'
import { useLinkFeedback } from '../../../lib/api/review'
import { useFormatDate } from '../../../lib/dates'
import { fetchSharedAttemptAudio, useSharedRehearsal } from '../api/shared'
import { OwnerWords, SharedHeader, SharedState, Theirs } from '../components/shared-parts'
import './shared.css'

type SharedCard = SharedRehearsal['cards'][number]
type Attempt = SharedCard['attempts'][number]

/**
 * The questions practised, each with its best and latest attempts; beside each answer, what was
 * said about it, a comment and, for a coach, a rating on the rubric.
 */
export function SharedRehearsalPage({ id }: { id: string }) {
  const { t } = useTranslation('supporting')
  const query = useSharedRehearsal(id)
  if (!query.data) return <SharedState query={query} />
  const { link, cards } = query.data
  const coach = link.role === 'coach'

  return (
    <div className="page shared">
      <SharedHeader
        link={link}
        title={t('rehearsal.title')}
        back={`/shared/${id}`}
        note={coach ? t('shared.rateable') : t('shared.commentable')}
      />
      {cards.length === 0 ? (
        <p className="empty-state">{t('rehearsal.none', { name: link.owner.displayName })}</p>
      ) : (
        <OwnerWords link={link}>
          <SharedCards linkId={id} cards={cards} coach={coach} />
        </OwnerWords>
      )}
    </div>
  )
}

/** The cards, once the page is known to be shared: the link's thread is asked once for them all. */
function SharedCards({ linkId, cards, coach }: { linkId: string; cards: SharedCard[]; coach: boolean }) {
  const { t } = useTranslation('supporting')
  const formatDate = useFormatDate()
  const feedback = useLinkFeedback(linkId).data
  return (
    <ul className="shared-list">
      {cards.map(({ card, attempts }) => {
        const best = attempts.find((a) => a.id === card.referenceAttemptId)
        const latest = attempts.at(-1)
        const answer = (attempt: Attempt, title: string) => (
          <SharedAnswer
            linkId={linkId}
            title={title}
            context={`${card.question} — ${title}`}
            attempt={attempt}
            feedback={
              <AnchoredFeedback
                linkId={linkId}
                anchor={{ kind: 'answer', id: card.id, step: attempt.id }}
                feedback={feedback}
                canRate={coach}
                context={`${card.question} — ${title}`}
              />
            }
          />
        )
        return (
          <li key={card.id} className="card shared-card">
            <h2 className="section-title">
              <Theirs lang={card.lang}>{card.question}</Theirs>
            </h2>
            <p className="muted">{t('rehearsal.attempts', { count: attempts.length })}</p>
            {best ? answer(best, t('rehearsal.best')) : null}
            {latest && latest !== best
              ? answer(latest, t('rehearsal.latest', { date: formatDate(latest.createdAt) }))
              : null}
          </li>
        )
      })}
    </ul>
  )
}

function SharedAnswer({
  linkId,
  title,
  context,
  attempt,
  feedback,
}: {
  linkId: string
  title: string
  /** The question and which answer this is, to name the recording apart from the others. */
  context: string
  attempt: Attempt
  feedback: ReactNode
}) {
  const { t } = useTranslation('supporting')
  return (
    <div className="shared-answer">
      <h3 className="shared-answer__title">{title}</h3>
      {attempt.hasAudio ? (
        <RecordingPlayer
          fetchRecording={(signal) => fetchSharedAttemptAudio(linkId, attempt.id, signal)}
          label={t('rehearsal.recordingOf', { answer: context })}
          playLabel={
            <>
              {t('rehearsal.play')}
              <span className="sr-only"> {t('rehearsal.playOf', { answer: context })}</span>
            </>
          }
          loadingLabel={t('rehearsal.audioLoading')}
          goneLabel={t('rehearsal.audioGone')}
          focusWhenReady
        />
      ) : null}
      <Theirs block lang={attempt.lang}>
        {attempt.text}
      </Theirs>
      <p className="muted">
        {t('rehearsal.figures', {
          words: attempt.wordCount,
          star: attempt.starParts,
          fillers: attempt.fillerCount,
        })}
      </p>
      {feedback}
    </div>
  )
}
