import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import Fastify from 'fastify'
import fp from 'fastify-plugin'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'
import { ApiError } from '../errors'

const DOCS_PREFIX = '/api/docs'
/** What the reference's answers say about their transport, which the app's own reply says again. */
const HOP_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date'])

/**
 * The OpenAPI document is generated from the zod schemas attached to each route, so it
 * cannot drift from what the server validates. JSON at /api/openapi.json, browsable at /api/docs.
 *
 * Nobody reads them at start, so they cost nothing there (issue 13): the routes are noted as they are
 * declared, and the first request for either builds a small Fastify instance of its own, with
 * @fastify/swagger and @fastify/swagger-ui, on which the same routes are declared again (schemas and
 * all, without their handlers) and which then answers every request for the document or the reference.
 */
export const openapiPlugin = fp(
  async (app: FastifyInstance) => {
    const routes: RouteOptions[] = []
    app.addHook('onRoute', (route) => {
      // Fastify adds a HEAD beside each GET; the document leaves them out, like @fastify/swagger does,
      // and hidden routes (this plugin's own, the web app's files).
      if (route.method !== 'HEAD' && !(route.schema as { hide?: boolean } | undefined)?.hide)
        routes.push(route)
    })

    let loading: Promise<FastifyInstance> | undefined
    const reference = () => {
      loading ??= buildReference(routes).catch((error: unknown) => {
        loading = undefined
        throw error
      })
      return loading
    }

    app.get('/api/openapi.json', { schema: { hide: true } }, async () => (await reference()).swagger())
    app.route({
      method: ['GET', 'HEAD'],
      // The wildcard does not take the folder itself (a trailing slash is ignored): one route each.
      url: DOCS_PREFIX,
      schema: { hide: true },
      exposeHeadRoute: false,
      handler: forward,
    })
    app.route({
      method: ['GET', 'HEAD'],
      url: `${DOCS_PREFIX}/*`,
      schema: { hide: true },
      exposeHeadRoute: false,
      handler: forward,
    })

    async function forward(request: FastifyRequest, reply: FastifyReply) {
      const answer = await (await reference()).inject({
        method: request.method as 'GET',
        url: request.url,
        headers: { 'accept-encoding': 'identity' },
      })
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !HOP_HEADERS.has(name)) reply.header(name, value)
      }
      if (answer.statusCode === 404) throw new ApiError('not_found')
      reply.code(answer.statusCode)
      return answer.rawPayload.length > 0 ? reply.send(answer.rawPayload) : reply.send()
    }
  },
  { name: 'rebond-openapi' },
)

async function buildReference(routes: readonly RouteOptions[]): Promise<FastifyInstance> {
  const [{ default: swagger }, { default: swaggerUi }] = await Promise.all([
    import('@fastify/swagger'),
    import('@fastify/swagger-ui'),
  ])
  const reference = Fastify({ logger: false })
  // Only the document is made here: the schemas are read, never compiled into validators.
  reference.setValidatorCompiler(() => () => true)
  reference.setSerializerCompiler(() => (data) => JSON.stringify(data))
  await reference.register(swagger, {
    openapi: {
      info: {
        title: 'Rebond API',
        description:
          'REST API of Rebond. JSON both ways; errors are `{"error": {"code", "message", "fields"?}}`. ' +
          'Authentication is a session cookie set by signup and login.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'rebond_session' } },
      },
    },
    transform: jsonSchemaTransform,
  })
  await reference.register(swaggerUi, {
    routePrefix: DOCS_PREFIX,
    staticCSP: true,
    // The UI's own CSP (with hashes for its inline bootstrap) minus the HTTPS upgrade,
    // which would break it on a plain-HTTP local install.
    transformStaticCSP: (header) => header.replace(/upgrade-insecure-requests;?/, '').trim(),
    uiConfig: { deepLinking: false },
  })
  const declared = new Set<string>()
  for (const route of routes) {
    const key = `${String(route.method)} ${route.url}`
    if (declared.has(key)) continue
    declared.add(key)
    reference.route({
      method: route.method,
      url: route.url,
      ...(route.schema ? { schema: route.schema } : {}),
      exposeHeadRoute: false,
      handler: async () => undefined,
    })
  }
  await reference.ready()
  return reference
}
