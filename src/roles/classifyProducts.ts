import * as z from 'zod/mini';
import type { Advice, Check, Status, Threshold } from '../core/checks.js';
import { StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import { fail, formatPath } from '../core/errors.js';
import { formatNumber, formatPercent, interpolate, type Locale, type MessageCatalog, type MessageParams } from '../core/i18n.js';
import { advise, openJudging, overallStatus, readOptions, statusOf, text, verdict, type JudgingSpec, type MessageCode } from '../core/judge.js';
import { isNonNegativeMoney, MONEY_RANGE, moneyToNumber, type MoneyInput } from '../core/money.js';
import { inPlugin, type StoreOpsPlugin } from '../core/plugin.js';
import { ratio } from '../core/ratio.js';
import { countSchema, parseInput } from '../core/validate.js';
import { rolesMessages } from './messages.js';
import {
  builtInRoles,
  defaultRoleRules,
  defaultRoleThresholds,
  roleMarks,
  ROLE_ID,
  ROLE_MEASURES,
  roleDefinitionSchema,
  roleRuleSchema,
  type RoleCondition,
  type RoleDefinition,
  type RoleMetric,
  type RoleRule,
  type RoleThresholdOverrides,
  type RoleThresholds,
} from './rules.js';
import { pure } from '../core/pure.js';

/** One product of the catalogue, over one period (e.g. the last 30 days). */
export interface ProductInput {
  /** The product's id (商品ID); unique in the list. */
  id: string | number;
  /** Its title, used in messages. */
  name?: string;
  /** Selling price (售价), in yuan; greater than 0. */
  price: MoneyInput;
  /** Cost of one unit (成本), in yuan. */
  unitCost: MoneyInput;
  /** 访客数: distinct visitors of the product's page in the period (count). */
  visitors: number;
  /** 支付买家数: paying buyers in the period (count), at most `visitors`. */
  buyers: number;
  /** 支付金额: sales in the period, in yuan; `price × buyers` when omitted (one unit per buyer). */
  revenue?: MoneyInput;
  /** Extra numbers for plugin rules, read as `custom.<name>` (e.g. `{ rivalPrice: 99 }`). */
  custom?: Readonly<Record<string, number>>;
}

/** The store-relative measures of a product (see {@link RoleMeasure}); `null` where a denominator is 0. */
export interface RoleMeasures {
  pricePercentile: number | null;
  marginRate: number | null;
  marginVsMedian: number | null;
  visitorShare: number | null;
  visitorIndex: number | null;
  buyerIndex: number | null;
  revenueShare: number | null;
  revenueIndex: number | null;
  conversionRate: number | null;
  conversionIndex: number | null;
}

/** A product with its role, tags and the reasons that decided them. */
export interface ClassifiedProduct {
  id: string | number;
  name?: string;
  /** `traffic`, `profit`, `flagship`, `regular`, or a plugin's role. */
  role: string;
  /** The role's name in the requested locale (引流款 / traffic item …). */
  label: string;
  /** Tags beside the role: `hit` (爆款), `slow` (滞销款), or a plugin's. */
  tags: string[];
  /** Sales in yuan (given, or price × buyers). */
  revenue: Decimal;
  /** The measures the rules were held against. */
  measures: RoleMeasures;
  /**
   * Why: for a role, one check per condition of the rule that matched (status `pass`); for
   * `regular`, the first condition that failed in each role rule; then the conditions of each tag.
   * Checks of one condition whose values print alike share their `params` object, which is frozen.
   */
  checks: Check[];
}

/** Count, sales and visitors of the products with one role or tag. */
export interface RoleSummary {
  /** The role or tag id. */
  id: string;
  kind: 'role' | 'tag';
  /** Its name in the requested locale. */
  label: string;
  /** Number of products. */
  count: number;
  /** Their sales, in yuan. */
  revenue: Decimal;
  /** Their share of the store's sales (`null` when the store sold nothing). */
  revenueShare: number | null;
  /** Their share of the store's visitors (`null` when there were none). */
  visitorShare: number | null;
  /** The target share of sales from `thresholds.targetMix`, or `null`. */
  targetRevenueShare: number | null;
}

/** The product structure (产品结构) of the catalogue: count, sales and visitors per role and tag. */
export interface RolePortfolio {
  /** One summary per role: the built-in roles, then plugins' roles, each even when empty. */
  roles: RoleSummary[];
  /** One summary per tag. */
  tags: RoleSummary[];
}

/** The numbers the portfolio checks were held against. */
export interface RolePortfolioMetrics {
  /** Products classified. */
  products: number;
  /** The catalogue's sales, in yuan. */
  revenue: Decimal;
  /** The catalogue's visitors. */
  visitors: number;
  /** Products with the `traffic` role. */
  trafficItems: number;
  /** Flagship products' share of sales. */
  flagshipRevenueShare: number | null;
  /** The best seller's share of sales. */
  topProductRevenueShare: number | null;
}

/** The result of {@link classifyProducts}. */
export interface ClassifyProductsResult {
  /** The portfolio checks combined: `fail` if any fails; otherwise `good` (the checks have no good mark); `unknown` with no sales. */
  status: Status;
  /**
   * The portfolio checks: one per role of the target mix (metric `mixDeviation`: |share − target|
   * against the tolerance), then `trafficItems` (at least one), `flagshipRevenueShare` (at most
   * 15%) and `topProductRevenueShare` (no single hit carrying the store).
   */
  checks: Check[];
  /** `ROLE_ADD_TRAFFIC_ITEM` when no product brings traffic, `ROLE_REBALANCE_MIX` when the mix is off target. */
  advice: Advice[];
  /** The numbers judged. */
  metrics: RolePortfolioMetrics;
  /** The products in input order. */
  products: ClassifiedProduct[];
  portfolio: RolePortfolio;
}

/** Options of {@link classifyProducts}. */
export interface ClassifyProductsOptions {
  /** The rules to run instead of the defaults ({@link defaultRoleRules}); plugins' rules are added to them. */
  rules?: readonly RoleRule[];
  /** Overrides of {@link defaultRoleThresholds}; they win over the plugins'. */
  thresholds?: RoleThresholdOverrides;
  /** Plugins, applied in order: `thresholds.roles`, `roles`, `rules` and `messages`. */
  plugins?: readonly StoreOpsPlugin[];
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code; they win over the plugins'. */
  messages?: MessageCatalog;
}

// Money is within the range of a number (core/money.ts), so moneyToNumber of valid money is a number.
const priceSchema = /* @__PURE__ */ z.custom<MoneyInput>((v) => isNonNegativeMoney(v) && (moneyToNumber(v) as number) > 0, {
  error: 'expected a price greater than 0: a decimal string like "12.34", a finite number or a Decimal',
});

// The measures are numbers: an amount beyond their range ('1e999') is refused here, with its path.
const amountSchema = /* @__PURE__ */ z.custom<MoneyInput>((v) => isNonNegativeMoney(v) && moneyToNumber(v) !== null, {
  error: 'expected an amount that is zero or more and within the range of a number: a decimal string like "12.34", a finite number or a Decimal',
});

/** zod schema of a {@link ProductInput}. Unknown fields are ignored. */

export const productInputSchema = /* @__PURE__ */ pure(() => z
  .object({
    id: z.union([z.string().check(z.minLength(1)), z.number()]),
    name: z.optional(z.string()),
    price: priceSchema,
    unitCost: amountSchema,
    visitors: countSchema,
    buyers: countSchema,
    revenue: z.optional(amountSchema),
    custom: z.optional(z.record(z.string(), z.number())),
  })
  .check(
    z.refine((p) => p.buyers <= p.visitors, { error: 'buyers must not exceed visitors', path: ['buyers'] }),
  ));

const spec: JudgingSpec<RoleThresholds, typeof rolesMessages> = {
  module: 'roles',
  catalog: rolesMessages,
  defaults: defaultRoleThresholds,
  marks: roleMarks,
};

type Product = z.infer<typeof productInputSchema>;

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

// The hot loops below run in small functions called per product (or per array), never as one long
// loop in a function called once per call: V8 compiles such a loop on the stack (OSR) and keeps
// that code, which gave up where the code after the loop had not run yet, on every later call.

/**
 * Mid-rank percentile of each value among all: 0 for the lowest, 1 for the highest; null with
 * fewer than two. Equal values span [first, last] in a numeric sort of a typed copy (no
 * comparator), found by binary search: their mid-rank (first + last) / 2.
 */
function percentiles(values: Float64Array): Float64Array | null {
  const n = values.length;
  if (n < 2) return null;
  const sorted = values.slice().sort();
  return values.map((v) => (bound(sorted, v, false) + bound(sorted, v, true) - 1) / 2 / (n - 1));
}

/** The first index of a sorted array whose value is at least (`after`: above) v. */
function bound(sorted: Float64Array, v: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after ? (sorted[mid] as number) <= v : (sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The median of the values (sorted in place); null with none. */
function median(s: Float64Array): number | null {
  if (s.length === 0) return null;
  // A numeric sort of a typed array (the values are finite): the order a comparator gives, without a call per comparison.
  s.sort();
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Money as whole fen when it is a number of at most two decimals, at most 10^15 fen (10^13 yuan:
 * there doubles are closer than half a fen, so the number is the Decimal fen / 100); else `null`.
 */
function fenOf(value: MoneyInput | undefined): number | null {
  if (typeof value !== 'number') return null;
  const fen = Math.round(value * 100);
  // `+ 0`: a −0 is 0, as its Decimal is.
  return Math.abs(fen) <= 1e15 && fen / 100 === value ? fen + 0 : null;
}

/** The catalogue as numbers: each product's money and measures, and the store's sums. */
interface Table {
  items: readonly Product[];
  n: number;
  /** Price, unit cost and sales as numbers. */
  price: Float64Array;
  unitCost: Float64Array;
  revenueNumber: Float64Array;
  margins: Float64Array;
  /** Whole fen of every sale, or null once one is not. */
  revenueFen: Float64Array | null;
  visitors: number;
  buyers: number;
  totalFen: number;
  maxFen: number;
  /** Set once all products are read: */
  revenue: Decimal[];
  /** The sales in whole fen where their sums are exact, else null (Decimals). */
  fen: Float64Array | null;
  totalRevenue: Decimal;
  pricePct: Float64Array | null;
  medianMargin: number | null;
  measures: RoleMeasures[];
}

/** One product's money and margin, in whole fen where it can be, added to the sums; its sales as a Decimal. */
function readProduct(input: Product, i: number, t: Table): Decimal {
  const pFen = fenOf(input.price);
  const costFen = fenOf(input.unitCost);
  let fen: number | null;
  let price: Decimal | null = null;
  if (input.revenue === undefined) {
    fen = pFen === null ? null : pFen * input.buyers;
    if (fen !== null && fen > 1e15) fen = null;
  } else fen = fenOf(input.revenue);
  let revenue: Decimal;
  if (fen !== null) revenue = new StoreDecimal(fen / 100);
  else {
    price = toDecimal(input.price, `[${i}].price`);
    revenue = input.revenue === undefined ? price.times(input.buyers) : toDecimal(input.revenue, `[${i}].revenue`);
  }
  if (t.revenueFen !== null) {
    if (fen === null) t.revenueFen = null;
    else {
      t.revenueFen[i] = fen;
      t.totalFen += fen;
      if (fen > t.maxFen) t.maxFen = fen;
    }
  }
  t.visitors += input.visitors;
  t.buyers += input.buyers;
  if (pFen !== null && costFen !== null) {
    t.margins[i] = (pFen - costFen) / pFen;
    t.unitCost[i] = costFen / 100;
  } else {
    price ??= toDecimal(input.price, `[${i}].price`);
    const cost = toDecimal(input.unitCost, `[${i}].unitCost`);
    // A cost that dwarfs a tiny Decimal price (money may be a Decimal with more decimals than a
    // typed amount, e.g. 1e-300) gives a margin rate beyond a number (−1e310): unknown, not −Infinity.
    const margin = price.minus(cost).div(price).toNumber();
    t.margins[i] = margin;
    t.unitCost[i] = cost.toNumber();
  }
  // Without whole fen for the price, its Decimal was made above (for the revenue or the margin).
  t.price[i] = pFen === null ? (price as Decimal).toNumber() : pFen / 100;
  t.revenueNumber[i] = fen === null ? revenue.toNumber() : fen / 100;
  return revenue;
}


function measuresOf(input: Product, i: number, t: Table): RoleMeasures {
  const { visitors, buyers } = input;
  const n = t.n;
  const m = t.margins[i] as number;
  const marginRate = Number.isFinite(m) ? m : null;
  const fen = t.fen === null ? 0 : (t.fen[i] as number);
  const noSales = t.totalRevenue.isZero();
  return {
    pricePercentile: t.pricePct === null ? null : (t.pricePct[i] as number),
    marginRate,
    marginVsMedian: t.medianMargin === null || marginRate === null ? null : marginRate - t.medianMargin,
    visitorShare: ratio(visitors, t.visitors),
    visitorIndex: ratio(visitors * n, t.visitors),
    buyerIndex: ratio(buyers * n, t.buyers),
    revenueShare: noSales ? null : t.fen !== null ? fen / t.totalFen : (t.revenue[i] as Decimal).div(t.totalRevenue).toNumber(),
    revenueIndex: noSales ? null : t.fen !== null ? (fen * n) / t.totalFen : (t.revenue[i] as Decimal).times(n).div(t.totalRevenue).toNumber(),
    conversionRate: ratio(buyers, visitors),
    conversionIndex: ratio(buyers * t.visitors, visitors * t.buyers),
  };
}

/**
 * The measures of every product. Where a catalogue's money is all numbers in whole fen (as
 * exports give it), sums are kept in whole fen and the quotients taken on whole fen as numbers
 * instead of as Decimals: for integers a, b below 2^53, a / b in floating point is the number
 * nearest the exact quotient, and so is the Decimal quotient (40 digits) turned into a number —
 * a double's midpoint lies further than 10^-39 × |a / b| from any such quotient, and is never
 * one — so both give the same number, for a fraction of the time. An amount of at most 10^15
 * fen is the Decimal of its number fen / 100 (doubles there are closer than half a fen).
 * Anything else goes through Decimals, as before.
 */
function measure(items: readonly Product[]): Table {
  const n = items.length;
  const t: Table = {
    items,
    n,
    price: new Float64Array(n),
    unitCost: new Float64Array(n),
    revenueNumber: new Float64Array(n),
    margins: new Float64Array(n),
    revenueFen: new Float64Array(n),
    visitors: 0,
    buyers: 0,
    totalFen: 0,
    maxFen: 0,
    revenue: [],
    fen: null,
    totalRevenue: toDecimal(0),
    pricePct: null,
    medianMargin: null,
    measures: [],
  };
  t.revenue = items.map((input, i) => readProduct(input, i, t));
  if (t.revenueFen !== null && t.totalFen <= 1e15 && Number.isSafeInteger(t.maxFen * n)) {
    t.fen = t.revenueFen;
    t.totalRevenue = new StoreDecimal(t.totalFen / 100);
  } else for (const r of t.revenue) t.totalRevenue = t.totalRevenue.plus(r);
  t.pricePct = percentiles(t.price);
  t.medianMargin = median(t.margins.filter(Number.isFinite));
  t.measures = items.map((input, i) => measuresOf(input, i, t));
  return t;
}


type Reader = (t: Table, i: number) => number | null;

/** A measure's reader, chosen once per condition; a `custom.<name>` number's is null where the product has none. */
function readerOf(metric: RoleMetric): Reader {
  switch (metric) {
    case 'price':
      return (t, i) => t.price[i] as number;
    case 'unitCost':
      return (t, i) => t.unitCost[i] as number;
    case 'visitors':
      return (t, i) => (t.items[i] as Product).visitors;
    case 'buyers':
      return (t, i) => (t.items[i] as Product).buyers;
    case 'revenue':
      return (t, i) => t.revenueNumber[i] as number;
  }
  if (ROLE_MEASURES.has(metric)) return (t, i) => (t.measures[i] as RoleMeasures)[metric as keyof RoleMeasures];
  const key = metric.slice(7);
  return (t, i) => {
    const custom = (t.items[i] as Product).custom;
    return custom !== undefined && hasOwn(custom, key) ? (custom[key] as number) : null;
  };
}

const PERCENT_MEASURES = /* @__PURE__ */ new Set(['pricePercentile', 'marginRate', 'marginVsMedian', 'visitorShare', 'revenueShare', 'conversionRate']);

/**
 * How a measure prints in messages: 0 a rate (a percentage, one decimal), 1 points (the same with
 * `+` before a positive value), 2 a count (no decimals), 3 other numbers (two decimals). @internal
 */
export type Format = 0 | 1 | 2 | 3;

/** The formats of the measures (see formatOf). @internal */
export const FORMATS: readonly Format[] = [0, 1, 2, 3];

/** How a measure prints in messages, chosen once per condition. */
function formatOf(metric: string): Format {
  if (metric === 'marginVsMedian') return 1;
  if (PERCENT_MEASURES.has(metric)) return 0;
  return metric === 'visitors' || metric === 'buyers' ? 2 : 3;
}

/** A measure's text in messages. @internal */
export function formatMeasure(f: Format, x: number): string {
  if (f > 1) return formatNumber(x, f === 2 ? 0 : 2);
  return `${f === 1 && x > 0 ? '+' : ''}${formatPercent(x, 1)}`;
}

/**
 * All formatMeasure's text depends on, as one number: the rounded digits formatNumber prints
 * (`Math.round(|x| × 10^digits)`, computed as it computes them) and the sign it writes (`-`, or
 * `+` for a positive value in points); −1 for a value beyond a billion of its last digits.
 * Values with one key print alike, so a condition formats each key once. @internal
 */
export function formatKey(f: Format, x: number): number {
  const y = f < 2 ? x * 100 : x;
  const scaled = Math.round(Math.abs(y) * 10 ** (f === 2 ? 0 : f === 3 ? 2 : 1));
  if (!(scaled < 1e9)) return -1;
  return scaled * 3 + (f === 1 && x > 0 ? 1 : y < 0 && scaled !== 0 ? 2 : 0);
}

/** A rule's condition, made once per call: everything of its checks but the value. */
interface Condition {
  code: string;
  metric: string;
  read: Reader;
  per: Reader | null;
  /** Shared by the condition's checks (as judgeMetric shares a module's marks). */
  thresholds: Threshold;
  format: Format;
  /** The text of its message code. */
  template: string;
  /** The value's text and message by formatKey (−2 for no value), made once each. */
  texts: Map<number, { message: string; params: MessageParams }>;
  op: string;
  target: string;
  role: string;
}

interface Step {
  assign: string;
  when: readonly Condition[];
}

function valueOf(c: Condition, t: Table, i: number): number | null {
  return c.per === null ? c.read(t, i) : ratio(c.read(t, i), c.per(t, i));
}

/** statusOf against the condition's threshold. */
function statusFor(c: Condition, value: number | null): Status {
  if (value === null || Number.isNaN(value)) return 'unknown';
  const { pass, direction, inclusive } = c.thresholds;
  const holds = direction === 'below' ? (inclusive ? value <= pass : value < pass) : inclusive ? value >= pass : value > pass;
  return holds ? 'pass' : 'fail';
}

/**
 * The check of a condition. Its value's text, message and params are made once per text
 * (formatKey) and shared by the checks that print alike, the params frozen so that no change to
 * one check's reaches another's.
 */
function checkOf(c: Condition, value: number | null, status: Status): Check {
  const key = value === null ? -2 : formatKey(c.format, value);
  let t = key === -1 ? undefined : c.texts.get(key);
  if (t === undefined) {
    const params = Object.freeze({ metric: c.metric, value: value === null ? '—' : formatMeasure(c.format, value), op: c.op, target: c.target, role: c.role });
    t = { message: interpolate(c.template, params), params };
    if (key !== -1) c.texts.set(key, t);
  }
  return { code: c.code, metric: c.metric, value, status, thresholds: c.thresholds, message: t.message, params: t.params };
}

/**
 * A product's role, tags and checks: role rules in order, the first that holds decides (its
 * conditions' checks), else `regular` with the first failed condition of each; then every tag rule.
 */
function classify(t: Table, i: number, roleSteps: readonly Step[], tagSteps: readonly Step[], labels: ReadonlyMap<string, string>, checks: Check[], misses: Check[], tags: string[], values: (number | null)[]): ClassifiedProduct {
  // Checks, misses and tags are gathered in the call's scratch arrays and copied out at their size.
  let nChecks = 0;
  let nMisses = 0;
  let nTags = 0;
  let role = 'regular';
  for (const rule of roleSteps) {
    let matched = true;
    for (let k = 0; k < rule.when.length; k++) {
      const c = rule.when[k] as Condition;
      const value = valueOf(c, t, i);
      const status = statusFor(c, value);
      values[k] = value;
      if (status !== 'pass') {
        matched = false;
        misses[nMisses++] = checkOf(c, value, status);
        break;
      }
    }
    if (matched) {
      role = rule.assign;
      for (let k = 0; k < rule.when.length; k++) checks[nChecks++] = checkOf(rule.when[k] as Condition, values[k] as number | null, 'pass');
      break;
    }
  }
  if (role === 'regular' && nChecks === 0) for (let k = 0; k < nMisses; k++) checks[nChecks++] = misses[k] as Check;
  for (const rule of tagSteps) {
    if (nTags > 0 && tags.lastIndexOf(rule.assign, nTags - 1) >= 0) continue;
    let matched = true;
    for (let k = 0; k < rule.when.length; k++) {
      const c = rule.when[k] as Condition;
      const value = valueOf(c, t, i);
      values[k] = value;
      if (statusFor(c, value) !== 'pass') {
        matched = false;
        break;
      }
    }
    if (matched) {
      tags[nTags++] = rule.assign;
      for (let k = 0; k < rule.when.length; k++) checks[nChecks++] = checkOf(rule.when[k] as Condition, values[k] as number | null, 'pass');
    }
  }
  const { id, name } = t.items[i] as Product;
  const label = labels.get(role) as string;
  const revenue = t.revenue[i] as Decimal;
  const measures = t.measures[i] as RoleMeasures;
  const tagList = nTags === 0 ? [] : tags.slice(0, nTags);
  const checkList = checks.slice(0, nChecks);
  return name === undefined
    ? { id, role, label, tags: tagList, revenue, measures, checks: checkList }
    : { id, name, role, label, tags: tagList, revenue, measures, checks: checkList };
}


const OP_THRESHOLD: Record<RoleCondition['op'], Pick<Threshold, 'direction' | 'inclusive'>> = {
  '>': { direction: 'above', inclusive: false },
  '>=': { direction: 'above', inclusive: true },
  '<': { direction: 'below', inclusive: false },
  '<=': { direction: 'below', inclusive: true },
};

const OP_TEXT: Record<RoleCondition['op'], string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' };

/** `pricePercentile` → `ROLE_MEASURE_PRICE_PERCENTILE`. */
function conditionCode(cond: RoleCondition): string {
  if (cond.code !== undefined) return cond.code;
  if (cond.per !== undefined || !ROLE_MEASURES.has(cond.metric)) return 'ROLE_MEASURE';
  let code = 'ROLE_MEASURE_';
  for (const ch of cond.metric) code += ch >= 'A' && ch <= 'Z' ? `_${ch}` : ch.toUpperCase();
  return code;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** A number that is money zero or more (moneyProblem's rule for numbers: finite, under 10^16, 0 or at least 10^-17). */
const MAX_MONEY = 10 ** MONEY_RANGE.integerDigits;
const MIN_MONEY = 10 ** -MONEY_RANGE.decimals;
const isMoneyNumber = (v: number): boolean => v >= 0 && v < MAX_MONEY && (v === 0 || v >= MIN_MONEY);
const isPrice = (v: unknown): boolean => (typeof v === 'number' ? v > 0 && isMoneyNumber(v) : isNonNegativeMoney(v) && Number(moneyToNumber(v)) > 0);
const isAmount = (v: unknown): boolean => (typeof v === 'number' ? isMoneyNumber(v) : isNonNegativeMoney(v) && moneyToNumber(v) !== null);

/**
 * The products, checked by hand as productInputSchema checks them (never accepting what it
 * refuses; a product with `custom` numbers is left to the schema); at the first product the
 * hand check refuses, the schema parses the whole list, so a bad product gets exactly the
 * schema's issue and path.
 */
function readProducts(products: unknown): z.infer<typeof productInputSchema>[] {
  const schema = () => parseInput(z.array(productInputSchema), products);
  if (!Array.isArray(products)) return schema();
  try {
    for (let i = 0; i < products.length; i++) {
      const p: unknown = products[i];
      if (typeof p !== 'object' || p === null || Array.isArray(p)) return schema();
      const { id, name, visitors, buyers, revenue, custom } = p as Record<string, unknown>;
      const ok =
        (typeof id === 'string' ? id.length > 0 : typeof id === 'number' && Number.isFinite(id)) &&
        (name === undefined || typeof name === 'string') &&
        isPrice((p as Record<string, unknown>)['price']) &&
        isAmount((p as Record<string, unknown>)['unitCost']) &&
        isCount(visitors) &&
        isCount(buyers) &&
        buyers <= visitors &&
        (revenue === undefined || isAmount(revenue)) &&
        custom === undefined;
      if (!ok) return schema();
    }
  } catch {
    // A getter or proxy that throws: the schema reports it as it always has.
    return schema();
  }
  return products as z.infer<typeof productInputSchema>[];
}

/**
 * Gives each product a role — 引流款 traffic, 利润款 profit, 形象款 flagship, or regular — and
 * tags (爆款 hit, 滞销款 slow mover), from rules held against measures relative to the store's own
 * catalogue (price percentile, margin against the median, shares and indexes of visitors, buyers
 * and sales, conversion against the store's), so the result does not depend on the order of the
 * products or the price level of the store. Each product carries the checks that decided it; the
 * portfolio sums count, sales and visitors per role and checks the mix and the warnings of
 * [domain reference §6](../../docs/domain.en.md#6-product-roles) (no traffic item; flagship above 15% of sales; a single hit carrying the store).
 *
 * Role rules run in ascending priority, ties in order (the rules given or the defaults, then
 * each plugin's); the first whose conditions all hold decides; none → `regular`.
 *
 * @param products - the catalogue over one period; money in yuan, counts whole numbers.
 * @param options - `rules` (replace the defaults), `thresholds`, `plugins`, `locale`, `messages`.
 * @returns the portfolio's status, checks, advice and metrics; the products in input order with role, tags, measures and checks; the portfolio's summaries.
 * @throws StoreOpsError `INVALID_INPUT` for a bad product field (e.g. `[2].price`) or a duplicate
 *   id; `INVALID_OPTIONS` for bad rules or thresholds; `INVALID_PLUGIN` for a bad plugin (path
 *   `plugins[i]…`, message naming the plugin).
 * @see [domain reference §6](../../docs/domain.en.md#6-product-roles)
 * @example
 * ```ts
 * import { classifyProducts } from 'storeops/roles';
 * const catalogue = [
 *   { id: 'socks', price: 29, unitCost: 25, visitors: 8000, buyers: 400 },
 *   { id: 'scarf', price: 99, unitCost: 40, visitors: 1000, buyers: 30 },
 *   { id: 'gloves', price: 129, unitCost: 50, visitors: 800, buyers: 20 },
 *   { id: 'coat', price: 599, unitCost: 250, visitors: 300, buyers: 3 },
 *   { id: 'hat', price: 59, unitCost: 40, visitors: 500, buyers: 10 },
 * ];
 * const { products, portfolio } = classifyProducts(catalogue, { locale: 'en' });
 * products.map((p) => p.role) //=> ['traffic', 'profit', 'profit', 'flagship', 'regular']
 * products[0].tags //=> ['hit']
 * products[3].checks.map((r) => r.metric) //=> ['pricePercentile', 'buyerIndex']
 * products[3].checks[0].message //=> 'Price percentile 100% in the store (0% cheapest, 100% dearest; rule: > 80%)'
 * portfolio.roles[0] //=> { id: 'traffic', count: 1, revenueShare: 11600 / 19537, targetRevenueShare: 0.2 }
 * classifyProducts(catalogue, { locale: 'en' }).checks.at(-1).message //=> 'One product, socks, brings 59.4% of sales, above 50%: a single hit carries the store — build more hits'
 * classifyProducts([{ id: 'x', price: 0, unitCost: 1, visitors: 1, buyers: 0 }]) //=> throws INVALID_INPUT
 * ```
 */
export function classifyProducts(products: readonly ProductInput[], options: ClassifyProductsOptions = {}): ClassifyProductsResult {
  const items = readProducts(products);
  const seen = new Set<string>();
  items.forEach((p, i) => {
    const key = `${typeof p.id}:${p.id}`;
    if (seen.has(key)) fail('INVALID_INPUT', `[${i}].id`, `duplicate id ${JSON.stringify(p.id)}`);
    seen.add(key);
  });
  const opts = readOptions(options);
  const callerRules = opts['rules'] === undefined ? undefined : parseInput(z.array(roleRuleSchema), opts['rules'], { code: 'INVALID_OPTIONS', prefix: ['rules'] });
  const j = openJudging(spec, opts);
  const { plugins, thresholds: t, catalogs } = j;
  const hasMessage = (code: string) => catalogs.some((c) => hasOwn(c, code));
  // Codes from rules and plugins' roles are data: each is checked against the catalogs above.
  type Code = MessageCode<typeof rolesMessages>;

  // Roles: the built-ins, then each plugin's.
  const roles = new Map<string, RoleDefinition>(Object.entries(builtInRoles));
  for (const plugin of plugins) {
    inPlugin(plugin, () => {
      for (const id of Object.keys(plugin.roles)) {
        if (!ROLE_ID.test(id)) fail('INVALID_PLUGIN', formatPath(['roles', id]), 'expected a role id: a letter, then letters, digits, _ or -');
        if (roles.has(id)) fail('INVALID_PLUGIN', formatPath(['roles', id]), `the role "${id}" is already defined`);
        const def = parseInput(roleDefinitionSchema, plugin.roles[id], { code: 'INVALID_PLUGIN', prefix: ['roles', id] });
        if (!hasMessage(def.label)) fail('INVALID_PLUGIN', formatPath(['roles', id, 'label']), `no message "${def.label}" in any catalog: add it to the plugin's messages`);
        roles.set(id, def);
      }
    });
  }

  // Rules: the caller's (or the defaults), then each plugin's; every role and message must exist.
  const checkRules = (list: readonly RoleRule[], code: 'INVALID_OPTIONS' | 'INVALID_PLUGIN', prefix: string) => {
    list.forEach((rule, j) => {
      if (!roles.has(rule.assign)) fail(code, `${prefix}[${j}].assign`, `unknown role "${rule.assign}": define it in a plugin's roles`);
      rule.when.forEach((cond, k) => {
        const msg = conditionCode(cond);
        if (!hasMessage(msg)) fail(code, `${prefix}[${j}].when[${k}].code`, `no message "${msg}" in any catalog`);
      });
    });
  };
  const rules: RoleRule[] = callerRules === undefined ? defaultRoleRules(t) : [...callerRules];
  checkRules(rules, 'INVALID_OPTIONS', 'rules');
  for (const plugin of plugins) {
    const own = inPlugin(plugin, () => {
      const parsed = parseInput(z.array(roleRuleSchema), plugin.rules, { code: 'INVALID_PLUGIN', prefix: ['rules'] });
      checkRules(parsed, 'INVALID_PLUGIN', 'rules');
      return parsed;
    });
    rules.push(...own);
  }
  for (const id of Object.keys(t.targetMix)) {
    if (roles.get(id)?.kind !== 'role') fail('INVALID_OPTIONS', formatPath(['thresholds', 'targetMix', id]), `unknown role "${id}"`);
  }
  const byPriority = (a: RoleRule, b: RoleRule) => a.priority - b.priority;
  const roleRules = rules.filter((r) => roles.get(r.assign)?.kind === 'role').sort(byPriority);
  const tagRules = rules.filter((r) => roles.get(r.assign)?.kind === 'tag').sort(byPriority);

  const labels = new Map<string, string>();
  const label = (id: string) => {
    let l = labels.get(id);
    if (l === undefined) labels.set(id, (l = text(j, roles.get(id)!.label as Code)));
    return l;
  };
  /** The text a code renders with, found once as say() finds it (the last catalog having it). */
  const template = (code: Code): string => {
    // Every rule's code was checked against the catalogs above, so one of them has it.
    let found: string | undefined;
    for (let k = catalogs.length - 1; k >= 0 && found === undefined; k--) {
      const c = catalogs[k] as MessageCatalog;
      if (hasOwn(c, code)) found = (c[code] as MessageCatalog[string])[j.locale];
    }
    return found as string;
  };
  // Each condition's code, message (but for its value), metric, format, operator and target are made once per call, not per product.
  const compile = (rule: RoleRule): Step => ({
    assign: rule.assign,
    when: rule.when.map((cond): Condition => {
      const metric = cond.per === undefined ? cond.metric : `${cond.metric}/${cond.per}`;
      const format = formatOf(cond.per === undefined ? cond.metric : 'ratio');
      const { direction, inclusive } = OP_THRESHOLD[cond.op];
      const code = conditionCode(cond) as Code;
      const op = OP_TEXT[cond.op];
      const target = formatMeasure(format, cond.value);
      const role = rule.assign;
      return {
        code,
        metric,
        read: readerOf(cond.metric),
        per: cond.per === undefined ? null : readerOf(cond.per),
        thresholds: { pass: cond.value, direction, inclusive: inclusive as boolean },
        format,
        template: template(code),
        texts: new Map(),
        op,
        target,
        role,
      };
    }),
  });
  const roleSteps = roleRules.map(compile);
  const tagSteps = tagRules.map(compile);
  // Every role's label (the portfolio names them all).
  for (const id of roles.keys()) label(id);

  const table = measure(items);
  const { totalRevenue, visitors: totalVisitors, fen } = table;
  // Scratch arrays for classify.
  const s1: Check[] = [];
  const s2: Check[] = [];
  const s3: string[] = [];
  const s4: (number | null)[] = [];
  const classified = items.map((_, i) => classify(table, i, roleSteps, tagSteps, labels, s1, s2, s3, s4));

  // Portfolio.
  // Sales per role in whole fen where the catalogue's are (one Decimal per role at the end), else as Decimals.
  const summaries = new Map<string, { count: number; revenue: Decimal; fen: number; visitors: number }>();
  for (const id of roles.keys()) summaries.set(id, { count: 0, revenue: toDecimal(0), fen: 0, visitors: 0 });
  const add = (id: string, p: ClassifiedProduct, i: number) => {
    const s = summaries.get(id)!;
    s.count++;
    if (fen === null) s.revenue = s.revenue.plus(p.revenue);
    else s.fen += fen[i] as number;
    s.visitors += items[i]!.visitors;
  };
  classified.forEach((p, i) => {
    add(p.role, p, i);
    const tags = p.tags;
    for (let k = 0; k < tags.length; k++) add(tags[k] as string, p, i);
  });
  // Each role's fen are at most the catalogue's (10^15 at most): exact, and the Decimal of fen / 100.
  if (fen !== null) for (const s of summaries.values()) s.revenue = new StoreDecimal(s.fen / 100);
  const share = (amount: Decimal): number | null => (totalRevenue.isZero() ? null : amount.div(totalRevenue).toNumber());
  const summary = (id: string, def: RoleDefinition): RoleSummary => {
    const s = summaries.get(id)!;
    return {
      id,
      kind: def.kind,
      label: label(id),
      count: s.count,
      revenue: s.revenue,
      revenueShare: share(s.revenue),
      visitorShare: ratio(s.visitors, totalVisitors),
      targetRevenueShare: hasOwn(t.targetMix, id) ? (t.targetMix[id] as number) : null,
    };
  };
  // Roles in definition order with `regular` last; tags in definition order.
  const defs = [...roles].filter(([id]) => id !== 'regular');
  const roleSummaries = [...defs.filter(([, d]) => d.kind === 'role'), ['regular', builtInRoles.regular] as const].map(([id, d]) => summary(id, d));
  const tagSummaries = defs.filter(([, d]) => d.kind === 'tag').map(([id, d]) => summary(id, d));

  const pct = (x: number) => formatPercent(x, 1);
  const checks: Check[] = [];
  for (const [id, target] of Object.entries(t.targetMix)) {
    const s = roleSummaries.find((r) => r.id === id)!;
    const deviation = s.revenueShare === null ? null : Number(Math.abs(s.revenueShare - target).toPrecision(12));
    const status = statusOf(deviation, { direction: 'below', pass: t.mixTolerance, inclusive: true });
    const params = { role: s.label, share: s.revenueShare === null ? '—' : pct(s.revenueShare), target: pct(target), tolerance: pct(t.mixTolerance) };
    const thresholds: Threshold = { direction: 'below', pass: t.mixTolerance, inclusive: true };
    checks.push(verdict(j, status === 'unknown' ? 'ROLE_MIX_UNKNOWN' : status === 'fail' ? 'ROLE_MIX_FAIL' : 'ROLE_MIX_PASS', 'mixDeviation', deviation, status, thresholds, params));
  }
  const trafficCount = summaries.get('traffic')!.count;
  const trafficThreshold: Threshold = { direction: 'above', pass: 1, inclusive: true };
  const trafficStatus = statusOf(trafficCount, trafficThreshold);
  checks.push(
    verdict(j, trafficStatus === 'fail' ? 'ROLE_TRAFFIC_ITEMS_FAIL' : 'ROLE_TRAFFIC_ITEMS_PASS', 'trafficItems', trafficCount, trafficStatus, trafficThreshold, { value: trafficCount }),
  );
  const shareCheck = (prefix: 'ROLE_FLAGSHIP_SHARE' | 'ROLE_SINGLE_HIT', metric: string, value: number | null, limit: number, extra: MessageParams = {}) => {
    const thresholds: Threshold = { direction: 'below', pass: limit, inclusive: true };
    const status = statusOf(value, thresholds);
    const suffix = status === 'unknown' ? 'UNKNOWN' : status === 'fail' ? 'FAIL' : 'PASS';
    checks.push(verdict(j, `${prefix}_${suffix}`, metric, value, status, thresholds, { value: value === null ? '—' : pct(value), pass: pct(limit), ...extra }));
  };
  const flagshipRevenueShare = share(summaries.get('flagship')!.revenue);
  shareCheck('ROLE_FLAGSHIP_SHARE', 'flagshipRevenueShare', flagshipRevenueShare, t.maxFlagshipRevenueShare);
  // The best seller; ties go to the smaller id, so the message does not depend on the input order.
  let top: ClassifiedProduct | undefined;
  let topNumber = 0;
  classified.forEach((p, i) => {
    // Sales as numbers keep their order (rounding is monotonic): Decimals are compared only on a tie.
    const n = table.revenueNumber[i] as number;
    const c = top === undefined ? 1 : n > topNumber ? 1 : n < topNumber ? -1 : p.revenue.comparedTo(top.revenue);
    if (c > 0 || (c === 0 && String(p.id) < String(top!.id))) {
      top = p;
      topNumber = n;
    }
  });
  const topProductRevenueShare = top === undefined ? null : share(top.revenue);
  shareCheck('ROLE_SINGLE_HIT', 'topProductRevenueShare', topProductRevenueShare, t.maxTopProductRevenueShare, {
    name: top === undefined ? '—' : (top.name ?? String(top.id)),
  });

  const advice: Advice[] = [];
  if (trafficStatus === 'fail') advice.push(advise(j, 'ROLE_ADD_TRAFFIC_ITEM'));
  if (checks.some((c) => c.code === 'ROLE_MIX_FAIL')) advice.push(advise(j, 'ROLE_REBALANCE_MIX'));
  return {
    // The portfolio checks have no good mark: passing them all is good.
    status: overallStatus(checks),
    checks,
    advice,
    metrics: { products: classified.length, revenue: totalRevenue, visitors: totalVisitors, trafficItems: trafficCount, flagshipRevenueShare, topProductRevenueShare },
    products: classified,
    portfolio: { roles: roleSummaries, tags: tagSummaries },
  };
}
