// Shared pieces of the funnel batch benchmark, exported so peers (arquero, DuckDB …) can be
// added by another bench file: the row generator, the hand-written baseline and the naive version.
import Decimal from 'decimal.js';
import { z } from 'zod';

/** One generated daily source row, as an agency's export would hold it. */
export interface BenchRow {
  store: string;
  date: string;
  source: string;
  visitors: number;
  buyers: number;
  orderBuyers: number;
  pageviews: number;
  cartAdders: number;
  paidAmount: number;
  spend: number;
}

export const SOURCES = ['search', 'recommend', 'paid', 'own', 'activity'] as const;

/** Shape of the generated data: stores × days × sources rows, day by day. */
export interface BenchShape {
  stores: number;
  days: number;
  /** Calendar days from this date (UTC arithmetic on an ISO date only; no time zone involved). */
  start: string;
}

/** 1,000 stores × 400 days × 5 sources = 2,000,000 rows. */
export const DEFAULT_SHAPE: BenchShape = { stores: 1000, days: 400, start: '2025-01-01' };

export function rowCount(shape: BenchShape): number {
  return shape.stores * shape.days * SOURCES.length;
}

function dates(shape: BenchShape): string[] {
  const t0 = Date.parse(`${shape.start}T00:00:00Z`);
  return Array.from({ length: shape.days }, (_, d) => new Date(t0 + d * 86_400_000).toISOString().slice(0, 10));
}

/**
 * Generates the rows in memory, one object at a time (nothing is written to disk, nothing is
 * kept): deterministic pseudo-random counts, money with at most 2 decimals. `limit` stops early.
 */
export function* generateRows(shape: BenchShape = DEFAULT_SHAPE, limit = Infinity): Generator<BenchRow> {
  const days = dates(shape);
  const stores = Array.from({ length: shape.stores }, (_, s) => `S${String(s).padStart(4, '0')}`);
  let seed = 123456789;
  let n = 0;
  for (const date of days) {
    for (const store of stores) {
      for (let k = 0; k < SOURCES.length; k++) {
        if (n++ >= limit) return;
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        const r = (seed >>> 0) / 4294967296;
        const visitors = 20 + Math.floor(r * 2000);
        const buyers = Math.floor(visitors * r * 0.06);
        const orderBuyers = buyers + Math.floor(buyers * r * 0.3);
        const paidFen = buyers * (9900 + Math.floor(r * 30000));
        yield {
          store,
          date,
          source: SOURCES[k] as string,
          visitors,
          buyers,
          orderBuyers,
          pageviews: visitors * 3 + Math.floor(r * 100),
          cartAdders: Math.floor(visitors * r * 0.1),
          paidAmount: paidFen / 100,
          spend: k === 2 ? Math.floor(visitors * r * 90) / 100 : 0,
        };
      }
    }
  }
}

/** The store-month key every contender uses. */
export function storeMonth(row: BenchRow): string {
  return `${row.store} ${row.date.slice(0, 7)}`;
}

/** Per group sums of the baseline, money in fen. */
export interface PlainSums {
  visitors: number;
  buyers: number;
  orderBuyers: number;
  pageviews: number;
  cartAdders: number;
  paidFen: number;
  spendFen: number;
}

/**
 * (a) The bar: a hand-written loop over plain numbers, no validation, money summed as integer
 * fen, one `Decimal` per amount at the end (TOOLCHAIN.md: ~0.74 s for 2M rows on these machines).
 */
export function handWrittenLoop(rows: Iterable<BenchRow>): Map<string, { visitors: number; buyers: number; paidAmount: Decimal; spend: Decimal }> {
  const groups = new Map<string, PlainSums>();
  for (const row of rows) {
    const key = `${row.store} ${row.date.slice(0, 7)}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { visitors: 0, buyers: 0, orderBuyers: 0, pageviews: 0, cartAdders: 0, paidFen: 0, spendFen: 0 };
      groups.set(key, g);
    }
    g.visitors += row.visitors;
    g.buyers += row.buyers;
    g.orderBuyers += row.orderBuyers;
    g.pageviews += row.pageviews;
    g.cartAdders += row.cartAdders;
    g.paidFen += Math.round(row.paidAmount * 100);
    g.spendFen += Math.round(row.spend * 100);
  }
  const out = new Map<string, { visitors: number; buyers: number; paidAmount: Decimal; spend: Decimal }>();
  for (const [key, g] of groups) {
    out.set(key, { visitors: g.visitors, buyers: g.buyers, paidAmount: new Decimal(g.paidFen).div(100), spend: new Decimal(g.spendFen).div(100) });
  }
  return out;
}

/**
 * (a′) The same loop with nested Maps (store → month → sums): no key string per row, the fastest
 * loop a user would write by hand. Returns the same string-keyed Map as (a), built after the loop.
 */
export function handWrittenNestedLoop(rows: Iterable<BenchRow>): Map<string, { visitors: number; buyers: number; paidAmount: Decimal; spend: Decimal }> {
  const stores = new Map<string, Map<string, PlainSums>>();
  for (const row of rows) {
    let months = stores.get(row.store);
    if (months === undefined) {
      months = new Map();
      stores.set(row.store, months);
    }
    const month = row.date.slice(0, 7);
    let g = months.get(month);
    if (g === undefined) {
      g = { visitors: 0, buyers: 0, orderBuyers: 0, pageviews: 0, cartAdders: 0, paidFen: 0, spendFen: 0 };
      months.set(month, g);
    }
    g.visitors += row.visitors;
    g.buyers += row.buyers;
    g.orderBuyers += row.orderBuyers;
    g.pageviews += row.pageviews;
    g.cartAdders += row.cartAdders;
    g.paidFen += Math.round(row.paidAmount * 100);
    g.spendFen += Math.round(row.spend * 100);
  }
  const out = new Map<string, { visitors: number; buyers: number; paidAmount: Decimal; spend: Decimal }>();
  for (const [store, months] of stores) {
    for (const [month, g] of months) {
      out.set(`${store} ${month}`, { visitors: g.visitors, buyers: g.buyers, paidAmount: new Decimal(g.paidFen).div(100), spend: new Decimal(g.spendFen).div(100) });
    }
  }
  return out;
}

/** The result shape every contender is compared in. */
export type BenchSums = Map<string, { visitors: number; buyers: number; paidAmount: Decimal; spend: Decimal }>;

/** Throws unless two contenders agree to the fen on every group. */
export function agree(name: string, got: BenchSums, want: BenchSums): void {
  if (got.size !== want.size) throw new Error(`${name}: ${got.size} groups, the reference has ${want.size}`);
  for (const [key, w] of want) {
    const g = got.get(key);
    if (g === undefined || g.visitors !== w.visitors || g.buyers !== w.buyers || !g.paidAmount.eq(w.paidAmount) || !g.spend.eq(w.spend)) {
      throw new Error(`${name} disagrees with the reference on ${key}`);
    }
  }
}

const count = z.number().int().nonnegative();
const money = z.union([z.number().finite().nonnegative(), z.string().regex(/^\d+(\.\d+)?$/)]);
const naiveSchema = z.object({
  store: z.string(),
  date: z.string(),
  source: z.string(),
  visitors: count,
  buyers: count,
  orderBuyers: count,
  pageviews: count,
  cartAdders: count,
  paidAmount: money,
  spend: money,
});

/** (b) The naive version: a zod (classic) parse and `Decimal` sums per row. */
export function naiveZodDecimal(rows: Iterable<unknown>): Map<string, { visitors: number; buyers: number; paidAmount: Decimal; spend: Decimal }> {
  const groups = new Map<string, { visitors: number; buyers: number; orderBuyers: number; pageviews: number; cartAdders: number; paidAmount: Decimal; spend: Decimal }>();
  for (const raw of rows) {
    const row = naiveSchema.parse(raw);
    const key = `${row.store} ${row.date.slice(0, 7)}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { visitors: 0, buyers: 0, orderBuyers: 0, pageviews: 0, cartAdders: 0, paidAmount: new Decimal(0), spend: new Decimal(0) };
      groups.set(key, g);
    }
    g.visitors += row.visitors;
    g.buyers += row.buyers;
    g.orderBuyers += row.orderBuyers;
    g.pageviews += row.pageviews;
    g.cartAdders += row.cartAdders;
    g.paidAmount = g.paidAmount.plus(new Decimal(row.paidAmount));
    g.spend = g.spend.plus(new Decimal(row.spend));
  }
  const out = new Map<string, { visitors: number; buyers: number; paidAmount: Decimal; spend: Decimal }>();
  for (const [key, g] of groups) out.set(key, { visitors: g.visitors, buyers: g.buyers, paidAmount: g.paidAmount, spend: g.spend });
  return out;
}

/** Seconds taken by `fn`. */
export function time<T>(fn: () => T): { seconds: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { seconds: (performance.now() - t0) / 1000, result };
}

/** Seconds taken by an async `fn`. */
export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { seconds: (performance.now() - t0) / 1000, result };
}
