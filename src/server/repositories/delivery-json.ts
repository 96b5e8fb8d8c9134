import { type DeliveryView, deliverySchema } from '../../shared/schemas/delivery'

/** The stored delivery figures, or null when there are none or they no longer read as the schema says. */
export function parseDelivery(json: string | null | undefined): DeliveryView | null {
  if (json === null || json === undefined) return null
  try {
    const parsed = deliverySchema.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** The figures as stored: one JSON text, or null. */
export const deliveryJson = (delivery: DeliveryView | null | undefined): string | null =>
  delivery ? JSON.stringify(delivery) : null
