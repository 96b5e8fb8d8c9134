import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/ui/button'
import { GRADE_NAMES, type Grade } from '../api/create-attempt'
import { useWhen } from './time-words'

type AttemptSaveProps = {
  /** Before an interview the attempt is saved without a grade: the schedule is left alone. */
  cram: boolean
  nextIntervals: Record<Grade, string>
  pending: boolean
  /** The grade being saved, to show which button is busy. */
  pendingGrade: Grade | undefined
  onSave: (grade?: Grade) => void
}

/** How the attempt is saved: one button before an interview, otherwise a grade that says when the card comes back. */
export function AttemptSave({ cram, nextIntervals, pending, pendingGrade, onSave }: AttemptSaveProps) {
  const { t } = useTranslation('rehearsal')
  const when = useWhen()
  if (cram) {
    return (
      <Button
        id="r-save"
        className="button--large r-start"
        pending={pending}
        pendingLabel={t('card.saving')}
        onClick={() => onSave()}
      >
        {t('card.cramSave')}
      </Button>
    )
  }
  return (
    <fieldset className="r-grades" id="r-grades" aria-describedby="grade-lead">
      <legend className="r-grades__legend">{t('card.gradeTitle')}</legend>
      <p className="muted r-small" id="grade-lead">
        {t('card.gradeLead')}
      </p>
      <div className="r-grades__buttons">
        {GRADE_NAMES.map((grade) => (
          <Button
            key={grade}
            variant={grade === 'good' ? 'primary' : 'secondary'}
            className={`r-grade r-grade--${grade}`}
            disabled={pending}
            aria-busy={pending && pendingGrade === grade ? true : undefined}
            onClick={() => onSave(grade)}
          >
            <span className="r-grade__name">{t(`grades.${grade}`)}</span>
            <span className="r-grade__when">{t('card.gradeBack', { when: when(nextIntervals[grade]) })}</span>
          </Button>
        ))}
      </div>
      {pending ? (
        <p className="muted r-small" role="status">
          {t('card.saving')}
        </p>
      ) : null}
    </fieldset>
  )
}
