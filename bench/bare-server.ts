// A bare Fastify route returning the same JSON as GET /api/me: the baseline for the ratio.
import Fastify from 'fastify'

const body = JSON.parse(process.env.BARE_BODY ?? '{}') as unknown
const app = Fastify({ logger: false })
app.get('/api/me', async () => body)
await app.listen({ port: 0, host: '127.0.0.1' })
const address = app.server.address()
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`)
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)))
