import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEBRIEF_STEPS, STEP_LABELS } from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import type { DebriefSync, DiscardedCopy } from '../api/debrief-sync'
import { useFormatDateTime, useLabel } from '../components/labels'
import { stepDigest } from './digest'

type DiscardedCopyNoticeProps = { copy: DiscardedCopy; store: DebriefSync }

/** The version set aside after a conflict, kept on this device to copy from until forgotten. */
export function DiscardedCopyNotice({ copy, store }: DiscardedCopyNoticeProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const formatDate = useFormatDateTime()
  const [open, setOpen] = useState(false)
  const textId = useId()
  const text = DEBRIEF_STEPS.map(
    (step) =>
      `${label(STEP_LABELS[step])}\n${stepDigest(copy.content, step, label, t, { full: true }).join('\n')}`,
  ).join('\n\n')

  return (
    <div className="alert alert--info discarded">
      <p>{t(copy.which === 'mine' ? 'discarded.mine' : 'discarded.theirs', { date: formatDate(copy.at) })}</p>
      <div className="discarded__actions">
        <Button
          variant="secondary"
          className="button--small"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t('discarded.hide') : t('discarded.show')}
        </Button>
        <Button variant="ghost" className="button--small" onClick={store.forgetDiscarded}>
          {t('discarded.forget')}
        </Button>
      </div>
      {open ? (
        <div className="field">
          <label className="field__label" htmlFor={textId}>
            {t('discarded.textLabel')}
          </label>
          <textarea id={textId} className="input textarea discarded__text" readOnly rows={12} value={text} />
        </div>
      ) : null}
    </div>
  )
}
