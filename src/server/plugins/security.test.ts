import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonNestingExceeds, MAX_JSON_DEPTH, malformedPath, nulCharacterPaths } from './security'

/** How deep arrays and objects nest in a parsed value (a scalar is 0). */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0
  const children = Array.isArray(value) ? value : Object.values(value)
  return 1 + Math.max(0, ...children.map(depthOf))
}

/** The recursive walk nulCharacterPaths replaced: the reference for "same results". */
function nulCharacterPathsRecursive(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path.length > 0 ? path.join('.') : '_')
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      nulCharacterPathsRecursive(item, [...path, String(index)], found)
    })
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) found.push(path.length > 0 ? path.join('.') : '_')
      else nulCharacterPathsRecursive(item, [...path, key], found)
    }
  }
  return found
}

describe('jsonNestingExceeds', () => {
  it('tells the depth of any JSON text exactly, whatever its strings hold', () => {
    // Strings full of brackets, quotes and backslashes, escaped by JSON.stringify.
    const tricky = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', 'é', '\u0000') })
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 3 }),
      object: fc.dictionary(tricky, tie('value'), { maxKeys: 3 }),
    })).value
    fc.assert(
      fc.property(json, fc.integer({ min: 0, max: 12 }), fc.boolean(), (value, limit, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined)
        expect(jsonNestingExceeds(text, limit)).toBe(depthOf(value) > limit)
      }),
      { numRuns: 500 },
    )
  })

  it('counts arrays and objects alike, and nothing inside strings', () => {
    const arrays = (n: number) => '['.repeat(n) + ']'.repeat(n)
    const objects = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`
    expect(jsonNestingExceeds(arrays(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false)
    expect(jsonNestingExceeds(arrays(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true)
    expect(jsonNestingExceeds(objects(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true)
    expect(jsonNestingExceeds(arrays(100_000), MAX_JSON_DEPTH)).toBe(true)
    expect(jsonNestingExceeds(JSON.stringify({ text: '['.repeat(100_000) }), MAX_JSON_DEPTH)).toBe(false)
    // An escaped quote does not end the string; an escaped backslash before a quote does.
    expect(jsonNestingExceeds(JSON.stringify(['\\"[[[[', '\\', '[[[[']), 2)).toBe(false)
    // Unterminated strings and stray closers are the parser's business, not a crash here.
    expect(jsonNestingExceeds('["[[[', 2)).toBe(false)
    expect(jsonNestingExceeds(']]]][[', 2)).toBe(false)
  })
})

describe('nulCharacterPaths', () => {
  it('finds the same paths, in the same order, as the recursive walk it replaced', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '.', '\u0000') })
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(nulCharacterPaths(value)).toEqual(nulCharacterPathsRecursive(value))
      }),
      { numRuns: 200 },
    )
    const withNul = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, text, fc.constant(null), tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 4 }),
      object: fc.dictionary(text, tie('value'), { maxKeys: 4 }),
    })).value
    fc.assert(
      fc.property(withNul, (value) => {
        expect(nulCharacterPaths(value)).toEqual(nulCharacterPathsRecursive(value))
      }),
      { numRuns: 500 },
    )
  })

  it('names each place a NUL hides, the top level as "_"', () => {
    expect(nulCharacterPaths('a\u0000')).toEqual(['_'])
    expect(
      nulCharacterPaths({
        a: 'x\u0000',
        'b\u0000': 1,
        steps: [{ text: 'ok' }, { text: '\u0000' }],
        c: '\u0000',
      }),
    ).toEqual(['a', '_', 'steps.1.text', 'c'])
    expect(nulCharacterPaths(Buffer.from('\u0000'))).toEqual([])
  })

  it('walks a value nested 100,000 deep without overflowing the stack', () => {
    let deep: unknown = 'bottom\u0000'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const found = nulCharacterPaths(deep)
    expect(found).toHaveLength(1)
    expect(found[0]?.split('.')).toHaveLength(100_000)
  })
})

describe('malformedPath', () => {
  it.each([
    ['/', undefined],
    ['/api/', undefined],
    ['/api/interviews/3f1c?tab=a//b&x=..', undefined],
    ['/.well-known/security.txt', undefined],
    ['/assets/app-1234.js', undefined],
    ['/a%2Fb', undefined],
    [`/${'é'.repeat(127)}`, undefined],
    ['*', undefined],
    // A NUL is the NUL check's to report, naming the parameter (a 400 all the same).
    ['/a%00b', undefined],
    ['http://example.com/api/health', undefined],
    ['/api/../etc/passwd', 'bad_request'],
    ['/..', 'bad_request'],
    ['/assets/.', 'bad_request'],
    ['/%2e%2e/etc/passwd', 'bad_request'],
    ['/%2E./x', 'bad_request'],
    ['/assets/..%2f..%2fetc/passwd', 'bad_request'],
    ['/assets/..%5c..%5cetc', 'bad_request'],
    ['/assets/..\\..\\etc', 'bad_request'],
    ['http://example.com/../etc/passwd', 'bad_request'],
    ['/api//me', 'bad_request'],
    ['//x', 'bad_request'],
    ['/a%E0%A4%A', 'bad_request'],
    [`/${'a'.repeat(256)}`, 'uri_too_long'],
    [`/api/${'é'.repeat(128)}`, 'uri_too_long'],
  ])('%s → %s', (url, expected) => {
    expect(malformedPath(url)).toBe(expected)
  })
})
