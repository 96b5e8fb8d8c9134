// Request generators driven by the OpenAPI document, shared by openapi-fuzz.test.ts (a few runs per
// operation in CI) and bench/fuzz-api.ts (many). Every operation the document lists is fuzzed, so a
// route added later is covered without anyone adding it here.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { emptyDebrief } from '../../domain/debrief'
import { replayedQuestion } from './debrief-builders'

export type JsonSchema = {
  $ref?: string
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  nullable?: boolean
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number | boolean
  exclusiveMaximum?: number | boolean
  minItems?: number
  maxItems?: number
}

type Parameter = { name: string; in: string; required?: boolean; schema?: JsonSchema }
type OpenApiOperation = {
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> }
}
export type OpenApiDocument = {
  paths: Record<string, Record<string, OpenApiOperation>>
  components?: { schemas?: Record<string, JsonSchema> }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

export type Operation = {
  /** "PUT /api/interviews/{id}/debrief" */
  name: string
  method: HttpMethod
  /** The OpenAPI path, with `{param}` placeholders. */
  path: string
  pathParams: Parameter[]
  queryParams: Parameter[]
  /** The JSON schema of the request body, when the operation declares one. */
  bodySchema?: JsonSchema
}

export type Identity = 'anonymous' | 'owner' | 'other' | 'forged'

export type FuzzRequest = {
  operation: string
  method: HttpMethod
  url: string
  identity: Identity
  headers: Record<string, string>
  body?: string | Buffer
  /** How the body was made: valid, mutated, hostile, bytes. */
  bodyKind?: string
  /** Path parameters that are real ids, and whose they are ("owner's interview"). */
  realIds: string[]
}

/** A stand-in for a web build, so that non-API paths reach the static-file layer as in production. */
export function fakeWebRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rebond-fuzz-web-'))
  mkdirSync(path.join(root, 'assets'))
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Rebond</title><div id="root"></div>\n')
  writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log("rebond")\n')
  return root
}

export async function fetchOpenApi(app: FastifyInstance): Promise<OpenApiDocument> {
  const response = await app.inject({ method: 'GET', url: '/api/openapi.json' })
  if (response.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${response.statusCode}`)
  return response.json() as OpenApiDocument
}

/**
 * Every operation of the document, in an order that keeps the shared world alive as long as possible:
 * reads, then writes, then deletions (deepest paths first, so that deleting the account comes last).
 */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = []
  for (const [openApiPath, item] of Object.entries(document.paths)) {
    for (const [key, operation] of Object.entries(item)) {
      const method = key.toUpperCase() as HttpMethod
      if (!METHODS.includes(method)) continue
      const parameters = operation.parameters ?? []
      const json = operation.requestBody?.content?.['application/json']
      operations.push({
        name: `${method} ${openApiPath}`,
        method,
        path: openApiPath,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        ...(json?.schema ? { bodySchema: json.schema } : {}),
      })
    }
  }
  const rank = (o: Operation) => (o.method === 'GET' ? 0 : o.method === 'DELETE' ? 2 : 1)
  return operations.sort(
    (a, b) =>
      rank(a) - rank(b) || (rank(a) === 2 ? b.path.length - a.path.length : a.name.localeCompare(b.name)),
  )
}

// ---------------------------------------------------------------------------------------------------
// JSON Schema → arbitrary

type SchemaContext = {
  document?: OpenApiDocument
  depth: number
  maxDepth: number
  /** Real ids for a property such as `applicationId`, so that valid bodies can point at real things. */
  ids?: FuzzIds
  /** The `…Id` property being generated, if any. */
  idHint?: string
  /** The name of the property being generated, if any. */
  key?: string
}

function resolve(schema: JsonSchema, context: SchemaContext): JsonSchema {
  if (!schema.$ref) return schema
  const name = schema.$ref.replace(/^#\/components\/schemas\//, '')
  return context.document?.components?.schemas?.[name] ?? {}
}

/** allOf as one schema: properties and required lists merged, other keywords from the last one. */
function mergeAllOf(schema: JsonSchema, context: SchemaContext): JsonSchema {
  if (!schema.allOf) return schema
  const { allOf, ...rest } = schema
  const merged: JsonSchema = {
    ...rest,
    properties: { ...rest.properties },
    required: [...(rest.required ?? [])],
  }
  for (const part of allOf.map((s) => mergeAllOf(resolve(s, context), context))) {
    const { properties, required, ...others } = part
    Object.assign(merged, others)
    Object.assign(merged.properties ?? {}, properties)
    merged.required?.push(...(required ?? []))
  }
  return merged
}

function stringArbitrary(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<string> {
  // A property called `postingUrl` or `link` wants a web address (and `email` an address), whatever its schema says.
  const generated =
    !schema.format && context.key && /url|link/i.test(context.key)
      ? fc.oneof(
          fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length <= (schema.maxLength ?? 2000)),
          generatedString(schema, context.key),
        )
      : generatedString(schema, context.key)
  const real = context.ids && context.idHint ? idsOfKind(context.ids, context.idHint) : []
  return real.length > 0
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: generated })
    : generated
}

function generatedString(schema: JsonSchema, key?: string): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0
  const max = schema.maxLength ?? Math.max(min, 60)
  const short = Math.max(min, Math.min(max, 40))
  let base: fc.Arbitrary<string>
  if (schema.format === 'date-time') {
    base = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString())
  } else if (schema.format === 'date') {
    base = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
  } else if (schema.format === 'email' || (!schema.format && key && /email/i.test(key))) {
    base = fc
      .tuple(
        fc.stringMatching(/^[a-z0-9](?:[a-z0-9_+-]{0,10}[a-z0-9])?$/),
        fc.stringMatching(/^[a-z0-9]{1,12}$/),
        fc.constantFrom('com', 'fr', 'org', 'example'),
        fc.constantFrom('', ' ', 'UPPER'),
      )
      .map(([local, domain, tld, twist]) => {
        const address = `${local}@${domain}.${tld}`
        return twist === 'UPPER' ? address.toUpperCase() : `${twist}${address}${twist}`
      })
      .filter((address) => address.length <= max)
  } else if (schema.format === 'uuid') {
    base = fc.uuid()
  } else if (schema.format === 'uri' || schema.format === 'url') {
    base = fc.webUrl()
  } else if (schema.pattern) {
    try {
      base = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= max)
    } catch {
      base = fc.string({ minLength: min, maxLength: short })
    }
  } else {
    base = fc.oneof(
      { weight: 3, arbitrary: fc.string({ minLength: min, maxLength: short }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: short }) },
      // At the limit: exactly maxLength characters, one of them outside ASCII.
      { weight: 1, arbitrary: fc.constantFrom('x', 'é', '字').map((c) => c.repeat(Math.min(max, 20_000))) },
    )
  }
  return base
}

function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  let min = schema.minimum ?? Number.MIN_SAFE_INTEGER
  let max = schema.maximum ?? Number.MAX_SAFE_INTEGER
  if (typeof schema.exclusiveMinimum === 'number') min = schema.exclusiveMinimum + 1
  else if (schema.exclusiveMinimum === true) min += 1
  if (typeof schema.exclusiveMaximum === 'number') max = schema.exclusiveMaximum - 1
  else if (schema.exclusiveMaximum === true) max -= 1
  min = Math.ceil(Math.max(min, Number.MIN_SAFE_INTEGER))
  max = Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER))
  if (min > max) return fc.constant(min)
  const small = fc.oneof(
    fc.integer({ min: Math.max(min, -1000), max: Math.min(max, 1000) }),
    fc.integer({ min: Math.max(min, 0), max: Math.max(Math.min(max, 3), Math.max(min, 0)) }),
  )
  const any = fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number)
  return min <= 1000 && max >= -1000 && min <= 3 && max >= 0
    ? fc.oneof({ weight: 4, arbitrary: small }, { weight: 1, arbitrary: any }, fc.constantFrom(min, max))
    : fc.oneof(any, fc.constantFrom(min, max))
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : schema.minimum
  const max = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : schema.maximum
  return fc.double({
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    minExcluded: schema.exclusiveMinimum !== undefined && schema.exclusiveMinimum !== false,
    maxExcluded: schema.exclusiveMaximum !== undefined && schema.exclusiveMaximum !== false,
    noNaN: true,
    noDefaultInfinity: true,
  })
}

function typedArbitrary(type: string, schema: JsonSchema, context: SchemaContext): fc.Arbitrary<unknown> {
  const deeper: SchemaContext = { ...context, depth: context.depth + 1, idHint: undefined, key: undefined }
  switch (type) {
    case 'string':
      return stringArbitrary(schema, context)
    case 'integer':
      return integerArbitrary(schema)
    case 'number':
      return numberArbitrary(schema)
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array': {
      const minLength = schema.minItems ?? 0
      const cap = context.depth >= context.maxDepth ? minLength : Math.max(minLength, 3)
      const maxLength = Math.min(schema.maxItems ?? cap, cap)
      // The items of `questionIds` are question ids.
      const itemContext = { ...deeper, idHint: context.idHint }
      const items = schema.items
        ? arbitraryFromSchema(schema.items, itemContext)
        : fc.jsonValue({ maxDepth: 1 })
      return fc.array(items, { minLength, maxLength })
    }
    case 'object': {
      const properties = schema.properties ?? {}
      const required = (schema.required ?? []).filter((key) => key in properties)
      const atLimit = context.depth >= context.maxDepth
      const keys = Object.keys(properties).filter((key) => !atLimit || required.includes(key))
      const model = Object.fromEntries(
        keys.map((key) => [
          key,
          arbitraryFromSchema(properties[key] ?? {}, {
            ...deeper,
            key,
            ...(/.Ids?$/.test(key) ? { idHint: key } : {}),
          }),
        ]),
      )
      const record = fc.record(model, { requiredKeys: required })
      const extra = schema.additionalProperties
      if (extra && typeof extra === 'object' && !atLimit) {
        return fc
          .tuple(
            record,
            fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), arbitraryFromSchema(extra, deeper), {
              maxKeys: 3,
            }),
          )
          .map(([known, more]) => ({ ...more, ...known }))
      }
      return record
    }
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

/**
 * Values that satisfy `schema` (as far as JSON Schema says: refinements the server adds on top,
 * such as a date in the past, may still refuse them). Depth-bounded: past `maxDepth`, objects keep
 * only their required keys and arrays their minimum length.
 */
export function arbitraryFromSchema(
  input: JsonSchema,
  context: SchemaContext = { depth: 0, maxDepth: 6 },
): fc.Arbitrary<unknown> {
  // A schema that refers to itself ends here.
  if (context.depth > context.maxDepth + 4) return fc.constant(null)
  const schema = mergeAllOf(resolve(input, context), context)
  let base: fc.Arbitrary<unknown>
  if ('const' in schema) base = fc.constant(schema.const)
  else if (schema.enum && schema.enum.length > 0) base = fc.constantFrom(...schema.enum)
  else if (schema.anyOf || schema.oneOf) {
    const choices = (schema.anyOf ?? schema.oneOf ?? []).map((s) => arbitraryFromSchema(s, context))
    base = choices.length > 0 ? fc.oneof(...choices) : fc.jsonValue({ maxDepth: 1 })
  } else if (Array.isArray(schema.type)) {
    base = fc.oneof(...schema.type.map((t) => typedArbitrary(t, schema, context)))
  } else if (schema.type) base = typedArbitrary(schema.type, schema, context)
  else if (schema.properties) base = typedArbitrary('object', schema, context)
  else base = fc.jsonValue({ maxDepth: 2 })
  return schema.nullable ? fc.option(base, { nil: null, freq: 5 }) : base
}

// ---------------------------------------------------------------------------------------------------
// Hostile values

// Placeholders swapped into the serialized JSON: a real `__proto__` key and nesting deeper than
// JSON.stringify would write.
const PROTO_KEY = '__fuzz_proto_key__'
const deepMarker = (depth: number) => `__fuzz_deep_${depth}__`

/** JSON text for `value`, with the placeholders above turned into what they stand for. */
export function serialize(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll(`"${PROTO_KEY}"`, '"__proto__"')
    .replace(
      /"__fuzz_deep_(\d+)__"/g,
      (_, depth: string) => '['.repeat(Number(depth)) + ']'.repeat(Number(depth)),
    )
}

const nulString = fc
  .tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }))
  .map(([a, b]) => `${a}\u0000${b}`)

/** A value of the wrong kind or size, to put where a valid one was. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, '', ' ', '0', 'null', 'true', [], {}),
  fc.integer(),
  fc.double(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  nulString,
  fc.constantFrom(1_000, 20_001, 100_000, 300_000).map((n) => 'x'.repeat(n)),
  fc.constantFrom(50, 500, 2_000, 10_000).map(deepMarker),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant({ [PROTO_KEY]: { polluted: true } }),
  fc.constant({ constructor: { prototype: { polluted: true } } }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '../../etc/passwd',
    '\u202e\u200b',
    '💥'.repeat(3000),
  ),
)

type Mutation =
  | { kind: 'replace'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'extra'; key: string; value: unknown }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: hostileValue.map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'delete' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      key: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(PROTO_KEY, 'constructor', 'prototype', 'id', 'userId'),
      ),
      value: hostileValue,
    }),
  },
)

type Container = Record<string, unknown> | unknown[]

/** Every place inside `value` that can be mutated: [] is the value itself. */
function pathsIn(value: unknown, prefix: (string | number)[] = [], found: (string | number)[][] = []) {
  found.push(prefix)
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) pathsIn(item, [...prefix, i], found)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsIn(item, [...prefix, key], found)
  }
  return found
}

function applyMutation(value: unknown, at: (string | number)[], change: Mutation): unknown {
  const copy = structuredClone(value)
  if (at.length === 0) {
    if (change.kind === 'replace') return change.value
    if (change.kind === 'delete') return undefined
    if (copy !== null && typeof copy === 'object' && !Array.isArray(copy)) {
      return { ...copy, [change.key]: change.value }
    }
    return change.value
  }
  let parent: unknown = copy
  for (const segment of at.slice(0, -1)) parent = (parent as Container)[segment as never]
  const last = at[at.length - 1] as string | number
  const container = parent as Container
  if (change.kind === 'replace') (container as Record<string | number, unknown>)[last] = change.value
  else if (change.kind === 'delete') {
    if (Array.isArray(container)) container.splice(Number(last), 1)
    else delete container[last]
  } else {
    const target = (container as Record<string | number, unknown>)[last]
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      ;(container as Record<string | number, unknown>)[last] = { ...target, [change.key]: change.value }
    } else (container as Record<string | number, unknown>)[last] = change.value
  }
  return copy
}

/** A valid value with one to three things wrong with it. */
export function mutatedFromSchema(
  schema: JsonSchema,
  document?: OpenApiDocument,
  ids?: FuzzIds,
): fc.Arbitrary<unknown> {
  const valid = arbitraryFromSchema(schema, { document, ids, depth: 0, maxDepth: 6 })
  return fc
    .tuple(valid, fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }))
    .map(([value, changes]) =>
      changes.reduce((current, [pick, change]) => {
        const paths = pathsIn(current)
        return applyMutation(current, paths[pick % paths.length] ?? [], change)
      }, value),
    )
}

const deep = (open: string, close: string, inner = '1') =>
  fc.constantFrom(2_000, 10_000, 100_000).map((n) => open.repeat(n) + inner + close.repeat(n))

/** Text no JSON body should be: broken JSON, nesting deep enough to overflow a recursive walker, prototype keys. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '{',
    '[',
    '{"a":',
    '[1,]',
    "{'a':1}",
    'NaN',
    'undefined',
    '1e999',
    '"\\ud800"',
    '\ufeff{}',
    'null',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"a":1,"a":2}',
  ),
  fc.constantFrom(2_000, 10_000, 120_000).map((n) => '['.repeat(n)),
  deep('[', ']'),
  deep('{"a":', '}'),
  deep('{"__proto__":', '}'),
  fc.constantFrom(300_000, 2_000_000).map((n) => `"${'a'.repeat(n)}"`),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
)

const hostileBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes)),
  fc.constantFrom(0, 1, 11 * 1024 * 1024).map((n) => Buffer.alloc(n, 0x1a)),
)

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/vnd.api+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/octet-stream',
  'audio/webm',
  'audio/webm;codecs=opus',
  'audio/ogg',
  'audio/x-unknown',
  'application/json\u0000',
  '',
]

/** Percent-encodes every byte outside the unreserved set, lone surrogates included (as U+FFFD). */
export function percentEncode(text: string): string {
  let out = ''
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte)
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

// Path segments sent as they are: the router and the static-file layer see them unencoded.
const RAW_SEGMENTS = [
  '..',
  '.',
  '',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%00',
  '%',
  '%zz',
  '%2F',
  'a%2Fb',
  '%2e%2e%2f%2e%2e',
  '..;',
  '%c0%ae%c0%ae',
  '~',
  '*',
]

/**
 * A path parameter: mostly a real id (of the right kind when there are some) or one that looks like
 * an id, sometimes something hostile.
 */
export function pathParamArbitrary(
  rightKind: readonly string[],
  anyKind: readonly string[],
): fc.Arbitrary<{ segment: string; real: boolean }> {
  const other = fc.oneof(
    { weight: 3, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 64 }).map(percentEncode) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map(percentEncode) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    { weight: 1, arbitrary: fc.constantFrom(65, 100, 101, 256, 300, 2_000).map((n) => 'a'.repeat(n)) },
    { weight: 1, arbitrary: fc.constantFrom(86, 300).map((n) => percentEncode('é'.repeat(n))) },
    { weight: 1, arbitrary: nulString.map(percentEncode) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '1',
        '0',
        '-1',
        '1e3',
        'null',
        'undefined',
        'true',
        '__proto__',
        'constructor',
      ),
    },
  )
  const real = (ids: readonly string[], weight: number) =>
    ids.length > 0
      ? [{ weight, arbitrary: fc.constantFrom(...ids).map((segment) => ({ segment, real: true })) }]
      : []
  return fc.oneof(...real(rightKind, 4), ...real(anyKind, 1), {
    weight: 3,
    arbitrary: other.map((segment) => ({ segment, real: false })),
  })
}

/** `arbitrary` in `weight` cases out of `weight + noneWeight`, undefined otherwise. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, weight: number, noneWeight: number) {
  return fc.oneof({ weight, arbitrary }, { weight: noneWeight, arbitrary: fc.constant(undefined) })
}

const scalarText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''))

/** A query string from the declared parameters: valid values, wrong ones, repeated keys and extra keys. */
export function queryArbitrary(
  parameters: readonly Parameter[],
  document?: OpenApiDocument,
): fc.Arbitrary<string> {
  const pairs = parameters.map((parameter) => {
    const valid = arbitraryFromSchema(parameter.schema ?? {}, { document, depth: 0, maxDepth: 2 })
    const value = fc.oneof(
      { weight: 4, arbitrary: valid.map((v) => [scalarText(v)]) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((v) => [v]) },
      { weight: 1, arbitrary: hostileValue.map((v) => [scalarText(v).slice(0, 3_000)]) },
      { weight: 1, arbitrary: fc.array(valid.map(scalarText), { minLength: 2, maxLength: 3 }) },
      { weight: 1, arbitrary: fc.constant(['']) },
    )
    return sometimes(
      value.map((values) =>
        values.map((v) => `${percentEncode(parameter.name)}=${percentEncode(v)}`).join('&'),
      ),
      1,
      1,
    )
  })
  const extra = fc.array(
    fc
      .tuple(
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 10 }),
          fc.constantFrom('__proto__', 'constructor', 'a[b]', 'lang'),
        ),
        fc.string({ maxLength: 20 }),
      )
      .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`),
    { maxLength: 2 },
  )
  const bare = fc.constantFrom('', '&', '=', '&&=x', 'q', '%', '%zz=1', 'a=%00')
  return fc
    .tuple(fc.tuple(...pairs), sometimes(extra, 1, 4), sometimes(bare, 1, 8))
    .map(([declared, more, odd]) =>
      [
        ...declared.filter((p): p is string => p !== undefined),
        ...(more ?? []),
        ...(odd !== undefined ? [odd] : []),
      ].join('&'),
    )
}

const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
})

const acceptLanguage = fc.oneof(
  fc.constantFrom('fr', 'en', 'en-US,en;q=0.9', 'de', '*', 'fr;q=abc', ',,,', 'q=1', 'x'.repeat(4_000)),
  headerText,
)

type Body = { body?: string | Buffer; contentType?: string; kind?: string }

function bodyArbitrary(operation: Operation, ids: FuzzIds, document?: OpenApiDocument): fc.Arbitrary<Body> {
  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  )
  const none = fc.constant<Body>({})
  const hostile = fc.record({ body: hostileText, contentType, kind: fc.constant('hostile') })
  const bytes = fc.record({
    body: hostileBytes,
    contentType: fc.oneof(fc.constantFrom(...CONTENT_TYPES), fc.constant(undefined)),
    kind: fc.constant('bytes'),
  })
  if (!operation.bodySchema) {
    // No JSON body declared: nothing, or bytes (an upload such as a recording), or junk.
    if (operation.method === 'GET') {
      return fc.oneof({ weight: 8, arbitrary: none }, { weight: 1, arbitrary: hostile })
    }
    return fc.oneof(
      { weight: 3, arbitrary: none },
      { weight: 3, arbitrary: bytes },
      { weight: 2, arbitrary: hostile },
    )
  }
  const valid = arbitraryFromSchema(operation.bodySchema, { document, ids, depth: 0, maxDepth: 6 })
  const mutated = mutatedFromSchema(operation.bodySchema, document, ids)
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ body: valid.map(serialize), contentType, kind: fc.constant('valid') }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        body: mutated.map((v) => (v === undefined ? '' : serialize(v))),
        contentType,
        kind: fc.constant('mutated'),
      }),
    },
    { weight: 2, arbitrary: hostile },
    { weight: 1, arbitrary: bytes },
    { weight: 1, arbitrary: none },
  )
}

export type FuzzIds = {
  /** Ids of the owner's resources, each with what it is ("interview", "upcoming interview"). */
  owned: Map<string, string>
  /** Other ids met while looking around (actions of a debrief, bank questions…), with what they are. */
  seen: Map<string, string>
}

/** "interviews", "planInterviewId", "questionIds" → "interview", "interview", "question". */
const kindOf = (hint: string) =>
  hint
    .toLowerCase()
    .replace(/ids?$/, '')
    .replace(/s$/, '')
    .replace(/[^a-z]/g, '')

/** The real ids a path segment or a property name points at ("cards" → the card ids). */
export function idsOfKind(ids: FuzzIds, hint: string): string[] {
  const wanted = kindOf(hint)
  if (wanted.length === 0) return []
  return [...ids.owned, ...ids.seen]
    .filter(([, what]) => {
      const kind = kindOf(what.split(' ').pop() ?? '')
      return kind.length > 0 && wanted.endsWith(kind)
    })
    .map(([id]) => id)
}

/** One request to `operation`, by anyone, with any of the above. */
export function requestArbitrary(
  operation: Operation,
  ids: FuzzIds,
  document?: OpenApiDocument,
): fc.Arbitrary<FuzzRequest> {
  const realIds = [...new Set([...ids.owned.keys(), ...ids.seen.keys()])]
  // `/interviews/{id}` is given interview ids first, `/actions/{actionId}` action ids.
  const segments = operation.path.split('/')
  const params = fc.tuple(
    ...operation.pathParams.map((parameter) => {
      const before = segments[segments.indexOf(`{${parameter.name}}`) - 1] ?? ''
      return pathParamArbitrary(idsOfKind(ids, parameter.name === 'id' ? before : parameter.name), realIds)
    }),
  )
  const identity = fc.oneof(
    { weight: 2, arbitrary: fc.constant<Identity>('anonymous') },
    { weight: 5, arbitrary: fc.constant<Identity>('owner') },
    { weight: 2, arbitrary: fc.constant<Identity>('other') },
    { weight: 1, arbitrary: fc.constant<Identity>('forged') },
  )
  const extraHeaders = fc.record(
    {
      'accept-language': acceptLanguage,
      origin: fc.constantFrom('https://evil.example', 'null', 'http://localhost:80'),
      'sec-fetch-site': fc.constantFrom('same-origin', 'cross-site', 'none'),
      cookie: headerText.map((v) => `rebond_session=${v}`),
    },
    { requiredKeys: [] },
  )
  return fc
    .record({
      params,
      query: sometimes(queryArbitrary(operation.queryParams, document), 2, 1),
      identity,
      body: bodyArbitrary(operation, ids, document),
      // Rarely: most requests should get past the origin check to the route.
      extra: sometimes(extraHeaders, 1, 6),
      trailingSlash: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    })
    .map(({ params, query, identity, body, extra, trailingSlash }) => {
      let i = 0
      const pathname = operation.path.replace(/\{[^}]+\}/g, () => params[i++]?.segment ?? '')
      const headers: Record<string, string> = { ...(extra ?? {}) }
      if (identity !== 'forged') delete headers.cookie
      else headers.cookie ??= 'rebond_session=forged.value'
      if (body.contentType !== undefined && body.body !== undefined)
        headers['content-type'] = body.contentType
      return {
        operation: operation.name,
        method: operation.method,
        url: `${pathname}${trailingSlash ? '/' : ''}${query ? `?${query}` : ''}`,
        identity,
        headers,
        ...(body.body !== undefined ? { body: body.body, bodyKind: body.kind } : {}),
        realIds: params
          .filter((p) => p.real)
          .map((p) => `${p.segment} (${ids.owned.get(p.segment) ?? ids.seen.get(p.segment)})`),
      } satisfies FuzzRequest
    })
    .map(readable)
}

const WEB_PATHS = [
  '/',
  '/..',
  '/../../etc/passwd',
  '//',
  '///etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/assets/../index.html',
  '/assets//index-abc123.js',
  '/index.html%00',
  '/%00',
  '/%',
  '/%zz',
  '/assets/',
  '/assets/index-abc123.js',
  '/interviews/123/debrief',
  '/.env',
  '/.git/config',
  '/favicon.ico',
  '/api',
  '/api/',
  '/api/..',
  '/api/../index.html',
  '/api//me',
  '/api/%2e%2e/index.html',
]

/** Paths outside the API: the web app's fallback and the static-file layer behind it. */
export function webRequestArbitrary(): fc.Arbitrary<FuzzRequest> {
  const segment = fc.oneof(
    fc.constantFrom('..', '.', '', '%2e%2e', 'assets', 'index.html', '%00', '%2F'),
    fc.string({ minLength: 1, maxLength: 20 }).map(percentEncode),
    fc.constantFrom(255, 256, 300, 1_000, 5_000).map((n) => 'a'.repeat(n)),
    fc.constantFrom(128, 200).map((n) => percentEncode('é'.repeat(n))),
  )
  const pathname = fc.oneof(
    fc.constantFrom(...WEB_PATHS),
    fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => `/${segments.join('/')}`),
    fc.constantFrom(1_000, 10_000).map((n) => `/${'a/'.repeat(n)}`),
  )
  return fc
    .record({
      method: fc.constantFrom<HttpMethod>('GET', 'GET', 'GET', 'POST', 'DELETE'),
      pathname,
      query: fc.option(fc.string({ maxLength: 20 }).map(percentEncode), { nil: undefined }),
    })
    .map(({ method, pathname, query }) => ({
      operation: 'web paths',
      method,
      url: `${pathname}${query !== undefined ? `?${query}` : ''}`,
      identity: 'anonymous' as const,
      headers: {},
      realIds: [],
    }))
    .map(readable)
}

/** fast-check prints a counterexample with this: abbreviated, not a 2 MB body. */
function readable(request: FuzzRequest): FuzzRequest {
  return Object.defineProperty(request, fc.toStringMethod, { value: () => describeRequest(request) })
}

// ---------------------------------------------------------------------------------------------------
// The world requests run in: two people, the first with a bit of everything

export type FuzzUser = { cookie: string; email: string; password: string }
export type FuzzWorld = { owner: FuzzUser; other: FuzzUser; ids: FuzzIds }

let signups = 0
async function signUpFuzzUser(app: FastifyInstance, label: string): Promise<FuzzUser> {
  signups += 1
  const email = `fuzz-${label}-${signups}-${Date.now()}@example.com`
  const password = 'correct horse battery staple'
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { email, password, displayName: `Fuzz ${label}`, language: 'fr' },
  })
  const cookie = response.cookies.find((c) => c.name === 'rebond_session')
  if (response.statusCode !== 201 || !cookie) {
    throw new Error(`fuzz sign-up failed: ${response.statusCode} ${response.body}`)
  }
  return { cookie: `rebond_session=${cookie.value}`, email, password }
}

/** A parsed JSON answer, read without ceremony: a missing key is undefined. */
type Loose = { readonly [key: string]: Loose | undefined }

/** Gives the owner one of most things (best effort: a step the API refuses is skipped), and notes the ids. */
async function seedOwner(app: FastifyInstance, owner: FuzzUser): Promise<FuzzIds> {
  const owned = new Map<string, string>()
  const seen = new Map<string, string>()
  const send = async (method: HttpMethod, url: string, payload?: object | Buffer, contentType?: string) => {
    const response = await app.inject({
      method,
      url,
      headers: { cookie: owner.cookie, ...(contentType ? { 'content-type': contentType } : {}) },
      ...(payload ? { payload } : {}),
    })
    if (response.statusCode >= 300) return undefined
    return String(response.headers['content-type']).includes('json') ? (response.json() as Loose) : {}
  }
  const own = (id: unknown, what: string) => {
    if (typeof id === 'string') owned.set(id, what)
  }

  const past = await send('POST', '/api/interviews', {
    company: 'Decathlon',
    role: 'Cheffe de projet',
    stage: 'manager',
    date: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    note: 'Question sur le salaire mal gérée.',
  })
  own(past?.interview?.id, 'interview')
  own(past?.application?.id, 'application')
  const next = await send('POST', '/api/interviews', {
    company: 'Leroy Merlin',
    role: 'Chef de rayon',
    stage: 'final',
    date: new Date(Date.now() + 4 * 86_400_000).toISOString(),
  })
  own(next?.interview?.id, 'upcoming interview')
  const pastId = past?.interview?.id as unknown
  if (typeof pastId === 'string') {
    await send('PUT', `/api/interviews/${pastId}/debrief`, {
      version: 0,
      debrief: {
        ...emptyDebrief(),
        questions: [
          replayedQuestion('q1', {
            question: 'Vos prétentions ?',
            answer: 'J’ai bafouillé',
            feeling: 'destabilized',
          }),
        ],
        lessons: [
          {
            id: 'l1',
            text: 'Arriver avec une fourchette',
            actions: [{ id: 'a1', text: 'Comparer trois grilles', status: 'open', checkBeforeNext: true }],
          },
        ],
      },
    })
    await send('PUT', `/api/interviews/${pastId}/feedback`, {
      status: 'asked',
      tone: 'warm',
      lang: 'fr',
      recipient: 'claire.martin@example.com',
      subject: 'Merci pour notre échange',
      body: 'Bonjour Claire',
    })
    const rebound = await send('POST', '/api/rebounds', { interviewId: pastId })
    own(rebound?.id ?? rebound?.rebound?.id, 'rebound')
  }
  const card = await send('POST', '/api/rehearsal/cards', { question: 'Présentez-vous.', lang: 'fr' })
  const cardId = card?.card?.id ?? card?.id
  own(cardId, 'card')
  if (typeof cardId === 'string') {
    const attempt = await send('POST', `/api/rehearsal/cards/${cardId}/attempts`, {
      text: 'J’ai mené la refonte du site en quatre mois avec une équipe de six personnes.',
      grade: 'good',
      spokenSeconds: 12,
      longPauses: 1,
    })
    const attemptId = attempt?.attempt?.id
    own(attemptId, 'attempt')
    if (typeof attemptId === 'string') {
      await send('PUT', `/api/rehearsal/attempts/${attemptId}/audio`, Buffer.alloc(2048, 7), 'audio/webm')
    }
  }
  const mood = await send('POST', '/api/moods', { mood: 2, note: 'Journée lourde' })
  own(mood?.id ?? mood?.mood?.id, 'mood')
  const mock = await send('POST', '/api/mock-interviews', { lang: 'fr', seed: 5 })
  own(mock?.id, 'mock interview')
  if (typeof mock?.id === 'string') {
    await send('POST', `/api/mock-interviews/${mock.id}/check-in`, { moment: 'before', tension: 3 })
  }
  await send('POST', '/api/pitch', { pitch: 'Cheffe de projet digital depuis six ans.' })
  // An invitation nobody accepted: the other person has no side of it, so it must stay out of their reach.
  const invitation = await send('POST', '/api/sharing/invitations', {
    role: 'coach',
    shares: { debriefs: 'all', rehearsal: true, mockInterviews: true, progress: true },
  })
  own(invitation?.link?.id, 'sharing link')
  const sessions = await send('GET', '/api/me/sessions')
  for (const session of (sessions?.sessions ?? []) as unknown as Loose[]) own(session.id, 'session')

  // Whatever else the owner's pages mention (a new resource's ids among them).
  for (const url of [
    ...[...owned].filter(([, what]) => what === 'interview').map(([id]) => `/api/interviews/${id}/debrief`),
    ...[...owned].filter(([, what]) => what === 'card').map(([id]) => `/api/rehearsal/cards/${id}`),
    '/api/home',
    '/api/interviews',
    '/api/applications',
    '/api/rehearsal/cards',
    '/api/rebounds',
    '/api/rehearsal/bank',
  ]) {
    collectIds(await send('GET', url), seen)
  }
  for (const id of owned.keys()) seen.delete(id)
  return { owned, seen }
}

/** Every `id` (of what its container is called: an `id` in `actions` is an action's) and `…Id` in a JSON answer. */
function collectIds(value: unknown, into: Map<string, string>, container = ''): void {
  if (Array.isArray(value)) {
    for (const item of value) collectIds(item, into, container)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const what = key === 'id' ? container : /.Id$/.test(key) ? key.slice(0, -2) : undefined
      if (typeof item === 'string' && what && item.length > 0 && item.length <= 64 && !into.has(item)) {
        into.set(item, kindOf(what))
      } else collectIds(item, into, key)
    }
  }
}

export async function createWorld(app: FastifyInstance): Promise<FuzzWorld> {
  const owner = await signUpFuzzUser(app, 'owner')
  const other = await signUpFuzzUser(app, 'other')
  return { owner, other, ids: await seedOwner(app, owner) }
}

const isSignedIn = async (app: FastifyInstance, user: FuzzUser) =>
  (await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: user.cookie } })).statusCode === 200

/**
 * Fuzzing signs people out and deletes accounts; before each batch, whoever is gone is replaced
 * (the owner with a newly seeded one).
 */
export async function keepWorldAlive(app: FastifyInstance, world: FuzzWorld): Promise<void> {
  if (!(await isSignedIn(app, world.owner))) {
    world.owner = await signUpFuzzUser(app, 'owner')
    world.ids = await seedOwner(app, world.owner)
  }
  if (!(await isSignedIn(app, world.other))) world.other = await signUpFuzzUser(app, 'other')
}

// ---------------------------------------------------------------------------------------------------
// Sending and judging

const ANSWER_TIMEOUT_MS = 10_000

export async function send(
  app: FastifyInstance,
  world: FuzzWorld,
  request: FuzzRequest,
): Promise<LightMyRequestResponse> {
  const headers = { ...request.headers }
  if (request.identity === 'owner') headers.cookie = world.owner.cookie
  if (request.identity === 'other') headers.cookie = world.other.cookie
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${ANSWER_TIMEOUT_MS / 1000} s`)),
      ANSWER_TIMEOUT_MS,
    )
  })
  try {
    return await Promise.race([
      app.inject({
        method: request.method,
        url: request.url,
        headers,
        ...(request.body !== undefined ? { payload: request.body } : {}),
      }),
      timeout,
    ])
  } finally {
    clearTimeout(timer)
    // A client on the other end of a socket lets the event loop turn between requests; inject
    // alone (with SQLite answering synchronously) would not, and the load-shedding check, which
    // samples the loop's lag on a timer, would read that as a stalled server.
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/**
 * `{"error": {"code", "message", "fields"?}}`. Other top-level keys may sit beside `error` (a 409
 * carries the `current` version), but `error` itself holds nothing else.
 */
const isErrorShape = (body: unknown): boolean => {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !('error' in body)) return false
  const error = (body as { error: unknown }).error
  if (error === null || typeof error !== 'object') return false
  const { code, message, fields, ...rest } = error as Record<string, unknown>
  if (typeof code !== 'string' || typeof message !== 'string' || Object.keys(rest).length > 0) return false
  if (fields === undefined) return true
  return (
    fields !== null &&
    typeof fields === 'object' &&
    !Array.isArray(fields) &&
    Object.values(fields).every((v) => typeof v === 'string')
  )
}

/** What is wrong with this answer, if anything: a 5xx, an error outside the error shape, a leak. */
export function problemWith(
  request: FuzzRequest,
  response: LightMyRequestResponse,
  world: FuzzWorld,
): string | undefined {
  const status = response.statusCode
  if (status >= 500) return `answered ${status}: ${response.body.slice(0, 300)}`
  const contentType = String(response.headers['content-type'] ?? '')
  const pathname = request.url.split('?')[0] ?? ''
  const isApi = pathname === '/api' || pathname.startsWith('/api/')
  if (status >= 400) {
    if (!contentType.includes('json')) {
      if (isApi)
        return `answered ${status} as ${contentType || 'no content type'}, not JSON: ${response.body.slice(0, 200)}`
      return undefined
    }
    let body: unknown
    try {
      body = JSON.parse(response.body)
    } catch {
      return `answered ${status} with a JSON content type and a body that is not JSON: ${response.body.slice(0, 200)}`
    }
    if (!isErrorShape(body))
      return `answered ${status} outside the error shape: ${response.body.slice(0, 300)}`
  }
  // Someone else's id in the path never works for the other person.
  if (request.identity === 'other' && status < 300) {
    const leaked = request.url
      .split('?')[0]
      ?.split('/')
      .find((segment) => world.ids.owned.has(segment))
    if (leaked)
      return `answered ${status} to another person on the owner's ${world.ids.owned.get(leaked)} ${leaked}`
  }
  return undefined
}

/** Runs of a short repeated unit written as ⟨[×2000⟩, so that a reproducer fits on a screen. */
export function abbreviate(text: string, max = 400): string {
  const squeezed = text.replace(
    /([\s\S]{1,8}?)\1{7,}/gu,
    (run, unit: string) => `⟨${unit}×${run.length / unit.length}⟩`,
  )
  return squeezed.length > max ? `${squeezed.slice(0, max)}… (${text.length} chars)` : squeezed
}

/** How big a request is, to keep the smallest of several that show the same problem. */
export const requestSize = (request: FuzzRequest) =>
  request.url.length +
  (request.body?.length ?? 0) +
  Object.values(request.headers).reduce((sum, value) => sum + value.length, 0)

/** The request as someone would replay it by hand. */
export function describeRequest(request: FuzzRequest): string {
  const lines = [`${request.method} ${abbreviate(request.url, 600)}  (as ${request.identity})`]
  if (request.realIds.length > 0) lines.push(`  real ids: ${request.realIds.join(', ')}`)
  for (const [name, value] of Object.entries(request.headers)) {
    lines.push(`  ${name}: ${JSON.stringify(abbreviate(value, 200))}`)
  }
  if (request.body !== undefined) {
    const text =
      typeof request.body === 'string' ? abbreviate(request.body, 600) : `<${request.body.length} bytes>`
    lines.push(`  body (${request.bodyKind}, ${request.body.length} chars): ${JSON.stringify(text)}`)
  }
  return lines.join('\n')
}
