import type { FastifyRequest } from 'fastify'
import type { Language } from '../../shared/schemas/common'

/**
 * The language of a response: the first of fr/en in Accept-Language (by q-value),
 * else the signed-in user's language, else French.
 */
export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language']
  if (typeof header === 'string' && header.length > 0) {
    const ranked = header
      .split(',')
      .map((part, index) => {
        const [tag = '', ...params] = part.trim().split(';')
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
        return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index }
      })
      .filter((entry) => entry.q > 0)
      .sort((a, b) => b.q - a.q || a.index - b.index)
    for (const { tag } of ranked) {
      if (tag === 'fr' || tag.startsWith('fr-')) return 'fr'
      if (tag === 'en' || tag.startsWith('en-')) return 'en'
    }
  }
  return request.currentUser?.language ?? 'fr'
}
