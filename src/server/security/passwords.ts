import type { Algorithm } from '@node-rs/argon2'

// Loaded with the first password to hash or check, not at start-up (its native library is a few MiB).
let argon2: Promise<typeof import('@node-rs/argon2')> | undefined
const loadArgon2 = () => {
  argon2 ??= import('@node-rs/argon2')
  return argon2
}
const hash: typeof import('@node-rs/argon2').hash = async (...args) => (await loadArgon2()).hash(...args)
const verify: typeof import('@node-rs/argon2').verify = async (...args) =>
  (await loadArgon2()).verify(...args)

const ARGON2ID: Algorithm = 2

/** argon2id's work factors: memory in KiB, passes, lanes. */
export type PasswordCost = { memoryCost: number; timeCost: number; parallelism: number }

/** The OWASP baseline (19 MiB, 2 passes, 1 lane): what the app uses unless its caller says otherwise. */
export const PRODUCTION_PASSWORD_COST: PasswordCost = Object.freeze({
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
})

/** Hashing with one cost. A cost is chosen in code by whoever builds the app, never from the environment. */
export type Passwords = {
  readonly cost: PasswordCost
  hash: (password: string) => Promise<string>
  verify: (passwordHash: string, password: string) => Promise<boolean>
  /**
   * Verifies against a throwaway hash made with the same cost as real ones, so that "no such
   * account" takes as long as "wrong password": response time does not reveal which emails have accounts.
   */
  burnVerifyTime: (password: string) => Promise<void>
}

export function createPasswords(cost: PasswordCost = PRODUCTION_PASSWORD_COST): Passwords {
  const options = { algorithm: ARGON2ID, ...cost }
  const hashWithCost = (password: string) => hash(password, options)
  let dummyHash: Promise<string> | undefined
  return {
    cost,
    hash: hashWithCost,
    verify: verifyPassword,
    burnVerifyTime: async (password) => {
      dummyHash ??= hashWithCost('rebond-timing-equaliser')
      await verifyPassword(await dummyHash, password)
    },
  }
}

/** A hash at the production cost (the seed scripts' demo accounts). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, ...PRODUCTION_PASSWORD_COST })
}

/** Whatever cost made the hash: argon2 reads it from the hash itself. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}
