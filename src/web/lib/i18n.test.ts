import { afterEach, describe, expect, it, vi } from 'vitest'
import { detectLanguage, i18n, loadLanguage, loadTexts, startI18n } from './i18n'

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

/** A window whose localStorage holds `entries`, as the browser's would. */
function windowStoring(entries: Record<string, string>): { localStorage: Pick<Storage, 'getItem'> } {
  return { localStorage: { getItem: (key: string) => entries[key] ?? null } }
}

describe('the language the app starts in', () => {
  it('is the one chosen on this device, whatever the browser prefers', () => {
    vi.stubGlobal('window', windowStoring({ 'rebond.language': 'en' }))
    vi.stubGlobal('navigator', { languages: ['fr-FR', 'fr'], language: 'fr-FR' })
    expect(detectLanguage()).toBe('en')
  })

  it('is else the first of the browser’s languages Rebond speaks, a region aside', () => {
    vi.stubGlobal('window', windowStoring({ 'rebond.language': 'de' }))
    vi.stubGlobal('navigator', { languages: ['de-DE', 'en-GB', 'fr'], language: 'de-DE' })
    expect(detectLanguage()).toBe('en')
    vi.stubGlobal('navigator', { languages: ['FR-ca'], language: 'FR-ca' })
    expect(detectLanguage()).toBe('fr')
  })

  it('is French when neither the device nor the browser names one Rebond speaks', () => {
    vi.stubGlobal('navigator', { languages: ['de-DE', 'it'], language: 'de-DE' })
    expect(detectLanguage()).toBe('fr')
    vi.stubGlobal('navigator', { language: 'es-ES' })
    expect(detectLanguage()).toBe('fr')
  })
})

describe('numbers in the texts ("{{max, number}}")', () => {
  it('are written in the interface language', async () => {
    await startI18n()
    await loadTexts(['interviews'])
    await i18n.changeLanguage('fr')
    expect(i18n.t('interviews:fields.maxChars', { max: 1500 })).toMatch(/^1\s500 caractères au plus$/u)
    await loadLanguage('en')
    await i18n.changeLanguage('en')
    expect(i18n.t('interviews:fields.maxChars', { max: 1500 })).toBe('Up to 1,500 characters')
    await i18n.changeLanguage('fr')
  })

  it('reuse one number format per language, whatever the value (a count changes at each keystroke)', async () => {
    await startI18n()
    await loadTexts(['interviews'])
    i18n.t('interviews:fields.charsLeft', { count: 1, max: 10 })
    const made = vi.spyOn(Intl, 'NumberFormat')
    for (let count = 2; count < 40; count++) i18n.t('interviews:fields.charsLeft', { count, max: 2000 })
    expect(made).not.toHaveBeenCalled()
  })
  it('keep the decimals a text asks for ("{{x, number(maximumFractionDigits: 1)}}")', async () => {
    await startI18n()
    const format = (value: number) =>
      i18n.services.formatter?.format(
        value,
        'number(minimumFractionDigits: 1; maximumFractionDigits: 1)',
        'fr',
        {},
      )
    expect(format(3)).toBe('3,0')
    expect(format(2.46)).toBe('2,5')
  })
})
