// Bundle budgets (gzip, as a consumer's bundler would ship them), checked by `npm test`.
// Each line measures what a dashboard pays for importing one thing from one subpath.
module.exports = [
  { name: 'storeops/page-health { assessPageHealth }', path: 'dist/page-health/index.js', import: '{ assessPageHealth }', limit: '9 kB' },
  // service, stock, members: zod/mini (~8.5 kB) + decimal.js (~12 kB, money out is Decimal) + the
  // module (~1.5–2.5 kB); measured 22.8, 22.0, 19.5 and 22.5 kB, budgets ~10% above.
  { name: 'storeops/service { scoreAgents }', path: 'dist/service/index.js', import: '{ scoreAgents }', limit: '25 kB' },
  { name: 'storeops/stock { stockCover }', path: 'dist/stock/index.js', import: '{ stockCover }', limit: '24.5 kB' },
  { name: 'storeops/members { memberStats }', path: 'dist/members/index.js', import: '{ memberStats }', limit: '21.5 kB' },
  { name: 'storeops/members { rfmSegments }', path: 'dist/members/index.js', import: '{ rfmSegments }', limit: '25 kB' },
  { name: 'storeops/core { ratio }', path: 'dist/core/index.js', import: '{ ratio }', limit: '13 kB' },
  { name: 'storeops/core { toDecimal }', path: 'dist/core/index.js', import: '{ toDecimal }', limit: '14 kB' },
  { name: 'storeops (everything)', path: 'dist/index.js', import: '*', limit: '40 kB' },
];
