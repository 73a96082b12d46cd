// Bundle budgets (brotli, as size-limit measures a consumer's minified bundle), checked by
// `npm test`. Each line is what a dashboard pays for importing one thing from one subpath.
// page-health: zod/mini's parser (~8.5 kB) + the module (~1.8 kB); no decimal.js, because
// it only compares amounts. toDecimal: decimal.js itself is ~12 kB.
module.exports = [
  { name: 'storeops/page-health { assessPageHealth }', path: 'dist/page-health/index.js', import: '{ assessPageHealth }', limit: '11.5 kB' },
  { name: 'storeops/core { ratio }', path: 'dist/core/index.js', import: '{ ratio }', limit: '200 B' },
  { name: 'storeops/core { toDecimal }', path: 'dist/core/index.js', import: '{ toDecimal }', limit: '13 kB' },
  { name: 'storeops/adapters { parseSycmRows }', path: 'dist/adapters/index.js', import: '{ parseSycmRows }', limit: '9.5 kB' },
  { name: 'storeops/brief { dailyBrief }', path: 'dist/brief/index.js', import: '{ dailyBrief }', limit: '31 kB' },
  { name: 'storeops/brief { renderBrief }', path: 'dist/brief/index.js', import: '{ renderBrief }', limit: '26 kB' },
  { name: 'storeops (everything)', path: 'dist/index.js', import: '*', limit: '40 kB' },
];
