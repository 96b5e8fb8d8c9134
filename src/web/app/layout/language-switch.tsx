import { useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/schemas/common'
import { SUPPORTED_LANGUAGES, setLanguage } from '../../lib/i18n'
import { useLanguage } from '../../lib/use-language'

/** French / English switch for public pages; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t } = useTranslation('common')
  const language = useLanguage()

  return (
    <fieldset className="lang-switch">
      <legend className="sr-only">{t('language.switchLabel')}</legend>
      {SUPPORTED_LANGUAGES.map((lng: Language) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="lang-switch__option"
          aria-pressed={language === lng}
          onClick={() => setLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </fieldset>
  )
}
