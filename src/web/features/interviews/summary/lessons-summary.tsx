import { useTranslation } from 'react-i18next'
import type { Action } from '../../../../domain/debrief'
import { type SummaryPartProps, SummarySection } from './summary-section'

/** The lessons drawn, each with its actions ticked or not. */
export function LessonsSummary(part: SummaryPartProps) {
  const { content } = part
  return (
    <SummarySection
      {...part}
      step="lessons"
      empty={content.lessons.filter((l) => l.text.trim()).length === 0}
    >
      <ol className="summary__list">
        {content.lessons
          .filter((l) => l.text.trim() || l.actions.some((a) => a.text.trim()))
          .map((lesson) => (
            <li key={lesson.id}>
              <p className="summary__question prewrap">{lesson.text}</p>
              <ActionsSummary actions={lesson.actions.filter((a) => a.text.trim())} />
            </li>
          ))}
      </ol>
    </SummarySection>
  )
}

function ActionsSummary({ actions }: { actions: Action[] }) {
  const { t } = useTranslation('debrief')
  if (actions.length === 0) return null
  return (
    <ul className="action-summary">
      {actions.map((a) => (
        <li key={a.id} className={a.status === 'done' ? 'action-summary--done' : ''}>
          <span aria-hidden="true">{a.status === 'done' ? '☑' : '☐'} </span>
          <span className="sr-only">
            {a.status === 'done' ? t('summary.actionDone') : t('summary.actionOpen')}{' '}
          </span>
          {a.text}
          {a.checkBeforeNext ? <span className="tag tag--info">{t('lessons.beforeNext')}</span> : null}
        </li>
      ))}
    </ul>
  )
}
