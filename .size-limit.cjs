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
  // dsr: zod/mini (options) + exact BigInt fractions, no decimal.js (measured 7.8 / 8.6 / 10.0 kB brotli).
  { name: 'storeops/dsr { computeDsr }', path: 'dist/dsr/index.js', import: '{ computeDsr }', limit: '8.6 kB' },
  { name: 'storeops/dsr { compareDsr }', path: 'dist/dsr/index.js', import: '{ compareDsr }', limit: '9.5 kB' },
  { name: 'storeops/dsr { assessDsr }', path: 'dist/dsr/index.js', import: '{ assessDsr }', limit: '11 kB' },
  // profit: zod/mini + decimal.js, which exact money needs (measured 17.5 / 19.5 kB brotli).
  { name: 'storeops/profit { unitEconomics }', path: 'dist/profit/index.js', import: '{ unitEconomics }', limit: '19.3 kB' },
  { name: 'storeops/profit { profitStatement }', path: 'dist/profit/index.js', import: '{ profitStatement }', limit: '21.5 kB' },
];
