import * as z from 'zod/mini';
import type { Advice, Check, Status, Threshold } from '../core/checks.js';
import { isIsoDate, toDayNumber, isoDateSchema, type IsoDate } from '../core/dates.js';
import { StoreDecimal, formatMoney, toDecimal, type Decimal } from '../core/decimal.js';
import { fail } from '../core/errors.js';
import { compareFindingKeys, type FindingKeys, type FindingSeverity, type ModuleFinding } from '../core/findings.js';
import { deepFreeze } from '../core/freeze.js';
import { formatNumber, type Locale, type MessageCatalog } from '../core/i18n.js';
import { openJudging, overallStatus, readOptions, type JudgingSpec, type MessageCode } from '../core/judge.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { isNonNegativeMoney, MONEY_RANGE, nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { countSchema, nonNegativeSchema, parseInput } from '../core/validate.js';
import { stockMessages } from './messages.js';
import { pure } from '../core/pure.js';

/** One day of a product's sales history. */
export interface StockHistoryDay {
  /** The calendar day. */
  date: IsoDate;
  /** Units sold that day (count). */
  units: number;
  /** `false` when the product was sold out (or off the shelf) that day; such days are skipped. */
  inStock?: boolean;
  /** Units on hand at the end of the day (count); `0` marks a sold-out day, skipped like `inStock: false`. */
  onHand?: number;
}

/** One product's stock position. */
export interface StockItemInput {
  /** Stable id (unique in the list). */
  id: string;
  /** Display name used in messages; the id when missing. */
  name?: string;
  /** Units on hand now (count). */
  onHand: number;
  /** Units sold per day (at most 1e15); when given it wins over `history`. */
  dailySales?: number;
  /** Daily sales history, from which daily sales are estimated over the days in stock. */
  history?: StockHistoryDay[];
  /** 补货周期: calendar days (0–3650) from placing an order to having the goods on sale. */
  leadTimeDays: number;
  /** 安全库存: extra days of sales (0–3650) kept as a margin against late deliveries and demand spikes. */
  safetyDays: number;
  /** Selling price per unit in yuan: values the sales at risk of a stock-out. */
  price?: MoneyInput;
  /** Cost per unit in yuan: values the cash tied up in excess stock. */
  unitCost?: MoneyInput;
}

/** The marks of stock cover. Not in the domain reference: storeops defaults, overridable. */
export interface StockThresholds {
  /** Days of cover above which stock is excess ("a slow mover with months of cover"); storeops default 90 (three months). */
  overstockDays: number;
  /** A reorder due within this many days is reported as `STOCK_REORDER_SOON`; storeops default 7 (one week). */
  reorderSoonDays: number;
}

/** Options of {@link stockCover}. */
export interface StockCoverOptions {
  /** Last day of the sales window; by default each item's latest history day. Later history days are ignored. */
  asOf?: IsoDate;
  /** Calendar days of history used to estimate daily sales; storeops default 28 (four whole weeks, so every weekday counts alike). */
  windowDays?: number;
  /** Days of sales one order should buy beyond lead time and safety stock; storeops default 30. */
  orderCoverDays?: number;
  /** Overrides of the default marks. */
  thresholds?: Partial<StockThresholds>;
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code (e.g. from a plugin). */
  messages?: MessageCatalog;
}

/** What is wrong with an item's stock, if anything. */
export type StockRisk = 'stockout' | 'reorder' | 'overstock' | null;

/** One product's cover and reorder plan. */
export interface StockItemResult {
  id: string;
  name: string;
  onHand: number;
  /** Units sold per day (given, or estimated from the days in stock); `null` when unknown. */
  dailySales: number | null;
  /** Days in stock the estimate rests on; `null` when `dailySales` was given. */
  salesDays: number | null;
  /** On hand / daily sales; `null` when daily sales are unknown or 0 (the stock never runs out). Never negative. */
  daysOfCover: number | null;
  /** 补货点 = daily sales × (lead time + safety days), in units. */
  reorderPoint: number | null;
  /** Whether on hand is at or under the reorder point (never when nothing sells). */
  reorderNow: boolean | null;
  /** Days until on hand falls to the reorder point: 0 when it is there already; `null` when nothing sells. */
  reorderInDays: number | null;
  /**
   * Units to order at the reorder time (today when `reorderNow`, else in `reorderInDays` days),
   * bringing stock up to daily sales × (lead time + safety days + order cover days): a whole
   * number, rounded up; 0 when nothing sells.
   */
  suggestedQuantity: number | null;
  /** `stockout` (sells out before an order placed today arrives), `reorder`, `overstock`, or `null`. */
  risk: StockRisk;
  /**
   * Money at risk in yuan, rounded to the fen: for a stock-out or reorder, the sales not covered
   * until an order placed today arrives with its safety margin, (reorder point − on hand) ×
   * price; for excess stock, the cost of the units beyond `overstockDays` of sales (all units
   * when nothing sells) × unit cost. `null` when the price or cost is not given, or no risk.
   */
  moneyAtRisk: Decimal | null;
  /** The status of the check. */
  status: Status;
  /** One check on days of cover, with the code that names the case. */
  checks: Check[];
}

/** Counts and money over all items. */
export interface StockCoverMetrics {
  /** Items judged. */
  items: number;
  /** Items sold out or selling out before an order placed today arrives. */
  stockouts: number;
  /** Items at or under their reorder point (stock-outs included). */
  reorderNow: number;
  /** Items with more cover than `overstockDays`, or stock and no sales. */
  overstock: number;
  /** The money at risk over the findings, in yuan (`null` when no finding has an amount). */
  moneyAtRisk: Decimal | null;
}

/** The result of {@link stockCover}. */
export interface StockCoverResult {
  /** `fail` if an item fails (stock-out, reorder now, overstock, no sales); `good` if every item's cover is fine; else `pass`. */
  status: Status;
  /** Every item's check, in input order (as in `items[i].checks`). */
  checks: Check[];
  /** Always empty: what to do is in `findings`, one per item with something to do. */
  advice: Advice[];
  /** Counts and money over all items. */
  metrics: StockCoverMetrics;
  /** Every item, in input order. */
  items: StockItemResult[];
  /**
   * Every item with something to do, as findings (area `stock`, owner `merchandising`): a stock-out
   * or an item that sells out before an order placed today arrives is `critical`; reorder now,
   * excess stock and no sales are `warning`; reorder within a week is `info`. Ordered by
   * `compareFindings` (severity, then money at stake). The daily brief takes them as they are.
   */
  findings: ModuleFinding[];
}

/** Default marks of stock cover (storeops defaults; the domain reference names no number). */
export const defaultStockThresholds: Readonly<StockThresholds> = /* @__PURE__ */ deepFreeze({ overstockDays: 90, reorderSoonDays: 7 });

const spec: JudgingSpec<StockThresholds, typeof stockMessages> = {
  module: 'stock',
  catalog: stockMessages,
  defaults: defaultStockThresholds,
  marks: { overstockDays: { number: [0, Infinity] }, reorderSoonDays: { number: [0, Infinity] } },
};

/** The item and option schemas, built when first needed. */
function schemas() {
  /** Days, 0 to 3650 (ten years): bounds keep every product of days and sales finite. */
  const days = z.number().check(z.gte(0), z.lte(3650));
  const historyDay = z.object({ date: isoDateSchema, units: countSchema, inStock: z.optional(z.boolean()), onHand: z.optional(countSchema) });
  const item = z
    .object({
      id: z.string().check(z.minLength(1)),
      name: z.optional(z.string()),
      onHand: countSchema,
      dailySales: z.optional(z.number().check(z.gte(0), z.lte(1e15))),
      history: z.optional(z.array(historyDay)),
      leadTimeDays: days,
      safetyDays: days,
      price: z.optional(nonNegativeMoneySchema),
      unitCost: z.optional(nonNegativeMoneySchema),
    })
    .check(z.refine((v) => v.dailySales !== undefined || v.history !== undefined, { error: 'required: give dailySales or history', path: ['dailySales'] }));
  const options = z.object({ asOf: z.optional(isoDateSchema), windowDays: z.optional(z.int().check(z.gte(1))), orderCoverDays: z.optional(days) });
  return { items: z.array(item), options };
}

/** zod schema of the items list of {@link stockCover}. Unknown fields are ignored. */
export const stockItemsSchema = /* @__PURE__ */ pure(() => schemas().items);

/**
 * What the hand check reads off the items in its one pass, so no row is read or looked up
 * twice: each item's daily sales estimated from its history (for the items without
 * `dailySales`), and the first duplicate id and duplicate day (raised only after the options
 * are read, in item order, as the item loop always raised them).
 */
interface Scan {
  items: StockItemInput[];
  /** Per item: the estimated rate and the days in stock it rests on (unused where `dailySales` is given). */
  rate: (number | null)[];
  salesDays: number[];
  /** The first item whose id repeats an earlier one's, or −1. */
  dupId: number;
  /** The first item whose history repeats a day, the repeating row and its date, or −1. */
  dupItem: number;
  dupRow: number;
  dupDate: string;
}

/**
 * The tables one scan shares from history to history: each distinct date's index in `dayOf`
 * (its day number) and `stamp` (1 + the last item that had it), the date at each row position of
 * the last history read and its index, and two scratch lists of an item's days and units
 * (−1 for a sold-out day). `rate` and `days` are the last history's estimate.
 */
interface Tables {
  dateIndex: Map<string, number>;
  dayOf: number[];
  stamp: number[];
  lastDate: unknown[];
  lastIndex: number[];
  dayBuf: number[];
  unitBuf: number[];
  rate: number | null;
  days: number;
}

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isDays = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v <= 3650;
/**
 * isNonNegativeMoney, with a plain number (most prices) checked here as moneyProblem checks it:
 * zero, or at least 10^-17 (computed as moneyProblem computes it: 10 ** -17 is not 1e-17) and under 10^16.
 */
const isPrice = (v: unknown): boolean =>
  typeof v === 'number' ? v >= 0 && v < 1e16 && (v >= 1e-9 || v === 0 || v >= 10 ** -MONEY_RANGE.decimals) : isNonNegativeMoney(v);

/**
 * Checks the history of item `i` by hand (false at the first row stockItemsSchema would refuse)
 * and, when `keep` (the item has no `dailySales`), estimates its daily sales into `t.rate` and
 * `t.days` and notes its first duplicate day in `scan`. A function of its own, called once per
 * item, so the row loop is optimised as a whole function rather than on the stack.
 *
 * Daily sales are estimated over the `windowDays` calendar days ending on `asOf` (or the
 * latest history day), starting no earlier than the first history day. Sold-out days
 * (`inStock: false` or `onHand: 0`) are skipped: a sold-out day is not a day of zero demand.
 * Days in the window without a row count as in stock with no sales.
 */
function readHistory(h: unknown[], i: number, keep: boolean, asOf: number | null, windowDays: number, t: Tables, scan: Scan): boolean {
  const { dateIndex, dayOf, stamp, lastDate, lastIndex, dayBuf, unitBuf } = t;
  let n = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let r = 0; r < h.length; r++) {
    const row = h[r];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
    const day = row as Record<string, unknown>;
    const date = day['date'];
    const units = day['units'];
    const inStock = day['inStock'];
    const onHand = day['onHand'];
    if (typeof date !== 'string' || !isCount(units) || (inStock !== undefined && typeof inStock !== 'boolean') || (onHand !== undefined && !isCount(onHand))) return false;
    // Histories mostly list the same days in the same order: the date at this position in
    // the last history is compared first (a string compare), the Map asked only on a change.
    let k: number | undefined;
    if (lastDate[r] === date) k = lastIndex[r] as number;
    else {
      k = dateIndex.get(date);
      if (k === undefined) {
        if (!isIsoDate(date)) return false;
        k = dayOf.length;
        dateIndex.set(date, k);
        dayOf.push(toDayNumber(date));
        stamp.push(0);
      }
      lastDate[r] = date;
      lastIndex[r] = k;
    }
    if (!keep) continue;
    if (stamp[k] === i + 1) {
      if (scan.dupItem < 0) {
        scan.dupItem = i;
        scan.dupRow = r;
        scan.dupDate = date;
      }
    } else stamp[k] = i + 1;
    const d = dayOf[k] as number;
    if (d < first) first = d;
    if (d > last) last = d;
    dayBuf[n] = d;
    unitBuf[n] = inStock === false || onHand === 0 ? -1 : (units as number);
    n++;
  }
  let rate: number | null = null;
  let inStockDays = 0;
  if (n > 0) {
    const end = asOf ?? last;
    const start = Math.max(end - windowDays + 1, first);
    if (start <= end) {
      let soldOut = 0;
      let sold = 0;
      for (let r = 0; r < n; r++) {
        const d = dayBuf[r] as number;
        if (d < start || d > end) continue;
        const u = unitBuf[r] as number;
        if (u < 0) soldOut++;
        else sold += u;
      }
      inStockDays = end - start + 1 - soldOut;
      rate = inStockDays === 0 ? null : sold / inStockDays;
    }
  }
  t.rate = rate;
  t.days = inStockDays;
  return true;
}

/**
 * Checks the items by hand as stockItemsSchema checks them (never accepting what it refuses)
 * and reads them into a {@link Scan}; `null` at the first item it refuses. Each distinct date is
 * checked and turned into a day number once (90 days × 10,000 items hold 90 dates).
 */
function scanItems(items: readonly unknown[], asOf: number | null, windowDays: number): Scan | null {
  const rate: (number | null)[] = new Array(items.length);
  const salesDays: number[] = new Array(items.length);
  const t: Tables = { dateIndex: new Map(), dayOf: [], stamp: [], lastDate: [], lastIndex: [], dayBuf: [], unitBuf: [], rate: null, days: 0 };
  const ids = new Set<string>();
  const scan: Scan = { items: items as StockItemInput[], rate, salesDays, dupId: -1, dupItem: -1, dupRow: -1, dupDate: '' };
  try {
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
      const it = item as Record<string, unknown>;
      const id = it['id'];
      const name = it['name'];
      const dailySales = it['dailySales'];
      const history = it['history'];
      const ok =
        typeof id === 'string' &&
        id.length > 0 &&
        (name === undefined || typeof name === 'string') &&
        isCount(it['onHand']) &&
        (dailySales === undefined || (typeof dailySales === 'number' && dailySales >= 0 && dailySales <= 1e15)) &&
        (history === undefined || Array.isArray(history)) &&
        (dailySales !== undefined || history !== undefined) &&
        isDays(it['leadTimeDays']) &&
        isDays(it['safetyDays']) &&
        (it['price'] === undefined || isPrice(it['price'])) &&
        (it['unitCost'] === undefined || isPrice(it['unitCost']));
      if (!ok) return null;
      // One lookup per id: the set grows unless the id is in it already.
      const known = ids.size;
      if (ids.add(id).size === known && scan.dupId < 0) scan.dupId = i;
      // Only the history of an item without daily sales is read for its rate (and its days for duplicates).
      t.rate = null;
      t.days = 0;
      if (history !== undefined && !readHistory(history as unknown[], i, dailySales === undefined, asOf, windowDays, t, scan)) return null;
      rate[i] = t.rate;
      salesDays[i] = t.days;
    }
  } catch {
    // A getter or proxy that throws: let the schema report it as it always has.
    return null;
  }
  return scan;
}

/**
 * The items read into a {@link Scan}; at the first item the hand check refuses, the schema
 * parses the whole list, so a bad item gets exactly the schema's issue and path.
 */
function parseItems(items: unknown, asOf: number | null, windowDays: number): Scan {
  if (Array.isArray(items)) {
    const scan = scanItems(items, asOf, windowDays);
    if (scan !== null) return scan;
  }
  // The schema reports the first bad item; a list it accepts comes back as plain data, which the
  // hand check accepts too (it refuses nothing the schema accepts), so it is read as such.
  return scanItems(parseInput(stockItemsSchema, items), asOf, windowDays) as Scan;
}

const SEVERITY: Readonly<Record<string, FindingSeverity>> = {
  STOCK_OUT: 'critical',
  STOCK_RUNS_OUT: 'critical',
  STOCK_REORDER_NOW: 'warning',
  STOCK_OVERSTOCK: 'warning',
  STOCK_NO_SALES: 'warning',
  STOCK_REORDER_SOON: 'info',
};
const RANK: Readonly<Record<FindingSeverity, number>> = { critical: 0, warning: 1, info: 2 };

/** Rounds a float up to a whole number, ignoring binary noise (300.00000000000006 → 300). */
function ceilUnits(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-9 ? r : Math.ceil(x);
}

/** formatNumber(x, digits), with whole numbers under 1,000 (most days and units) printed directly. */
function num(x: number, digits: number): string {
  return x >= 0 && x < 1000 && Number.isInteger(x) ? String(x) : formatNumber(x, digits);
}

/**
 * The whole fen of a price or cost given as a number whose printed digits are exactly those fen
 * (7.14 → 714: 15 digits at most, so the number prints as that decimal), else −1 (a string, a
 * Decimal, finer digits): such amounts are valued in Decimal.
 */
function fenOf(v: MoneyInput | undefined): number {
  if (typeof v !== 'number') return -1;
  const f = Math.round(v * 100);
  return f < 1e15 && f / 100 === v ? f : -1;
}

/**
 * An amount in fen, exactly `x` within `err` (`x` is its float estimate), rounded half-up to a
 * whole fen as Decimal's toDecimalPlaces(2) rounds it; −1 when `x` is under a fen or at 10^12 fen
 * or more, or within `err` of half a fen, where only the exact Decimal product can say.
 */
function roundFen(x: number, err: number): number {
  if (!(x >= 1 && x < 1e12)) return -1;
  const whole = Math.floor(x);
  const frac = x - whole;
  return Math.abs(frac - 0.5) <= err ? -1 : frac > 0.5 ? whole + 1 : whole;
}

/**
 * `new StoreDecimal(fen / 100)` for whole fen 1 ≤ fen < 10^12, made without reading a text below
 * ¥10,000,000: the sign, the exponent and the digits in base-10⁷ words aligned on the decimal
 * point, as decimal.js stores a value (see ClonedDecimal): ¥1,234.56 is { s: 1, e: 3, d: [1234, 5600000] }.
 */
function fenDecimal(fen: number): Decimal {
  if (fen >= 1e9) return new StoreDecimal(fen / 100);
  const yuan = Math.floor(fen / 100);
  const cents = (fen - yuan * 100) * 1e5;
  const x = Object.create(StoreDecimal.prototype) as { s: number; e: number; d: number[] };
  x.s = 1;
  x.e = yuan > 0 ? String(yuan).length - 1 : cents >= 1e6 ? -1 : -2;
  x.d = yuan === 0 ? [cents] : cents > 0 ? [yuan, cents] : [yuan];
  return x as unknown as Decimal;
}

/** What a finding sorts by (FindingKeys: one area here, so the tie is the subject, the item id), and the finding. */
interface Keyed extends FindingKeys {
  f: ModuleFinding;
}

/**
 * Days of cover and reorder plan per product (库存周转与补货): days of cover = on hand / daily
 * sales; reorder point = daily sales × (lead time + safety days); reorder now when on hand is at
 * or under it, else in (on hand − reorder point) / daily sales days; and a suggested quantity
 * that buys `orderCoverDays` of sales beyond lead time and safety stock. Daily sales come from
 * `dailySales` or are estimated from `history` over the days in stock only — sold-out days
 * (`inStock: false` or `onHand: 0`) are skipped, as a sold-out day is not a day of zero demand.
 * Findings rank the money at risk: a hit selling out is the fatal case (`critical`), a slow mover
 * with months of cover is cash tied up (`warning`).
 *
 * @param items - products with units on hand, daily sales or history, lead time and safety days.
 * @param options - `asOf`, `windowDays` (28), `orderCoverDays` (30), thresholds (`overstockDays`
 *   90, `reorderSoonDays` 7), locale, extra messages and `plugins` (each plugin's `thresholds.stock`).
 * @returns the overall status, every item's check and plan, and findings ordered by severity then money at risk.
 * @throws StoreOpsError `INVALID_INPUT` for a bad field (path named, e.g. `[0].history[3].date`),
 *   a duplicate id or a duplicate history day; `INVALID_OPTIONS` for bad options; `INFEASIBLE`
 *   at the item (`[3]`) whose money at risk reaches 10^16 yuan (its price and units cannot both be right).
 * @example
 * ```ts
 * import { stockCover } from 'storeops/stock';
 * const [low, ok] = stockCover([
 *   { id: 'tee', onHand: 90, dailySales: 10, leadTimeDays: 7, safetyDays: 3 },
 *   { id: 'cap', onHand: 120, dailySales: 10, leadTimeDays: 7, safetyDays: 3 },
 * ]).items;
 * low.reorderPoint //=> 100
 * low.reorderNow //=> true
 * ok.daysOfCover //=> 12
 * ok.reorderInDays //=> 2
 * ok.suggestedQuantity //=> 300
 * const history = [
 *   { date: '2026-03-01', units: 6 }, { date: '2026-03-02', units: 0, inStock: false }, { date: '2026-03-03', units: 4 },
 * ];
 * stockCover([{ id: 'mug', onHand: 30, leadTimeDays: 5, safetyDays: 2, history }]).items[0].dailySales //=> 5
 * const { findings } = stockCover([
 *   { id: 'slow', onHand: 500, dailySales: 1, leadTimeDays: 7, safetyDays: 3, unitCost: 20 },
 *   { id: 'hit', onHand: 30, dailySales: 10, leadTimeDays: 7, safetyDays: 3, price: 99 },
 * ], { locale: 'en' });
 * findings.map((f) => [f.subject, f.severity, f.moneyAtStake.toNumber()]) //=> [['hit', 'critical', 6930], ['slow', 'warning', 8200]]
 * findings[0].message //=> 'hit has 3 days of cover, less than the 7-day lead time: reorder 370 units now or it sells out before the goods arrive'
 * stockCover([{ id: 'x', onHand: -1, dailySales: 1, leadTimeDays: 7, safetyDays: 3 }]) //=> throws INVALID_INPUT
 * ```
 */
export function stockCover(items: readonly StockItemInput[], options: StockCoverOptions = {}): StockCoverResult {
  // The options are read first (the window is needed in the one pass over the items), but a
  // bad item is reported before bad options, as always: the options' error waits for the items.
  let raw: Record<string, unknown> = {};
  let opts: z.infer<ReturnType<typeof schemas>['options']> = {};
  let optionsError: unknown = null;
  try {
    raw = readOptions(options);
    opts = parseInput(schemas().options, raw, { code: 'INVALID_OPTIONS' });
  } catch (e) {
    optionsError = e;
  }
  const asOf = opts.asOf === undefined ? null : toDayNumber(opts.asOf);
  const windowDays = opts.windowDays ?? 28;
  const orderCoverDays = opts.orderCoverDays ?? 30;
  const scan = parseItems(items, asOf, windowDays);
  if (optionsError !== null) throw optionsError;
  const input = scan.items;
  const j = openJudging(spec, raw);
  const t = j.thresholds;
  // The first duplicate, in item order (an item's id before its days), as the item loop raised it.
  if (scan.dupId >= 0 && (scan.dupItem < 0 || scan.dupId <= scan.dupItem)) {
    fail('INVALID_INPUT', `[${scan.dupId}].id`, `duplicate item id ${JSON.stringify((input[scan.dupId] as StockItemInput).id)}`);
  }
  if (scan.dupItem >= 0) fail('INVALID_INPUT', `[${scan.dupItem}].history[${scan.dupRow}].date`, `duplicate day ${scan.dupDate}`);
  const max = formatNumber(t.overstockDays, 0);
  // Each code's text is looked up once per call, as say() finds it (the last catalog with the
  // code wins), and split as interpolate splits it: text, placeholder name, text, …
  const templates: Record<string, string[]> = {};
  const scratch: string[] = [];
  const render = (code: MessageCode<typeof stockMessages>, params: Record<string, string | number>): string => {
    let parts = templates[code];
    if (parts === undefined) {
      let c = j.catalogs.length - 1;
      while (!Object.prototype.hasOwnProperty.call(j.catalogs[c], code)) c--;
      parts = templates[code] = ((j.catalogs[c] as MessageCatalog)[code] as MessageCatalog[string])[j.locale].split(/\{([A-Za-z0-9_]+)\}/);
    }
    // As interpolate fills it in (every value a string or a whole number; a placeholder with no
    // param, in a caller's text, stays as written), joined into one flat string rather than built
    // as a tree of concatenations: half the memory, and none of it for the GC to copy.
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p] as string;
      scratch[p] = p % 2 === 0 ? part : Object.prototype.hasOwnProperty.call(params, part) ? String(params[part]) : `{${part}}`;
    }
    scratch.length = parts.length;
    return scratch.join('');
  };

  // Made at their length, not grown: less garbage for the collector (as the lists of a scan).
  const results: StockItemResult[] = new Array(input.length);
  const checks: Check[] = new Array(input.length);
  const keyed: Keyed[] = [];
  let stockouts = 0;
  let reorders = 0;
  let overstock = 0;
  /**
   * The money at risk: amounts in whole fen summed in fen (moved to the Decimal sum before 2^52),
   * the others as Decimals. Every amount is under 10^16 yuan (an item past it is INFEASIBLE), so no
   * sum rounds in 40 digits and the total is the Decimal sum of the amounts in any order.
   */
  let fenTotal = 0;
  let decimalTotal: Decimal | null = null;
  for (let i = 0; i < input.length; i++) {
    const item = input[i] as StockItemInput;
    const name = item.name ?? item.id;
    let d: number | null;
    let salesDays: number | null = null;
    if (item.dailySales !== undefined) d = item.dailySales;
    else {
      d = scan.rate[i] as number | null;
      salesDays = scan.salesDays[i] as number;
    }
    const s = item.onHand;
    const L = item.leadTimeDays;
    const S = item.safetyDays;
    // A rate so small that the stock would last for ever (1 / 5e-324) counts as not selling.
    const sells = d !== null && d > 0 && Number.isFinite(s / d);
    const reorderPoint = d === null ? null : d * (L + S);
    const cover = sells ? s / (d as number) : null;
    const reorderNow = d === null ? null : sells && s <= (reorderPoint as number);
    const reorderInDays = sells ? (reorderNow === true ? 0 : Math.max(0, (cover as number) - (L + S))) : null;
    const suggestedQuantity = d === null ? null : sells ? ceilUnits(d * (L + S + orderCoverDays) - Math.min(s, reorderPoint as number)) : 0;

    // Money is valued only where an amount is at risk: in whole fen when the price or cost is a
    // number of whole fen and the float product is clear of a half fen, else in Decimal. The
    // Decimal product reads each float as the decimal it prints as (within 2^-53 of it) and is
    // exact; the float product is within 6·2^-53 (3·2^-53 for the reorder case) of it, relative
    // to the size of its terms, which the allowance 1e-14 of that size more than covers.
    const price = item.price;
    const cost = item.unitCost;
    let code: MessageCode<typeof stockMessages>;
    let status: Status;
    let risk: StockRisk = null;
    let money: Decimal | null = null;
    let fen = -1;
    let threshold: Threshold | null = sells ? { direction: 'above', pass: L + S } : null;
    if (d === null) {
      code = 'STOCK_VELOCITY_UNKNOWN';
      status = 'unknown';
    } else if (!sells) {
      code = s > 0 ? 'STOCK_NO_SALES' : 'STOCK_NO_DEMAND';
      status = s > 0 ? 'fail' : 'pass';
      if (s > 0) {
        risk = 'overstock';
        if (cost !== undefined) {
          const c = fenOf(cost);
          fen = c >= 0 ? roundFen(c * s, 0) : -1;
          if (fen < 0) money = toDecimal(cost).times(s);
        }
      }
    } else if (reorderNow === true) {
      code = s === 0 ? 'STOCK_OUT' : s < d * L ? 'STOCK_RUNS_OUT' : 'STOCK_REORDER_NOW';
      status = 'fail';
      risk = code === 'STOCK_REORDER_NOW' ? 'reorder' : 'stockout';
      if (price !== undefined) {
        const p = fenOf(price);
        const r = reorderPoint as number;
        fen = p >= 0 ? roundFen(p * (r - s), 1e-14 * p * r + 1e-6) : -1;
        if (fen < 0) money = toDecimal(price).times(new StoreDecimal(r).minus(s));
      }
    } else if ((cover as number) > t.overstockDays) {
      code = 'STOCK_OVERSTOCK';
      status = 'fail';
      risk = 'overstock';
      threshold = { direction: 'below', pass: t.overstockDays, inclusive: true };
      if (cost !== undefined) {
        const c = fenOf(cost);
        const o = d * t.overstockDays;
        fen = c >= 0 ? roundFen(c * (s - o), 1e-14 * c * (s + o) + 1e-6) : -1;
        if (fen < 0) money = toDecimal(cost).times(new StoreDecimal(s).minus(new StoreDecimal(d).times(t.overstockDays)));
      }
    } else if ((reorderInDays as number) <= t.reorderSoonDays) {
      code = 'STOCK_REORDER_SOON';
      status = 'pass';
    } else {
      code = 'STOCK_COVER_OK';
      status = 'good';
    }
    let moneyText = '—';
    if (fen >= 0) {
      const yuan = Math.floor(fen / 100);
      const cents = fen - yuan * 100;
      money = fenDecimal(fen);
      moneyText = `¥${num(yuan, 0)}${cents < 10 ? '.0' : '.'}${cents}`;
    } else if (money !== null) {
      money = money.toDecimalPlaces(2);
      // Valid counts and prices can multiply past what money holds exactly (10^16 yuan): the
      // item's numbers cannot be right, and the item says so (not the printer, at 'value').
      if (money.e > 15) fail('INFEASIBLE', `[${i}]`, 'money at risk is 10^16 yuan or more: check price and units');
      moneyText = formatMoney(money);
    }
    const params = {
      item: name,
      cover: formatNumber(cover, 1),
      lead: num(L, 1),
      safety: num(S, 1),
      days: reorderInDays === null ? '—' : num(Math.ceil(reorderInDays - 1e-9), 0),
      sales: formatNumber(d, 1),
      onHand: s,
      reorderPoint: reorderPoint === null ? '—' : num(ceilUnits(reorderPoint), 0),
      quantity: suggestedQuantity === null ? '—' : num(suggestedQuantity, 0),
      max,
      money: moneyText,
    };
    const check: Check = { code, metric: sells ? 'daysOfCover' : 'dailySales', value: sells ? cover : d, status, thresholds: threshold, message: render(code, params), params };
    checks[i] = check;
    results[i] = {
      id: item.id,
      name,
      onHand: s,
      dailySales: d,
      salesDays,
      daysOfCover: cover,
      reorderPoint,
      reorderNow,
      reorderInDays,
      suggestedQuantity,
      risk,
      moneyAtRisk: money,
      status,
      checks: [check],
    };
    if (risk === 'stockout') stockouts++;
    else if (risk === 'overstock') overstock++;
    if (reorderNow === true) reorders++;
    const severity = SEVERITY[code];
    if (severity !== undefined) {
      const f: ModuleFinding = {
        area: 'stock',
        code,
        severity,
        owner: 'merchandising',
        subject: item.id,
        message: check.message,
        params,
        moneyAtStake: money,
        checks: [check],
        advice: [],
      };
      const abs = money === null ? null : fen >= 0 ? money : money.abs();
      keyed.push({ f, rank: RANK[severity], abs, size: fen >= 0 ? fen / 100 : abs === null ? 0 : abs.toNumber(), tie: item.id });
      if (money !== null) {
        if (fen < 0) decimalTotal = (decimalTotal ?? new StoreDecimal(0)).plus(money);
        else if ((fenTotal += fen) > 2 ** 52) {
          decimalTotal = new StoreDecimal(fenTotal).div(100).plus(decimalTotal ?? 0);
          fenTotal = 0;
        }
      }
    }
  }
  // A fen amount is a fen at least, so fenTotal is 0 only when there is none (or all went to the Decimal sum).
  const moneyAtRisk = fenTotal > 0 ? new StoreDecimal(fenTotal).div(100).plus(decimalTotal ?? 0) : decimalTotal;
  // The order of compareFindings on keys made once per finding (one area here: the subject is
  // the tie); the sort is stable, as sortFindings'.
  keyed.sort(compareFindingKeys);
  return {
    status: overallStatus(checks, false),
    checks,
    advice: [],
    metrics: { items: results.length, stockouts, reorderNow: reorders, overstock, moneyAtRisk },
    items: results,
    findings: keyed.map((k) => k.f),
  };
}
