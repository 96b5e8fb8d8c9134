import type { resources } from './i18n'

declare module 'i18next' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface.
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: (typeof resources)['fr']
  }
}
