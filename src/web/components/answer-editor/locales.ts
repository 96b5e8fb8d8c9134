import { i18n } from '../../lib/i18n'
import en from '../../locales/en/analyzer.json'
import fr from '../../locales/fr/analyzer.json'

// The editor's texts are registered when its code loads, so pages without it do not carry them.
for (const [language, bundle] of [
  ['fr', fr],
  ['en', en],
] as const) {
  if (!i18n.hasResourceBundle(language, 'analyzer')) i18n.addResourceBundle(language, 'analyzer', bundle)
}
