import { describe, expect, it } from 'vitest'
import { slugify } from './slug'

describe('slugify', () => {
  it.each([
    ['Lumen Énergie', 'lumen-energie'],
    ['Lumen Énergie-2026-03-10', 'lumen-energie-2026-03-10'],
    ['Cœur de Métiers', 'coeur-de-metiers'],
    ['Société Générale (Paris 9e)', 'societe-generale-paris-9e'],
    ["L'Oréal", 'l-oreal'],
    ['  --Ça  va--  ', 'ca-va'],
    ['Straße & Söhne', 'strasse-sohne'],
    ['東京', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })

  it('keeps file names short', () => {
    expect(slugify('a'.repeat(200)).length).toBe(60)
    expect(slugify(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59))
  })
})
