import { useTranslation } from 'react-i18next'
import { type Action, type Lesson, LIMITS } from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { Check, LimitedField } from '../components/fields'
import type { LessonsEditor } from './use-lessons-editor'

type LessonCardProps = {
  lesson: Lesson
  index: number
  errors: Record<string, string>
  editor: LessonsEditor
}

/** One lesson: its words, then the actions that put it into practice. */
export function LessonCard({ lesson, index, errors, editor }: LessonCardProps) {
  const { t } = useTranslation('debrief')
  const n = index + 1
  return (
    <li className="item-card">
      <div className="item-card__head">
        <h3 className="item-card__title">{t('lessons.lessonN', { n })}</h3>
        <div className="item-card__tools">
          <Button variant="ghost" className="button--small" onClick={() => editor.removeLesson(index)}>
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
        onChange={(value) => editor.changeLesson(lesson.id, { text: value })}
      />
      <fieldset className="chips-group">
        <legend className="chips-group__legend">{t('lessons.actions')}</legend>
        <p className="field__hint">{t('lessons.actionsHint')}</p>
        <ul className="action-list">
          {lesson.actions.map((action, a) => (
            <ActionRow
              key={action.id}
              lesson={lesson}
              action={action}
              index={a}
              error={errors[`lessons.${index}.actions.${a}.text`]}
              editor={editor}
            />
          ))}
        </ul>
        {lesson.actions.length < LIMITS.actionsPerLesson ? (
          <Button
            id={`add-action-${lesson.id}`}
            variant="ghost"
            className="button--small align-start"
            onClick={() => editor.addAction(lesson.id)}
          >
            + {t('lessons.addAction')}
          </Button>
        ) : null}
      </fieldset>
    </li>
  )
}

type ActionRowProps = {
  lesson: Lesson
  action: Action
  index: number
  error: string | undefined
  editor: LessonsEditor
}

/** One action: what to do, whether to check it before the next interview, whether it is done. */
function ActionRow({ lesson, action, index, error, editor }: ActionRowProps) {
  const { t } = useTranslation('debrief')
  const actionN = t('lessons.actionN', { n: index + 1 })
  const change = (patch: Partial<Action>) => editor.changeAction(lesson.id, action.id, patch)
  return (
    <li className="action-row">
      <LimitedField
        id={`action-${action.id}`}
        label={actionN}
        labelClassName="field__label field__label--small"
        singleLine
        value={action.text}
        maxLength={LIMITS.action}
        error={error}
        onChange={(value) => change({ text: value })}
      />
      <div className="action-row__options">
        <Check
          checked={action.checkBeforeNext}
          onChange={(checked) => change({ checkBeforeNext: checked })}
          context={actionN}
        >
          {t('lessons.beforeNext')}
        </Check>
        <Check
          checked={action.status === 'done'}
          onChange={(checked) => change({ status: checked ? 'done' : 'open' })}
          context={actionN}
        >
          {t('lessons.done')}
        </Check>
        <Button variant="ghost" className="button--small" onClick={() => editor.removeAction(lesson, index)}>
          {t('remove')}
          <span className="sr-only"> ({actionN})</span>
        </Button>
      </div>
    </li>
  )
}
