import { type Algorithm, hash, verify } from '@node-rs/argon2'

// argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane).
const ARGON2ID: Algorithm = 2
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

let dummyHash: Promise<string> | undefined
/**
 * Verifies against a throwaway hash so that "no such account" takes as long as
 * "wrong password": response time does not reveal which emails have accounts.
 */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('rebond-timing-equaliser')
  await verifyPassword(await dummyHash, password)
}
