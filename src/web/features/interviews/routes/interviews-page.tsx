import '../interviews.css'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import {
  INTERVIEW_OUTCOMES,
  INTERVIEW_STAGES,
  type InterviewOutcome,
  type InterviewStage,
  OUTCOME_LABELS,
  STAGE_LABELS,
} from '../../../../domain/debrief'
import type { InterviewListItem, InterviewsQuery } from '../../../../shared/schemas/interviews'
import { FormAlert } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { EmptyState } from '../../../components/ui/empty-state'
import { SelectField } from '../../../components/ui/fields'
import { InterviewsIcon } from '../../../components/ui/icons'
import { PageLoading } from '../../../components/ui/loading'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useListFilters } from '../../../lib/use-list-filters'
import { useApplications } from '../api/get-applications'
import { useInterviews } from '../api/get-interviews'
import { DebriefBadge } from '../components/debrief-badge'
import { useLabel } from '../components/labels'

const foldName = (name: string) =>
  name
    .trim()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

const isStage = (v: string | null): v is InterviewStage => INTERVIEW_STAGES.includes(v as InterviewStage)
const isOutcome = (v: string | null): v is InterviewOutcome =>
  INTERVIEW_OUTCOMES.includes(v as InterviewOutcome)

/** The interviews, newest first, grouped by month; filters and search live in the address. */
export function InterviewsPage() {
  const { t } = useTranslation('interviews')
  const label = useLabel()
  const describe = useDescribeError()
  const formatDate = useFormatDate()
  useDocumentTitle(t('list.title'))
  // The search waits for a pause in typing, then goes into the address (a reload keeps it).
  const { params, q, search, setSearch, setParam, clear } = useListFilters(350)

  const stage = params.get('stage')
  const outcome = params.get('outcome')
  const company = params.get('company') ?? ''
  const query: InterviewsQuery = {
    ...(isStage(stage) ? { stage } : {}),
    ...(isOutcome(outcome) ? { outcome } : {}),
    ...(company ? { company } : {}),
    ...(q ? { q } : {}),
  }
  const filtered = Object.keys(query).length > 0

  const interviews = useInterviews(query)
  const applications = useApplications()
  // The filter matches whole names whatever the case and accents (see the server): "Orange" and
  // "orange" are one choice, "Orange Bank" another.
  const companies = useMemo(() => {
    const byName = new Map<string, string>()
    for (const { company: name } of applications.data?.applications ?? []) {
      const key = foldName(name)
      if (!byName.has(key)) byName.set(key, name.trim())
    }
    return [...byName.values()].sort((a, b) => a.localeCompare(b))
  }, [applications.data])

  const groups = useMemo(() => {
    const out: { month: string; items: InterviewListItem[] }[] = []
    for (const item of interviews.data?.interviews ?? []) {
      const month = formatDate(item.date, 'month')
      const last = out[out.length - 1]
      if (last && last.month === month) last.items.push(item)
      else out.push({ month, items: [item] })
    }
    return out
  }, [interviews.data, formatDate])

  const now = Date.now()
  const count = interviews.data?.interviews.length ?? 0

  return (
    <div className="page">
      <header className="page-header page-header--with-action">
        <h1 className="page-title">{t('list.heading')}</h1>
        <Link to="/interviews/new" className={buttonClass('primary', 'page-header__action')}>
          + {t('list.capture')}
        </Link>
      </header>

      <search className="filters" aria-label={t('list.filtersLabel')}>
        <div className="field">
          <label className="field__label" htmlFor="interviews-search">
            {t('list.search')}
          </label>
          <input
            id="interviews-search"
            className="input"
            type="search"
            value={search}
            placeholder={t('list.searchPlaceholder')}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="filters__row">
          <SelectField
            id="filter-stage"
            label={t('fields.stage')}
            value={isStage(stage) ? stage : ''}
            onChange={(event) => setParam('stage', event.target.value)}
            options={[
              { value: '', label: t('list.allStages') },
              ...INTERVIEW_STAGES.map((s) => ({ value: s, label: label(STAGE_LABELS[s]) })),
            ]}
          />
          <SelectField
            id="filter-outcome"
            label={t('fields.outcome')}
            value={isOutcome(outcome) ? outcome : ''}
            onChange={(event) => setParam('outcome', event.target.value)}
            options={[
              { value: '', label: t('list.allOutcomes') },
              ...INTERVIEW_OUTCOMES.map((o) => ({ value: o, label: label(OUTCOME_LABELS[o]) })),
            ]}
          />
          <SelectField
            id="filter-company"
            label={t('fields.company')}
            value={company}
            onChange={(event) => setParam('company', event.target.value)}
            options={[
              { value: '', label: t('list.allCompanies') },
              ...(company && !companies.includes(company) ? [company] : []).concat(companies).map((c) => ({
                value: c,
                label: c,
              })),
            ]}
          />
        </div>
        {filtered ? (
          <Button variant="ghost" className="button--small align-start" onClick={clear}>
            {t('list.clearFilters')}
          </Button>
        ) : null}
      </search>

      <div role="status" className={interviews.data && filtered ? 'muted small' : 'status-empty'}>
        {interviews.data && filtered ? t('list.resultCount', { count }) : null}
      </div>

      {interviews.isPending ? (
        <PageLoading label={t('list.loading')} />
      ) : interviews.isError ? (
        <div className="stack">
          <FormAlert>{describe(interviews.error)}</FormAlert>
          <Button variant="secondary" className="align-start" onClick={() => interviews.refetch()}>
            {t('retry')}
          </Button>
        </div>
      ) : count === 0 && !filtered ? (
        <EmptyState icon={<InterviewsIcon />} title={t('list.emptyTitle')}>
          <p>{t('list.emptyBody')}</p>
          <p>
            <Link to="/interviews/new" className={buttonClass('primary')}>
              {t('list.captureFirst')}
            </Link>
          </p>
        </EmptyState>
      ) : count === 0 ? (
        <div className="card card--quiet">
          <p>{t('list.noMatch')}</p>
        </div>
      ) : (
        groups.map((group) => (
          <section key={group.month} className="interview-group" aria-label={group.month}>
            <h2 className="interview-group__title">{group.month}</h2>
            <ul className="interview-list">
              {group.items.map((item) => (
                <li key={item.id}>
                  <Link to={`/interviews/${item.id}`} className="interview-item">
                    <span className="interview-item__main">
                      <span className="interview-item__company">{item.company}</span>
                      <span className="interview-item__role">{item.role}</span>
                    </span>
                    <span className="interview-item__meta">
                      {label(STAGE_LABELS[item.stage])} · {formatDate(item.date, 'dateTime')}
                    </span>
                    <span className="interview-item__tags">
                      <span className={`tag tag--outcome-${item.outcome}`}>
                        {label(OUTCOME_LABELS[item.outcome])}
                      </span>
                      <DebriefBadge debrief={item.debrief} upcoming={new Date(item.date).getTime() > now} />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  )
}
