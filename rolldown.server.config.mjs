// The server for production: src/server/server.ts and what it imports from src/ in one ES module,
// dist/server/server.mjs, run by plain `node` (npm start). Packages stay in node_modules.
import path from 'node:path'
import { defineConfig } from 'rolldown'

export default defineConfig({
  input: 'src/server/server.ts',
  platform: 'node',
  // Everything that is not a file of ours (a package, a Node built-in) is imported at run time.
  external: (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0'),
  output: {
    file: 'dist/server/server.mjs',
    format: 'esm',
    sourcemap: true,
  },
})
