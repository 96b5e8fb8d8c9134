import { useTranslation } from 'react-i18next'
import { EMOTION_INFO } from '../../../../domain/debrief'
import { useLabel } from '../components/labels'
import { type SummaryPartProps, SummarySection } from './summary-section'

/** The emotions felt, with their intensity, what went well and the note. */
export function FeelingsSummary(part: SummaryPartProps) {
  const { content } = part
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const { emotions, wentWell, note } = content.feelings
  return (
    <SummarySection
      {...part}
      step="feelings"
      empty={emotions.length === 0 && !wentWell.trim() && !note.trim()}
    >
      {emotions.length > 0 ? (
        <ul className="tag-list">
          {emotions.map((e) => (
            <li key={e.emotion} className={`tag tag--${EMOTION_INFO[e.emotion].valence}`}>
              {label(EMOTION_INFO[e.emotion])} · {e.intensity}/5
            </li>
          ))}
        </ul>
      ) : null}
      {wentWell.trim() ? (
        <div>
          <h3 className="summary__label">{t('feelings.wentWell')}</h3>
          <p className="prewrap">{wentWell}</p>
        </div>
      ) : null}
      {note.trim() ? <p className="prewrap">{note}</p> : null}
    </SummarySection>
  )
}
