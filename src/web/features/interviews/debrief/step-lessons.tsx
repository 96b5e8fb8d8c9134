import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../domain/debrief'
import { AppliedActions } from './applied-actions'
import { AddItem } from './editable-list'
import { LessonCard } from './lesson-card'
import type { StepProps } from './step-types'
import { SuggestedActions } from './suggested-actions'
import { UndoBar } from './undo-bar'
import { useLessonsEditor } from './use-lessons-editor'

export function LessonsStep({ interviewId, content, edit, errors }: StepProps) {
  const { t } = useTranslation('debrief')
  const editor = useLessonsEditor({ content, edit })
  const { removed } = editor
  return (
    <div className="step-body">
      <AppliedActions interviewId={interviewId} />
      <SuggestedActions content={content} edit={edit} />
      <ol className="card-list">
        {content.lessons.map((lesson, index) => (
          <LessonCard key={lesson.id} lesson={lesson} index={index} errors={errors} editor={editor} />
        ))}
      </ol>
      <UndoBar
        message={
          removed
            ? removed.kind === 'lesson'
              ? t('lessons.removedLesson')
              : t('lessons.removedAction')
            : null
        }
        onUndo={editor.undo}
        onDismiss={editor.forget}
      />
      <AddItem
        id="add-lesson"
        count={content.lessons.length}
        max={LIMITS.lessons}
        onAdd={editor.addLesson}
        label={t('lessons.add')}
        full={t('lessons.max', { max: LIMITS.lessons })}
      />
    </div>
  )
}
