// The stockCover of before issue 17's hot-path work (a zod-shaped hand check, then a second
// pass per item: a day-number list, a Set of days, a params object of formatted numbers and a
// rendered message per item), kept verbatim as the reference the fused version is held to.
import * as z from 'zod/mini';
import type { Advice, Check, Status, Threshold } from '../../../src/core/checks.js';
import { isIsoDate, toDayNumber, isoDateSchema, type IsoDate } from '../../../src/core/dates.js';
import { StoreDecimal, formatMoney, toDecimal, type Decimal } from '../../../src/core/decimal.js';
import { fail } from '../../../src/core/errors.js';
import { compareFindings, type FindingSeverity, type ModuleFinding } from '../../../src/core/findings.js';
import { deepFreeze } from '../../../src/core/freeze.js';
import { formatNumber, type Locale, type MessageCatalog } from '../../../src/core/i18n.js';
import { openJudging, overallStatus, readOptions, verdict, type JudgingSpec, type MessageCode } from '../../../src/core/judge.js';
import type { StoreOpsPlugin } from '../../../src/core/plugin.js';
import { isNonNegativeMoney, nonNegativeMoneySchema, type MoneyInput } from '../../../src/core/money.js';
import { countSchema, nonNegativeSchema, parseInput } from '../../../src/core/validate.js';
import { stockMessages } from '../../../src/stock/messages.js';

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
export const stockItemsSchema = /* @__PURE__ */ schemas().items;

/**
 * Estimates daily sales from history over the `windowDays` calendar days ending on `asOf` (or
 * the latest history day), starting no earlier than the first history day. Sold-out days
 * (`inStock: false` or `onHand: 0`) are skipped: a sold-out day is not a day of zero demand.
 * Days in the window without a row count as in stock with no sales.
 */
/** Day number of a checked date, each distinct date read once per call (90 days × 10,000 items hold 90 dates). */
function dayOf(cache: Map<string, number>, date: string): number {
  let d = cache.get(date);
  if (d === undefined) cache.set(date, (d = toDayNumber(date)));
  return d;
}

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isDays = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v <= 3650;

/**
 * The items, checked by hand as stockItemsSchema checks them (never accepting what it refuses);
 * at the first item the hand check refuses, the schema parses the whole list, so a bad item
 * gets exactly the schema's issue and path. Dates are checked once each, through `days`.
 */
function parseItems(items: unknown, days: Map<string, number>): StockItemInput[] {
  if (!Array.isArray(items)) return parseInput(stockItemsSchema, items) as StockItemInput[];
  try {
    for (const item of items as unknown[]) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return parseInput(stockItemsSchema, items) as StockItemInput[];
      const it = item as Record<string, unknown>;
      const id = it['id'];
      const name = it['name'];
      const dailySales = it['dailySales'];
      const history = it['history'];
      const price = it['price'];
      const unitCost = it['unitCost'];
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
        (price === undefined || isNonNegativeMoney(price)) &&
        (unitCost === undefined || isNonNegativeMoney(unitCost));
      if (!ok) return parseInput(stockItemsSchema, items) as StockItemInput[];
      if (history !== undefined) {
        for (const h of history as unknown[]) {
          if (typeof h !== 'object' || h === null || Array.isArray(h)) return parseInput(stockItemsSchema, items) as StockItemInput[];
          const day = h as Record<string, unknown>;
          const date = day['date'];
          const inStock = day['inStock'];
          const onHand = day['onHand'];
          if (typeof date !== 'string' || (!days.has(date) && !isIsoDate(date)) || !isCount(day['units']) || (inStock !== undefined && typeof inStock !== 'boolean') || (onHand !== undefined && !isCount(onHand))) {
            return parseInput(stockItemsSchema, items) as StockItemInput[];
          }
          if (!days.has(date)) days.set(date, toDayNumber(date));
        }
      }
    }
  } catch {
    // A getter or proxy that throws: let the schema report it as it always has.
    return parseInput(stockItemsSchema, items) as StockItemInput[];
  }
  return items as StockItemInput[];
}

function velocityFromHistory(history: readonly StockHistoryDay[], asOf: number | null, windowDays: number, path: string, cache: Map<string, number>): { rate: number | null; days: number } {
  if (history.length === 0) return { rate: null, days: 0 };
  const days = history.map((h) => dayOf(cache, h.date));
  const seen = new Set<number>();
  let first = Infinity;
  let last = -Infinity;
  days.forEach((d, j) => {
    if (seen.has(d)) fail('INVALID_INPUT', `${path}.history[${j}].date`, `duplicate day ${(history[j] as StockHistoryDay).date}`);
    seen.add(d);
    if (d < first) first = d;
    if (d > last) last = d;
  });
  const end = asOf ?? last;
  const start = Math.max(end - windowDays + 1, first);
  if (start > end) return { rate: null, days: 0 };
  let soldOut = 0;
  let units = 0;
  history.forEach((h, j) => {
    const d = days[j] as number;
    if (d < start || d > end) return;
    if (h.inStock === false || h.onHand === 0) soldOut++;
    else units += h.units;
  });
  const inStockDays = end - start + 1 - soldOut;
  return { rate: inStockDays === 0 ? null : units / inStockDays, days: inStockDays };
}

const SEVERITY: Readonly<Record<string, FindingSeverity>> = {
  STOCK_OUT: 'critical',
  STOCK_RUNS_OUT: 'critical',
  STOCK_REORDER_NOW: 'warning',
  STOCK_OVERSTOCK: 'warning',
  STOCK_NO_SALES: 'warning',
  STOCK_REORDER_SOON: 'info',
};

/** Rounds a float up to a whole number, ignoring binary noise (300.00000000000006 → 300). */
function ceilUnits(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-9 ? r : Math.ceil(x);
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
 *   a duplicate id or a duplicate history day; `INVALID_OPTIONS` for bad options.
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
  const dayCache = new Map<string, number>();
  const input = parseItems(items, dayCache);
  const raw = readOptions(options);
  const opts = parseInput(schemas().options, raw, { code: 'INVALID_OPTIONS' });
  const j = openJudging(spec, raw);
  const t = j.thresholds;
  const asOf = opts.asOf === undefined ? null : toDayNumber(opts.asOf);
  const windowDays = opts.windowDays ?? 28;
  const orderCoverDays = opts.orderCoverDays ?? 30;

  const ids = new Set<string>();
  const results: StockItemResult[] = [];
  const alerts: ModuleFinding[] = [];
  input.forEach((item, i) => {
    if (ids.has(item.id)) fail('INVALID_INPUT', `[${i}].id`, `duplicate item id ${JSON.stringify(item.id)}`);
    ids.add(item.id);
    const name = item.name ?? item.id;
    let d: number | null;
    let salesDays: number | null = null;
    if (item.dailySales !== undefined) d = item.dailySales;
    else {
      const v = velocityFromHistory(item.history as StockHistoryDay[], asOf, windowDays, `[${i}]`, dayCache);
      d = v.rate;
      salesDays = v.days;
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

    const price = item.price === undefined ? null : toDecimal(item.price);
    const cost = item.unitCost === undefined ? null : toDecimal(item.unitCost);
    let code: MessageCode<typeof stockMessages>;
    let status: Status;
    let risk: StockRisk = null;
    let money: Decimal | null = null;
    let threshold: Threshold | null = sells ? { direction: 'above', pass: L + S } : null;
    if (d === null) {
      code = 'STOCK_VELOCITY_UNKNOWN';
      status = 'unknown';
    } else if (!sells) {
      code = s > 0 ? 'STOCK_NO_SALES' : 'STOCK_NO_DEMAND';
      status = s > 0 ? 'fail' : 'pass';
      if (s > 0) {
        risk = 'overstock';
        money = cost === null ? null : cost.times(s);
      }
    } else if (reorderNow === true) {
      code = s === 0 ? 'STOCK_OUT' : s < d * L ? 'STOCK_RUNS_OUT' : 'STOCK_REORDER_NOW';
      status = 'fail';
      risk = code === 'STOCK_REORDER_NOW' ? 'reorder' : 'stockout';
      money = price === null ? null : price.times(new StoreDecimal(reorderPoint as number).minus(s));
    } else if ((cover as number) > t.overstockDays) {
      code = 'STOCK_OVERSTOCK';
      status = 'fail';
      risk = 'overstock';
      threshold = { direction: 'below', pass: t.overstockDays, inclusive: true };
      money = cost === null ? null : cost.times(new StoreDecimal(s).minus(new StoreDecimal(d).times(t.overstockDays)));
    } else if ((reorderInDays as number) <= t.reorderSoonDays) {
      code = 'STOCK_REORDER_SOON';
      status = 'pass';
    } else {
      code = 'STOCK_COVER_OK';
      status = 'good';
    }
    if (money !== null) money = money.toDecimalPlaces(2);
    const params = {
      item: name,
      cover: formatNumber(cover, 1),
      lead: formatNumber(L, 1),
      safety: formatNumber(S, 1),
      days: formatNumber(reorderInDays === null ? null : Math.ceil(reorderInDays - 1e-9), 0),
      sales: formatNumber(d, 1),
      onHand: s,
      reorderPoint: formatNumber(reorderPoint === null ? null : ceilUnits(reorderPoint), 0),
      quantity: formatNumber(suggestedQuantity, 0),
      max: formatNumber(t.overstockDays, 0),
      money: money === null ? '—' : formatMoney(money),
    };
    const check = verdict(j, code, sells ? 'daysOfCover' : 'dailySales', sells ? cover : d, status, threshold, params);
    results.push({
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
    });
    const severity = SEVERITY[code];
    if (severity !== undefined) {
      alerts.push({
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
      });
    }
  });
  const checks = results.map((r) => r.checks[0] as Check);
  let moneyAtRisk: Decimal | null = null;
  for (const f of alerts) if (f.moneyAtStake !== null) moneyAtRisk = (moneyAtRisk ?? new StoreDecimal(0)).plus(f.moneyAtStake);
  const count = (risk: StockRisk) => results.filter((r) => r.risk === risk).length;
  return {
    status: overallStatus(checks, false),
    checks,
    advice: [],
    metrics: { items: results.length, stockouts: count('stockout'), reorderNow: results.filter((r) => r.reorderNow === true).length, overstock: count('overstock'), moneyAtRisk },
    items: results,
    findings: alerts.sort(compareFindings),
  };
}
