import * as z from 'zod/mini';
import { moneyPerUnit, StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import { fail } from '../core/errors.js';
import { formatPercent } from '../core/i18n.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { countSchema, nonNegativeSchema, parseInput, rateSchema } from '../core/validate.js';
import { apportion } from './apportion.js';
import { pure } from '../core/pure.js';

/** A traffic entry (流量入口): search, the recommendation feed, 直通车 … with its visitors, or its impressions and click-through rate. */
export interface TrafficEntry {
  /** The entry's name, e.g. `'手淘搜索'`. */
  name: string;
  /** Its visitors now (count). Wins over `impressions × ctr` when both are given. */
  visitors?: number;
  /** Its impressions now (展现量, count). */
  impressions?: number;
  /** Its click-through rate (点击率), 0–1: visitors per impression. */
  ctr?: number;
}

/** What {@link solveDrivers} needs: exactly three of the four drivers, and optionally the traffic entries. */
export interface DriversInput {
  /** 销售额: sales in yuan. */
  sales?: MoneyInput;
  /** 访客数: visitors (may be fractional in a plan). */
  visitors?: number;
  /** 支付转化率: paying buyers / visitors, 0–1. */
  conversionRate?: number;
  /** 客单价: average order value (paid amount / paying buyers), in yuan. */
  aov?: MoneyInput;
  /** Where the visitors come from now; the visitors needed are split over them in proportion to their current visitors. */
  entries?: readonly TrafficEntry[];
}

/** One traffic entry's share of the visitors needed. */
export interface EntryTarget {
  /** The entry's name. */
  name: string;
  /** Its visitors now (given, or impressions × CTR). */
  currentVisitors: number;
  /** Its share of the current visitors, 0–1. */
  share: number;
  /** Whole visitors it must bring: the visitors needed, rounded up, split by share (largest remainder). */
  visitors: number;
  /** `visitors − currentVisitors`: how many more (negative: fewer) than now. */
  extraVisitors: number;
  /** Its click-through rate, or `null` when not given. */
  ctr: number | null;
  /** Impressions it needs at its CTR (`visitors / ctr`, rounded up); `null` without a CTR above 0. */
  impressions: number | null;
}

/** The four drivers, one of them solved, and what follows from them. */
export interface Drivers {
  /** Which driver was solved. */
  solved: 'sales' | 'visitors' | 'conversionRate' | 'aov';
  /** 销售额 in yuan; `null` only when it cannot be determined. */
  sales: Decimal | null;
  /** 访客数 (fractional when solved). */
  visitors: number | null;
  /** 支付转化率, 0–1. */
  conversionRate: number | null;
  /** 客单价 in yuan (when solved: sales / buyers, rounded to the fen). */
  aov: Decimal | null;
  /** 支付买家数: visitors × conversion rate (= sales / AOV). */
  buyers: number | null;
  /** UV价值: conversion rate × AOV, in yuan per visitor, rounded to the fen. */
  revenuePerVisitor: Decimal | null;
  /** The visitors needed, split over the traffic entries; `null` without entries or without a visitor count. */
  entries: EntryTarget[] | null;
}

const entrySchema = /* @__PURE__ */ pure(() => z.object({
  name: z.string(),
  visitors: z.optional(countSchema),
  impressions: z.optional(countSchema),
  ctr: z.optional(rateSchema),
}));

/** zod schema of {@link DriversInput}. */
export const driversInputSchema = /* @__PURE__ */ pure(() => z.object({
  sales: z.optional(nonNegativeMoneySchema),
  visitors: z.optional(nonNegativeSchema),
  conversionRate: z.optional(rateSchema),
  aov: z.optional(nonNegativeMoneySchema),
  entries: z.optional(z.array(entrySchema).check(z.minLength(1))),
}));

const DRIVERS = ['sales', 'visitors', 'conversionRate', 'aov'] as const;

/** A Decimal as a number, or `null` when it is beyond a number (never Infinity: the ratio policy). */
function finiteNumber(d: Decimal | null | undefined): number | null {
  if (d === null || d === undefined) return null;
  const n = d.toNumber();
  return Number.isFinite(n) ? n : null;
}

/**
 * Rounds a needed count up to a whole number, ignoring floating-point dust (4000.0000000000005 →
 * 4000): a value within a relative 1e-12 of a whole number is that number, anything else is
 * rounded up — never below the whole number nearest to it. @internal
 */
export function ceilWhole(x: number): number {
  const nearest = Math.round(x);
  return Math.abs(x - nearest) <= Math.abs(x) * 1e-12 ? nearest : Math.ceil(x);
}

function splitOverEntries(needed: number, entries: readonly z.infer<typeof entrySchema>[]): EntryTarget[] {
  const current = entries.map((e, i) => {
    if (e.visitors !== undefined) return e.visitors;
    if (e.impressions === undefined || e.ctr === undefined) {
      return fail('INVALID_INPUT', `entries[${i}].visitors`, 'give the entry’s visitors, or its impressions and ctr');
    }
    return e.impressions * e.ctr;
  });
  const sum = current.reduce((s, x) => s + x, 0);
  if (sum === 0) fail('INVALID_INPUT', 'entries', 'the entries must not all have zero visitors');
  const whole = ceilWhole(needed);
  // Exact weights: current visitors are counts or impressions × CTR; 1e6 keeps CTR to 4 decimals of a percent.
  const parts = apportion(BigInt(whole), current.map((x) => BigInt(Math.round(x * 1e6))));
  return entries.map((e, i) => {
    const visitors = Number(parts[i]);
    const ctr = e.ctr ?? null;
    return {
      name: e.name,
      currentVisitors: current[i] as number,
      share: (current[i] as number) / sum,
      visitors,
      extraVisitors: visitors - (current[i] as number),
      ctr,
      impressions: ctr === null || ctr === 0 ? null : ceilWhole(visitors / ctr),
    };
  });
}

/**
 * Solves the driver formula 销售额 = 访客数 × 转化率 × 客单价 (sales = visitors × conversion
 * rate × AOV) for the one driver not given, and adds buyers and revenue per visitor (UV价值).
 * With traffic entries (流量入口), it also says where the visitors must come from: the visitors
 * needed (rounded up to whole visitors) are split over the entries in proportion to their
 * current visitors, with the impressions each needs at its click-through rate
 * (visitors = impressions × CTR).
 *
 * A driver that cannot be determined (0 / 0, e.g. sales 0 at AOV 0) is `null`.
 *
 * @param input - exactly three of `sales` (yuan), `visitors`, `conversionRate` (0–1), `aov` (yuan); optional `entries`.
 * @returns all four drivers, `buyers`, `revenuePerVisitor` and the per-entry split.
 * @throws StoreOpsError `INVALID_INPUT` for a bad field (path named) or when not exactly three
 *   drivers are given (path of the first missing one); `INFEASIBLE` when the target cannot be
 *   reached: sales above 0 with a zero conversion rate or AOV (path of that driver), or a
 *   conversion rate above 100% needed (path `conversionRate`).
 * @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop) (sales = visitors × conversion × AOV; impressions × CTR → visitors), §2
 * @example
 * ```ts
 * import { solveDrivers } from 'storeops/goals';
 * const d = solveDrivers({ sales: 30000, conversionRate: 0.03, aov: 238 });
 * Math.round(d.visitors * 10) / 10 //=> 4201.7
 * d.revenuePerVisitor //=> 7.14
 * solveDrivers({ visitors: 4000, conversionRate: 0.03, aov: 238 }).sales //=> 28560
 * solveDrivers({ sales: 30000, visitors: 4000, aov: 250 }).conversionRate //=> 0.03
 * const plan = solveDrivers({ sales: 30000, conversionRate: 0.03, aov: 238, entries: [{ name: 'search', visitors: 3000 }, { name: 'feed', impressions: 50000, ctr: 0.02 }] });
 * plan.entries.map((e) => [e.name, e.visitors, e.impressions]) //=> [['search', 3152, null], ['feed', 1050, 52500]]
 * solveDrivers({ sales: 30000, aov: 238 }) //=> throws INVALID_INPUT
 * ```
 */
export function solveDrivers(input: DriversInput): Drivers {
  const v = parseInput(driversInputSchema, input);
  const missing = DRIVERS.filter((k) => v[k] === undefined);
  if (missing.length !== 1) {
    fail('INVALID_INPUT', missing[0] ?? '', `give exactly three of sales, visitors, conversionRate and aov (${missing.length === 0 ? 'all four were given' : `missing: ${missing.join(', ')}`})`);
  }
  const solved = missing[0] as Drivers['solved'];
  let sales = v.sales === undefined ? null : toDecimal(v.sales, 'sales');
  let visitors = v.visitors ?? null;
  let conversionRate = v.conversionRate ?? null;
  let aov = v.aov === undefined ? null : toDecimal(v.aov, 'aov');

  // One exact divisor per case; `null` for 0 / 0, INFEASIBLE for x / 0 with x > 0.
  const divide = (numerator: Decimal, divisor: Decimal, zeroPath: string): Decimal | null => {
    if (!divisor.isZero()) return numerator.div(divisor);
    if (numerator.isZero()) return null;
    return fail('INFEASIBLE', zeroPath, `${solved} cannot reach a sales target above 0 when ${zeroPath} is 0`);
  };
  if (solved === 'sales') {
    sales = new StoreDecimal(visitors as number).times(conversionRate as number).times(aov as Decimal);
  } else if (solved === 'visitors') {
    const rpv = new StoreDecimal(conversionRate as number).times(aov as Decimal);
    const path = conversionRate === 0 ? 'conversionRate' : 'aov';
    visitors = finiteNumber(divide(sales as Decimal, rpv, path)); // beyond a number (a rate of 5e-324): null
  } else if (solved === 'conversionRate') {
    const perBuyer = new StoreDecimal(visitors as number).times(aov as Decimal);
    const path = visitors === 0 ? 'visitors' : 'aov';
    const rate = divide(sales as Decimal, perBuyer, path);
    if (rate !== null && rate.gt(1)) {
      fail('INFEASIBLE', 'conversionRate', `the target needs a conversion rate of ${formatPercent(rate.toNumber(), 2)}, above 100%: more visitors or a higher AOV are needed`);
    }
    conversionRate = rate?.toNumber() ?? null;
  } else {
    const buyers = new StoreDecimal(visitors as number).times(conversionRate as number);
    aov = divide(sales as Decimal, buyers, visitors === 0 ? 'visitors' : 'conversionRate');
  }

  let buyers: number | null = null;
  if (visitors !== null && conversionRate !== null) buyers = finiteNumber(new StoreDecimal(visitors).times(conversionRate));
  else if (sales !== null && aov !== null && !aov.isZero()) buyers = finiteNumber(sales.div(aov));
  const revenuePerVisitor = conversionRate !== null && aov !== null ? aov.times(conversionRate) : null;
  const entries = v.entries === undefined || visitors === null ? null : splitOverEntries(visitors, v.entries);
  // A solved AOV and UV价值 are money per unit: shown to the fen (the drivers above use the exact values).
  return { solved, sales, visitors, conversionRate, aov: solved === 'aov' ? moneyPerUnit(aov) : aov, buyers, revenuePerVisitor: moneyPerUnit(revenuePerVisitor), entries };
}
