import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'

/**
 * The address people open Rebond at, for links that leave the app (a mail, a calendar feed):
 * PUBLIC_URL, else the address the server listens on, else HOST:PORT as configured. Never the
 * request's Host header, which whoever sends the request writes.
 */
export function publicOrigin(
  app: FastifyInstance,
  config: { publicUrl?: string | undefined; host: string; port: number },
): string {
  if (config.publicUrl) return config.publicUrl
  const address = app.server.address() as AddressInfo | string | null
  if (address && typeof address === 'object' && !['0.0.0.0', '::'].includes(address.address)) {
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
    return `http://${host}:${address.port}`
  }
  return `http://${config.host}:${config.port}`
}
