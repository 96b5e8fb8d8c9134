/** Query keys only the mock interview feature uses. */
export const mockKeys = {
  all: ['mock-interviews'] as const,
  one: (id: string) => ['mock-interviews', 'one', id] as const,
  applications: ['mock-interviews', 'applications'] as const,
}

export const mockPath = (id: string) => `/api/mock-interviews/${encodeURIComponent(id)}`
