import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PrepResponse } from '../../../../shared/schemas/preparation'
import { TitledSection } from '../../../components/ui/titled-section'
import { useDescribeError } from '../../../lib/error-text'
import { useCarriedPlan, useSaveAppliedActions } from '../api/applied-actions'
import { Check } from '../components/fields'
import { SaveWords, StatusLine } from './save-status'

type SaveState = 'idle' | 'saving' | 'saved' | 'error'

/**
 * In the debrief, before new lessons: which of the actions prepared for this interview were
 * applied. Shown only once the interview has taken place and its plan carried actions in;
 * optional, saved as soon as a box is ticked.
 */
export function AppliedActions({ interviewId }: { interviewId: string }) {
  const plan = useCarriedPlan(interviewId)
  const data = plan.data
  if (!data || data.upcoming || data.carriedActions.length === 0) return null
  return <AppliedActionsForm key={interviewId} plan={data} />
}

function AppliedActionsForm({ plan }: { plan: PrepResponse }) {
  const { t } = useTranslation('debrief')
  const describe = useDescribeError()
  const save = useSaveAppliedActions(plan.interview.id)
  const [applied, setApplied] = useState<string[]>(plan.appliedActionIds)
  const [state, setState] = useState<SaveState>('idle')
  const [error, setError] = useState<unknown>(null)
  const latest = useRef(applied)
  const chain = useRef<Promise<unknown>>(Promise.resolve())

  // One request at a time, in order; the status speaks for the last change.
  function send(ids: string[]) {
    latest.current = ids
    setState('saving')
    chain.current = chain.current.then(() =>
      save.mutateAsync(ids).then(
        () => {
          if (latest.current === ids) setState('saved')
        },
        (reason: unknown) => {
          if (latest.current !== ids) return
          setError(reason)
          setState('error')
        },
      ),
    )
  }

  function toggle(id: string, on: boolean) {
    const next = on ? [...applied.filter((x) => x !== id), id] : applied.filter((x) => x !== id)
    setApplied(next)
    send(next)
  }

  const count = plan.carriedActions.filter((c) => applied.includes(c.action.id)).length
  const tone = state === 'saved' ? 'saved' : state === 'error' ? 'error' : 'quiet'
  return (
    <TitledSection
      id="applied-block-title"
      className="applied-block"
      level={3}
      titleClassName="item-card__title"
      title={t('applied.title')}
      headClassName="applied-block__head"
      beside={
        <StatusLine
          tone={tone}
          words={
            state === 'saving' || state === 'saved' ? (
              <SaveWords state={state} />
            ) : state === 'error' ? (
              `${t('applied.error')} ${describe(error)}`
            ) : null
          }
          onRetry={state === 'error' ? () => send(latest.current) : undefined}
        />
      }
      lead={t('applied.lead')}
      leadClassName="field__hint"
    >
      <ul className="applied-block__list">
        {plan.carriedActions.map((c) => (
          <li key={`${c.sourceInterviewId}-${c.action.id}`} className="applied-block__item">
            <p className="applied-block__action">{c.action.text}</p>
            <p className="muted small">{t('applied.from', { company: c.company })}</p>
            <Check
              checked={applied.includes(c.action.id)}
              onChange={(checked) => toggle(c.action.id, checked)}
              context={c.action.text}
            >
              {t('applied.check')}
            </Check>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('applied.count', { n: count, total: plan.carriedActions.length })}</p>
    </TitledSection>
  )
}
