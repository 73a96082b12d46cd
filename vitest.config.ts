import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  resolve: {
    // Tests and examples import the package by name, as users do; this maps it to the source.
    alias: [
      { find: /^storeops$/, replacement: `${src}/index.ts` },
      { find: /^storeops\/(.+)$/, replacement: `${src}/$1/index.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // index.ts files only re-export.
      exclude: ['src/**/index.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 95, branches: 90, functions: 95, statements: 95 },
    },
  },
});
