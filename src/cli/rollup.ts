// `storeops rollup <dir> --by store,month`: funnels per group, with every metric of funnelMetrics.
import { aggregateFunnels, funnelMetrics, type FunnelTotals } from '../funnel/index.js';
import { monthOf, weekOf, type Decimal, type Locale } from '../core/index.js';
import type { SycmRow } from '../adapters/index.js';
import type { TableCell, TableRow } from '../files/index.js';
import { listStores, readStoreFolder } from './folder.js';
import type { CliIo } from './io.js';
import { progressOn } from './progress.js';
import { writeTables } from './tables.js';

/** The key parts a rollup can group by. */
export const ROLLUP_PARTS = ['store', 'source', 'day', 'week', 'month'] as const;
/** A key part. */
export type RollupPart = (typeof ROLLUP_PARTS)[number];

/** Options of the rollup command. */
export interface RollupCommandOptions {
  by: RollupPart[];
  out?: string;
  locale: Locale;
  quiet?: boolean;
  json?: boolean;
}

const COUNT_FIELDS = ['impressions', 'clicks', 'pageviews', 'cartAdders', 'favoriters', 'orderBuyers', 'orders', 'newBuyers', 'returningBuyers'] as const;
const MONEY_FIELDS = ['spend', 'refundAmount'] as const;

/** A funnel row for aggregateFunnels from an export row: missing required counts (an export's '-') are 0, as in the brief. @internal */
export function funnelRowOf(store: string, row: SycmRow, source: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { store, date: row.date, source, visitors: row.visitors ?? 0, buyers: row.buyers ?? 0, paidAmount: row.paidAmount ?? '0' };
  for (const f of COUNT_FIELDS) if (row[f] !== undefined) out[f] = row[f];
  for (const f of MONEY_FIELDS) if (row[f] !== undefined) out[f] = row[f];
  return out;
}

/** The path of a source row, level 1 to its deepest level (`付费流量/万相台/关键词推广`). @internal */
export function sourcePath(row: SycmRow): string {
  return [row.sourceLevel1, row.sourceLevel2, row.sourceLevel3].filter((x) => x !== undefined && x !== '').join('/');
}

/**
 * The leaves of a day's source rows: a row whose path is the start of another row's path is a
 * subtotal of its branch, and counting both would count its visitors twice. @internal */
export function sourceLeaves(rows: readonly SycmRow[]): SycmRow[] {
  const byDay = new Map<string, SycmRow[]>();
  for (const r of rows) {
    const d = r.date ?? '';
    const list = byDay.get(d) ?? [];
    list.push(r);
    byDay.set(d, list);
  }
  const leaves: SycmRow[] = [];
  for (const list of byDay.values()) {
    const prefixes = new Set<string>();
    for (const r of list) {
      const parts = sourcePath(r).split('/');
      for (let i = 1; i < parts.length; i++) prefixes.add(parts.slice(0, i).join('/'));
    }
    for (const r of list) if (!prefixes.has(sourcePath(r))) leaves.push(r);
  }
  return leaves;
}

function keyPart(part: RollupPart, row: Record<string, unknown>): string {
  if (part === 'store') return row['store'] as string;
  if (part === 'source') return row['source'] as string;
  const date = row['date'] as string;
  return part === 'day' ? date : part === 'week' ? weekOf(date) : monthOf(date);
}

const cell = (v: unknown): TableCell => (v === undefined ? null : typeof (v as { toFixed?: unknown } | null)?.toFixed === 'function' && typeof v === 'object' ? (v as unknown as Decimal).toFixed(2) : (v as TableCell));

/** The table of groups: key parts, summed counts, and every metric of funnelMetrics (money to the fen). @internal */
export function rollupTable(groups: Map<string, FunnelTotals>, by: readonly RollupPart[], locale: Locale): TableRow[] {
  const rows: TableRow[] = [];
  for (const [key, totals] of groups) {
    const parts = key.split('\u0000');
    const row: Record<string, TableCell> = {};
    by.forEach((p, i) => {
      row[p] = parts[i] as string;
    });
    row['visitors'] = totals.visitors;
    row['buyers'] = totals.buyers;
    row['paidAmount'] = cell(totals.paidAmount);
    for (const f of COUNT_FIELDS) row[f] = cell(totals[f]);
    for (const f of MONEY_FIELDS) row[f] = cell(totals[f]);
    const { flags, ...metrics } = funnelMetrics(totals, { locale });
    for (const [k, v] of Object.entries(metrics)) {
      // Money-valued ratios (AOV, UV价值, CPC) are rounded to the fen in results (DESIGN: Results).
      row[k] = cell(v);
    }
    row['flags'] = flags.map((f) => f.code).join(' ');
    rows.push(row);
  }
  return rows.sort((a, b) => {
    for (const p of by) {
      const x = String(a[p]);
      const y = String(b[p]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}

/** Runs `storeops rollup`; returns the exit code (0 only when every store was read). @internal */
export async function rollupCommand(dir: string, options: RollupCommandOptions, io: CliIo): Promise<number> {
  const bySource = options.by.includes('source');
  const ids = await listStores(dir);
  const progress = progressOn(io.stderr, options.quiet === true || options.json === true);
  const rows: Record<string, unknown>[] = [];
  const skipped: string[] = [];
  progress.start(ids.length, 'rollup');
  for (const [i, id] of ids.entries()) {
    const folder = await readStoreFolder(dir, id);
    const first = folder.problems[0];
    if (first !== undefined) skipped.push(`${id}: ${first.file}: ${first.message}`);
    else {
      const kind = bySource ? 'source' : 'store';
      const read = folder.reads.filter((r) => r.result.kind === kind).flatMap((r) => r.result.rows);
      const used = bySource ? sourceLeaves(read) : read;
      for (const r of used) rows.push(funnelRowOf(id, r, bySource ? sourcePath(r) : undefined));
    }
    progress.update(i + 1, id);
  }
  progress.stop();
  const groups = aggregateFunnels(rows, (r) => options.by.map((p) => keyPart(p, r)).join('\u0000'), { locale: options.locale, onError: 'collect' });
  // A row that cannot be summed (a bad count) is named, never folded in or dropped silently.
  for (const e of groups.errors) {
    const r = rows[e.row] as Record<string, unknown>;
    skipped.push(`${String(r['store'])}: row for ${String(r['date'])}${r['source'] === undefined ? '' : ` ${String(r['source'])}`} not summed: ${e.path}: ${e.message}`);
  }
  await writeTables([{ name: 'rollup', rows: rollupTable(groups, options.by, options.locale) }], options.out, options.json === true, io);
  for (const s of skipped) io.stderr.write(`storeops rollup: ${s}\n`);
  return skipped.length === 0 ? 0 : 1;
}
