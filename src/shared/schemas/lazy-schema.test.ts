import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { deferredSchema, isDeferredSchema, lazySchema } from './lazy-schema'

describe('deferredSchema', () => {
  it('builds the schema on first use, once, and parses as it would', () => {
    const build = vi.fn(() => z.object({ name: z.string().trim().min(1), age: z.number().int().optional() }))
    const person = deferredSchema(build)
    expect(build).not.toHaveBeenCalled()
    expect(person.safeParse({ name: '  Ada ' })).toEqual({ success: true, data: { name: 'Ada' } })
    const refused = person.safeParse({ name: '', age: 1.5 })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['name', 'age'])
    expect(person.parse({ name: 'Grace', age: 36 })).toEqual({ name: 'Grace', age: 36 })
    expect(build).toHaveBeenCalledTimes(1)
  })

  it('works inside other schemas, deferred or not, and with their methods', () => {
    const stage = deferredSchema(() => z.enum(['screening', 'final']))
    const base = deferredSchema(() => z.object({ id: z.string(), stage }))
    const withNote = deferredSchema(() => base.extend({ note: z.string().max(5).optional() }))
    const kinds = deferredSchema(() =>
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('a'), stage }),
        z.object({ kind: z.literal('b'), items: z.array(base).max(2) }),
      ]),
    )
    expect(withNote.parse({ id: 'x', stage: 'final', note: 'ok' })).toEqual({
      id: 'x',
      stage: 'final',
      note: 'ok',
    })
    expect(withNote.safeParse({ id: 'x', stage: 'later' }).success).toBe(false)
    expect(base.partial().parse({})).toEqual({})
    expect(stage.options).toEqual(['screening', 'final'])
    expect(stage.nullable().parse(null)).toBeNull()
    expect(kinds.parse({ kind: 'b', items: [{ id: 'y', stage: 'screening' }] })).toEqual({
      kind: 'b',
      items: [{ id: 'y', stage: 'screening' }],
    })
    expect(kinds.safeParse({ kind: 'c' }).success).toBe(false)
    expect(base instanceof z.ZodObject).toBe(true)
    expect(Object.keys(base.shape)).toEqual(['id', 'stage'])
    // The API's description (src/server/plugins/openapi.ts) is the same as for schemas built at once.
    const eager = z.object({ id: z.string(), stage: z.enum(['screening', 'final']) })
    expect(z.toJSONSchema(base)).toEqual(z.toJSONSchema(eager))
  })
})

describe('lazySchema', () => {
  it('builds at once outside a browser: the server reaches its schemas directly', () => {
    const build = vi.fn(() => z.string())
    const schema = lazySchema(build)
    expect(build).toHaveBeenCalledTimes(1)
    expect(isDeferredSchema(schema)).toBe(false)
    expect(isDeferredSchema(deferredSchema(build))).toBe(true)
    expect(build).toHaveBeenCalledTimes(1)
  })
})
