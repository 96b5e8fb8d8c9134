import { existsSync } from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ApiError } from '../errors'

export type WebOptions = { webRoot: string }

/**
 * Serves the built web app, precompressed (brotli or gzip, as the browser accepts). Hashed assets
 * are cached for a year as immutable; index.html is revalidated at each load, so a new deploy is
 * picked up at once. Unknown /api paths get a JSON 404;
 * any other GET serves index.html and lets the client-side router decide.
 */
export const webPlugin = fp(
  async (app: FastifyInstance, options: WebOptions) => {
    const indexFile = path.join(options.webRoot, 'index.html')
    const hasBuild = existsSync(indexFile)
    if (hasBuild) {
      await app.register(fastifyStatic, {
        root: options.webRoot,
        // Files are looked up per request, so a rebuild while the server runs is served at once.
        wildcard: true,
        index: ['index.html'],
        // The build wrote .br and .gz beside each text file (vite.config.ts): sent as the browser accepts.
        preCompressed: true,
        setHeaders: (reply, filePath) => {
          if (filePath.includes(`${path.sep}assets${path.sep}`)) {
            reply.header('cache-control', 'public, max-age=31536000, immutable')
          } else {
            reply.header('cache-control', 'no-cache')
          }
        },
      })
    }

    app.setNotFoundHandler(async (request, reply) => {
      const pathname = request.url.split('?')[0] ?? '/'
      if (pathname === '/api' || pathname.startsWith('/api/')) throw new ApiError('not_found')
      if ((request.method === 'GET' || request.method === 'HEAD') && hasBuild) {
        reply.header('cache-control', 'no-cache')
        return reply.sendFile('index.html')
      }
      if (!hasBuild && request.method === 'GET') {
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The web app is not built yet: run `npm run build` (npm start does it for you).\n')
      }
      throw new ApiError('not_found')
    })
  },
  { name: 'rebond-web' },
)
