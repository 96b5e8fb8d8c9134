import { useTranslation } from 'react-i18next'
import {
  CAUSE_GUIDANCE,
  CAUSE_INFO,
  type Cause,
  LIMITS,
  PREP_SECTION_LABELS,
} from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { TitledSection } from '../../../components/ui/titled-section'
import { useLanguage } from '../../../lib/use-language'
import { useLabel } from '../components/labels'
import type { StepProps } from './step-types'
import { blankLesson as blank, withSuggestedAction } from './with-suggested-action'

/** For each cause chosen at the diagnose step, its concrete actions, each taken in one tap. */
export function SuggestedActions({ content, edit }: Pick<StepProps, 'content' | 'edit'>) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const lang = useLanguage()
  const causes = [...new Set(content.causes.map((c) => c.cause))]
  if (causes.length === 0) return null
  const typed = new Set(content.lessons.flatMap((l) => l.actions.map((a) => a.text.trim())))
  const room = (cause: Cause) =>
    content.lessons.length < LIMITS.lessons ||
    content.lessons.some((l) => blank(l) || l.text.trim() === CAUSE_GUIDANCE[cause].lesson[lang])

  return (
    <TitledSection
      id="cause-actions-title"
      className="cause-actions"
      level={3}
      titleClassName="cause-actions__title"
      title={t('lessons.suggestions.title')}
      lead={t('lessons.suggestions.lead')}
      leadClassName="muted small"
    >
      {causes.map((cause) => {
        const guidance = CAUSE_GUIDANCE[cause]
        const entry = content.causes.find((c) => c.cause === cause)
        const name =
          cause === 'other' && entry?.otherLabel.trim() ? entry.otherLabel : label(CAUSE_INFO[cause].label)
        return (
          <div key={cause} className="cause-actions__cause">
            <h4 className="cause-actions__cause-title">{name}</h4>
            <ul className="cause-actions__list">
              {guidance.actions.map((action) => {
                const text = action[lang]
                const added = typed.has(text)
                return (
                  <li key={text} className="cause-action">
                    <span className="cause-action__text">{text}</span>
                    <Button
                      variant={added ? 'ghost' : 'secondary'}
                      className="button--small cause-action__add"
                      disabled={added || !room(cause)}
                      aria-label={added ? undefined : t('lessons.suggestions.addLabel', { action: text })}
                      onClick={() => edit((c) => withSuggestedAction(c, guidance.lesson[lang], text))}
                    >
                      {added ? `✓ ${t('lessons.suggestions.added')}` : `+ ${t('lessons.suggestions.add')}`}
                    </Button>
                  </li>
                )
              })}
            </ul>
            <p className="muted small">
              {t('lessons.suggestions.feeds', { section: label(PREP_SECTION_LABELS[guidance.feeds]) })}
            </p>
            {room(cause) ? null : <p className="muted small">{t('lessons.suggestions.full')}</p>}
          </div>
        )
      })}
    </TitledSection>
  )
}
