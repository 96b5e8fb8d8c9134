import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { readsOfAddress } from '../../shared/page-reads'
import { ApiError } from '../errors'
import { requestLanguage } from '../lib/language'
import { SESSION_COOKIE } from './auth'

export type WebOptions = { webRoot: string }

type PagePreloads = { path: RegExp; files: Record<string, string[]> }[]

/**
 * The first pages' code and texts, written by the build into the web root (scripts/check-budgets.mjs,
 * PRELOADED_PAGES); none where the build has not written them.
 */
function readPagePreloads(webRoot: string): PagePreloads {
  // The name scripts/check-budgets.mjs writes (PRELOADS_FILE): the server does not import the build's scripts.
  const file = path.join(webRoot, 'page-preloads.json')
  if (!existsSync(file)) return []
  const pages = JSON.parse(readFileSync(file, 'utf8')) as { path: string; files: Record<string, string[]> }[]
  return pages.map((page) => ({ path: new RegExp(page.path), files: page.files }))
}

/**
 * The `Link` header that has the browser fetch a page's modules with the entry's, in the likely language
 * (the interface's, unless this device chose another: a wrong guess costs one small file of texts).
 */
function preloadLink(preloads: PagePreloads, request: FastifyRequest): string | undefined {
  const [pathname = '/', search = ''] = request.url.split('?')
  const files = preloads.find((page) => page.path.test(pathname))?.files[requestLanguage(request)]
  if (!files || files.length === 0) return undefined
  // As index.html asks them (crossorigin), so that the browser takes what it preloaded instead of asking again.
  const link = (file: string) =>
    file.endsWith('.css') ? `</${file}>; rel=preload; as=style; crossorigin` : `</${file}>; rel=modulepreload`
  // With a session, the page's API reads too (src/shared/page-reads.ts): the browser asks them beside the code, and
  // the app's own requests for them take those answers. Without one, the page asks nothing of the kind.
  const reads = request.cookies[SESSION_COOKIE] ? readsOfAddress(pathname, search) : []
  const read = (address: string) => `<${address}>; rel=preload; as=fetch; crossorigin`
  return [...files.map(link), ...reads.map(read)].join(', ')
}

/**
 * Serves the built web app, precompressed (brotli or gzip, as the browser accepts). Hashed assets
 * are cached for a year as immutable; index.html is revalidated at each load, so a new deploy is
 * picked up at once. Unknown /api paths get a JSON 404;
 * any other GET serves index.html and lets the client-side router decide. With index.html, the first
 * pages (welcome, sign-in, Home…) name their own modules in a `Link` header: the browser fetches them
 * beside the entry rather than after running it, one round trip fewer on a slow connection.
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

    const preloads = hasBuild ? readPagePreloads(options.webRoot) : []
    if (preloads.length > 0) {
      app.addHook('onSend', async (request, reply, payload) => {
        const html = String(reply.getHeader('content-type') ?? '').startsWith('text/html')
        if (!html || request.method !== 'GET' || reply.statusCode !== 200) return payload
        const link = preloadLink(preloads, request)
        if (link) reply.header('link', link)
        return payload
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
