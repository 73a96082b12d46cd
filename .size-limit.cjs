// Bundle budgets (brotli, as size-limit measures a consumer's minified bundle), checked by
// `npm test`. Each line is what a dashboard pays for importing one thing from one subpath.
// page-health: zod/mini's parser (~8.5 kB) + the module (~1.8 kB) + plugin support (~1.2 kB:
// plain-data copy, prototype-pollution guard, threshold folding); no decimal.js, because it only
// compares amounts. toDecimal: decimal.js itself is ~12 kB. roles: zod/mini + decimal.js (exact
// margins and sales sums) + the module (~5 kB). definePlugin: zod/mini for the message catalog +
// the plugin checks. presets: plain frozen data.
module.exports = [
  { name: 'storeops/page-health { assessPageHealth }', path: 'dist/page-health/index.js', import: '{ assessPageHealth }', limit: '12.5 kB' },
  { name: 'storeops/core { ratio }', path: 'dist/core/index.js', import: '{ ratio }', limit: '200 B' },
  { name: 'storeops/core { toDecimal }', path: 'dist/core/index.js', import: '{ toDecimal }', limit: '13 kB' },
  { name: 'storeops/roles { classifyProducts }', path: 'dist/roles/index.js', import: '{ classifyProducts }', limit: '29 kB' },
  { name: 'storeops/plugins { definePlugin }', path: 'dist/plugins/index.js', import: '{ definePlugin }', limit: '7.5 kB' },
  { name: 'storeops/plugins { presets }', path: 'dist/plugins/index.js', import: '{ presets }', limit: '300 B' },
  { name: 'storeops (everything)', path: 'dist/index.js', import: '*', limit: '40 kB' },
];
