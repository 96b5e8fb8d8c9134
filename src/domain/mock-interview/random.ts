// Seeded draws, so that a session replays exactly from its seed.
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

export type Rng = ReturnType<typeof xoroshiro128plus>

const SCALE = 2 ** 30

/** A generator for one purpose of one session: the same seed and the same path give the same draws. */
export function rngFor(seed: number, ...path: number[]): Rng {
  let mixed = fmix32(seed | 0)
  for (const step of path) mixed = fmix32(mixed ^ fmix32((step + 0x9e3779b9) | 0))
  const rng = xoroshiro128plus(mixed)
  // The first outputs of a freshly seeded xoroshiro follow the seed closely: let it run a little.
  for (let i = 0; i < 8; i++) rng.next()
  return rng
}

/** MurmurHash3's finalizer: nearby seeds (0, 1, 2…) end up far apart. */
function fmix32(value: number): number {
  let h = value | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h | 0
}

/** A draw in [0, 1). */
export const draw = (rng: Rng): number => uniformInt(rng, 0, SCALE - 1) / SCALE

/** A new session seed from any number (the server passes a random one; tests pass their own). */
export const normalizeSeed = (value: number): number => Math.trunc(value) | 0
