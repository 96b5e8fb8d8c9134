import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/ui/button'
import { Scale } from '../../../components/ui/scale'

type GutFeelingFieldProps = {
  value: number | null
  onChange: (value: 1 | 2 | 3 | 4 | 5 | null) => void
  hint?: string
}

/** How the interview felt, from "very badly" to "very well", and a way to leave it unsaid again. */
export function GutFeelingField({ value, onChange, hint }: GutFeelingFieldProps) {
  const { t } = useTranslation('interviews')
  const words = [t('gut.1'), t('gut.2'), t('gut.3'), t('gut.4'), t('gut.5')] as const
  return (
    <>
      <Scale legend={t('fields.gutFeeling')} hint={hint} words={words} value={value} onChange={onChange} />
      {value !== null ? (
        <Button variant="ghost" className="button--small align-start" onClick={() => onChange(null)}>
          {t('capture.gutClear')}
        </Button>
      ) : null}
    </>
  )
}
