// Child process of bench/funnel.bench.ts: streams N generated daily source rows (never held in
// memory) into 5,000 store × source funnels and prints the peak resident set size as JSON, so
// 1M and 10M rows are measured in fresh processes at the same group count.
import { aggregateFunnels } from '../src/funnel/index.js';
import { generateRows, type BenchRow } from './funnel-helpers.js';

const n = Number(process.argv[2] ?? 1_000_000);
const stores = 1000;
const shape = { stores, days: Math.ceil(n / (stores * 5)), start: '2020-01-01' };
const t0 = performance.now();
const out = aggregateFunnels(generateRows(shape, n), { by: [(r: BenchRow) => r.store, (r: BenchRow) => r.source] });
const seconds = (performance.now() - t0) / 1000;
if (out.rowCount !== n) throw new Error(`read ${out.rowCount} rows, expected ${n}`);
// ru_maxrss is in kilobytes on Linux.
console.log(JSON.stringify({ rows: n, groups: out.groups.length, seconds, rssMb: process.resourceUsage().maxRSS / 1024 }));
