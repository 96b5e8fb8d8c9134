import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../domain/debrief'
import { AddItem } from './editable-list'
import { QuestionCard } from './question-card'
import type { StepProps } from './step-types'
import { UndoBar } from './undo-bar'
import { useQuestionsEditor } from './use-questions-editor'

export function ReplayStep({ content, edit, errors }: StepProps) {
  const { t } = useTranslation('debrief')
  const editor = useQuestionsEditor({ content, edit })
  const { questions } = content
  return (
    <div className="step-body">
      <ol className="card-list">
        {questions.map((q, index) => (
          <QuestionCard
            key={q.id}
            question={q}
            index={index}
            count={questions.length}
            errors={errors}
            editor={editor}
          />
        ))}
      </ol>
      <UndoBar
        message={editor.removed ? t('replay.removed') : null}
        onUndo={editor.undo}
        onDismiss={editor.forget}
      />
      <AddItem
        id="add-question"
        count={questions.length}
        max={LIMITS.questions}
        onAdd={editor.add}
        label={t('replay.add')}
        full={t('replay.max', { max: LIMITS.questions })}
      />
    </div>
  )
}
