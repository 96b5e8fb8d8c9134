import { useTranslation } from 'react-i18next'
import { TitledSection } from '../../../components/ui/titled-section'
import { ExportButton } from './export-button'
import { ImportSection } from './import-section'

/** Taking one's data away, and bringing it back. */
export function DataSection() {
  const { t } = useTranslation('account')
  return (
    <TitledSection id="data-title" title={t('data.heading')} lead={t('data.lead')}>
      <ExportButton />
      <ImportSection />
    </TitledSection>
  )
}
