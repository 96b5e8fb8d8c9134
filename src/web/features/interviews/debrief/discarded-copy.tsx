import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEBRIEF_STEPS, STEP_LABELS } from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { useFormatDate } from '../../../lib/dates'
import { type DebriefSync, type DiscardedCopy, MAX_DISCARDED_COPIES } from '../api/debrief-sync'
import { useLabel } from '../components/labels'
import { stepDigest } from './digest'

type DiscardedCopiesProps = { copies: DiscardedCopy[]; store: DebriefSync }

/** The versions set aside after conflicts, newest first, kept on this device to copy from until forgotten. */
export function DiscardedCopies({ copies, store }: DiscardedCopiesProps) {
  const { t } = useTranslation('debrief')
  const titleId = useId()
  if (copies.length === 0) return null
  return (
    <section className="alert alert--info discarded" aria-labelledby={titleId}>
      <p id={titleId}>{t('discarded.title', { count: copies.length, max: MAX_DISCARDED_COPIES })}</p>
      <ul className="discarded__list">
        {copies.map((copy) => (
          <DiscardedCopyItem key={copy.id} copy={copy} store={store} />
        ))}
      </ul>
    </section>
  )
}

function DiscardedCopyItem({ copy, store }: { copy: DiscardedCopy; store: DebriefSync }) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const formatDate = useFormatDate()
  const [open, setOpen] = useState(false)
  const textId = useId()
  const aboutId = useId()
  const text = DEBRIEF_STEPS.map(
    (step) =>
      `${label(STEP_LABELS[step])}\n${stepDigest(copy.content, step, label, t, { full: true }).join('\n')}`,
  ).join('\n\n')

  return (
    <li className="discarded__item">
      <p id={aboutId}>
        {t(copy.which === 'mine' ? 'discarded.mine' : 'discarded.theirs', {
          date: formatDate(copy.at, 'dateTime'),
        })}
      </p>
      <div className="discarded__actions">
        <Button
          variant="secondary"
          className="button--small"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t('discarded.hide') : t('discarded.show')}
        </Button>
        <Button variant="ghost" className="button--small" onClick={() => store.forgetDiscarded(copy.id)}>
          {t('discarded.forget')}
        </Button>
      </div>
      {open ? (
        <div className="field">
          <label className="field__label" htmlFor={textId}>
            {t('discarded.textLabel')}
          </label>
          <textarea
            id={textId}
            className="input textarea discarded__text"
            aria-describedby={aboutId}
            readOnly
            rows={12}
            value={text}
          />
        </div>
      ) : null}
    </li>
  )
}
