import './coaching.css'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnchorInput, CommentView, FeedbackList } from '../../../shared/schemas/review'
import { useFormatDate } from '../../lib/dates'
import { Button } from '../ui/button'
import { RatingCard } from './rating-card'
import { CommentForm, RatingForm } from './review-forms'

type Props = {
  linkId: string
  anchor: AnchorInput
  /** The link's thread (`useLinkFeedback`), asked once by the page for all its items. */
  feedback: FeedbackList | undefined
  /** An answer a coach may rate (a partner only comments). */
  canRate?: boolean
  /** Which item, read after the buttons' words by screen readers (many buttons say the same). */
  context?: string
}

/** What the buttons say: a debrief's part, a replayed question, or a rehearsal answer. */
const commentWords = { debrief_step: 'step', question: 'question', answer: 'answer' } as const

const sameAnchor = (a: CommentView['anchor'], b: AnchorInput) =>
  a.kind === b.kind && a.id === b.id && a.step === b.step

/**
 * Beside one item of what is shared with a coach or a partner (ADR 0015): what was said there both
 * ways, the coach's rating of an answer, and, on a click, the form to comment or to rate, right there.
 * The forms stay closed until asked for, so the page reads as the person's own before anything else.
 */
export function AnchoredFeedback({ linkId, anchor, feedback, canRate = false, context }: Props) {
  const { t } = useTranslation('coaching')
  const id = useId()
  const [open, setOpen] = useState<'comment' | 'rate' | null>(null)
  const roots = (feedback?.comments ?? []).filter((c) => c.parentId === null && sameAnchor(c.anchor, anchor))
  const replies = (feedback?.comments ?? []).filter((c) => roots.some((r) => r.id === c.parentId))
  const ratings =
    anchor.kind === 'answer'
      ? // Newest first: the coach's latest rating of this answer stands.
        (feedback?.ratings ?? [])
          .filter((r) => r.cardId === anchor.id && r.attemptId === anchor.step)
          .slice(0, 1)
      : []
  const toggle = (what: 'comment' | 'rate') => setOpen((now) => (now === what ? null : what))
  return (
    <div className="coaching-anchored">
      {ratings.map((rating) => (
        <RatingCard
          key={rating.id}
          rating={rating}
          who={t('anchored.yourRating')}
          label={t('anchored.yourRating')}
        />
      ))}
      {roots.length > 0 ? (
        <ol className="coaching-anchored__list" aria-label={t('anchored.listLabel')}>
          {roots.map((root) => (
            <li key={root.id} className="coaching-comment">
              <CommentLine comment={root} />
              {replies
                .filter((reply) => reply.parentId === root.id)
                .map((reply) => (
                  <div key={reply.id} className="coaching-anchored__reply">
                    <CommentLine comment={reply} />
                  </div>
                ))}
            </li>
          ))}
        </ol>
      ) : null}
      <div className="coaching-anchored__actions">
        <Button
          variant="secondary"
          aria-expanded={open === 'comment'}
          aria-controls={open === 'comment' ? `${id}-panel` : undefined}
          onClick={() => toggle('comment')}
        >
          {t(`anchored.comment.${commentWords[anchor.kind]}`)}
          {context ? <span className="sr-only">: {context}</span> : null}
        </Button>
        {canRate && anchor.kind === 'answer' ? (
          <Button
            variant="secondary"
            aria-expanded={open === 'rate'}
            aria-controls={open === 'rate' ? `${id}-panel` : undefined}
            onClick={() => toggle('rate')}
          >
            {t('anchored.rate')}
            {context ? <span className="sr-only">: {context}</span> : null}
          </Button>
        ) : null}
      </div>
      {open ? (
        <div className="coaching-anchored__panel" id={`${id}-panel`}>
          {open === 'comment' ? (
            <CommentForm linkId={linkId} anchor={anchor} autoFocus />
          ) : (
            <RatingForm linkId={linkId} cardId={anchor.id} attemptId={anchor.step} />
          )}
        </div>
      ) : null}
    </div>
  )
}

function CommentLine({ comment }: { comment: CommentView }) {
  const { t } = useTranslation('coaching')
  const formatDate = useFormatDate()
  return (
    <>
      <p className="coaching-comment__meta">
        <strong>{comment.mine ? t('thread.you') : comment.author.displayName}</strong>
        <span className="muted"> · {formatDate(comment.createdAt, 'dateTime')}</span>
      </p>
      <p className="coaching-comment__body">{comment.body}</p>
    </>
  )
}
