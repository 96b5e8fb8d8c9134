import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { TextField } from '../../../components/ui/fields'

type QuestionFiltersProps = {
  /** The search box's id. */
  searchId: string
  search: string
  onSearch: (value: string) => void
  /** The other filters, after the search box. */
  children: ReactNode
}

/** The search box and filters above a list of questions (deck, bank). */
export function QuestionFilters({ searchId, search, onSearch, children }: QuestionFiltersProps) {
  const { t } = useTranslation('rehearsal')
  return (
    <search className="r-filters" aria-label={t('deck.filtersLabel')}>
      <TextField
        id={searchId}
        type="search"
        label={t('deck.search')}
        value={search}
        placeholder={t('deck.searchPlaceholder')}
        onChange={(event) => onSearch(event.target.value)}
      />
      {children}
    </search>
  )
}
