import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import {
  type Pitch,
  pitchText,
  QUESTIONS_TO_PREPARE,
  RESEARCH_INFO,
  RESEARCH_ITEMS,
  type ResearchItem,
} from '../../../../domain/preparation/plan'
import { logisticsSchema, PREP_LIMITS } from '../../../../shared/schemas/preparation'
import { SaveIndicator } from '../../../components/autosave/save-indicator'
import { useAutosave } from '../../../components/autosave/use-autosave'
import { FormAlert } from '../../../components/ui/alert'
import { buttonClass } from '../../../components/ui/button'
import { TextField } from '../../../components/ui/fields'
import { isApiError } from '../../../lib/api-client'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { validateForm } from '../../../lib/form-errors'
import { useLanguage } from '../../../lib/use-language'
import type { Checkable, Logistics, Plan, Research } from '../api/get-plan'
import { useSavePrep } from '../api/save-prep'
import { useSaveResearch } from '../api/save-research'
import { useSetActionStatus } from '../api/set-action-status'
import { ChecklistEditor } from './checklist-editor'

function SectionHead({ id, title, children }: { id: string; title: string; children?: ReactNode }) {
  return (
    <div className="prep-section__head">
      <h2 className="section-title" id={id}>
        {title}
      </h2>
      {children}
    </div>
  )
}

/**
 * The box follows the click at once (the plan catches up after its request), and goes back
 * when the server refuses the change.
 */
function CarriedActionCheck({
  text,
  done,
  onChange,
}: {
  text: string
  done: boolean
  onChange: (done: boolean, revert: () => void) => void
}) {
  const [checked, setChecked] = useState(done)
  useEffect(() => setChecked(done), [done])
  return (
    <label className="prep-check">
      <input
        type="checkbox"
        className="prep-checkbox"
        checked={checked}
        onChange={(event) => {
          const next = event.target.checked
          setChecked(next)
          onChange(next, () => setChecked(!next))
        }}
      />
      <span className="prep-action__text">{text}</span>
    </label>
  )
}

/**
 * What earlier debriefs taught: the actions flagged "check before my next interview" (ticking one
 * marks it done in its debrief), then the lessons none of whose actions is carried, to reread.
 */
export function LearnedSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation('preparation')
  const setStatus = useSetActionStatus(plan.interview.id)
  const describe = useDescribeError()
  const empty = plan.carriedActions.length === 0 && plan.lessonsToReread.length === 0
  return (
    <section className="card prep-section" aria-labelledby="prep-learned">
      <SectionHead id="prep-learned" title={t('learned.title')} />
      {empty ? <p className="muted">{t('learned.empty')}</p> : null}
      {plan.carriedActions.length > 0 ? (
        <>
          <p className="muted">{t('learned.lead')}</p>
          <ul className="prep-actions">
            {plan.carriedActions.map((c) => (
              <li key={`${c.sourceInterviewId}-${c.action.id}`} className="prep-action">
                <CarriedActionCheck
                  text={c.action.text}
                  done={c.action.status === 'done'}
                  onChange={(done, revert) =>
                    setStatus.mutate(
                      {
                        sourceInterviewId: c.sourceInterviewId,
                        actionId: c.action.id,
                        status: done ? 'done' : 'open',
                      },
                      { onError: revert },
                    )
                  }
                />
                <div className="prep-action__origin">
                  {c.lesson.trim() ? <p className="prep-action__lesson">{c.lesson}</p> : null}
                  <p className="muted small">
                    <Link to={`/interviews/${c.sourceInterviewId}/summary`}>
                      {t('learned.from', { company: c.company })}
                    </Link>
                  </p>
                </div>
              </li>
            ))}
          </ul>
          {setStatus.isError ? (
            <FormAlert>
              {t('learned.error')} {describe(setStatus.error)}
            </FormAlert>
          ) : null}
        </>
      ) : null}
      {plan.lessonsToReread.length > 0 ? <RereadList plan={plan} /> : null}
    </section>
  )
}

/** Lessons to reread: their words and where they came from, nothing to tick. */
function RereadList({ plan }: { plan: Plan }) {
  const { t } = useTranslation('preparation')
  const formatDate = useFormatDate()
  return (
    <div className="prep-reread" data-testid="prep-reread">
      <h3 className="prep-subtitle" id="prep-reread-title">
        {t('learned.rereadTitle')}
      </h3>
      <p className="muted small">{t('learned.rereadLead')}</p>
      <ul className="prep-reread__list" aria-labelledby="prep-reread-title">
        {plan.lessonsToReread.map((l) => (
          <li key={`${l.sourceInterviewId}-${l.lessonId}`} className="prep-reread__item">
            <p className="prep-action__lesson">{l.lesson}</p>
            <p className="muted small">
              <Link to={`/interviews/${l.sourceInterviewId}/summary`}>
                {t('learned.rereadFrom', { company: l.company, date: formatDate(l.date, 'day') })}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** After the interview: which prepared actions were really applied. */
export function AppliedSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation('preparation')
  const save = useSavePrep(plan.interview.id)
  const [applied, setApplied] = useState<string[]>(plan.appliedActionIds)
  const autosave = useAutosave(
    applied,
    (appliedActionIds, delivery) => save.mutateAsync({ appliedActionIds, ...delivery }),
    300,
  )
  const toggle = (id: string, on: boolean) =>
    setApplied((ids) => (on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id)))
  const count = plan.carriedActions.filter((c) => applied.includes(c.action.id)).length
  return (
    <section className="card prep-section prep-section--applied" aria-labelledby="prep-applied">
      <SectionHead id="prep-applied" title={t('applied.title')}>
        {plan.carriedActions.length > 0 ? (
          <SaveIndicator state={autosave.state} onRetry={autosave.retry} words="preparation" />
        ) : null}
      </SectionHead>
      {plan.carriedActions.length === 0 ? (
        <p className="muted">{t('applied.empty')}</p>
      ) : (
        <>
          <p>{t('applied.lead')}</p>
          <ul className="prep-actions">
            {plan.carriedActions.map((c) => (
              <li key={`${c.sourceInterviewId}-${c.action.id}`}>
                <label className="prep-check">
                  <input
                    type="checkbox"
                    className="prep-checkbox"
                    checked={applied.includes(c.action.id)}
                    onChange={(event) => toggle(c.action.id, event.target.checked)}
                  />
                  <span>{c.action.text}</span>
                </label>
              </li>
            ))}
          </ul>
          <p className="muted small">{t('applied.count', { n: count, total: plan.carriedActions.length })}</p>
        </>
      )}
    </section>
  )
}

/** The six things to know about the company; notes kept for all its rounds. */
export function ResearchSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation('preparation')
  const lang = useLanguage()
  const save = useSaveResearch(plan.interview.id)
  const [research, setResearch] = useState<Research>(plan.research)
  const autosave = useAutosave(research, (value, delivery) =>
    save.mutateAsync({ research: value, ...delivery }),
  )
  const change = (item: ResearchItem, patch: Partial<Research[ResearchItem]>) =>
    setResearch((r) => ({ ...r, [item]: { ...r[item], ...patch } }))
  return (
    <section className="card prep-section" aria-labelledby="prep-research">
      <SectionHead id="prep-research" title={t('research.title')}>
        <SaveIndicator state={autosave.state} onRetry={autosave.retry} words="preparation" />
      </SectionHead>
      <p className="muted">{t('research.shared', { company: plan.interview.company })}</p>
      <ul className="prep-research">
        {RESEARCH_ITEMS.map((item) => {
          const info = RESEARCH_INFO[item]
          const label = info.label[lang]
          return (
            <li key={item} className="prep-research__item">
              <div className="prep-research__head">
                <h3 className="prep-research__label" id={`research-${item}-label`}>
                  {label}
                </h3>
                <label className="prep-check prep-check--compact">
                  <input
                    type="checkbox"
                    className="prep-checkbox"
                    checked={research[item].done}
                    aria-label={t('research.doneLabel', { item: label })}
                    onChange={(event) => change(item, { done: event.target.checked })}
                  />
                  <span aria-hidden="true">{t('research.done')}</span>
                </label>
              </div>
              <p className="muted small" id={`research-${item}-hint`}>
                {info.hint[lang]}
              </p>
              <label className="sr-only" htmlFor={`research-${item}`}>
                {t('research.notesLabel', { item: label })}
              </label>
              <textarea
                id={`research-${item}`}
                className="input prep-textarea"
                rows={2}
                maxLength={PREP_LIMITS.notes}
                aria-describedby={`research-${item}-hint`}
                placeholder={t('research.notes')}
                value={research[item].notes}
                onChange={(event) => change(item, { notes: event.target.value })}
              />
            </li>
          )
        })}
      </ul>
    </section>
  )
}

const filled = (items: Checkable[]) => items.filter((item) => item.text.trim() !== '')

export function QuestionsSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation('preparation')
  const save = useSavePrep(plan.interview.id)
  const [items, setItems] = useState<Checkable[]>(plan.questionsToAsk)
  const ready = filled(items)
  const autosave = useAutosave(ready, (questionsToAsk, delivery) =>
    save.mutateAsync({ questionsToAsk, ...delivery }),
  )
  const met = ready.length >= QUESTIONS_TO_PREPARE
  return (
    <section className="card prep-section" aria-labelledby="prep-questions">
      <SectionHead id="prep-questions" title={t('questions.title')}>
        <SaveIndicator state={autosave.state} onRetry={autosave.retry} words="preparation" />
      </SectionHead>
      <p className="muted">{t('questions.lead', { count: QUESTIONS_TO_PREPARE })}</p>
      <p className={met ? 'prep-goal prep-goal--met' : 'prep-goal'}>
        <span aria-hidden="true">{met ? '✓' : '○'}</span>{' '}
        {met
          ? t('questions.met', { n: ready.length })
          : t('questions.count', { n: ready.length, count: QUESTIONS_TO_PREPARE })}
      </p>
      <ChecklistEditor
        idPrefix="question"
        items={items}
        onChange={setItems}
        multiline
        maxItems={PREP_LIMITS.questions}
        maxLength={PREP_LIMITS.question}
        labels={{
          item: (n) => t('questions.label', { n }),
          check: t('questions.asked'),
          checkLabel: (n) => t('questions.askedLabel', { n }),
          remove: t('questions.remove'),
          removeLabel: (n) => t('questions.removeLabel', { n }),
          add: t('questions.add'),
          empty: t('questions.empty'),
        }}
      />
    </section>
  )
}

const LOGISTICS_FIELDS = ['place', 'link', 'arrival'] as const

export function LogisticsSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation('preparation')
  const lang = useLanguage()
  const save = useSavePrep(plan.interview.id)
  const [place, setPlace] = useState(plan.logistics.place)
  const [link, setLink] = useState(plan.logistics.link)
  const [arrival, setArrival] = useState(plan.logistics.arrival)
  const [documents, setDocuments] = useState<Checkable[]>(plan.logistics.documents)
  const draft: Logistics = {
    place: place.trim(),
    link: link.trim(),
    arrival: arrival.trim(),
    documents: filled(documents),
  }
  // Checked with the server's own schema and messages: only what it would accept is sent.
  const checked = validateForm(logisticsSchema, draft, lang, LOGISTICS_FIELDS)
  const lastValid = useRef(draft)
  if (checked.ok) lastValid.current = draft
  const autosave = useAutosave(lastValid.current, (value, delivery) =>
    save.mutateAsync({ logistics: value, ...delivery }),
  )
  const sent = isApiError(save.error) ? (save.error.fields ?? {}) : {}
  const errorOf = (field: (typeof LOGISTICS_FIELDS)[number]) =>
    (checked.ok ? undefined : checked.errors.fields[field]) ?? sent[`logistics.${field}`]
  const joinable = checked.ok && draft.link !== '' && autosave.state === 'saved'
  return (
    <section className="card prep-section" aria-labelledby="prep-logistics">
      <SectionHead id="prep-logistics" title={t('logistics.title')}>
        <SaveIndicator
          state={checked.ok ? autosave.state : 'pending'}
          onRetry={autosave.retry}
          words="preparation"
        />
      </SectionHead>
      <TextField
        id="prep-place"
        label={t('logistics.place')}
        hint={t('logistics.placeHint')}
        maxLength={PREP_LIMITS.place}
        autoComplete="off"
        value={place}
        error={errorOf('place')}
        onChange={(event) => setPlace(event.target.value)}
      />
      <TextField
        id="prep-link"
        type="url"
        inputMode="url"
        label={t('logistics.link')}
        hint={t('logistics.linkHint')}
        maxLength={PREP_LIMITS.link}
        autoComplete="off"
        spellCheck={false}
        placeholder="https://"
        value={link}
        error={errorOf('link')}
        onChange={(event) => setLink(event.target.value)}
      />
      {joinable ? (
        <p className="small">
          <a href={draft.link} target="_blank" rel="noopener noreferrer">
            {t('logistics.open')}
          </a>
        </p>
      ) : null}
      <TextField
        id="prep-arrival"
        label={t('logistics.arrival')}
        hint={t('logistics.arrivalHint')}
        maxLength={PREP_LIMITS.arrival}
        autoComplete="off"
        value={arrival}
        error={errorOf('arrival')}
        onChange={(event) => setArrival(event.target.value)}
      />
      <h3 className="prep-subtitle">{t('logistics.documents')}</h3>
      <ChecklistEditor
        idPrefix="document"
        items={documents}
        onChange={setDocuments}
        maxItems={PREP_LIMITS.documents}
        maxLength={PREP_LIMITS.document}
        labels={{
          item: (n) => t('logistics.document', { n }),
          check: t('logistics.ready'),
          checkLabel: (n) => t('logistics.readyLabel', { n }),
          remove: t('logistics.remove'),
          removeLabel: (n) => t('logistics.removeLabel', { n }),
          add: t('logistics.add'),
          empty: t('logistics.empty'),
        }}
      />
    </section>
  )
}

export function PitchSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation('preparation')
  const formatDate = useFormatDate()
  const pitch = plan.pitch
  const text = pitch ? pitchText(pitch.content as Pitch) : ''
  return (
    <section className="card prep-section" aria-labelledby="prep-pitch">
      <SectionHead id="prep-pitch" title={t('pitch.title')} />
      {pitch && text ? (
        <>
          <p className="muted small">
            {t('pitch.version', {
              version: pitch.version,
              date: formatDate(pitch.createdAt, 'shortDateTime'),
            })}
          </p>
          <blockquote className="prep-quote" data-testid="prep-pitch-text">
            {text}
          </blockquote>
          {plan.upcoming ? (
            <p className="muted small">{t('pitch.adapt', { company: plan.interview.company })}</p>
          ) : null}
          <Link
            to={`/pitch?interview=${encodeURIComponent(plan.interview.id)}`}
            className={buttonClass('secondary', 'prep-start')}
          >
            {t('pitch.edit')}
          </Link>
        </>
      ) : (
        <>
          <p className="muted">{t('pitch.empty')}</p>
          <Link
            to={`/pitch?interview=${encodeURIComponent(plan.interview.id)}`}
            className={buttonClass('primary', 'prep-start')}
          >
            {t('pitch.build')}
          </Link>
        </>
      )}
    </section>
  )
}

export function LikelySection({ plan }: { plan: Plan }) {
  const { t } = useTranslation('preparation')
  const id = plan.interview.id
  const cards = plan.likelyQuestions.slice(0, 8)
  return (
    <section className="card prep-section" aria-labelledby="prep-likely">
      <SectionHead id="prep-likely" title={t('likely.title')} />
      {cards.length === 0 ? (
        <>
          <p className="muted">{t('likely.empty')}</p>
          <Link to="/rehearsal/bank" className={buttonClass('secondary', 'prep-start')}>
            {t('likely.bank')}
          </Link>
        </>
      ) : (
        <>
          <p className="muted">{t('likely.lead')}</p>
          <ul className="prep-likely">
            {cards.map((card) => (
              <li key={card.id} className="prep-likely__item">
                <p className="prep-likely__question" lang={card.lang}>
                  {card.question}
                </p>
                <Link
                  to={`/rehearsal/cards/${encodeURIComponent(card.id)}?mode=cram&interviewId=${encodeURIComponent(id)}`}
                  className={buttonClass('ghost', 'prep-small')}
                  aria-label={t('likely.practiseLabel', { question: card.question })}
                >
                  {t('likely.practise')}
                </Link>
              </li>
            ))}
          </ul>
          <Link
            to={`/rehearsal/cram/${encodeURIComponent(id)}`}
            className={buttonClass('primary', 'prep-start')}
          >
            {t('likely.all')}
          </Link>
        </>
      )}
    </section>
  )
}
