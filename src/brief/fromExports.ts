import * as z from 'zod/mini';
import { isoDateSchema, type IsoDate } from '../core/dates.js';
import { fail, formatPath } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import type { BriefItemDay, BriefKeywordDay, BriefSourceDay, BriefStoreDay, DailyBriefInput } from './input.js';
import { pure } from '../core/pure.js';

/**
 * One export as {@link briefInputFromExports} reads it: a `readExport` result (`storeops/files`),
 * or anything of the same shape — its kind, its typed rows (as `parseSycmRows` gives them) and
 * its bad cells.
 */
export interface ExportRead {
  /** `store`, `item`, `source` or `keyword`; exports of other kinds are not read by the brief. */
  kind: string;
  /** The rows read without error. */
  rows: readonly object[];
  /** The bad cells, each naming its row: a row with several bad cells counts once in `leftOut`. */
  errors: readonly { row: number }[];
  /** The file the export came from, named in the brief's data area (default `<kind> export <n>`). */
  fileName?: string;
}

/** What {@link briefInputFromExports} adds to the rows of the exports: the day, the plan and the rest of {@link DailyBriefInput}. */
export type BriefFromExportsOptions = Partial<Omit<DailyBriefInput, 'store' | 'sources' | 'items' | 'keywords' | 'leftOut'>>;

const readSchema = /* @__PURE__ */ pure(() => z.array(
  z.object({
    kind: z.string(),
    rows: z.array(z.record(z.string(), z.unknown())),
    errors: z.array(z.object({ row: z.number() })),
    fileName: z.optional(z.string()),
  }),
));

const optionsSchema = /* @__PURE__ */ pure(() => z.object({ date: z.optional(isoDateSchema) }));

/** The kinds the brief reads, and the key that makes a row unique within its kind. */
const KEYS: Readonly<Record<string, (row: Readonly<Record<string, unknown>>) => string>> = {
  store: (r) => String(r['date']),
  item: (r) => `${String(r['date'])}\u0000${String(r['itemId'])}`,
  source: (r) => `${String(r['date'])}\u0000${String(r['sourceLevel1'] ?? '')}\u0000${String(r['sourceLevel2'] ?? '')}\u0000${String(r['sourceLevel3'] ?? '')}\u0000${String(r['source'] ?? '')}`,
  keyword: (r) => `${String(r['date'])}\u0000${String(r['keyword'])}\u0000${String(r['itemId'] ?? '')}\u0000${String(r['campaign'] ?? '')}`,
};

/**
 * Builds a store's {@link DailyBriefInput} from its read exports (the files of one store folder,
 * each read by `readExport`): store, item, traffic-source and keyword rows are gathered by kind,
 * the bad rows of each file are counted in `leftOut` under the file's name (so the brief's data
 * area names them), and keyword rows without a day (a period summary) are counted there too.
 * The day defaults to the latest day of the store rows. The same day (or item, source, keyword
 * on a day) in two files would be counted twice, so it is an error naming both files, never a
 * silent pick (within one file, rows are taken as the file gives them). Exports of kinds the brief does not read are left to the caller to report.
 *
 * @param exports - the store's exports: `{ kind, rows, errors, fileName? }` each.
 * @param options - the rest of the brief's input: `date`, `storeName`, `plan`, `heroItemId`,
 *   `products`, `breakEvenRoi`, `dsr`, `service`, `stock`, `members`.
 * @returns the input for `dailyBrief`.
 * @throws StoreOpsError `INVALID_INPUT` for a malformed export, no store rows, or a row found
 *   in two files (path of the second).
 * @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop)
 * @example
 * ```ts
 * import { briefInputFromExports } from 'storeops/brief';
 * const store = { kind: 'store', fileName: 'store.xls', rows: [{ date: '2026-05-30', visitors: 900, buyers: 27, paidAmount: '6210.00' }, { date: '2026-05-31', visitors: 1000, buyers: 30, paidAmount: '7200.00' }], errors: [{ row: 2 }, { row: 2 }] };
 * const input = briefInputFromExports([store], { plan: [{ date: '2026-05-31', target: 8000 }] });
 * input.date //=> '2026-05-31'
 * input.store.length //=> 2
 * input.leftOut //=> [{ export: 'store.xls', rows: 1 }]
 * briefInputFromExports([store, { ...store, fileName: 'again.xls' }]) //=> throws INVALID_INPUT
 * ```
 */
export function briefInputFromExports(exports: readonly ExportRead[], options: BriefFromExportsOptions = {}): DailyBriefInput {
  const reads = parseInput(readSchema, exports);
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const store: BriefStoreDay[] = [];
  const sources: BriefSourceDay[] = [];
  const items: BriefItemDay[] = [];
  const keywords: BriefKeywordDay[] = [];
  const leftOut: { export: string; rows: number }[] = [];
  // Which file each key was first seen in: a key repeated within one file is that file's own
  // business (two terminals, two campaigns); the same key in two files would be counted twice.
  const seen = new Map<string, number>();
  const counters: Record<string, number> = {};
  const names: string[] = [];
  reads.forEach((read, i) => {
    counters[read.kind] = (counters[read.kind] ?? 0) + 1;
    const name = read.fileName ?? `${read.kind} export ${counters[read.kind] as number}`;
    names.push(name);
    const badRows = new Set(read.errors.map((e) => e.row)).size;
    const keyOf = KEYS[read.kind];
    if (keyOf === undefined) return;
    let undated = 0;
    (read.rows as Readonly<Record<string, unknown>>[]).forEach((row, j) => {
      if (read.kind === 'keyword' && row['date'] === undefined) {
        undated++;
        return;
      }
      const key = `${read.kind}\u0000${keyOf(row)}`;
      const first = seen.get(key);
      if (first !== undefined && first !== i) fail('INVALID_INPUT', formatPath([i, 'rows', j]), `${read.kind} row for ${String(row['date'])} is in both ${names[first] as string} and ${name}: it would be counted twice`);
      seen.set(key, i);
      const list: unknown[] = read.kind === 'store' ? store : read.kind === 'item' ? items : read.kind === 'source' ? sources : keywords;
      list.push(row);
    });
    if (badRows > 0) leftOut.push({ export: name, rows: badRows });
    if (undated > 0) leftOut.push({ export: `${name} (no day)`, rows: undated });
  });
  if (store.length === 0) fail('INVALID_INPUT', '', 'no store export (店铺整体) among the exports: the brief needs the store days');
  const date: IsoDate = opts.date ?? store.reduce((last, d) => (String(d.date) > last ? String(d.date) : last), '');
  const input: DailyBriefInput = { ...(options as object), date, store };
  if (sources.length > 0) input.sources = sources;
  if (items.length > 0) input.items = items;
  if (keywords.length > 0) input.keywords = keywords;
  input.leftOut = leftOut;
  return input;
}
