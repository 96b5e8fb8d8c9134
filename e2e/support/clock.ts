import { writeFileSync } from 'node:fs'
import { inject } from 'vitest'

declare module 'vitest' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  export interface ProvidedContext {
    clockFile: string
  }
}

/**
 * Moves the app's clock `ms` ahead of real time (0 puts it back). Journeys run one file at a
 * time, so a journey that moves the clock puts it back when it ends.
 */
export function setServerClockOffset(ms: number): void {
  writeFileSync(inject('clockFile'), String(ms))
}
