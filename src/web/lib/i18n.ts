import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../shared/schemas/common'
import { deviceStorage } from './device-storage'
import { numberFormat } from './numbers'

/** A namespace of the interface's texts: one file per language in locales/{fr,en}/. */
export type Namespace =
  | 'common'
  | 'auth'
  | 'account'
  | 'pages'
  | 'home'
  | 'interviews'
  | 'debrief'
  | 'rehearsal'
  | 'feedback'
  | 'preparation'
  | 'progress'
  | 'rebound'
  | 'mock'
  | 'recorder'
  | 'supporting'
  | 'coaching'

// Each language's namespaces are chunks of their own, fetched when a page that shows them opens in
// that language: nobody downloads both languages, and the welcome page does not carry Progress's texts.
// The analyzer's texts load with the answer editor (components/answer-editor/locales.ts).
const LOCALE_FILES = import.meta.glob<Record<string, unknown>>(
  ['../locales/*/*.json', '!../locales/*/analyzer.json'],
  { import: 'default' },
)

/** What every page shows at once: the frame's words, and the public pages'. */
const FIRST_NAMESPACES: readonly Namespace[] = ['common', 'auth', 'pages']

export const SUPPORTED_LANGUAGES: readonly Language[] = ['fr', 'en']
export const DEFAULT_LANGUAGE: Language = 'fr'
/** The language chosen on this device (device storage: `rebond.language`). */
const STORAGE_KEY = 'language'

export const i18n = i18next.createInstance()

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en'
}

/**
 * The language to start in: the one chosen on this device, else the first of the browser's languages Rebond
 * supports ("fr-CA" counts as French), else French. Read before the texts' library starts, so that the dates' data
 * (main.tsx, loadIntlData) starts loading in the right language as the app starts.
 */
export function detectLanguage(): Language {
  const chosen = deviceStorage.readText(STORAGE_KEY)
  if (isLanguage(chosen)) return chosen
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])
  for (const tag of browser) {
    const language = tag?.split('-')[0]?.toLowerCase()
    if (isLanguage(language)) return language
  }
  return DEFAULT_LANGUAGE
}

function syncDocumentLanguage(lng: string) {
  // Unit tests import this module outside a browser.
  if (typeof document !== 'undefined')
    document.documentElement.lang = isLanguage(lng) ? lng : DEFAULT_LANGUAGE
}

i18n.on('languageChanged', syncDocumentLanguage)

/** The namespaces this visit has needed: a change of language fetches them all in the new language. */
const neededNamespaces = new Set<Namespace>(FIRST_NAMESPACES)
const loading = new Map<string, Promise<void>>()

function loadNamespace(lng: Language, ns: Namespace): Promise<void> {
  const file = `../locales/${lng}/${ns}.json`
  const load = LOCALE_FILES[file]
  if (i18n.hasResourceBundle(lng, ns) || !load) return Promise.resolve()
  const pending =
    loading.get(file) ??
    load().then(
      (bundle) => {
        i18n.addResourceBundle(lng, ns, bundle, true, true)
      },
      (error: unknown) => {
        // Offline without the service worker's copy: the next page or language change tries again.
        loading.delete(file)
        throw error
      },
    )
  loading.set(file, pending)
  return pending
}

/** Fetches the needed namespaces in a language (once each) and registers them. */
export async function loadLanguage(lng: Language): Promise<void> {
  await Promise.all([...neededNamespaces].map((ns) => loadNamespace(lng, ns)))
}

/** A page's namespaces in the language shown: its route waits for them before it renders (app/router.tsx). */
export function loadTexts(namespaces: readonly Namespace[]): Promise<void> {
  for (const ns of namespaces) neededNamespaces.add(ns)
  return loadLanguage(currentLanguage())
}

let started: Promise<void> | undefined

/**
 * Starts the texts' library in the detected language and loads that language's first texts; the promise settles
 * once they are there (it rejects when they could not be fetched: the app starts anyway). Called once, by main.tsx,
 * in a task of its own (issue 13): the library's start is 20 ms of main thread at 4× CPU slowdown, which, run as the
 * modules were evaluated, made that task longer. Later calls return the same promise.
 */
export function startI18n(): Promise<void> {
  started ??= start()
  return started
}

function start(): Promise<void> {
  const detected = detectLanguage()
  void i18n.use(initReactI18next).init({
    // The texts arrive with loadLanguage and loadTexts: none are bundled with the app's code.
    resources: {},
    partialBundledLanguages: true,
    lng: detected,
    ns: [...FIRST_NAMESPACES],
    defaultNS: 'common',
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    load: 'languageOnly',
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    // The default separators, said: i18next then takes every key as a path at once, instead of testing
    // each one, on every render, for whether it might be a sentence (about a tenth of Progress's rendering).
    keySeparator: '.',
    nsSeparator: ':',
    // A component showing a namespace its page did not announce still gets it: the namespace is
    // fetched, and the components re-render when it arrives ('added').
    saveMissing: true,
    missingKeyHandler: (_lngs, ns) => {
      if (!i18n.hasResourceBundle(currentLanguage(), ns))
        void loadTexts([ns as Namespace]).catch(() => undefined)
    },
    react: { useSuspense: false, bindI18nStore: 'added' },
  })

  // "{{max, number}}" in a text: i18next's own formatter keeps an Intl.NumberFormat per language *and values*, so each
  // keystroke under a field near its limit made two (20 over 10 keystrokes), and opening a debrief step made one
  // beside ours, as slow as a first one (0.1 s of main thread at Lighthouse's 4× CPU slowdown). Ours keeps one per
  // language. A text may still ask for decimals: "{{x, number(maximumFractionDigits: 1)}}".
  i18n.services.formatter?.add('number', (value, lng, options) =>
    numberFormat(isLanguage(lng) ? lng : DEFAULT_LANGUAGE, {
      max: options?.maximumFractionDigits,
      min: options?.minimumFractionDigits,
    }).format(value),
  )

  return loadLanguage(detected).then(() => i18n.changeLanguage(detected).then(() => undefined))
}

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
    // Offline, the service worker has both languages' texts; should a fetch fail, the language stays.
    void loadLanguage(lng)
      .then(() => i18n.changeLanguage(lng))
      .catch(() => undefined)
  }
}
