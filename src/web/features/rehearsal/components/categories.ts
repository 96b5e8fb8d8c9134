import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { CATEGORY_LABELS, QUESTION_CATEGORIES } from '../../../../domain/rehearsal/question-bank/types'
import { useLanguage } from '../../../lib/use-language'

export type BankCategory = (typeof QUESTION_CATEGORIES)[number]
export const BANK_CATEGORIES = QUESTION_CATEGORIES
/** The category of cards made from an interview's questions, not from the bank. */
export const FROM_INTERVIEW = 'from_interview'

export function isBankCategory(value: string | null | undefined): value is BankCategory {
  return (QUESTION_CATEGORIES as readonly string[]).includes(value ?? '')
}

/** The label of a card or bank category in the interface language. */
export function useCategoryLabel() {
  const lang = useLanguage()
  const { t } = useTranslation('rehearsal')
  return useCallback(
    (category: string) =>
      isBankCategory(category) ? CATEGORY_LABELS[category][lang] : t('categories.from_interview'),
    [lang, t],
  )
}

type Option = { value: string; label: string }

/** The bank's categories as the options of a select, after the first ones ("all", "none"…). */
export function useCategoryOptions(...first: readonly Option[]): Option[] {
  const categoryLabel = useCategoryLabel()
  return [...first, ...BANK_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))]
}
