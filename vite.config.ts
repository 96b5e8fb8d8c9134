import path from 'node:path'
import { constants as zlibConstants } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { compression, defineAlgorithm } from 'vite-plugin-compression2'
import { VitePWA } from 'vite-plugin-pwa'

/**
 * Writes which modules each chunk holds (`.vite/chunk-modules.json`, paths from the project root), beside
 * Vite's manifest: scripts/check-budgets.mjs reads both to keep heavy parts off the pages that do not use them.
 */
function chunkModules(): Plugin {
  return {
    name: 'rebond:chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const modules: Record<string, string[]> = {}
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        modules[output.fileName] = output.moduleIds.map((id) =>
          path
            .relative(import.meta.dirname, id)
            .split(path.sep)
            .join('/'),
        )
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunk-modules.json', source: JSON.stringify(modules) })
    },
  }
}

/**
 * Texts that load together, grouped by the page that shows them first: a copy of app/router.tsx's namespaces per
 * page (Home's, DEBRIEF, REHEARSAL). A namespace left out keeps a chunk of its own; a wrong one costs bytes, not texts.
 * `recorder` stays alone: rehearsal and Progress both wait for it.
 */
const PAGE_TEXTS: Record<string, string> = {
  home: 'home',
  feedback: 'home',
  preparation: 'home',
  rebound: 'home',
  interviews: 'interviews',
  debrief: 'interviews',
  rehearsal: 'rehearsal',
  mock: 'rehearsal',
}

// The web app lives in src/web and is built into dist/web, which the Fastify server serves.
// In development, /api goes to the local server. No changeOrigin: the server compares the
// Origin header with the Host header, so Host must stay the one the browser sent.
export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    chunkModules(),
    // Installable and offline (docs/adr/0009-offline-pages-and-their-data.md): the web app manifest, and
    // src/web/sw.ts built with the list of files to precache. The page registers it (app/service-worker.ts).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Rebond',
        short_name: 'Rebond',
        description:
          'Rebond\u00a0: après un entretien difficile, des leçons, de l’entraînement et des progrès.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // The app's tokens (app/styles/tokens.css): --color-primary, --color-bg.
        theme_color: '#0e5a63',
        background_color: '#f6f4ef',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // The app shell and every page's code; the heaviest parts (charts, analyzer, question bank, the voice
        // detector's worker) are kept by the service worker when a page first uses them, not downloaded ahead.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        globIgnores: [
          '**/recharts-*.js',
          '**/analyzer-*.js',
          '**/question-bank-*.js',
          '**/voice-analysis-*.js',
          '**/voice-detector-*.js',
          '**/delivery-speech.worker-*.js',
          'sw.js',
        ],
      },
    }),
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
    // The voice detector's WebAssembly and model (15 MB and 2 MB): gzip only, brotli at its best would
    // add a minute to every build for them.
    compression({
      algorithms: [defineAlgorithm('gzip', { level: 9 })],
      include: /\.(wasm|onnx)$/,
      threshold: 512,
    }),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // .vite/manifest.json: what each page loads first, for the JavaScript budgets (scripts/check-budgets.mjs).
    manifest: true,
    // A page opened from another asks its modules as it imports them (the page's chunk names every module it
    // needs, so they leave together), and the service worker has them once installed. Vite's helper would also add
    // a <link rel="modulepreload"> per module to the document, most of them loaded already (index.html, the
    // server's Link header): on Home 29 links, 120 to 210 ms of main thread at Lighthouse's 4× CPU slowdown
    // (issue 13). A lazy page's stylesheets are still added, and awaited, by the helper.
    modulePreload: {
      // Vite's polyfill, for browsers without <link rel="modulepreload"> (Safari before 17), made a link element as
      // the app's code started: the page's first DOM call, 6 ms of that first task. Those browsers still load every
      // module, as its importer asks for it.
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
    rolldownOptions: {
      // Nothing imports an entry's exports from outside the build (experimentalInlineCommonChunks below).
      preserveEntrySignatures: false,
      treeshake: {
        // src/domain and src/shared are pure at import (no side effects, by convention): a module of theirs whose
        // exports no page uses is left out, instead of being run at start (a barrel's other modules, feedback rules,
        // the debrief's Markdown). 2 to 7 KB gzip less on each first page (issue 13). The server's build does so
        // for src/domain.
        moduleSideEffects: (id: string) => (/[\\/]src[\\/](domain|shared)[\\/]/.test(id) ? false : undefined),
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          // The small chunks that automatic splitting makes of the modules two pages share (an alert, a list, a
          // schema: 1 to 4 KB each) are copied into the chunks that read them, one state kept by rolldown's runtime:
          // Home loaded 27 files, now 11. On a slow link each file in flight is a round trip and takes a share of
          // the bandwidth from the large ones the page waits for: Lighthouse's LCP on Home went from 3.0–3.2 to
          // 2.5–2.6 s (issue 13). The copies make what the service worker keeps larger: under 6 KB of source, 1,524 KiB
          // instead of 1,356 (under 10 KB, 1,784 for one file fewer on Home). It needs `preserveEntrySignatures:
          // false` (no entry's exports are read from outside) and makes rolldown keep the modules' order of
          // execution. Stylesheets stay in files of their own.
          experimentalInlineCommonChunks: {
            maxSize: 6 * 1024,
            exclude: /\.(css|scss|sass|less|styl|stylus|pcss|postcss|sss)(\?|$)/,
          },
          groups: [
            // The answer analyzer (lexicons included) in a chunk of its own, loaded with the pages that
            // use it, so its share of the bundle can be measured (npm run bench:analyzer).
            { name: 'analyzer', test: /src[\\/]domain[\\/]analysis[\\/]/ },
            // The on-device delivery analysis (pitch, syllables, the figures), loaded only once a recording
            // starts (docs/adr/0012).
            {
              name: 'voice-analysis',
              test: /node_modules[\\/](pitchy|fft\.js)[\\/]|src[\\/]domain[\\/]voice[\\/](frames|segments|delivery)\.ts$/,
            },
            // The voice detector's runtime: it runs in its worker, which has its own copy; the page loads this
            // chunk only where that worker cannot start. Its model and WebAssembly are assets of their own, and
            // their addresses (`?url` imports) stay out of it: the page needs them without the runtime.
            {
              name: 'voice-detector',
              test: (id: string) =>
                /node_modules[\\/](onnxruntime-web|onnxruntime-common|@ricky0123[\\/]vad-web)[\\/]/.test(
                  id,
                ) && !id.endsWith('?url'),
            },
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
            // zod in a chunk of its own: the pages that validate with it load it, the welcome page does not.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            // The libraries every page starts with. Others (stopword, ts-fsrs...) follow the pages that use
            // them: a catch-all vendor group would put them all in the first load.
            {
              name: 'vendor',
              test: /node_modules[\\/](i18next|react-i18next|@tanstack[\\/][a-z-]+)[\\/]/,
            },
            // The texts every page shows first (lib/i18n.ts), one chunk per language instead of three.
            { name: 'texts-fr', test: /locales[\\/]fr[\\/](common|auth|pages)\.json$/ },
            { name: 'texts-en', test: /locales[\\/]en[\\/](common|auth|pages)\.json$/ },
            // A signed-in page's own texts in one chunk per language, not one per namespace: on Home four requests
            // became one. On a slow link, each small file in flight takes its share of the bandwidth from the large
            // ones the page waits for (issue 13). The interviews' pages load Home's too (2 KB).
            {
              name: (id: string) => {
                const [, lng, ns] = /locales[\\/](fr|en)[\\/]([a-z]+)\.json$/.exec(id) ?? []
                const page = ns && PAGE_TEXTS[ns]
                return lng && page ? `texts-${lng}-${page}` : null
              },
              test: /locales[\\/](fr|en)[\\/][a-z]+\.json$/,
            },
            // The app's own code that every page starts with (router, guards, i18n, API client, session), in one
            // chunk: left to themselves, the modules that pages also import became five small chunks, five
            // requests on a slow connection before any page could start. main.tsx stays the entry.
            {
              name: 'app',
              tags: ['$initial'],
              test: (id: string) => !/node_modules|main\.tsx$|index\.html$|\.css$/.test(id),
            },
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
