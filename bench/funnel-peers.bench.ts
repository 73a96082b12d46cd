// `npx tsx bench/index.ts funnel-peers`: the store-month rollup of the funnel benchmark
// (bench/funnel.bench.ts), four ways over the same generated daily source rows, in one run:
// storeops' aggregateFunnels, the hand-written loop (the bar), arquero 7.2.1 (a well-kept JS
// data-frame library: from row objects, and from columns) and the naive zod + Decimal per row.
// Every contender reads the rows from the same generator, so generation is in every time.
// They must agree to the fen before their times are printed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as aq from 'arquero';
import Decimal from 'decimal.js';
import { aggregateFunnels } from '../src/funnel/index.js';
import { DEFAULT_SHAPE, generateRows, handWrittenLoop, naiveZodDecimal, rowCount, storeMonth, time, type BenchRow } from './funnel-helpers.js';

type Sums = Map<string, { visitors: number; buyers: number; paidAmount: Decimal; spend: Decimal }>;

const op = aq.op;
const rollup = {
  visitors: op.sum('visitors'),
  buyers: op.sum('buyers'),
  orderBuyers: op.sum('orderBuyers'),
  pageviews: op.sum('pageviews'),
  cartAdders: op.sum('cartAdders'),
  // Money as integer fen, as the hand-written loop and storeops do.
  paidFen: (d: { paidAmount: number }) => op.sum(op.round(d.paidAmount * 100)),
  spendFen: (d: { spend: number }) => op.sum(op.round(d.spend * 100)),
};

/** The store-month rollup in arquero, turned into the same Map the other contenders return. */
function arqueroRollup(table: aq.ColumnTable): Sums {
  const out: Sums = new Map();
  const grouped = table
    .derive({ month: (d: { date: string }) => op.substring(d.date, 0, 7) })
    .groupby('store', 'month')
    .rollup(rollup);
  for (const g of grouped.objects() as { store: string; month: string; visitors: number; buyers: number; paidFen: number; spendFen: number }[]) {
    out.set(`${g.store} ${g.month}`, { visitors: g.visitors, buyers: g.buyers, paidAmount: new Decimal(g.paidFen).div(100), spend: new Decimal(g.spendFen).div(100) });
  }
  return out;
}

/** arquero from row objects: the rows as an agency script holds them. */
function arqueroFromRows(n: number): Sums {
  const rows: BenchRow[] = [...generateRows(DEFAULT_SHAPE, n)];
  return arqueroRollup(aq.from(rows));
}

/** arquero from columns: typed arrays for the counts, as a columnar loader would hand them over. */
function arqueroFromColumns(n: number): Sums {
  const store: string[] = new Array<string>(n);
  const date: string[] = new Array<string>(n);
  const ints = { visitors: new Int32Array(n), buyers: new Int32Array(n), orderBuyers: new Int32Array(n), pageviews: new Int32Array(n), cartAdders: new Int32Array(n) };
  const paidAmount = new Float64Array(n);
  const spend = new Float64Array(n);
  let i = 0;
  for (const r of generateRows(DEFAULT_SHAPE, n)) {
    store[i] = r.store;
    date[i] = r.date;
    ints.visitors[i] = r.visitors;
    ints.buyers[i] = r.buyers;
    ints.orderBuyers[i] = r.orderBuyers;
    ints.pageviews[i] = r.pageviews;
    ints.cartAdders[i] = r.cartAdders;
    paidAmount[i] = r.paidAmount;
    spend[i] = r.spend;
    i++;
  }
  return arqueroRollup(aq.table({ store: store.slice(0, i), date: date.slice(0, i), ...ints, paidAmount, spend }));
}

/**
 * Runs the contenders in rounds (each once per round, in turn) and keeps each one's fastest
 * run: on a shared machine, a slow patch then hurts every contender alike instead of one.
 */
function rounds<C extends Record<string, () => unknown>>(n: number, contenders: C): { [K in keyof C]: { seconds: number; result: ReturnType<C[K]> } } {
  type K = keyof C;
  const out = {} as { [Q in K]: { seconds: number; result: ReturnType<C[Q]> } };
  for (let r = 0; r < n; r++) {
    for (const name of Object.keys(contenders) as K[]) {
      const run = time(contenders[name] as () => ReturnType<C[typeof name]>);
      const prev = out[name];
      if (prev === undefined || run.seconds < prev.seconds) out[name] = run;
    }
  }
  return out;
}

/** storeops' result in the shape of the others (after timing: it is Decimals already). */
function asSums(groups: ReturnType<typeof aggregateFunnels>): Sums {
  return new Map(
    [...groups].map(([k, f]) => [k, { visitors: f.visitors, buyers: f.buyers, paidAmount: new Decimal(f.paidAmount.toString()), spend: new Decimal((f.spend ?? 0).toString()) }]),
  );
}

function agree(name: string, got: Sums, want: Sums): void {
  if (got.size !== want.size) throw new Error(`${name}: ${got.size} groups, the hand-written loop has ${want.size}`);
  for (const [key, w] of want) {
    const g = got.get(key);
    if (g === undefined || g.visitors !== w.visitors || g.buyers !== w.buyers || !g.paidAmount.eq(w.paidAmount) || !g.spend.eq(w.spend)) {
      throw new Error(`${name} disagrees with the hand-written loop on ${key}`);
    }
  }
}

function arqueroVersion(): string {
  try {
    const main = createRequire(import.meta.url).resolve('arquero');
    return (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export default async function funnelPeersBench(): Promise<void> {
  const n = Number(process.env['BENCH_ROWS'] ?? rowCount(DEFAULT_SHAPE));
  const naiveRows = Math.min(n, Number(process.env['BENCH_NAIVE_ROWS'] ?? 400_000));
  const repeat = Number(process.env['BENCH_REPEAT'] ?? 3);
  console.log(`store-month rollup of ${n.toLocaleString('en')} daily source rows, four ways; best of ${repeat} interleaved rounds; arquero ${arqueroVersion()}`);

  // Warm up every contender on a small slice.
  const warm = 50_000;
  handWrittenLoop(generateRows(DEFAULT_SHAPE, warm));
  aggregateFunnels(generateRows(DEFAULT_SHAPE, warm), storeMonth);
  arqueroFromRows(warm);
  arqueroFromColumns(warm);
  naiveZodDecimal(generateRows(DEFAULT_SHAPE, 20_000));

  const { hand, lib, aqRows, aqCols } = rounds(repeat, {
    hand: () => handWrittenLoop(generateRows(DEFAULT_SHAPE, n)),
    lib: () => aggregateFunnels(generateRows(DEFAULT_SHAPE, n), storeMonth),
    aqRows: () => arqueroFromRows(n),
    aqCols: () => arqueroFromColumns(n),
  });
  const naive = time(() => naiveZodDecimal(generateRows(DEFAULT_SHAPE, naiveRows)));
  const naivePerN = (naive.seconds / naiveRows) * n;

  agree('aggregateFunnels', asSums(lib.result), hand.result);
  agree('arquero (rows)', aqRows.result, hand.result);
  agree('arquero (columns)', aqCols.result, hand.result);
  if (naiveRows === n) agree('zod + Decimal', naive.result, hand.result);

  const rows: [string, number, string][] = [
    ['storeops aggregateFunnels', lib.seconds, ''],
    ['hand-written loop (integer fen)', hand.seconds, ''],
    ['arquero, from row objects', aqRows.seconds, ''],
    ['arquero, from columns', aqCols.seconds, ''],
    ['zod parse + Decimal per row', naivePerN, naiveRows < n ? ` (measured on ${naiveRows.toLocaleString('en')} rows, scaled)` : ''],
  ];
  console.log(`${'contender'.padEnd(34)}${'time'.padStart(9)}  × hand-written  × storeops`);
  for (const [name, s, note] of rows) {
    console.log(`${name.padEnd(34)}${`${s.toFixed(3)} s`.padStart(9)}  ${`${(s / hand.seconds).toFixed(2)}×`.padStart(12)}  ${`${(s / lib.seconds).toFixed(2)}×`.padStart(9)}${note}`);
  }
  console.log(
    `storeops is ${(aqRows.seconds / lib.seconds).toFixed(2)}× faster than arquero from rows, ${(aqCols.seconds / lib.seconds).toFixed(2)}× than arquero from columns, ${(naivePerN / lib.seconds).toFixed(1)}× than zod + Decimal per row.`,
  );
}
