/**
 * storeops — turn an online store's numbers into decisions. The package root re-exports every
 * pure module (`storeops/sql`, the funnel as SQL for DuckDB and warehouses, is reached by its
 * subpath only); import a subpath (`storeops/page-health`) to load only what you use.
 *
 * @module storeops
 */
export * from './core/index.js';
export * from './page-health/index.js';
export * from './adapters/index.js';
export * from './brief/index.js';
export * from './dsr/index.js';
export * from './profit/index.js';
export * from './service/index.js';
export * from './stock/index.js';
export * from './members/index.js';
export * from './roles/index.js';
export * from './plugins/index.js';
export * from './funnel/index.js';
export * from './ads/index.js';
export * from './goals/index.js';
export * from './checks/index.js';
export * from './rivals/index.js';
