import { EN_QUESTIONS } from './en'
import { FR_QUESTIONS } from './fr'
import type { BankQuestion } from './types'

export { EN_QUESTIONS } from './en'
export { FR_QUESTIONS } from './fr'
export * from './types'

export const QUESTION_BANK: BankQuestion[] = [...FR_QUESTIONS, ...EN_QUESTIONS]

const BY_KEY: ReadonlyMap<string, BankQuestion> = new Map(
  QUESTION_BANK.map((question) => [question.key, question]),
)

/** The bank question with this key, or undefined when the key is unknown (e.g. removed from the bank). */
export const bankQuestion = (key: string): BankQuestion | undefined => BY_KEY.get(key)
