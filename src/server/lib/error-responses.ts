import { errorResponseSchema } from '../../shared/schemas/common'

/** The error answers a route's schema lists (for validation and OpenAPI), all of the one error shape. */
export function errorResponses<const C extends number>(...codes: C[]): Record<C, typeof errorResponseSchema> {
  return Object.fromEntries(codes.map((code) => [code, errorResponseSchema])) as Record<
    C,
    typeof errorResponseSchema
  >
}
