import { useTranslation } from 'react-i18next'
import {
  INTERVIEW_OUTCOMES,
  INTERVIEW_STAGES,
  OUTCOME_LABELS,
  STAGE_LABELS,
} from '../../../../domain/debrief'
import { Button } from '../../../components/ui/button'
import { SelectField, TextField } from '../../../components/ui/fields'
import { useLabel } from '../components/labels'
import { type InterviewList, isOutcome, isStage } from './use-interview-list'

/** The search box, the stage, outcome and company filters, and a way to clear them all. */
export function InterviewFilters({ list }: { list: InterviewList }) {
  const { t } = useTranslation('interviews')
  const label = useLabel()
  const { filters, stage, outcome, company, companies, filtered } = list
  const { search, setSearch, setParam, clear } = filters
  return (
    <search className="filters" aria-label={t('list.filtersLabel')}>
      <TextField
        id="interviews-search"
        label={t('list.search')}
        type="search"
        value={search}
        placeholder={t('list.searchPlaceholder')}
        onChange={(event) => setSearch(event.target.value)}
      />
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
  )
}
