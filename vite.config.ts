import { constants as zlibConstants } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compression, defineAlgorithm } from 'vite-plugin-compression2'

// The web app lives in src/web and is built into dist/web, which the Fastify server serves.
// In development, /api goes to the local server. No changeOrigin: the server compares the
// Origin header with the Host header, so Host must stay the one the browser sent.
export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    // Every text file also as .br and .gz, compressed once at their best here: the server sends the
    // one the browser accepts (@fastify/static's preCompressed) instead of compressing per request.
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      include: /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/,
      threshold: 512,
    }),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // The answer analyzer (lexicons included) in a chunk of its own, loaded with the pages that
            // use it, so its share of the bundle can be measured (npm run bench:analyzer).
            { name: 'analyzer', test: /src[\\/]domain[\\/]analysis[\\/]/ },
            {
              // use-sync-external-store serves react-i18next and react-redux: left to a later group, it
              // would follow react-redux into the recharts chunk and pull that chunk into the first load.
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|use-sync-external-store)[\\/]/,
            },
            // The chart library and what only it uses, loaded with the Progress charts, not on the first page.
            {
              name: 'recharts',
              test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|clsx)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:3000',
      },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:3000',
      },
    },
  },
})
