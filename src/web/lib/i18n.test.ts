import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n, i18nReady, loadLanguage, loadTexts } from './i18n'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('numbers in the texts ("{{max, number}}")', () => {
  it('are written in the interface language', async () => {
    await i18nReady
    await loadTexts(['interviews'])
    await i18n.changeLanguage('fr')
    expect(i18n.t('interviews:fields.maxChars', { max: 1500 })).toMatch(/^1\s500 caractères au plus$/u)
    await loadLanguage('en')
    await i18n.changeLanguage('en')
    expect(i18n.t('interviews:fields.maxChars', { max: 1500 })).toBe('Up to 1,500 characters')
    await i18n.changeLanguage('fr')
  })

  it('reuse one number format per language, whatever the value (a count changes at each keystroke)', async () => {
    await i18nReady
    await loadTexts(['interviews'])
    i18n.t('interviews:fields.charsLeft', { count: 1, max: 10 })
    const made = vi.spyOn(Intl, 'NumberFormat')
    for (let count = 2; count < 40; count++) i18n.t('interviews:fields.charsLeft', { count, max: 2000 })
    expect(made).not.toHaveBeenCalled()
  })
  it('keep the decimals a text asks for ("{{x, number(maximumFractionDigits: 1)}}")', async () => {
    await i18nReady
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
