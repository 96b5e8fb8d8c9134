import { useTranslation } from 'react-i18next'
import { EMOTION_INFO, EMOTIONS, type Emotion, LIMITS } from '../../../../domain/debrief'
import { Scale } from '../../../components/ui/scale'
import { CheckChip, LimitedField } from '../components/fields'
import { useLabel } from '../components/labels'
import type { StepProps } from './step-types'

type FeelingsStepProps = StepProps & { nudge: boolean }

export function FeelingsStep({ content, edit, errors, nudge }: FeelingsStepProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const { emotions, wentWell, note } = content.feelings
  const chosen = new Map(emotions.map((e) => [e.emotion, e.intensity]))

  function toggle(emotion: Emotion, on: boolean) {
    edit((c) => ({
      ...c,
      feelings: {
        ...c.feelings,
        emotions: on
          ? [...c.feelings.emotions.filter((e) => e.emotion !== emotion), { emotion, intensity: 3 }]
          : c.feelings.emotions.filter((e) => e.emotion !== emotion),
      },
    }))
  }

  const group = (valence: 'hard' | 'good') => (
    <fieldset className="chips-group emotion-group">
      <legend className="emotion-group__title">{t(`feelings.${valence}`)}</legend>
      <div className="chips">
        {EMOTIONS.filter((e) => EMOTION_INFO[e].valence === valence).map((emotion) => (
          <CheckChip
            key={emotion}
            className={`chip--${valence}`}
            checked={chosen.has(emotion)}
            onChange={(on) => toggle(emotion, on)}
          >
            {label(EMOTION_INFO[emotion])}
          </CheckChip>
        ))}
      </div>
    </fieldset>
  )

  return (
    <div className="step-body">
      <fieldset className="chips-group">
        <legend className="step-question">{t('feelings.emotionsLegend')}</legend>
        <p className="field__hint">{t('feelings.emotionsHint')}</p>
        {group('hard')}
        {group('good')}
      </fieldset>
      {emotions.length > 0 ? (
        <div className="panel">
          {emotions.map((entry) => (
            <Scale
              key={entry.emotion}
              legend={t('feelings.intensity', { emotion: label(EMOTION_INFO[entry.emotion]) })}
              legendClassName="chips-group__legend chips-group__legend--small"
              ends={[t('feelings.intensityLow'), t('feelings.intensityHigh')]}
              value={entry.intensity}
              onChange={(intensity) =>
                edit((c) => ({
                  ...c,
                  feelings: {
                    ...c.feelings,
                    emotions: c.feelings.emotions.map((e) =>
                      e.emotion === entry.emotion ? { ...e, intensity } : e,
                    ),
                  },
                }))
              }
            />
          ))}
        </div>
      ) : null}
      <LimitedField
        id="feelings-went-well"
        label={t('feelings.wentWell')}
        labelClassName="field__label step-question"
        hint={t('feelings.wentWellHint')}
        value={wentWell}
        maxLength={LIMITS.wentWell}
        rows={3}
        error={errors['feelings.wentWell']}
        onChange={(value) => edit((c) => ({ ...c, feelings: { ...c.feelings, wentWell: value } }))}
      />
      {nudge ? (
        <div className="alert alert--info" role="status">
          {t('feelings.nudge')}
        </div>
      ) : null}
      <LimitedField
        id="feelings-note"
        label={t('feelings.note')}
        hint={t('feelings.noteHint')}
        value={note}
        maxLength={LIMITS.feelingsNote}
        rows={3}
        error={errors['feelings.note']}
        onChange={(value) => edit((c) => ({ ...c, feelings: { ...c.feelings, note: value } }))}
      />
    </div>
  )
}
