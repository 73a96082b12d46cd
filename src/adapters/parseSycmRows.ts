import * as z from 'zod/mini';
import { describeValue, fail, formatPath, StoreOpsError, UNREADABLE, type ErrorIssue } from '../core/errors.js';
import { snapshotArray } from '../core/limits.js';
import { isoDateSchema, type IsoDate } from '../core/dates.js';
import { localeSchema, parseInput } from '../core/validate.js';
import { isProblem, type DateRange } from './cells.js';
import { detectKind, fieldOfHeader, READERS, SYCM_KINDS, type FieldSpec, type SycmKind } from './headers.js';
import { resolveSourceTree, type SourceEntry } from './sourceTree.js';
import { classifySource, type SycmSourceCategory } from './sycmSourceCategory.js';
import { pure } from '../core/pure.js';
import { DEFAULT_LOCALE, renderMessage, type Locale } from '../core/i18n.js';
import { adaptersMessages, sourcePathText } from './messages.js';

export type { SycmKind } from './headers.js';

/** The period of a summary row (a week or month written as a range in its date column), both days included. */
export interface SycmPeriod extends DateRange {}

/**
 * The numbers a 生意参谋 / 万相台 row may carry. Counts are integers, rates 0–1, money exact
 * decimal strings in yuan. Measures the platform keeps apart stay apart: the store's 跳失率
 * (`bounceRate`) is not the item's 商品详情页跳出率 (`detailBounceRate`); 人均浏览量
 * (`pagesPerVisitor`, PV / UV) is not 平均访问深度 (`pagesPerVisit`, PV / visits); 客单价
 * (`aov`, per buyer) is not 笔单价 (`orderValue`, per order).
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 */
export interface SycmMetrics {
  /** 访客数 UV (商品访客数 in item exports). */
  visitors?: number;
  /** 浏览量 PV (商品浏览量 in item exports). */
  pageviews?: number;
  /** 新访客数. */
  newVisitors?: number;
  /** 老访客数. */
  returningVisitors?: number;
  /** 访客数较前一天变化量: visitors against the day before (signed). */
  visitorsDayChange?: number;
  /** 跳失率: the store's visit-based bounce rate, 0–1. */
  bounceRate?: number;
  /** 商品详情页跳出率: the item detail page's bounce rate, 0–1 (not the store's 跳失率). */
  detailBounceRate?: number;
  /** 人均浏览量 (labelled 访问深度 in the store export): PV / UV. */
  pagesPerVisitor?: number;
  /** 平均访问深度: PV / visits (sessions), where an export gives it beside 人均浏览量. */
  pagesPerVisit?: number;
  /** 平均停留时长 / 人均停留时长, seconds. */
  avgStaySeconds?: number;
  /** 下单买家数 / 下单用户数. */
  orderBuyers?: number;
  /** 下单件数. */
  orderUnits?: number;
  /** 下单金额, yuan. */
  orderAmount?: string;
  /** 下单转化率, 0–1. */
  orderConversionRate?: number;
  /** 支付买家数 / 支付用户数. */
  buyers?: number;
  /** 支付新买家数. */
  newBuyers?: number;
  /** 支付老买家数 (老买家数 in the store export). */
  returningBuyers?: number;
  /** 支付件数 / 支付商品件数. */
  paidUnits?: number;
  /** 支付金额, yuan. */
  paidAmount?: string;
  /** 净支付金额 (payment less refunds), yuan. */
  netPaidAmount?: string;
  /** 老买家支付金额, yuan. */
  returningBuyerAmount?: string;
  /** 聚划算支付金额, yuan. */
  juhuasuanAmount?: string;
  /** 支付转化率 (商品支付转化率 in item exports), 0–1. */
  conversionRate?: number;
  /** 客单价: paid amount per paying buyer, yuan. */
  aov?: string;
  /** 笔单价: paid amount per order, yuan. */
  orderValue?: string;
  /** 访客平均价值 (UV价值), yuan. */
  revenuePerVisitor?: string;
  /** 商品收藏人数 / 收藏商品买家数. */
  favoriters?: number;
  /** 店铺收藏人数 / 关注店铺买家数. */
  storeFavoriters?: number;
  /** 商品加购人数 / 加购人数. */
  cartAdders?: number;
  /** 商品加购件数. */
  cartUnits?: number;
  /** 成功退款金额 / 退款金额(完结时间), yuan. */
  refundAmount?: string;
  /** 售中申请退款金额, yuan. */
  refundRequestAmount?: string;
  /** 关键词推广费 (store overview), yuan. */
  keywordAdSpend?: string;
  /** 全站推广花费 (store overview), yuan. */
  siteAdSpend?: string;
  /** 竞争力评分 (item). */
  competitivenessScore?: number;
  /** 年累计支付金额, yuan. */
  yearToDateAmount?: string;
  /** 月累计支付金额, yuan. */
  monthToDateAmount?: string;
  /** 月累计支付件数. */
  monthToDateUnits?: number;
  /** 搜索引导支付转化率, 0–1. */
  searchConversionRate?: number;
  /** 搜索引导访客数. */
  searchVisitors?: number;
  /** 搜索引导支付买家数. */
  searchBuyers?: number;
  /** 结构化详情引导转化率, 0–1. */
  structuredDetailConversionRate?: number;
  /** 结构化详情引导成交占比, 0–1. */
  structuredDetailShare?: number;
  /** 直接支付买家数 (three-level source export). */
  directBuyers?: number;
  /** 收藏商品-支付买家数. */
  favoriteBuyers?: number;
  /** 粉丝支付买家数. */
  fanBuyers?: number;
  /** 加购商品-支付买家数. */
  cartBuyers?: number;
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
  /** 千次展现花费 (ads), yuan. */
  cpm?: string;
  /** 总成交金额 (ads), yuan. */
  sales?: string;
  /** 总成交笔数 (ads). */
  orders?: number;
  /** 直接成交金额 (ads), yuan. */
  directSales?: string;
  /** 直接成交笔数 (ads). */
  directOrders?: number;
  /** 间接成交金额 (ads), yuan. */
  indirectSales?: string;
  /** 间接成交笔数 (ads). */
  indirectOrders?: number;
  /** 点击转化率 (ads), 0–1. */
  clickConversionRate?: number;
  /** 总购物车数 (ads). */
  cartAdds?: number;
  /** 总收藏数 (ads). */
  favorites?: number;
  /** 投入产出比 (ads). */
  roi?: number;
  /** 平均展现排名 (ads). */
  avgRank?: number;
}

/** One parsed row: its kind, its position in the input, its keys and numbers, and the columns storeops does not know. */
export interface SycmRow extends SycmMetrics {
  /** The export kind the row was read as. */
  kind: SycmKind;
  /** Position of the row in the input (0-based), so it can be traced back to the file. */
  index: number;
  /** 统计日期 / 日期. Required (or `period`) except in keyword and 主体 reports. */
  date?: IsoDate;
  /** The period of a summary row whose date cell is a range (`20260525至20260531`): a week or month, not a day. */
  period?: SycmPeriod;
  /** 商品ID (item rows; 宝贝ID of ad rows: the promoted item). */
  itemId?: string;
  /** 商品名称 / 宝贝名称. */
  itemName?: string;
  /** 主商品ID. */
  mainItemId?: string;
  /** 商品类型. */
  itemType?: string;
  /** 货号. */
  articleNumber?: string;
  /** 商品状态. */
  itemStatus?: string;
  /** 商品标签. */
  itemTags?: string;
  /** 卖家昵称. */
  sellerNick?: string;
  /** 一级来源 / 来源 / 流量来源, e.g. `付费流量` (carried down from the row above when its cell is blank). */
  sourceLevel1?: string;
  /** 二级来源 / 来源明细, e.g. `直通车`. */
  sourceLevel2?: string;
  /** 三级来源. */
  sourceLevel3?: string;
  /** The source this row stands for: the last name of `sourcePath` — source rows only. */
  source?: string;
  /** The source's names from level 1 down, e.g. `['付费流量', '万相台', '关键词推广']`. */
  sourcePath?: string[];
  /** How deep `source` is: 1, 2 or 3. Every source row is a leaf of the tree (subtotals are in `notes`), so they add up once each. */
  sourceLevel?: 1 | 2 | 3;
  /** Traffic category of the source for `trafficStructure` — source rows only. */
  category?: SycmSourceCategory;
  /** True when no name of the source's path is known: `category` is `other` for want of a better answer (listed in `unplacedSources`). */
  unplaced?: true;
  /** 关键词 / 词名字/词包名字 (keyword rows). */
  keyword?: string;
  /** 词ID/词包ID. */
  keywordId?: string;
  /** 词类型: 关键词 or 关键词包. */
  keywordType?: string;
  /** 主体ID (万相台 主体 report). */
  subjectId?: string;
  /** 主体名称. */
  subjectName?: string;
  /** 主体类型. */
  subjectType?: string;
  /** 场景ID. */
  sceneId?: string;
  /** 场景名字, e.g. 关键词推广, 人群推广, 货品全站推广. */
  scene?: string;
  /** 计划ID. */
  campaignId?: string;
  /** 计划名字 / 计划名称. */
  campaign?: string;
  /** 单元ID. */
  unitId?: string;
  /** 单元名字. */
  unit?: string;
  /** The `…变化` columns (relative change against the period before, e.g. -0.125), by field. */
  changes?: Partial<Record<keyof SycmMetrics, number>>;
  /** Unknown columns, by header, with their cell text — kept, never dropped. */
  extra: Record<string, string>;
}

/** A bad cell or a row that could not be read: its row index and column header, and what was wrong. */
export interface SycmCellError extends ErrorIssue {
  /** Position of the row in the input (0-based). */
  row: number;
  /** The column header as written in the input (`''` when the whole row is unreadable). */
  column: string;
}

/**
 * Something the reader did that is not an error: a subtotal row taken out of `rows`
 * (`SUBTOTAL_ROW`), a subtotal whose children do not add up to it (`SUBTOTAL_MISMATCH`), or a
 * group listed only by its subtotal, used as one source (`GROUP_TOTAL_AS_SOURCE`).
 */
export interface SycmNote {
  /** Stable code. */
  code: 'SUBTOTAL_ROW' | 'SUBTOTAL_MISMATCH' | 'GROUP_TOTAL_AS_SOURCE';
  /** Position of the row in the input (0-based). */
  row: number;
  /** The day or period (`2026-05-25~2026-05-31`) of the row, `''` when it has none. */
  day: string;
  /** The source path of the subtotal (`[]` is the whole store). */
  sourcePath: string[];
  /** 访客数 of the subtotal row. */
  visitors?: number;
  /** What its children add up to (`SUBTOTAL_MISMATCH`). */
  childrenVisitors?: number;
  /** What happened, in the requested locale (`adaptersMessages`). */
  message: string;
}

/** Options of {@link parseSycmRows}. */
export interface SycmParseOptions {
  /** The export kind; detected from the headers when left out (an error names the candidates when they fit several kinds or none). */
  kind?: SycmKind;
  /** The day of every row that has no date cell (single-day exports; traffic-source files carry the day only in their file name). */
  date?: IsoDate;
  /** Language of the notes' messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
}

/** What {@link parseSycmRows} returns: every input row is in `rows`, named by an error, or named by a note (subtotals). */
export interface SycmParseResult {
  /** The export kind the rows were read as. */
  kind: SycmKind;
  /** The rows read without error, in input order (source exports: the leaves of the source tree). */
  rows: SycmRow[];
  /** Every bad cell (a row may have several) and every unreadable row. */
  errors: SycmCellError[];
  /** Subtotal rows taken out and the cross-checks made with them. */
  notes: SycmNote[];
  /** How many input rows were left out because of errors. */
  leftOut: number;
  /** Headers storeops does not know (their cells are in each row's `extra`). */
  unknownColumns: string[];
  /** Source paths (`一级/二级/三级`) no name of which is known: read as `other`, listed so they can be placed by hand. */
  unplacedSources: string[];
}

const optionsSchema = /* @__PURE__ */ pure(() => z.strictObject({
  kind: z.optional(z.enum(['store', 'item', 'source', 'keyword', 'adItem'])),
  date: z.optional(isoDateSchema),
  locale: z.optional(localeSchema),
}));

const REQUIRED: Record<SycmKind, readonly (readonly [string, string])[]> = {
  store: [['date', '统计日期']],
  item: [
    ['date', '统计日期'],
    ['itemId', '商品ID'],
  ],
  source: [['date', '统计日期']],
  keyword: [['keyword', '关键词']],
  adItem: [['subjectId', '主体ID']],
};

const KIND_LABEL: Record<SycmKind, string> = {
  store: 'store (店铺整体)',
  item: 'item (商品_全部)',
  source: 'source (店铺来源)',
  keyword: 'keyword (万相台 关键词 / 直通车)',
  adItem: 'adItem (万相台 主体)',
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

/** The headers of the first rows (records may leave out empty cells), for kind detection. */
function sampleHeaders(rows: readonly unknown[]): Set<string> {
  const headers = new Set<string>();
  for (let i = 0, seen = 0; i < rows.length && seen < 20; i++) {
    const r = rows[i];
    if (!isRecord(r)) continue;
    seen++;
    try {
      for (const k of Object.keys(r)) headers.add(k);
    } catch {
      // An unreadable row is reported with its index below.
    }
  }
  return headers;
}

function resolveKind(rows: readonly unknown[]): SycmKind {
  const headers = sampleHeaders(rows);
  if (headers.size === 0) return 'store';
  const guess = detectKind(headers);
  if (guess.kind !== undefined) return guess.kind;
  const named = (guess.candidates.length > 0 ? guess.candidates : SYCM_KINDS).map((k) => KIND_LABEL[k]).join(', ');
  const message =
    guess.candidates.length > 0
      ? `the headers fit several export kinds (${named}): pass options.kind`
      : `no header is one storeops knows, so the export kind cannot be told (${named}): pass options.kind, or check that the header row was read`;
  throw new StoreOpsError('AMBIGUOUS_KIND', [{ path: 'kind', message, expected: (guess.candidates.length > 0 ? guess.candidates : SYCM_KINDS).join(' | ') }]);
}

function sameValue(a: unknown, b: unknown, kind: FieldSpec['kind']): boolean {
  if (a === b) return true;
  if (kind === 'money' && typeof a === 'string' && typeof b === 'string') return Number(a) === Number(b);
  if (kind === 'date' && typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    return (a as DateRange).start === (b as DateRange).start && (a as DateRange).end === (b as DateRange).end;
  }
  return false;
}

const SOURCE_COLUMNS = ['一级来源', '二级来源', '三级来源'] as const;

/**
 * Reads rows of 生意参谋 and 万相台 exports, keyed by their Chinese headers, into typed rows.
 * Every header of the store (取数 daily, 首页 overview), 商品_全部 item, two- and three-level
 * 店铺来源 traffic, 万相台 keyword and 主体 reports and the old 直通车 keyword download is known,
 * also written with full-width brackets (`人均浏览量（访问深度）`), unit labels (`支付金额(元)`) or
 * stray spaces. Cells: `'1,234'` → 1234, `'2.5万'` → 25000, `'3.21%'` or a typed 0.0321 →
 * 0.0321, `'¥12,345.60'` → `'12345.60'` (exact money strings), `'-'`, `'--'`, `'N/A'`, `''` →
 * missing; dates in the export forms (`2026/5/31`, `20260531`, `2026年5月31日`, Excel serials),
 * a range (`20260525至20260531`) → the row's `period`; an ID Excel turned into `1.03262E+12` is
 * an error at its cell. Two columns that mean the same field with different values
 * (支付买家数 vs 支付用户数) are an error at the second, never a silent pick.
 *
 * Traffic sources are read as a tree: 汇总/合计/总计 subtotal rows (at every level) are taken
 * out of `rows` into `notes` and checked against their children; blank level cells are carried
 * down from the row above; each branch is taken at its own deepest level, so the rows add up
 * to the store's visitors once each. A source none of whose names is known is `other` and is
 * listed in `unplacedSources` (and marked `unplaced` on its row).
 *
 * A bad cell yields an error naming its row and column, and its row is left out of `rows`;
 * unknown columns are kept in each row's `extra`. No row is dropped silently. Reading the file
 * itself is `readExport`'s job (`storeops/files`).
 *
 * @param rows - the export's rows, e.g. `[{ 统计日期: '2026-10-31', 访客数: '1,234', … }]`.
 * @param options - the export kind (detected from the headers by default) and a default date.
 * @returns the rows read, the errors, the notes and what could not be placed.
 * @throws StoreOpsError `INVALID_INPUT` when `rows` is not an array; `INVALID_OPTIONS` for bad
 * options; `AMBIGUOUS_KIND` when the headers fit several kinds or none (pass `kind`).
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
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
 * const week = parseSycmRows([{ 统计日期: '20260525至20260531', '支付金额(元)': '2.5万' }]);
 * week.rows[0] //=> { period: { start: '2026-05-25', end: '2026-05-31' }, paidAmount: '25000' }
 * const src = parseSycmRows([
 *   { 一级来源: '汇总', 二级来源: '汇总', 三级来源: '汇总', 访客数: '1,000' },
 *   { 一级来源: '淘内免费', 二级来源: '手淘搜索', 三级来源: '', 访客数: '700' },
 *   { 一级来源: '', 二级来源: '新频道', 三级来源: '', 访客数: '100' },
 *   { 一级来源: '付费流量', 二级来源: '万相台', 三级来源: '关键词推广', 访客数: '200' },
 * ], { date: '2026-05-31' });
 * src.rows.map((s) => s.source) //=> ['手淘搜索', '新频道', '关键词推广']
 * src.rows.map((s) => s.category) //=> ['natural', 'natural', 'paid']
 * src.notes[0] //=> { code: 'SUBTOTAL_ROW', row: 0, sourcePath: [], visitors: 1000 }
 * parseSycmRows([{ 神秘: '1' }]) //=> throws AMBIGUOUS_KIND
 * parseSycmRows('not rows') //=> throws INVALID_INPUT
 * ```
 */
export function parseSycmRows(rows: readonly Record<string, unknown>[], options: SycmParseOptions = {}): SycmParseResult {
  const list = snapshotArray(rows, ''); // a revoked proxy or a throwing trap: StoreOpsError
  if (list === undefined) fail('INVALID_INPUT', '', `expected an array of rows, received ${describeValue(rows)}`, { expected: 'array' });
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const say = (code: SycmNote['code'], path: readonly string[], params: Record<string, number> = {}): string =>
    renderMessage(code, locale, { ...params, path: sourcePathText(path, locale) }, [adaptersMessages]);
  const kind: SycmKind = opts.kind ?? resolveKind(list);
  const required = REQUIRED[kind];
  const isSource = kind === 'source';

  const out: SycmRow[] = [];
  const errors: SycmCellError[] = [];
  const notes: SycmNote[] = [];
  const unknown = new Set<string>();
  // Each distinct key is resolved once (all rows of an export share their keys).
  const specs = new Map<string, FieldSpec | null>();
  const sourceRows: Record<string, unknown>[] = [];
  const sourceEntries: SourceEntry[] = [];
  let leftOut = 0;

  const cellError = (index: number, column: string, message: string, expected: string, received?: string) => {
    const e: SycmCellError = { row: index, column, path: column === '' ? formatPath([index]) : formatPath([index, column]), message, expected };
    if (received !== undefined) e.received = received;
    errors.push(e);
  };

  for (let index = 0; index < list.length; index++) {
    const raw: unknown = list[index];
    if (!isRecord(raw)) {
      cellError(index, '', `expected a row object (header → cell), received ${describeValue(raw)}`, 'object', describeValue(raw));
      leftOut++;
      continue;
    }
    // Read the row once: a getter or proxy that throws makes a row error, like any bad row.
    let keys: string[];
    const values: unknown[] = [];
    try {
      keys = Object.keys(raw);
      for (const key of keys) values.push(raw[key]);
    } catch {
      cellError(index, '', UNREADABLE, 'object', 'object');
      leftOut++;
      continue;
    }
    const row: Record<string, unknown> = { kind, index, extra: {} };
    const extra: Record<string, string> = {};
    let changes: Record<string, number> | undefined;
    let bad = false;
    let badFields: Set<string> | undefined;
    for (let c = 0; c < keys.length; c++) {
      const key = keys[c] as string;
      const cell = values[c];
      let spec = specs.get(key);
      if (spec === undefined) {
        spec = fieldOfHeader(key) ?? null;
        specs.set(key, spec);
      }
      if (spec === null) {
        const header = key.trim();
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
        cellError(index, key, `expected ${value.expected}, received ${value.received}`, value.expected, value.received);
        bad = true;
        (badFields ??= new Set()).add(spec.field);
        continue;
      }
      const target: Record<string, unknown> = spec.change === true ? (changes ??= {}) : row;
      const before = target[spec.field];
      if (before !== undefined) {
        // Two columns of one field (rare): find the one that set it.
        let first = key;
        for (let b = 0; b < c; b++) {
          const other = specs.get(keys[b] as string);
          if (other != null && other.field === spec.field && other.change === spec.change) {
            first = keys[b] as string;
            break;
          }
        }
        if (!sameValue(before, value, spec.kind)) {
          cellError(index, key, `the same field (${spec.field}) as column "${first}" with a different value: which one is right cannot be told`, `the value of column "${first}"`, describeValue(cell));
          bad = true;
        }
        continue;
      }
      target[spec.field] = value;
    }
    // A range in the date column: a summary row of a week or month, not a day.
    const date = row['date'];
    if (typeof date === 'object' && date !== null) {
      const range = date as DateRange;
      if (range.start === range.end) row['date'] = range.start;
      else {
        row['period'] = range;
        delete row['date'];
      }
    }
    if (row['date'] === undefined && row['period'] === undefined && opts.date !== undefined) row['date'] = opts.date;
    if (changes !== undefined) row['changes'] = changes;
    for (const [field, header] of required) {
      if (row[field] === undefined && !(field === 'date' && row['period'] !== undefined) && badFields?.has(field) !== true) {
        cellError(index, header, `required ${header} is missing`, field === 'date' ? 'date YYYY-MM-DD' : 'text');
        bad = true;
      }
    }
    row['extra'] = extra;
    if (isSource) {
      const day = (row['date'] as string | undefined) ?? (row['period'] === undefined ? '' : `${(row['period'] as DateRange).start}~${(row['period'] as DateRange).end}`);
      sourceEntries.push({
        index,
        levels: [row['sourceLevel1'] as string | undefined, row['sourceLevel2'] as string | undefined, row['sourceLevel3'] as string | undefined],
        day,
        visitors: row['visitors'] as number | undefined,
        good: !bad,
      });
      sourceRows.push(row);
      if (bad) leftOut++;
      continue;
    }
    if (bad) {
      leftOut++;
      continue;
    }
    out.push(row as unknown as SycmRow);
  }

  const unplaced = new Set<string>();
  if (isSource) {
    const { verdicts, mismatches } = resolveSourceTree(sourceEntries);
    const mismatchAt = new Map(mismatches.map((m) => [m.index, m]));
    sourceEntries.forEach((entry, i) => {
      const v = verdicts[i] as (typeof verdicts)[number];
      const row = sourceRows[i] as Record<string, unknown>;
      if (v.role === 'unusable') {
        // resolveSourceTree gives every unusable row its problem.
        const p = v.problem as NonNullable<typeof v.problem>;
        cellError(entry.index, p.column === -1 ? '流量来源' : SOURCE_COLUMNS[p.column], p.message, 'text');
        if (entry.good) leftOut++;
        return;
      }
      const path = v.path as string[];
      if (v.role === 'subtotal') {
        const note: SycmNote = { code: 'SUBTOTAL_ROW', row: entry.index, day: entry.day, sourcePath: path, message: say('SUBTOTAL_ROW', path) };
        if (entry.visitors !== undefined) note.visitors = entry.visitors;
        notes.push(note);
        const m = mismatchAt.get(entry.index);
        if (m !== undefined) {
          notes.push({
            code: 'SUBTOTAL_MISMATCH',
            row: m.index,
            day: m.day,
            sourcePath: m.path,
            visitors: m.visitors,
            childrenVisitors: m.childrenVisitors,
            message: say('SUBTOTAL_MISMATCH', m.path, { visitors: m.visitors, childrenVisitors: m.childrenVisitors }),
          });
        }
        return;
      }
      if (!entry.good) return;
      row['sourceLevel1'] = path[0];
      if (path.length > 1) row['sourceLevel2'] = path[1];
      else delete row['sourceLevel2'];
      if (path.length > 2) row['sourceLevel3'] = path[2];
      else delete row['sourceLevel3'];
      row['source'] = path[path.length - 1];
      row['sourcePath'] = path;
      row['sourceLevel'] = path.length;
      const { category, placed } = classifySource(path);
      row['category'] = category;
      if (!placed) {
        row['unplaced'] = true;
        unplaced.add(path.join('/'));
      }
      if (v.groupTotal === true) {
        const note: SycmNote = { code: 'GROUP_TOTAL_AS_SOURCE', row: entry.index, day: entry.day, sourcePath: path, message: say('GROUP_TOTAL_AS_SOURCE', path) };
        if (entry.visitors !== undefined) note.visitors = entry.visitors;
        notes.push(note);
      }
      out.push(row as unknown as SycmRow);
    });
    // Tree errors come after the cell errors: put them back in row order (the sort is stable).
    errors.sort((a, b) => a.row - b.row);
  }
  return { kind, rows: out, errors, notes, leftOut, unknownColumns: [...unknown], unplacedSources: [...unplaced] };
}
