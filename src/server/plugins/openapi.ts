import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'

/**
 * The OpenAPI document is generated from the zod schemas attached to each route, so it
 * cannot drift from what the server validates. JSON at /api/openapi.json, browsable at /api/docs.
 */
export const openapiPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
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
    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      // The UI's own CSP (with hashes for its inline bootstrap) minus the HTTPS upgrade,
      // which would break it on a plain-HTTP local install.
      transformStaticCSP: (header) => header.replace(/upgrade-insecure-requests;?/, '').trim(),
      uiConfig: { deepLinking: false },
    })
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  },
  { name: 'rebond-openapi' },
)
