// The reference dashboard (examples/dashboard): `npm run dashboard` serves it on localhost,
// `npm run dashboard:build` writes static files to examples/dashboard/dist/. The app imports
// storeops by its subpaths, as an in-house dashboard would; here they resolve to the source,
// so the dashboard builds from a clean clone after `npm ci` (no `npm run build` first).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = fileURLToPath(new URL('../../src', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: [
      { find: /^storeops$/, replacement: `${src}/index.ts` },
      { find: /^storeops\/(.+)$/, replacement: `${src}/$1/index.ts` },
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: true,
    // The sample files stay files (fetched when the sample is loaded), never inlined into the page's script.
    assetsInlineLimit: 0,
  },
});
