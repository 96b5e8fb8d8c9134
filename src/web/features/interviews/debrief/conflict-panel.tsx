import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { DEBRIEF_STEPS, STEP_LABELS } from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { useFormatDate } from '../../../lib/dates'
import type { Conflict, DebriefSync } from '../api/debrief-sync'
import { useLabel } from '../components/labels'
import { stepDigest } from './digest'

type ConflictPanelProps = { conflict: Conflict; store: DebriefSync }

/**
 * Another tab or device saved this debrief first. Both versions are shown side by side, step by
 * step where they differ; the person picks one, and the other stays on this device.
 */
export function ConflictPanel({ conflict, store }: ConflictPanelProps) {
  const { t } = useTranslation('debrief')
  const label = useLabel()
  const formatDate = useFormatDate()
  const titleId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    headingRef.current?.focus()
    headingRef.current?.scrollIntoView({ block: 'start' })
  }, [])

  const differing = DEBRIEF_STEPS.map((step) => ({
    step,
    mine: stepDigest(conflict.mine, step, label, t),
    theirs: stepDigest(conflict.theirs.debrief, step, label, t),
  })).filter((d) => d.mine.join('\n') !== d.theirs.join('\n'))

  return (
    <section className="conflict card" aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId} ref={headingRef} tabIndex={-1}>
        {t('conflict.title')}
      </h2>
      <p>{t('conflict.body')}</p>
      {conflict.theirs.updatedAt ? (
        <p className="muted small">
          {t('conflict.when', { date: formatDate(conflict.theirs.updatedAt, 'dateTime') })}
        </p>
      ) : null}
      <div className="conflict__steps">
        {differing.map(({ step, mine, theirs }) => (
          <section key={step} className="conflict__step" aria-label={label(STEP_LABELS[step])}>
            <h3 className="conflict__step-title">{label(STEP_LABELS[step])}</h3>
            <div className="conflict__columns">
              <div className="conflict__version conflict__version--mine">
                <h4 className="conflict__version-title">{t('conflict.mine')}</h4>
                <ul className="digest">
                  {mine.map((line, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text, never reordered.
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </div>
              <div className="conflict__version conflict__version--theirs">
                <h4 className="conflict__version-title">{t('conflict.theirs')}</h4>
                <ul className="digest">
                  {theirs.map((line, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text, never reordered.
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </div>
            </div>
          </section>
        ))}
      </div>
      <p className="muted small">{t('conflict.nothingLost')}</p>
      <div className="conflict__actions">
        <Button onClick={store.keepMine}>{t('conflict.keepMine')}</Button>
        <Button variant="secondary" onClick={store.takeTheirs}>
          {t('conflict.takeTheirs')}
        </Button>
      </div>
    </section>
  )
}
