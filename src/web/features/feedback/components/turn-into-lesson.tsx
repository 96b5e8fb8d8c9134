import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LIMITS } from '../../../../domain/debrief'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { SelectField, TextAreaField } from '../../../components/ui/fields'
import { useDescribeError } from '../../../lib/error-text'
import { LessonChangeError, useAddToLessons, useDebriefLessons } from '../api/debrief-lessons'

/** A passage of the recruiter's words, kept in the debrief as a lesson or as an action under one. */
export function TurnIntoLesson({ interviewId, initial }: { interviewId: string; initial: string }) {
  const { t } = useTranslation('feedback')
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

  const errorText = useAddErrorText(add.error)

  return (
    <div className="fb-turn">
      <h3 className="fb-subtitle" id="fb-turn-title">
        {t('received.turnTitle')}
      </h3>
      {/* The passage to keep, which may be shortened, with its length limit. */}
      <TextAreaField
        id="fb-passage"
        label={t('received.passage')}
        hint={t('received.passageHint')}
        error={tooLong ? t('received.tooLong', { max }) : undefined}
        className="fb-textarea"
        rows={3}
        value={passage}
        onChange={(event) => {
          setPassage(event.target.value)
          setDone(null)
        }}
      />
      <ChoiceGroup
        legend={t('received.as')}
        name="fb-kind"
        choices={[
          { value: 'lesson', label: t('received.asLesson') },
          { value: 'action', label: t('received.asAction') },
        ]}
        value={kind}
        onChange={(value) => {
          setKind(value)
          setDone(null)
          add.reset()
        }}
      />
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

/** Why the passage could not be added, in words. */
function useAddErrorText(error: Error | null): string | null {
  const { t } = useTranslation('feedback')
  const describe = useDescribeError()
  if (error instanceof LessonChangeError) {
    return t(
      error.reason === 'lessons_full'
        ? 'received.lessonsFull'
        : error.reason === 'actions_full'
          ? 'received.actionsFull'
          : error.reason === 'lesson_gone'
            ? 'received.lessonGone'
            : 'received.conflict',
    )
  }
  return error ? describe(error) : null
}
