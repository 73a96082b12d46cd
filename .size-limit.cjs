// Bundle budgets (gzip, as a consumer's bundler would ship them), checked by `npm test`.
// Each line measures what a dashboard pays for importing one thing from one subpath.
module.exports = [
  { name: 'storeops/page-health { assessPageHealth }', path: 'dist/page-health/index.js', import: '{ assessPageHealth }', limit: '9 kB' },
  { name: 'storeops/core { ratio }', path: 'dist/core/index.js', import: '{ ratio }', limit: '13 kB' },
  { name: 'storeops/core { toDecimal }', path: 'dist/core/index.js', import: '{ toDecimal }', limit: '14 kB' },
  { name: 'storeops/goals { allocate }', path: 'dist/goals/index.js', import: '{ allocate }', limit: '20 kB' },
  { name: 'storeops/goals { planTargets }', path: 'dist/goals/index.js', import: '{ planTargets }', limit: '23 kB' },
  { name: 'storeops/goals { trackProgress }', path: 'dist/goals/index.js', import: '{ trackProgress }', limit: '23.5 kB' },
  { name: 'storeops/goals { attributeChange }', path: 'dist/goals/index.js', import: '{ attributeChange }', limit: '22.5 kB' },
  { name: 'storeops (everything)', path: 'dist/index.js', import: '*', limit: '40 kB' },
];
