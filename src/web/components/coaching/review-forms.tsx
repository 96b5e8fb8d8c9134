import './coaching.css'
import { type ReactNode, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REVIEW_LIMITS, RUBRIC_CRITERIA, type RubricCriterion } from '../../../domain/sharing'
import type { AnchorInput } from '../../../shared/schemas/review'
import { useAssignQuestion, useLeaveComment, useRateAnswer } from '../../lib/api/review'
import { useDescribeError } from '../../lib/error-text'
import { errorsFromFailure, type FormErrors, NO_ERRORS } from '../../lib/form-errors'
import { FormAlert, StatusMessage } from '../ui/alert'
import { Button } from '../ui/button'
import { TextAreaField } from '../ui/fields'
import { Scale } from '../ui/scale'

/**
 * What a coach or a partner fills in on what is shared with them (ADR 0015): a comment on a part of
 * an item, a rating of an answer, a question for the person's deck. Each takes the link it goes through;
 * the pages of what is shared host them.
 */

function useFailure() {
  const describe = useDescribeError()
  return (error: unknown, fields: readonly string[]): FormErrors => errorsFromFailure(error, describe, fields)
}

/** The form element of each review form: checked here and by the server, not by the browser. */
function ReviewForm({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      className="coaching-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      {children}
    </form>
  )
}

/** The end of each form: what went wrong, that it was sent, and the button that sends it. */
function SendFooter({
  words,
  error,
  sent,
  pending,
}: {
  words: 'comment' | 'rating' | 'assign'
  error: string | undefined
  sent: boolean
  pending: boolean
}) {
  const { t } = useTranslation('coaching')
  return (
    <>
      {error ? <FormAlert>{error}</FormAlert> : null}
      {sent ? <StatusMessage>{t(`${words}.sent`)}</StatusMessage> : null}
      <Button type="submit" className="align-start" pending={pending} pendingLabel={t(`${words}.sending`)}>
        {t(`${words}.send`)}
      </Button>
    </>
  )
}

/** A form of one text box, sent through the link: a comment, a question for the person's deck. */
function OneTextForm({
  words,
  field,
  hint,
  maxLength,
  rows,
  autoFocus = false,
  send,
  pending,
  succeeded,
}: {
  words: 'comment' | 'assign'
  /** The field the server names when it refuses the text. */
  field: string
  hint: string
  maxLength: number
  rows: number
  autoFocus?: boolean
  send: (text: string, done: { onSuccess: () => void; onError: (error: unknown) => void }) => void
  pending: boolean
  succeeded: boolean
}) {
  const { t } = useTranslation('coaching')
  const id = useId()
  const failure = useFailure()
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  return (
    <ReviewForm
      onSubmit={() => {
        setErrors(NO_ERRORS)
        send(text, { onSuccess: () => setText(''), onError: (error) => setErrors(failure(error, [field])) })
      }}
    >
      <TextAreaField
        id={`${id}-${field}`}
        label={t(`${words}.label`)}
        hint={hint}
        value={text}
        maxLength={maxLength}
        error={errors.fields[field]}
        onChange={(event) => setText(event.target.value)}
        rows={rows}
        autoFocus={autoFocus}
      />
      <SendFooter words={words} error={errors.form} sent={succeeded && text === ''} pending={pending} />
    </ReviewForm>
  )
}

export function CommentForm({
  linkId,
  anchor,
  autoFocus = false,
}: {
  linkId: string
  anchor: AnchorInput
  /** Where the form opens on a click (beside an item), the text box takes the focus. */
  autoFocus?: boolean
}) {
  const { t } = useTranslation('coaching')
  const leave = useLeaveComment(linkId)
  return (
    <OneTextForm
      words="comment"
      field="body"
      hint={t('comment.hint', { max: REVIEW_LIMITS.comment })}
      maxLength={REVIEW_LIMITS.comment}
      rows={3}
      autoFocus={autoFocus}
      send={(body, done) => leave.mutate({ anchor, body }, done)}
      pending={leave.isPending}
      succeeded={leave.isSuccess}
    />
  )
}

type Scores = Record<RubricCriterion, number | null>
const NO_SCORES: Scores = { structure: null, clarity: null, results: null, assertiveness: null }

export function RatingForm({
  linkId,
  cardId,
  attemptId,
}: {
  linkId: string
  cardId: string
  attemptId: string
}) {
  const { t } = useTranslation('coaching')
  const id = useId()
  const failure = useFailure()
  const rate = useRateAnswer(linkId)
  const [scores, setScores] = useState<Scores>(NO_SCORES)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const fields = [...RUBRIC_CRITERIA, 'note']
  return (
    <ReviewForm
      onSubmit={() => {
        const missing = RUBRIC_CRITERIA.filter((c) => scores[c] === null)
        if (missing.length > 0) {
          setErrors({ fields: Object.fromEntries(missing.map((c) => [c, t('rating.pick')])) })
          return
        }
        setErrors(NO_ERRORS)
        rate.mutate(
          {
            cardId,
            attemptId,
            structure: scores.structure ?? 0,
            clarity: scores.clarity ?? 0,
            results: scores.results ?? 0,
            assertiveness: scores.assertiveness ?? 0,
            note,
          },
          { onError: (error) => setErrors(failure(error, fields)) },
        )
      }}
    >
      <p className="field__hint">{t('rating.scale')}</p>
      {RUBRIC_CRITERIA.map((criterion) => (
        <Scale
          key={criterion}
          legend={t(`rubric.${criterion}`)}
          legendClassName="field__label"
          hint={t(`rubric.about.${criterion}`)}
          ends={[t('rating.low'), t('rating.high')]}
          value={scores[criterion]}
          error={errors.fields[criterion]}
          onChange={(n) => {
            setScores((s) => ({ ...s, [criterion]: n }))
            // The criterion's error goes as soon as it has a score.
            setErrors(({ form, fields: { [criterion]: _, ...others } }) => ({ form, fields: others }))
          }}
        />
      ))}
      <TextAreaField
        id={`${id}-note`}
        label={t('rating.note')}
        hint={t('comment.hint', { max: REVIEW_LIMITS.ratingNote })}
        value={note}
        maxLength={REVIEW_LIMITS.ratingNote}
        error={errors.fields.note}
        onChange={(event) => setNote(event.target.value)}
        rows={2}
      />
      <SendFooter words="rating" error={errors.form} sent={rate.isSuccess} pending={rate.isPending} />
    </ReviewForm>
  )
}

export function AssignForm({ linkId, interviewId }: { linkId: string; interviewId?: string }) {
  const { t } = useTranslation('coaching')
  const assign = useAssignQuestion(linkId)
  return (
    <OneTextForm
      words="assign"
      field="question"
      hint={t('assign.hint')}
      maxLength={REVIEW_LIMITS.assignedQuestion}
      rows={2}
      send={(question, done) => assign.mutate({ question, ...(interviewId ? { interviewId } : {}) }, done)}
      pending={assign.isPending}
      succeeded={assign.isSuccess}
    />
  )
}
