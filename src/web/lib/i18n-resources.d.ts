import type analyzer from '../locales/fr/analyzer.json'
import type { resources } from './i18n'

declare module 'i18next' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface.
  interface CustomTypeOptions {
    defaultNS: 'common'
    // The analyzer's texts load with the answer editor (components/answer-editor/locales.ts).
    resources: (typeof resources)['fr'] & { analyzer: typeof analyzer }
  }
}
