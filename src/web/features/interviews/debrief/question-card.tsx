import { useTranslation } from 'react-i18next'
import {
  isFromCaptureNote,
  LIMITS,
  QUESTION_FEELING_LABELS,
  QUESTION_FEELINGS,
  type ReplayedQuestion,
} from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { ChoiceChips, LimitedField } from '../components/fields'
import { useLabel } from '../components/labels'
import type { QuestionsEditor } from './use-questions-editor'

type QuestionCardProps = {
  question: ReplayedQuestion
  index: number
  count: number
  errors: Record<string, string>
  editor: QuestionsEditor
}

/** One question replayed: what was asked, what was answered, how it felt, how the recruiter reacted. */
export function QuestionCard({ question: q, index, count, errors, editor }: QuestionCardProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const n = index + 1
  const path = `questions.${index}`
  return (
    <li className="item-card">
      <div className="item-card__head">
        <h3 className="item-card__title">{t('replay.questionN', { n })}</h3>
        <div className="item-card__tools">
          <Button
            id={`move-${q.id}-up`}
            variant="ghost"
            className="button--icon"
            disabled={index === 0}
            aria-label={t('replay.moveUp', { n })}
            onClick={() => editor.move(index, -1)}
          >
            ↑
          </Button>
          <Button
            id={`move-${q.id}-down`}
            variant="ghost"
            className="button--icon"
            disabled={index === count - 1}
            aria-label={t('replay.moveDown', { n })}
            onClick={() => editor.move(index, 1)}
          >
            ↓
          </Button>
          <Button variant="ghost" className="button--small" onClick={() => editor.remove(index)}>
            {t('remove')}
            <span className="sr-only"> {t('replay.questionN', { n })}</span>
          </Button>
        </div>
      </div>
      <LimitedField
        id={`question-${q.id}`}
        label={t('replay.question')}
        hint={isFromCaptureNote(q.id) ? t('replay.fromNote') : undefined}
        value={q.question}
        rows={2}
        maxLength={LIMITS.question}
        error={errors[`${path}.question`]}
        onChange={(value) => editor.change(q.id, { question: value })}
      />
      <LimitedField
        id={`answer-${q.id}`}
        label={t('replay.answer')}
        hint={t('replay.answerHint')}
        value={q.answer}
        rows={3}
        maxLength={LIMITS.answer}
        error={errors[`${path}.answer`]}
        onChange={(value) => editor.change(q.id, { answer: value })}
      />
      <ChoiceChips
        legend={t('replay.feeling')}
        size="small"
        options={QUESTION_FEELINGS.map((f) => ({ value: f, label: label(QUESTION_FEELING_LABELS[f]) }))}
        value={q.feeling}
        onChange={(feeling) => editor.change(q.id, { feeling })}
      />
      <LimitedField
        id={`reaction-${q.id}`}
        label={t('replay.reaction')}
        hint={t('replay.reactionHint')}
        value={q.recruiterReaction}
        rows={2}
        maxLength={LIMITS.recruiterReaction}
        error={errors[`${path}.recruiterReaction`]}
        onChange={(value) => editor.change(q.id, { recruiterReaction: value })}
      />
    </li>
  )
}
