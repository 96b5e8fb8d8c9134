import './coaching.css'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommentView, FeedbackList } from '../../../shared/schemas/review'
import {
  type FeedbackItem,
  useConvertComment,
  useFeedback,
  useMarkRead,
  useReply,
} from '../../lib/api/review'
import { useFormatDate } from '../../lib/dates'
import { useDescribeError } from '../../lib/error-text'
import { FormAlert } from '../ui/alert'
import { Button } from '../ui/button'
import { SelectField, TextAreaField } from '../ui/fields'
import { RatingCard } from './rating-card'

type Props = {
  item: FeedbackItem
  /** The debrief's lessons, for turning a comment into an action of one of them. */
  lessons?: readonly { id: string; text: string }[]
  /** Where a comment sits, in words (a step's name, a question's text…). */
  anchorLabel?: (anchor: CommentView['anchor']) => string | undefined
  /** After a comment became a lesson or an action of the debrief of `interviewId`. */
  onConverted?: (interviewId: string) => void
  /** Whether a comment can become a lesson here: a card needs an interview whose debrief takes it. */
  canConvert?: boolean
}

/**
 * What coaches and partners left on one of the person's debriefs or cards (ADR 0015): their comments
 * with the replies, ratings and assigned questions, to reply to, mark as read, or turn into a lesson
 * or an action. Shows nothing when nobody left anything. Comments are shown as text, never as markup.
 */
export function FeedbackThread({ item, lessons = [], anchorLabel, onConverted, canConvert = true }: Props) {
  const { t } = useTranslation('coaching')
  const feedback = useFeedback(item)
  const markRead = useMarkRead()
  const data = feedback.data
  if (!data || (data.comments.length === 0 && data.ratings.length === 0 && data.assignments.length === 0))
    return null
  const unread = unreadIds(data)
  const roots = data.comments.filter((c) => c.parentId === null)
  return (
    <section className="card coaching-thread" aria-labelledby="coaching-thread-title">
      <div className="coaching-thread__head">
        <h2 className="section-title" id="coaching-thread-title">
          {t('thread.title')}
        </h2>
        {unread.count > 0 ? (
          <Button
            variant="secondary"
            pending={markRead.isPending}
            onClick={() => markRead.mutate(unread.ids)}
          >
            {t('thread.markRead', { count: unread.count })}
          </Button>
        ) : null}
      </div>
      {data.assignments.map((a) => (
        <p key={a.cardId} className="coaching-thread__assignment">
          {t('thread.assigned', { name: a.author.displayName })}
          {a.readAt === null ? <NewBadge /> : null}
        </p>
      ))}
      {data.ratings.map((r) => (
        <RatingCard
          key={r.id}
          rating={r}
          who={r.author.displayName}
          where={anchorLabel?.({ kind: 'answer', id: r.cardId, step: r.attemptId })}
          badge={r.readAt === null ? <NewBadge /> : null}
        />
      ))}
      <ol className="coaching-thread__list">
        {roots.map((root) => (
          <li key={root.id}>
            <Thread
              root={root}
              replies={data.comments.filter((c) => c.parentId === root.id)}
              lessons={lessons}
              where={anchorLabel?.(root.anchor)}
              onConverted={onConverted}
              canConvert={canConvert}
            />
          </li>
        ))}
      </ol>
    </section>
  )
}

function unreadIds(data: FeedbackList) {
  const commentIds = data.comments.filter((c) => !c.mine && c.readAt === null).map((c) => c.id)
  const ratingIds = data.ratings.filter((r) => r.readAt === null).map((r) => r.id)
  const cardIds = data.assignments.filter((a) => a.readAt === null).map((a) => a.cardId)
  return {
    count: commentIds.length + ratingIds.length + cardIds.length,
    ids: { commentIds, ratingIds, cardIds },
  }
}

function NewBadge() {
  const { t } = useTranslation('coaching')
  return <span className="coaching-badge">{t('thread.new')}</span>
}

function Author({ comment }: { comment: CommentView }) {
  const { t } = useTranslation('coaching')
  const formatDate = useFormatDate()
  return (
    <p className="coaching-comment__meta">
      <strong>{comment.mine ? t('thread.you') : comment.author.displayName}</strong>
      {comment.mine ? null : <span className="muted"> · {t(`role.${comment.author.role}`)}</span>}
      <span className="muted"> · {formatDate(comment.createdAt, 'dateTime')}</span>
      {!comment.mine && comment.readAt === null ? <NewBadge /> : null}
    </p>
  )
}

function Thread({
  root,
  replies,
  lessons,
  where,
  onConverted,
  canConvert,
}: {
  root: CommentView
  replies: CommentView[]
  lessons: readonly { id: string; text: string }[]
  where: string | undefined
  onConverted: Props['onConverted']
  canConvert: boolean
}) {
  const { t } = useTranslation('coaching')
  return (
    <article className="coaching-comment">
      {where ? <p className="coaching-comment__where muted">{where}</p> : null}
      <Author comment={root} />
      <p className="coaching-comment__body">{root.body}</p>
      {root.convertedTo ? (
        <p className="coaching-comment__converted">{t(`convert.done.${root.convertedTo.kind}`)}</p>
      ) : root.mine || !canConvert ? null : (
        <Convert comment={root} lessons={lessons} onConverted={onConverted} />
      )}
      {replies.length > 0 ? (
        <ol className="coaching-comment__replies">
          {replies.map((reply) => (
            <li key={reply.id}>
              <Author comment={reply} />
              <p className="coaching-comment__body">{reply.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <ReplyForm parentId={root.id} />
    </article>
  )
}

function ReplyForm({ parentId }: { parentId: string }) {
  const { t } = useTranslation('coaching')
  const describe = useDescribeError()
  const id = useId()
  const [body, setBody] = useState('')
  const [open, setOpen] = useState(false)
  const reply = useReply()
  if (!open)
    return (
      <Button variant="ghost" className="align-start" onClick={() => setOpen(true)}>
        {t('reply.open')}
      </Button>
    )
  const error = reply.error ? describe(reply.error) : undefined
  return (
    <form
      className="coaching-form"
      onSubmit={(event) => {
        event.preventDefault()
        reply.mutate(
          { parentId, body },
          {
            onSuccess: () => {
              setBody('')
              setOpen(false)
            },
          },
        )
      }}
    >
      <TextAreaField
        id={`${id}-reply`}
        label={t('reply.label')}
        value={body}
        maxLength={2000}
        onChange={(event) => setBody(event.target.value)}
        rows={2}
      />
      {error ? <FormAlert>{error}</FormAlert> : null}
      <Button
        type="submit"
        className="align-start"
        pending={reply.isPending}
        pendingLabel={t('reply.sending')}
      >
        {t('reply.send')}
      </Button>
    </form>
  )
}

function Convert({
  comment,
  lessons,
  onConverted,
}: {
  comment: CommentView
  lessons: readonly { id: string; text: string }[]
  onConverted: Props['onConverted']
}) {
  const { t } = useTranslation('coaching')
  const describe = useDescribeError()
  const id = useId()
  const convert = useConvertComment()
  const done = { onSuccess: (result: { interviewId: string }) => onConverted?.(result.interviewId) }
  const [picked, setLessonId] = useState('')
  // The lessons may arrive after the thread (a card asks its debrief for them): the first by default.
  const lessonId = lessons.some((l) => l.id === picked) ? picked : (lessons[0]?.id ?? '')
  return (
    <div className="coaching-convert">
      <Button
        variant="secondary"
        pending={convert.isPending && convert.variables?.to === 'lesson'}
        onClick={() => convert.mutate({ commentId: comment.id, to: 'lesson' }, done)}
      >
        {t('convert.lesson')}
      </Button>
      {lessons.length > 0 ? (
        <div className="coaching-convert__action">
          <SelectField
            id={`${id}-lesson`}
            label={t('convert.lessonLabel')}
            value={lessonId}
            onChange={(event) => setLessonId(event.target.value)}
            options={lessons.map((l) => ({ value: l.id, label: l.text }))}
          />
          <Button
            variant="secondary"
            pending={convert.isPending && convert.variables?.to === 'action'}
            onClick={() => convert.mutate({ commentId: comment.id, to: 'action', lessonId }, done)}
          >
            {t('convert.action')}
          </Button>
        </div>
      ) : null}
      {convert.error ? <FormAlert>{describe(convert.error)}</FormAlert> : null}
    </div>
  )
}
