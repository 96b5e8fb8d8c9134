import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The web app lives in src/web and is built into dist/web, which the Fastify server serves.
// In development, /api goes to the local server. No changeOrigin: the server compares the
// Origin header with the Host header, so Host must stay the one the browser sent.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
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
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
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
