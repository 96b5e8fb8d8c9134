/**
 * The answer analyzer, loaded at its first use rather than at start: its module compiles the French and
 * English lexicons when it is evaluated, which was a third of the server's start-up time and several MiB of
 * memory that an instance doing no analysis never needs (issue 13). Later calls get the loaded module.
 * Server code imports the analyzer, and the domain modules that call it, only through these functions
 * (the server's bundle leaves the rest of src/domain out when unused: rolldown.server.config.mjs).
 */
type Analyzer = typeof import('../../domain/analysis')
type MockSession = typeof import('../../domain/mock-interview/session')

let analyzer: Promise<Analyzer> | undefined
let mockSession: Promise<MockSession> | undefined

export const loadAnalyzer = (): Promise<Analyzer> => {
  analyzer ??= import('../../domain/analysis')
  return analyzer
}

/** The mock interview's state machine, which analyses each answer as the session moves on. */
export const loadMockSession = (): Promise<MockSession> => {
  mockSession ??= import('../../domain/mock-interview/session')
  return mockSession
}
