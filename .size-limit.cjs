// Bundle budgets (brotli, as size-limit measures a consumer's minified bundle), checked by
// `npm test`. Each line is what a dashboard pays for importing one thing from one subpath.
// page-health: zod/mini's parser (~8.5 kB) + the module (~1.8 kB); no decimal.js, because
// it only compares amounts. toDecimal: decimal.js itself is ~12 kB.
module.exports = [
  { name: 'storeops/page-health { assessPageHealth }', path: 'dist/page-health/index.js', import: '{ assessPageHealth }', limit: '11.5 kB' },
  { name: 'storeops/core { ratio }', path: 'dist/core/index.js', import: '{ ratio }', limit: '200 B' },
  { name: 'storeops/core { toDecimal }', path: 'dist/core/index.js', import: '{ toDecimal }', limit: '13 kB' },
  // funnel: zod/mini (~8.5 kB) + decimal.js (~12 kB, money results are Decimals) + the module.
  { name: 'storeops/funnel { funnelMetrics }', path: 'dist/funnel/index.js', import: '{ funnelMetrics }', limit: '24 kB' },
  { name: 'storeops/funnel { aggregateFunnels }', path: 'dist/funnel/index.js', import: '{ aggregateFunnels }', limit: '25.5 kB' },
  { name: 'storeops/funnel { trafficStructure }', path: 'dist/funnel/index.js', import: '{ trafficStructure }', limit: '25.5 kB' },
  // comparePeers only compares numbers: no decimal.js.
  { name: 'storeops/funnel { comparePeers }', path: 'dist/funnel/index.js', import: '{ comparePeers }', limit: '11.5 kB' },
  { name: 'storeops/ads { keywordAction }', path: 'dist/ads/index.js', import: '{ keywordAction }', limit: '23 kB' },
  { name: 'storeops (everything)', path: 'dist/index.js', import: '*', limit: '40 kB' },
];
