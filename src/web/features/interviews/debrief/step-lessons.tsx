import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type Action, type Lesson, LIMITS } from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { LimitedField } from '../components/fields'
import { AppliedActions } from './applied-actions'
import { newId, type StepProps } from './step-types'
import { UndoBar } from './undo-bar'

const emptyAction = (): Action => ({ id: newId(), text: '', status: 'open', checkBeforeNext: false })
const emptyLesson = (): Lesson => ({ id: newId(), text: '', actions: [emptyAction()] })

type Removed =
  | { kind: 'lesson'; lesson: Lesson; index: number }
  | { kind: 'action'; lessonId: string; action: Action; index: number }

export function LessonsStep({ interviewId, content, edit, errors }: StepProps) {
  const { t } = useTranslation('debrief')
  const [removed, setRemoved] = useState<Removed | null>(null)
  const [focusId, setFocusId] = useState<string | null>(null)
  const lessons = content.lessons

  useEffect(() => {
    edit((c) => (c.lessons.length === 0 ? { ...c, lessons: [emptyLesson()] } : c))
  }, [edit])

  useEffect(() => {
    if (!focusId) return
    document.getElementById(focusId)?.focus()
    setFocusId(null)
  }, [focusId])

  const changeLesson = (id: string, patch: Partial<Lesson>) =>
    edit((c) => ({ ...c, lessons: c.lessons.map((l) => (l.id === id ? { ...l, ...patch } : l)) }))

  const changeAction = (lessonId: string, actionId: string, patch: Partial<Action>) =>
    edit((c) => ({
      ...c,
      lessons: c.lessons.map((l) =>
        l.id === lessonId
          ? { ...l, actions: l.actions.map((a) => (a.id === actionId ? { ...a, ...patch } : a)) }
          : l,
      ),
    }))

  function addLesson() {
    const lesson = emptyLesson()
    edit((c) => ({ ...c, lessons: [...c.lessons, lesson] }))
    setFocusId(`lesson-${lesson.id}`)
  }

  function addAction(lessonId: string) {
    const action = emptyAction()
    edit((c) => ({
      ...c,
      lessons: c.lessons.map((l) => (l.id === lessonId ? { ...l, actions: [...l.actions, action] } : l)),
    }))
    setFocusId(`action-${action.id}`)
  }

  function removeLesson(index: number) {
    const lesson = lessons[index]
    if (!lesson) return
    setRemoved({ kind: 'lesson', lesson, index })
    edit((c) => ({ ...c, lessons: c.lessons.filter((l) => l.id !== lesson.id) }))
    setFocusId('add-lesson')
  }

  function removeAction(lesson: Lesson, index: number) {
    const action = lesson.actions[index]
    if (!action) return
    setRemoved({ kind: 'action', lessonId: lesson.id, action, index })
    changeLesson(lesson.id, { actions: lesson.actions.filter((a) => a.id !== action.id) })
    setFocusId(`add-action-${lesson.id}`)
  }

  function undo() {
    const r = removed
    if (!r) return
    setRemoved(null)
    if (r.kind === 'lesson') {
      edit((c) => {
        const next = [...c.lessons]
        next.splice(Math.min(r.index, next.length), 0, r.lesson)
        return { ...c, lessons: next }
      })
      setFocusId(`lesson-${r.lesson.id}`)
    } else {
      edit((c) => ({
        ...c,
        lessons: c.lessons.map((l) => {
          if (l.id !== r.lessonId) return l
          const actions = [...l.actions]
          actions.splice(Math.min(r.index, actions.length), 0, r.action)
          return { ...l, actions }
        }),
      }))
      setFocusId(`action-${r.action.id}`)
    }
  }

  const dismiss = useCallback(() => setRemoved(null), [])

  return (
    <div className="step-body">
      <AppliedActions interviewId={interviewId} />
      <ol className="card-list">
        {lessons.map((lesson, index) => {
          const n = index + 1
          return (
            <li key={lesson.id} className="item-card">
              <div className="item-card__head">
                <h3 className="item-card__title">{t('lessons.lessonN', { n })}</h3>
                <div className="item-card__tools">
                  <Button variant="ghost" className="button--small" onClick={() => removeLesson(index)}>
                    {t('remove')}
                    <span className="sr-only"> {t('lessons.lessonN', { n })}</span>
                  </Button>
                </div>
              </div>
              <LimitedField
                id={`lesson-${lesson.id}`}
                label={t('lessons.text')}
                hint={index === 0 ? t('lessons.textHint') : undefined}
                value={lesson.text}
                rows={2}
                maxLength={LIMITS.lesson}
                error={errors[`lessons.${index}.text`]}
                onChange={(value) => changeLesson(lesson.id, { text: value })}
              />
              <fieldset className="chips-group">
                <legend className="chips-group__legend">{t('lessons.actions')}</legend>
                <p className="field__hint">{t('lessons.actionsHint')}</p>
                <ul className="action-list">
                  {lesson.actions.map((action, a) => {
                    const m = a + 1
                    return (
                      <li key={action.id} className="action-row">
                        <LimitedField
                          id={`action-${action.id}`}
                          label={t('lessons.actionN', { n: m })}
                          labelClassName="field__label field__label--small"
                          singleLine
                          value={action.text}
                          maxLength={LIMITS.action}
                          error={errors[`lessons.${index}.actions.${a}.text`]}
                          onChange={(value) => changeAction(lesson.id, action.id, { text: value })}
                        />
                        <div className="action-row__options">
                          <label className="check">
                            <input
                              type="checkbox"
                              checked={action.checkBeforeNext}
                              onChange={(event) =>
                                changeAction(lesson.id, action.id, { checkBeforeNext: event.target.checked })
                              }
                            />
                            <span>
                              {t('lessons.beforeNext')}
                              <span className="sr-only"> ({t('lessons.actionN', { n: m })})</span>
                            </span>
                          </label>
                          <label className="check">
                            <input
                              type="checkbox"
                              checked={action.status === 'done'}
                              onChange={(event) =>
                                changeAction(lesson.id, action.id, {
                                  status: event.target.checked ? 'done' : 'open',
                                })
                              }
                            />
                            <span>
                              {t('lessons.done')}
                              <span className="sr-only"> ({t('lessons.actionN', { n: m })})</span>
                            </span>
                          </label>
                          <Button
                            variant="ghost"
                            className="button--small"
                            onClick={() => removeAction(lesson, a)}
                          >
                            {t('remove')}
                            <span className="sr-only"> ({t('lessons.actionN', { n: m })})</span>
                          </Button>
                        </div>
                      </li>
                    )
                  })}
                </ul>
                {lesson.actions.length < LIMITS.actionsPerLesson ? (
                  <Button
                    id={`add-action-${lesson.id}`}
                    variant="ghost"
                    className="button--small align-start"
                    onClick={() => addAction(lesson.id)}
                  >
                    + {t('lessons.addAction')}
                  </Button>
                ) : null}
              </fieldset>
            </li>
          )
        })}
      </ol>
      <UndoBar
        message={
          removed
            ? removed.kind === 'lesson'
              ? t('lessons.removedLesson')
              : t('lessons.removedAction')
            : null
        }
        onUndo={undo}
        onDismiss={dismiss}
      />
      {lessons.length < LIMITS.lessons ? (
        <Button id="add-lesson" variant="secondary" className="align-start" onClick={addLesson}>
          + {t('lessons.add')}
        </Button>
      ) : (
        <p className="muted">{t('lessons.max', { max: LIMITS.lessons })}</p>
      )}
    </div>
  )
}
