import { useTranslation } from 'react-i18next'
import { LIMITS, newDestabilizing } from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { TitledSection } from '../../../components/ui/titled-section'
import { useFocusSoon } from './editable-list'
import { emptyQuestion, type StepProps } from './step-types'

/**
 * Any replayed question can be worked on, not only those marked destabilized; one that was not
 * noted down can be added here. Either joins the list above, to be rehearsed.
 */
export function OtherQuestions({ content, edit }: Pick<StepProps, 'content' | 'edit'>) {
  const { t } = useTranslation('debrief')
  const focusSoon = useFocusSoon()
  const worked = new Set(content.destabilizing.map((d) => d.questionId))
  const others = content.questions.filter((q) => !worked.has(q.id) && q.question.trim() !== '')

  function pick(questionId: string) {
    edit((c) => ({ ...c, destabilizing: [...c.destabilizing, newDestabilizing(questionId, true)] }))
    focusSoon(`better-${questionId}`)
  }

  function addNew() {
    const question = emptyQuestion()
    edit((c) => ({
      ...c,
      questions: [...c.questions, question],
      destabilizing: [...c.destabilizing, newDestabilizing(question.id, true)],
    }))
    focusSoon(`new-question-${question.id}`)
  }

  return (
    <TitledSection
      id="other-questions-title"
      className="other-questions"
      level={3}
      titleClassName="other-questions__title"
      title={t('destabilizing.pickLegend')}
      lead={t('destabilizing.pickHint')}
      leadClassName="field__hint"
    >
      {others.length > 0 ? (
        <ul className="other-questions__list">
          {others.map((q) => (
            <li key={q.id} className="other-question">
              <span className="other-question__text">{q.question}</span>
              <Button
                variant="secondary"
                className="button--small"
                aria-label={t('destabilizing.pickLabel', { question: q.question })}
                onClick={() => pick(q.id)}
              >
                {t('destabilizing.pick')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {content.questions.length < LIMITS.questions ? (
        <Button variant="secondary" className="align-start" onClick={addNew}>
          + {t('destabilizing.addNew')}
        </Button>
      ) : null}
    </TitledSection>
  )
}
