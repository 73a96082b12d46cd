import { defineConfig } from 'vitest/config';

// `npm run test:browser`: runs after the build, against dist/ (see test/browser/).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
