import * as z from 'zod/mini';
import { describeValue, fail, formatPath, UNREADABLE, type ErrorIssue } from '../core/errors.js';
import { snapshotArray } from '../core/limits.js';
import { isoDateSchema, type IsoDate } from '../core/dates.js';
import { parseInput } from '../core/validate.js';
import { isProblem } from './cells.js';
import { fieldOfHeader, READERS } from './headers.js';
import { sycmSourceCategory, type SycmSourceCategory } from './sycmSourceCategory.js';

/**
 * The kind of 生意参谋 export: `store` (店铺整体, one row per day), `item` (商品, per item and
 * day), `source` (流量来源, per source and day) or `keyword` (直通车 keyword report).
 */
export type SycmKind = 'store' | 'item' | 'source' | 'keyword';

/** The numbers a 生意参谋 row may carry. Counts are integers, rates 0–1, money exact decimal strings in yuan. @see DOMAIN.md §2 */
export interface SycmMetrics {
  /** 访客数 UV. */
  visitors?: number;
  /** 浏览量 PV. */
  pageviews?: number;
  /** 跳失率 (store) or 商品详情页跳出率 (item), 0–1. */
  bounceRate?: number;
  /** 人均浏览量 / 平均访问深度. */
  pagesPerVisitor?: number;
  /** 平均停留时长, seconds. */
  avgStaySeconds?: number;
  /** 下单买家数 / 下单用户数. */
  orderBuyers?: number;
  /** 下单金额, yuan. */
  orderAmount?: string;
  /** 下单转化率, 0–1. */
  orderConversionRate?: number;
  /** 支付买家数 / 支付用户数. */
  buyers?: number;
  /** 支付新买家数. */
  newBuyers?: number;
  /** 支付老买家数. */
  returningBuyers?: number;
  /** 支付件数. */
  paidUnits?: number;
  /** 支付金额, yuan. */
  paidAmount?: string;
  /** 支付转化率, 0–1. */
  conversionRate?: number;
  /** 客单价, yuan. */
  aov?: string;
  /** 访客平均价值 (UV价值), yuan. */
  revenuePerVisitor?: string;
  /** 商品收藏人数. */
  favoriters?: number;
  /** 商品加购人数. */
  cartAdders?: number;
  /** 成功退款金额, yuan. */
  refundAmount?: string;
  /** 展现量 (ads). */
  impressions?: number;
  /** 点击量 (ads). */
  clicks?: number;
  /** 点击率 (ads), 0–1. */
  ctr?: number;
  /** 花费 (ads), yuan. */
  spend?: string;
  /** 平均点击花费 (ads), yuan. */
  cpc?: string;
  /** 总成交金额 (ads), yuan. */
  sales?: string;
  /** 总成交笔数 (ads). */
  orders?: number;
  /** 投入产出比 (ads). */
  roi?: number;
}

/** One parsed row: its kind, its position in the input, its keys and numbers, and the columns storeops does not know. */
export interface SycmRow extends SycmMetrics {
  /** The export kind the row was read as. */
  kind: SycmKind;
  /** Position of the row in the input (0-based), so it can be traced back to the file. */
  index: number;
  /** 统计日期. Required except in keyword reports (which may cover several days). */
  date?: IsoDate;
  /** 商品ID (item rows; keyword rows may name the promoted item). */
  itemId?: string;
  /** 商品名称. */
  itemName?: string;
  /** 一级来源 / 流量来源, e.g. `付费流量`. */
  sourceLevel1?: string;
  /** 二级来源 / 来源明细, e.g. `直通车`. */
  sourceLevel2?: string;
  /** 三级来源. */
  sourceLevel3?: string;
  /** The most specific source name given (level 3, else 2, else 1) — source rows only. */
  source?: string;
  /** How deep `source` is: 1, 2 or 3. A level-1 row is the total of its level-2 rows: do not add both. */
  sourceLevel?: 1 | 2 | 3;
  /** Traffic category of the source for `trafficStructure` — source rows only. */
  category?: SycmSourceCategory;
  /** 关键词 (keyword rows). */
  keyword?: string;
  /** 计划名称 (keyword rows). */
  campaign?: string;
  /** Unknown columns, by header, with their cell text — kept, never dropped. */
  extra: Record<string, string>;
}

/** A bad cell or a row that could not be read: its row index and column header, and what was wrong. */
export interface SycmCellError extends ErrorIssue {
  /** Position of the row in the input (0-based). */
  row: number;
  /** The column header (`''` when the whole row is unreadable). */
  column: string;
}

/** Options of {@link parseSycmRows}. */
export interface SycmParseOptions {
  /** The export kind; detected from the headers when left out (关键词 → keyword, 来源 → source, 商品ID → item, else store). */
  kind?: SycmKind;
  /** The day of every row that has no 统计日期 column (single-day exports). */
  date?: IsoDate;
}

/** What {@link parseSycmRows} returns: every input row is either in `rows` or named by an error. */
export interface SycmParseResult {
  /** The export kind the rows were read as. */
  kind: SycmKind;
  /** The rows read without error, in input order. */
  rows: SycmRow[];
  /** Every bad cell (a row may have several) and every unreadable row. */
  errors: SycmCellError[];
  /** How many input rows were left out because of errors. */
  leftOut: number;
  /** Headers storeops does not know (their cells are in each row's `extra`). */
  unknownColumns: string[];
}

const optionsSchema = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['store', 'item', 'source', 'keyword'])),
  date: /* @__PURE__ */ z.optional(isoDateSchema),
});

/** Guesses the export kind from a row's headers. */
function sniffKind(headers: readonly string[]): SycmKind {
  let item = false;
  let source = false;
  for (const h of headers) {
    const f = fieldOfHeader(h.trim())?.field;
    if (f === 'keyword') return 'keyword';
    if (f === 'sourceLevel1' || f === 'sourceLevel2' || f === 'sourceLevel3') source = true;
    if (f === 'itemId') item = true;
  }
  return source ? 'source' : item ? 'item' : 'store';
}

const REQUIRED: Record<SycmKind, readonly (readonly [string, string])[]> = {
  store: [['date', '统计日期']],
  item: [
    ['date', '统计日期'],
    ['itemId', '商品ID'],
  ],
  source: [['date', '统计日期']],
  keyword: [['keyword', '关键词']],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false; // a revoked proxy: reported as a bad row
  }
}

/** A cell of an unknown column as text; a cell whose `toString` throws is described instead. */
function cellString(cell: unknown): string {
  try {
    return String(cell);
  } catch {
    return describeValue(cell);
  }
}

/**
 * Reads rows of 生意参谋 exports (store, item, traffic-source and 直通车 keyword reports),
 * keyed by their Chinese headers, into typed rows: `'1,234'` → 1234, `'3.21%'` → 0.0321,
 * `'¥12,345.60'` → `'12345.60'` (exact money strings), `'-'` or `''` → missing. Both the older
 * 买家数 and the newer 用户数 headers are understood. A bad cell yields an error naming its row
 * and column, and its row is left out of `rows`; unknown columns are kept in each row's
 * `extra`. No row is dropped silently. Reading CSV or Excel files is the caller's job: pass
 * the rows as objects (header → cell).
 *
 * @param rows - the export's rows, e.g. `[{ 统计日期: '2026-10-31', 访客数: '1,234', … }]`.
 * @param options - the export kind (detected from the headers by default) and a default date.
 * @returns the rows read, the errors and how many rows were left out.
 * @throws StoreOpsError `INVALID_INPUT` when `rows` is not an array; `INVALID_OPTIONS` for bad options.
 * @see DOMAIN.md §2
 * @example
 * ```ts
 * import { parseSycmRows } from 'storeops/adapters';
 * const r = parseSycmRows([{ 统计日期: '2026-10-31', 访客数: '1,234', 支付用户数: '40', 支付转化率: '3.24%', 支付金额: '¥7,140.50', 客单价: '-', 备注: 'x' }]);
 * r.kind //=> 'store'
 * r.rows[0] //=> { date: '2026-10-31', visitors: 1234, buyers: 40, conversionRate: 0.0324, paidAmount: '7140.50', extra: { 备注: 'x' } }
 * r.rows[0].aov //=> undefined
 * const bad = parseSycmRows([{ 统计日期: '2026-10-31', 访客数: '12x' }, { 统计日期: '2026-10-30', 访客数: '9' }]);
 * bad.errors[0] //=> { row: 0, column: '访客数', path: '[0]["访客数"]' }
 * bad.rows.length //=> 1
 * bad.leftOut //=> 1
 * parseSycmRows('not rows') //=> throws INVALID_INPUT
 * ```
 */
export function parseSycmRows(rows: readonly Record<string, unknown>[], options: SycmParseOptions = {}): SycmParseResult {
  const list = snapshotArray(rows, ''); // a revoked proxy or a throwing trap: StoreOpsError
  if (list === undefined) fail('INVALID_INPUT', '', `expected an array of rows, received ${describeValue(rows)}`, { expected: 'array' });
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const firstRecord = list.find(isRecord);
  const kind: SycmKind = opts.kind ?? (firstRecord === undefined ? 'store' : sniffKind(Object.keys(firstRecord)));
  const required = REQUIRED[kind];

  const out: SycmRow[] = [];
  const errors: SycmCellError[] = [];
  const unknown = new Set<string>();
  let leftOut = 0;

  for (let index = 0; index < list.length; index++) {
    const raw: unknown = list[index];
    if (!isRecord(raw)) {
      errors.push({ row: index, column: '', path: formatPath([index]), message: `expected a row object (header → cell), received ${describeValue(raw)}`, expected: 'object', received: describeValue(raw) });
      leftOut++;
      continue;
    }
    // Read the row once: a getter or proxy that throws makes a row error, like any bad row.
    let cells: [string, unknown][];
    try {
      cells = Object.keys(raw).map((key) => [key, raw[key]]);
    } catch {
      errors.push({ row: index, column: '', path: formatPath([index]), message: UNREADABLE, expected: 'object', received: 'object' });
      leftOut++;
      continue;
    }
    const row: Record<string, unknown> = { kind, index, extra: {} };
    const extra: Record<string, string> = {};
    let bad = false;
    for (const [key, cell] of cells) {
      const header = key.trim();
      const spec = fieldOfHeader(header);
      if (spec === undefined) {
        if (header === '') continue;
        unknown.add(header);
        // Defined, not assigned: `extra['__proto__'] = …` would drop a column so named (JSON.parse makes one).
        if (cell !== undefined && cell !== null) {
          Object.defineProperty(extra, header, { value: typeof cell === 'string' ? cell : cellString(cell), enumerable: true, writable: true, configurable: true });
        }
        continue;
      }
      const value = READERS[spec.kind](cell);
      if (value === undefined) continue;
      if (isProblem(value)) {
        errors.push({
          row: index,
          column: header,
          path: formatPath([index, header]),
          message: `expected ${value.expected}, received ${value.received}`,
          expected: value.expected,
          received: value.received,
        });
        bad = true;
        continue;
      }
      row[spec.field] = value;
    }
    if (row['date'] === undefined && opts.date !== undefined) row['date'] = opts.date;
    if (kind === 'source' && row['sourceLevel1'] === undefined && row['sourceLevel2'] === undefined && row['sourceLevel3'] === undefined) {
      errors.push({ row: index, column: '流量来源', path: formatPath([index, '流量来源']), message: 'required source name is missing', expected: 'text' });
      bad = true;
    }
    for (const [field, header] of required) {
      if (row[field] === undefined) {
        errors.push({ row: index, column: header, path: formatPath([index, header]), message: `required ${header} is missing`, expected: field === 'date' ? 'date YYYY-MM-DD' : 'text' });
        bad = true;
      }
    }
    if (bad) {
      leftOut++;
      continue;
    }
    if (kind === 'source') {
      const l1 = row['sourceLevel1'] as string | undefined;
      const l2 = row['sourceLevel2'] as string | undefined;
      const l3 = row['sourceLevel3'] as string | undefined;
      row['source'] = l3 ?? l2 ?? l1;
      row['sourceLevel'] = l3 !== undefined ? 3 : l2 !== undefined ? 2 : 1;
      row['category'] = sycmSourceCategory(l1, l2 ?? l3);
    }
    row['extra'] = extra;
    out.push(row as unknown as SycmRow);
  }
  return { kind, rows: out, errors, leftOut, unknownColumns: [...unknown] };
}
