// `npx tsx bench/index.ts funnel.bench`: store-month funnels from 2,000,000 generated daily
// source rows (1,000 stores × 400 days × 5 sources = 14,000 groups), held in memory as an agency
// script holds parsed rows, through the shared harness (bench/timing.ts: interleaved rotated
// rounds, GC between runs, median of per-round ratios with min–max).
// Targets (issue 17): aggregateFunnels by key parts ≤ 0.8× a hand-written loop with string keys,
// ≤ 1.25× a hand-written nested-Map loop. Also: the keyOf form, the async path (row by row and
// in batches), a zod + Decimal parse per row, and peak RSS streaming 1M vs 10M rows (child
// processes, bench/funnel-rss.ts).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import { aggregateFunnels, aggregateFunnelsAsync, type FunnelGroups, type FunnelTotals } from '../src/funnel/index.js';
import { agree, DEFAULT_SHAPE, generateRows, handWrittenLoop, handWrittenNestedLoop, naiveZodDecimal, rowCount, storeMonth, type BenchRow, type BenchSums } from './funnel-helpers.js';
import { compare, printComparison, printTarget } from './timing.js';

const byParts = { by: [(r: BenchRow) => r.store, (r: BenchRow) => r.date.slice(0, 7)] } as const;

function asSums(groups: Map<string, FunnelTotals>): BenchSums {
  return new Map([...groups].map(([k, f]) => [k, { visitors: f.visitors, buyers: f.buyers, paidAmount: new Decimal(f.paidAmount.toString()), spend: new Decimal((f.spend ?? 0).toString()) }]));
}

function partsAsSums(r: FunnelGroups<[string, string]>): BenchSums {
  return asSums(new Map(r.groups.map((g) => [`${g.keys[0]} ${g.keys[1]}`, g.counts])));
}

async function* batches(rows: readonly BenchRow[], size: number): AsyncGenerator<BenchRow[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

async function* oneByOne(rows: readonly BenchRow[]): AsyncGenerator<BenchRow> {
  yield* rows;
}

/** Peak RSS of a child process that streams `rows` generated rows into 1,000 store-month… groups. */
function peakRss(rows: number): { rssMb: number; seconds: number; groups: number } {
  const dir = dirname(fileURLToPath(import.meta.url));
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(dir, 'funnel-rss.ts'), String(rows)], { encoding: 'utf8', env: process.env });
  if (child.status !== 0) throw new Error(`funnel-rss.ts ${rows} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as { rssMb: number; seconds: number; groups: number };
}

export default async function funnelBench(): Promise<void> {
  const n = Number(process.env['BENCH_ROWS'] ?? rowCount(DEFAULT_SHAPE));
  const naiveRows = Math.min(n, Number(process.env['BENCH_NAIVE_ROWS'] ?? 200_000));
  const t0 = performance.now();
  const rows = [...generateRows(DEFAULT_SHAPE, n)];
  console.log(`rows: ${n.toLocaleString('en')} (${DEFAULT_SHAPE.stores.toLocaleString('en')} stores × ${DEFAULT_SHAPE.days} days × 5 sources, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s and held in memory) → store-month funnels`);

  const c = await compare({
    baseline: 'hand loop, string key',
    rounds: Number(process.env['BENCH_ROUNDS'] ?? 5),
    contenders: {
      'hand loop, string key': () => handWrittenLoop(rows),
      'hand loop, nested Maps': () => handWrittenNestedLoop(rows),
      'storeops, key parts': () => aggregateFunnels(rows, byParts),
      'storeops, keyOf string': () => aggregateFunnels(rows, storeMonth),
      'storeops async, batches of 1000': () => aggregateFunnelsAsync(batches(rows, 1000), byParts),
    },
    check: (r) => {
      const ref = r['hand loop, string key'] as BenchSums;
      agree('nested-Map loop', r['hand loop, nested Maps'] as BenchSums, ref);
      agree('storeops key parts', partsAsSums(r['storeops, key parts'] as FunnelGroups<[string, string]>), ref);
      agree('storeops keyOf', asSums(r['storeops, keyOf string'] as Map<string, FunnelTotals>), ref);
      agree('storeops async', partsAsSums(r['storeops async, batches of 1000'] as FunnelGroups<[string, string]>), ref);
      console.log(`groups: ${ref.size.toLocaleString('en')}; every contender agrees to the fen`);
    },
  });
  printComparison(c);
  printTarget(c, 'storeops, key parts', 0.8);
  printTarget(c, 'storeops, key parts', 1.25, 'hand loop, nested Maps');

  // Slower paths, on a slice, scaled per row (each against the string-key loop on the same slice).
  const slice = rows.slice(0, naiveRows);
  const slow = await compare({
    baseline: 'hand loop, string key',
    rounds: 3,
    contenders: {
      'hand loop, string key': () => handWrittenLoop(slice),
      'storeops async, row by row': () => aggregateFunnelsAsync(oneByOne(slice), byParts),
      'zod parse + Decimal per row': () => naiveZodDecimal(slice),
    },
    check: (r) => agree('zod + Decimal', r['zod parse + Decimal per row'] as BenchSums, r['hand loop, string key'] as BenchSums),
  });
  printComparison(slow, `\nslower paths on the first ${naiveRows.toLocaleString('en')} rows:`);

  if (process.env['BENCH_RSS'] !== '0') {
    const small = Number(process.env['BENCH_RSS_SMALL'] ?? 1_000_000);
    const large = Number(process.env['BENCH_RSS_LARGE'] ?? 10_000_000);
    const a = peakRss(small);
    const b = peakRss(large);
    const growth = b.rssMb / a.rssMb - 1;
    console.log(
      `\npeak RSS streaming generated rows into ${a.groups.toLocaleString('en')} store funnels (child processes): ${a.rssMb.toFixed(1)} MB for ${small.toLocaleString('en')} rows (${a.seconds.toFixed(1)} s), ${b.rssMb.toFixed(1)} MB for ${large.toLocaleString('en')} rows (${b.seconds.toFixed(1)} s): ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}% — target within 10%: ${Math.abs(growth) <= 0.1 ? 'met' : 'MISSED'}`,
    );
  }
}
