import { errorResponseSchema } from '../../shared/schemas/common'

/** The error answers a route's schema lists (for validation and OpenAPI), all of the one error shape. */
export function errorResponses<const C extends number>(...codes: C[]): Record<C, typeof errorResponseSchema> {
  return Object.fromEntries(codes.map((code) => [code, errorResponseSchema])) as Record<
    C,
    typeof errorResponseSchema
  >
}

/**
 * The error answers of a route for a signed-in person: bad input (400), not signed in (401), and not
 * found, which is also what someone else's resource answers (404).
 */
export const signedInErrors = errorResponses(400, 401, 404)
