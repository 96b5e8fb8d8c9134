import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LIMITS } from '../../../../domain/debrief'
import { FEEDBACK_LIMITS, type FeedbackResponse } from '../../../../shared/schemas/feedback'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { SelectField } from '../../../components/ui/fields'
import { useDescribeError } from '../../../lib/error-text'
import { LessonChangeError, useAddToLessons, useDebriefLessons } from '../api/debrief-lessons'
import { useSaveFeedback } from '../api/save-feedback'

type Props = { interviewId: string; data: FeedbackResponse }

/** The recruiter's words, pasted in, and the passages turned into lessons or actions. */
export function ReceivedCard({ interviewId, data }: Props) {
  const { t } = useTranslation('feedback')
  const describe = useDescribeError()
  const { request } = data
  const save = useSaveFeedback(interviewId)
  const [text, setText] = useState(request.feedbackText)
  const [savedNow, setSavedNow] = useState(false)
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const [passage, setPassage] = useState<string | null>(null)
  const [noSelection, setNoSelection] = useState(false)

  function saveText() {
    setSavedNow(false)
    save.mutate(
      { feedbackText: text, ...(request.status === 'declined' ? {} : { status: 'received' as const }) },
      { onSuccess: () => setSavedNow(true) },
    )
  }

  function takeSelection() {
    const field = fieldRef.current
    if (!field) return
    const chosen = field.value.slice(field.selectionStart, field.selectionEnd).trim()
    if (chosen === '') {
      setNoSelection(true)
      field.focus()
      return
    }
    setNoSelection(false)
    setPassage(chosen)
  }

  return (
    <section className="card" aria-labelledby="fb-received-title">
      <h2 className="section-title" id="fb-received-title">
        {t('received.title')}
      </h2>
      <div className="field">
        <label className="field__label" htmlFor="fb-feedback-text">
          {t('received.label')}
        </label>
        <p className="field__hint" id="fb-feedback-text-hint">
          {t('received.intro')} {text.trim() !== '' ? t('received.turnIntro') : null}
        </p>
        <textarea
          id="fb-feedback-text"
          ref={fieldRef}
          className="input fb-textarea"
          rows={7}
          value={text}
          maxLength={FEEDBACK_LIMITS.feedbackText}
          aria-describedby="fb-feedback-text-hint"
          onChange={(event) => {
            setText(event.target.value)
            setSavedNow(false)
          }}
        />
      </div>
      <div className="fb-actions">
        <Button
          variant={text !== request.feedbackText ? 'primary' : 'secondary'}
          pending={save.isPending}
          disabled={text.trim() === '' || (text === request.feedbackText && request.status === 'received')}
          onClick={saveText}
        >
          {t('received.save')}
        </Button>
        {text.trim() !== '' ? (
          // Keeps the textarea's selection: the button does not take focus on mouse down.
          <Button variant="secondary" onMouseDown={(event) => event.preventDefault()} onClick={takeSelection}>
            {t('received.useSelection')}
          </Button>
        ) : null}
      </div>
      <StatusMessage>{savedNow ? t('received.saved') : null}</StatusMessage>
      {save.isError ? <FormAlert>{describe(save.error)}</FormAlert> : null}
      {noSelection ? <p className="alert alert--info">{t('received.noSelection')}</p> : null}
      {passage !== null ? <TurnIntoLesson key={passage} interviewId={interviewId} initial={passage} /> : null}
    </section>
  )
}

function TurnIntoLesson({ interviewId, initial }: { interviewId: string; initial: string }) {
  const { t } = useTranslation('feedback')
  const describe = useDescribeError()
  const debrief = useDebriefLessons(interviewId)
  const add = useAddToLessons(interviewId)
  const [passage, setPassage] = useState(initial)
  const [kind, setKind] = useState<'lesson' | 'action'>('lesson')
  const [lessonId, setLessonId] = useState('')
  const { lessons } = debrief
  const full = lessons.length >= LIMITS.lessons
  const max = kind === 'lesson' ? LIMITS.lesson : LIMITS.action
  const tooLong = passage.trim().length > max
  const targetId = lessonId || lessons[0]?.id || ''
  const [done, setDone] = useState<'lesson' | 'action' | null>(null)

  function submit() {
    if (tooLong || passage.trim() === '') return
    setDone(null)
    const change =
      kind === 'lesson'
        ? { kind: 'lesson' as const, text: passage.trim() }
        : { kind: 'action' as const, lessonId: targetId, text: passage.trim() }
    add.mutate(change, { onSuccess: () => setDone(kind) })
  }

  const errorText =
    add.error instanceof LessonChangeError
      ? t(
          add.error.reason === 'lessons_full'
            ? 'received.lessonsFull'
            : add.error.reason === 'actions_full'
              ? 'received.actionsFull'
              : add.error.reason === 'lesson_gone'
                ? 'received.lessonGone'
                : 'received.conflict',
        )
      : add.error
        ? describe(add.error)
        : null

  return (
    <div className="fb-turn">
      <h3 className="fb-subtitle" id="fb-turn-title">
        {t('received.turnTitle')}
      </h3>
      <div className={tooLong ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor="fb-passage">
          {t('received.passage')}
        </label>
        <p className="field__hint" id="fb-passage-hint">
          {t('received.passageHint')}
        </p>
        <textarea
          id="fb-passage"
          className="input fb-textarea"
          rows={3}
          value={passage}
          aria-invalid={tooLong || undefined}
          aria-describedby={tooLong ? 'fb-passage-hint fb-passage-error' : 'fb-passage-hint'}
          onChange={(event) => {
            setPassage(event.target.value)
            setDone(null)
          }}
        />
        {tooLong ? (
          <p className="field__error" id="fb-passage-error">
            {t('received.tooLong', { max })}
          </p>
        ) : null}
      </div>
      <fieldset className="choice-group">
        <legend className="choice-group__legend">{t('received.as')}</legend>
        <div className="choice-group__options">
          {(['lesson', 'action'] as const).map((value) => (
            <label key={value} className="choice-group__option">
              <input
                className="choice-group__input"
                type="radio"
                name="fb-kind"
                value={value}
                checked={kind === value}
                onChange={() => {
                  setKind(value)
                  setDone(null)
                  add.reset()
                }}
              />
              <span>{value === 'lesson' ? t('received.asLesson') : t('received.asAction')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'lesson' && full ? <p className="alert alert--warning">{t('received.lessonsFull')}</p> : null}
      {kind === 'action' ? (
        lessons.length === 0 ? (
          debrief.isPending ? null : (
            <p className="alert alert--info">{t('received.noLessons')}</p>
          )
        ) : (
          <SelectField
            id="fb-lesson"
            label={t('received.lesson')}
            value={targetId}
            onChange={(event) => setLessonId(event.target.value)}
            options={lessons.map((l) => ({
              value: l.id,
              label: l.text.length > 80 ? `${l.text.slice(0, 79)}…` : l.text,
            }))}
          />
        )
      ) : null}
      <Button
        className="align-start"
        pending={add.isPending}
        pendingLabel={t('received.adding')}
        disabled={
          tooLong ||
          passage.trim() === '' ||
          (kind === 'lesson' && full) ||
          (kind === 'action' && targetId === '')
        }
        onClick={submit}
      >
        {t('received.add')}
      </Button>
      <StatusMessage>
        {done ? (
          <>
            {done === 'lesson' ? t('received.addedLesson') : t('received.addedAction')}{' '}
            <Link to={`/interviews/${interviewId}/debrief/lessons`}>{t('received.seeLessons')}</Link>
          </>
        ) : null}
      </StatusMessage>
      {errorText ? <FormAlert>{errorText}</FormAlert> : null}
    </div>
  )
}
