import i18next from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../shared/schemas/common'
import enAccount from '../locales/en/account.json'
import enAuth from '../locales/en/auth.json'
import enCommon from '../locales/en/common.json'
import enDebrief from '../locales/en/debrief.json'
import enFeedback from '../locales/en/feedback.json'
import enHome from '../locales/en/home.json'
import enInterviews from '../locales/en/interviews.json'
import enMock from '../locales/en/mock.json'
import enPages from '../locales/en/pages.json'
import enPreparation from '../locales/en/preparation.json'
import enProgress from '../locales/en/progress.json'
import enRebound from '../locales/en/rebound.json'
import enRecorder from '../locales/en/recorder.json'
import enRehearsal from '../locales/en/rehearsal.json'
import frAccount from '../locales/fr/account.json'
import frAuth from '../locales/fr/auth.json'
import frCommon from '../locales/fr/common.json'
import frDebrief from '../locales/fr/debrief.json'
import frFeedback from '../locales/fr/feedback.json'
import frHome from '../locales/fr/home.json'
import frInterviews from '../locales/fr/interviews.json'
import frMock from '../locales/fr/mock.json'
import frPages from '../locales/fr/pages.json'
import frPreparation from '../locales/fr/preparation.json'
import frProgress from '../locales/fr/progress.json'
import frRebound from '../locales/fr/rebound.json'
import frRecorder from '../locales/fr/recorder.json'
import frRehearsal from '../locales/fr/rehearsal.json'
import { deviceStorage } from './device-storage'

export const resources = {
  fr: {
    common: frCommon,
    auth: frAuth,
    account: frAccount,
    pages: frPages,
    home: frHome,
    interviews: frInterviews,
    debrief: frDebrief,
    rehearsal: frRehearsal,
    feedback: frFeedback,
    preparation: frPreparation,
    progress: frProgress,
    rebound: frRebound,
    recorder: frRecorder,
    mock: frMock,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    account: enAccount,
    pages: enPages,
    home: enHome,
    interviews: enInterviews,
    debrief: enDebrief,
    rehearsal: enRehearsal,
    feedback: enFeedback,
    preparation: enPreparation,
    progress: enProgress,
    rebound: enRebound,
    recorder: enRecorder,
    mock: enMock,
  },
} as const

export const SUPPORTED_LANGUAGES: readonly Language[] = ['fr', 'en']
export const DEFAULT_LANGUAGE: Language = 'fr'
/** The language chosen on this device (device storage: `rebond.language`). */
const STORAGE_KEY = 'language'

// The detector reads the choice through device storage, like every other stored value.
const languageDetector = new LanguageDetector().addDetector({
  name: 'deviceStorage',
  lookup: () => deviceStorage.readText(STORAGE_KEY) ?? undefined,
})

export const i18n = i18next.createInstance()

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en'
}

function syncDocumentLanguage(lng: string) {
  document.documentElement.lang = isLanguage(lng) ? lng : DEFAULT_LANGUAGE
}

i18n.on('languageChanged', syncDocumentLanguage)

void i18n
  .use(languageDetector)
  .use(initReactI18next)
  .init({
    resources,
    ns: [
      'common',
      'auth',
      'account',
      'pages',
      'home',
      'interviews',
      'debrief',
      'rehearsal',
      'feedback',
      'preparation',
      'progress',
      'rebound',
      'mock',
    ],
    defaultNS: 'common',
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    load: 'languageOnly',
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['deviceStorage', 'navigator'],
      // Only an explicit choice is remembered (see setLanguage), not the browser's guess.
      caches: [],
      convertDetectedLanguage: (lng: string) => lng.split('-')[0] ?? lng,
    },
    react: { useSuspense: false },
  })

/** The language the interface is showing now, always one Rebond supports. */
export function currentLanguage(): Language {
  const lng = i18n.resolvedLanguage ?? i18n.language
  return isLanguage(lng) ? lng : DEFAULT_LANGUAGE
}

/** Switches the interface language and remembers it on this device. */
export function setLanguage(lng: Language) {
  // Private browsing or storage disabled: the choice still applies for this visit.
  deviceStorage.writeText(STORAGE_KEY, lng)
  if (currentLanguage() !== lng) {
    void i18n.changeLanguage(lng)
  }
}
