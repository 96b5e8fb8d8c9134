import type account from '../locales/fr/account.json'
import type analyzer from '../locales/fr/analyzer.json'
import type auth from '../locales/fr/auth.json'
import type coaching from '../locales/fr/coaching.json'
import type common from '../locales/fr/common.json'
import type debrief from '../locales/fr/debrief.json'
import type feedback from '../locales/fr/feedback.json'
import type home from '../locales/fr/home.json'
import type interviews from '../locales/fr/interviews.json'
import type mock from '../locales/fr/mock.json'
import type pages from '../locales/fr/pages.json'
import type preparation from '../locales/fr/preparation.json'
import type progress from '../locales/fr/progress.json'
import type rebound from '../locales/fr/rebound.json'
import type recorder from '../locales/fr/recorder.json'
import type rehearsal from '../locales/fr/rehearsal.json'
import type supporting from '../locales/fr/supporting.json'

declare module 'i18next' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface.
  interface CustomTypeOptions {
    defaultNS: 'common'
    // The texts load per language and namespace (lib/i18n.ts); the French files give the keys' types.
    resources: {
      common: typeof common
      auth: typeof auth
      account: typeof account
      pages: typeof pages
      home: typeof home
      interviews: typeof interviews
      debrief: typeof debrief
      rehearsal: typeof rehearsal
      feedback: typeof feedback
      preparation: typeof preparation
      progress: typeof progress
      rebound: typeof rebound
      mock: typeof mock
      recorder: typeof recorder
      analyzer: typeof analyzer
      supporting: typeof supporting
      coaching: typeof coaching
    }
  }
}
