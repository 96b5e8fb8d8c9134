import { describe, expect, it } from 'vitest'
import type { Lexicon } from './lexicon/types'
import { compileLexicon, findCandidates, parsePhrase } from './matcher'
import { tokenize, wordRuns } from './tokenize'

const empty: Lexicon = {
  lang: 'fr',
  classes: { num: { words: ['deux'] } },
  stopWords: [],
  fillers: [],
  hedges: [],
  selfDeprecation: [],
  situation: [],
  task: [],
  action: [],
  result: [],
  metrics: [],
  hypothesis: [],
  dates: [],
  singular: [],
  plural: [],
  claimStarts: [],
}

function matches(lexicon: Lexicon, text: string): string[] {
  const compiled = compileLexicon(lexicon)
  const tokens = tokenize(text, wordRuns(text))
  return findCandidates({ text, tokens, compiled }).map((c) =>
    text.slice(tokens[c.from]?.start ?? 0, tokens[c.to - 1]?.end ?? 0),
  )
}

describe('phrase syntax', () => {
  it('expands alternatives, optional slots and multi-word alternatives', () => {
    expect(parsePhrase('je ne? suis|étais')).toHaveLength(4)
    expect(parsePhrase("j'ai|nous_avons fini").map((s) => s.map((x) => x.word).join(' '))).toEqual([
      'je ai fini',
      'nous avons fini',
    ])
    expect(parsePhrase('peut-être')[0]?.map((s) => s.hyphen)).toEqual([false, true])
    expect(parsePhrase("qu'")[0]?.[0]?.word).toBe('que')
  })

  it('rejects an unknown word class', () => {
    expect(() => compileLexicon({ ...empty, fillers: [{ phrase: '{nope}' }] })).toThrow(/nope/)
  })

  it('rejects a class name it cannot read, rather than matching it as a word', () => {
    expect(() => parsePhrase("j'ai {dû}")).toThrow(/dû/)
  })

  it('matches a word class after a hyphen: "vingt -{num}"', () => {
    const lexicon: Lexicon = { ...empty, metrics: [{ phrase: 'vingt -{num}' }] }
    expect(matches(lexicon, 'On était vingt-deux, pas vingt deux.')).toEqual(['vingt-deux'])
  })

  it('applies context rules declared as data', () => {
    const lexicon: Lexicon = {
      ...empty,
      fillers: [
        { phrase: 'genre', unless: [{ before: ['ce', 'le'] }] },
        { phrase: 'quoi', only: [{ clauseEnd: true }], unless: [{ punctAfter: ['?'] }] },
        { phrase: 'bref', only: [{ clauseStart: true }] },
        { phrase: 'voilà', unless: [{ after: ['pourquoi', '{num}'] }] },
        { phrase: 'enfin', only: [{ afterPause: ['je veux dire'] }] },
        { phrase: 'disons', unless: [{ after: ['-le'] }] },
        { phrase: 'style', unless: [{ sentenceEnd: ['?'] }] },
        { phrase: 'like', only: [{ before: ['and'], beforeOpensClause: true }] },
        { phrase: 'bon', unless: [{ beforePause: ['au final'] }] },
      ],
    }
    expect(matches(lexicon, 'ce genre, genre, le genre')).toEqual(['genre'])
    expect(matches(lexicon, 'dur, quoi. Quoi ? quoi faire')).toEqual(['quoi'])
    expect(matches(lexicon, 'Bref, en bref')).toEqual(['Bref'])
    expect(matches(lexicon, 'voilà pourquoi, voilà deux ans, voilà.')).toEqual(['voilà'])
    expect(matches(lexicon, 'enfin, je veux dire; enfin fini')).toEqual(['enfin'])
    expect(matches(lexicon, 'disons-le, disons')).toEqual(['disons'])
    expect(matches(lexicon, 'Un style, deux ? Un style. Style')).toEqual(['style', 'Style'])
    expect(matches(lexicon, 'And like that. Work and like it, and like this')).toEqual(['like', 'like'])
    expect(matches(lexicon, 'Au final, bon. Au final bon. Bon')).toEqual(['Bon'])
  })

  it('ignores case, accents and apostrophe style', () => {
    const lexicon: Lexicon = {
      ...empty,
      hedges: [{ phrase: "j'ai l'impression que" }, { phrase: 'peut-être' }],
    }
    expect(matches(lexicon, 'J’AI L’IMPRESSION QUE, peut-etre')).toEqual([
      'J’AI L’IMPRESSION QUE',
      'peut-etre',
    ])
  })
})
