import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));

// `npm run test:browser`: runs after the build, against dist/, and the dashboard end to end (see test/browser/).
export default defineConfig({
  resolve: {
    // The dashboard test works out its expected values with storeops from the source, by name.
    alias: [
      { find: /^storeops$/, replacement: `${src}/index.ts` },
      { find: /^storeops\/(.+)$/, replacement: `${src}/$1/index.ts` },
    ],
  },
  test: {
    // Both browser tests: the library in Chromium, and the dashboard end to end (it builds the dashboard
    // itself; `npm run test:dashboard` runs it alone).
    include: ['test/browser/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
