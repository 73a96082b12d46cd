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

interface Row {
  input: z.infer<typeof productInputSchema>;
  price: number;
  unitCost: number;
  revenue: Decimal;
  revenueNumber: number;
  measures: RoleMeasures;
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Mid-rank percentile of each value among all: 0 for the lowest, 1 for the highest; null with fewer than two. */
function percentiles(values: readonly number[]): (number | null)[] {
  const n = values.length;
  if (n < 2) return values.map(() => null);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const out: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let start = 0; start < n; ) {
    let end = start;
    const v = values[order[start] as number];
    while (end + 1 < n && values[order[end + 1] as number] === v) end++;
    const rank = (start + end) / 2;
    for (let k = start; k <= end; k++) out[order[k] as number] = rank / (n - 1);
    start = end + 1;
  }
  return out;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A numeric sort of a typed copy (the values are finite): the order a comparator gives, without a call per comparison.
  const s = Float64Array.from(values).sort();
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
function computeRows(items: readonly z.infer<typeof productInputSchema>[]): { rows: Row[]; totalRevenue: Decimal; totalVisitors: number; fen: number[] | null } {
  const n = items.length;
  let totalVisitors = 0;
  let totalBuyers = 0;
  let totalFen = 0;
  let maxFen = 0;
  // Whole fen for every revenue (else null): the number path for sums and shares.
  let revenueFen: number[] | null = [];
  const prices: number[] = [];
  const margins: number[] = [];
  const partial: Omit<Row, 'measures'>[] = [];
  for (let i = 0; i < n; i++) {
    const input = items[i] as z.infer<typeof productInputSchema>;
    const priceFen = fenOf(input.price);
    const costFen = fenOf(input.unitCost);
    let fen: number | null;
    let price: Decimal | null = null;
    if (input.revenue === undefined) {
      fen = priceFen === null ? null : priceFen * input.buyers;
      if (fen !== null && fen > 1e15) fen = null;
    } else fen = fenOf(input.revenue);
    let revenue: Decimal;
    if (fen !== null) revenue = new StoreDecimal(fen / 100);
    else {
      price = toDecimal(input.price, `[${i}].price`);
      revenue = input.revenue === undefined ? price.times(input.buyers) : toDecimal(input.revenue, `[${i}].revenue`);
    }
    if (revenueFen !== null) {
      if (fen === null) revenueFen = null;
      else {
        revenueFen.push(fen);
        totalFen += fen;
        if (fen > maxFen) maxFen = fen;
      }
    }
    totalVisitors += input.visitors;
    totalBuyers += input.buyers;
    let margin: number;
    let unitCost: number;
    if (priceFen !== null && costFen !== null) {
      margin = (priceFen - costFen) / priceFen;
      unitCost = costFen / 100;
    } else {
      price ??= toDecimal(input.price, `[${i}].price`);
      const cost = toDecimal(input.unitCost, `[${i}].unitCost`);
      // A cost that dwarfs a tiny Decimal price (money may be a Decimal with more decimals than a
      // typed amount, e.g. 1e-300) gives a margin rate beyond a number (−1e310): unknown, not −Infinity.
      margin = price.minus(cost).div(price).toNumber();
      unitCost = cost.toNumber();
    }
    // Without whole fen for the price, its Decimal was made above (for the revenue or the margin).
    const priceNumber = priceFen === null ? (price as Decimal).toNumber() : priceFen / 100;
    prices.push(priceNumber);
    margins.push(margin);
    partial.push({ input, price: priceNumber, unitCost, revenue, revenueNumber: fen === null ? revenue.toNumber() : fen / 100 });
  }
  const fenSums = revenueFen !== null && totalFen <= 1e15 && Number.isSafeInteger(maxFen * n);
  let totalRevenue: Decimal;
  if (fenSums) totalRevenue = new StoreDecimal(totalFen / 100);
  else {
    totalRevenue = toDecimal(0);
    for (const r of partial) totalRevenue = totalRevenue.plus(r.revenue);
  }
  const pricePct = percentiles(prices);
  const known: number[] = [];
  for (const m of margins) if (Number.isFinite(m)) known.push(m);
  const medianMargin = median(known);
  const noSales = totalRevenue.isZero();
  const rows = partial.map((b, i): Row => {
    const { visitors, buyers } = b.input;
    const fen = fenSums ? ((revenueFen as number[])[i] as number) : 0;
    const m = margins[i] as number;
    const marginRate = Number.isFinite(m) ? m : null;
    return {
      input: b.input,
      price: b.price,
      unitCost: b.unitCost,
      revenue: b.revenue,
      revenueNumber: b.revenueNumber,
      measures: {
        pricePercentile: pricePct[i] ?? null,
        marginRate,
        marginVsMedian: medianMargin === null || marginRate === null ? null : marginRate - medianMargin,
        visitorShare: ratio(visitors, totalVisitors),
        visitorIndex: ratio(visitors * n, totalVisitors),
        buyerIndex: ratio(buyers * n, totalBuyers),
        revenueShare: noSales ? null : fenSums ? fen / totalFen : b.revenue.div(totalRevenue).toNumber(),
        revenueIndex: noSales ? null : fenSums ? (fen * n) / totalFen : b.revenue.times(n).div(totalRevenue).toNumber(),
        conversionRate: ratio(buyers, visitors),
        conversionIndex: ratio(buyers * totalVisitors, visitors * totalBuyers),
      },
    };
  });
  return { rows, totalRevenue, totalVisitors, fen: fenSums ? revenueFen : null };
}

/** metricValue for one metric, chosen once: a measure is read by name without a switch per product. */
function accessorOf(metric: RoleMetric): (row: Row) => number | null {
  switch (metric) {
    case 'pricePercentile':
      return (row) => row.measures.pricePercentile;
    case 'marginVsMedian':
      return (row) => row.measures.marginVsMedian;
    case 'buyerIndex':
      return (row) => row.measures.buyerIndex;
    case 'visitorIndex':
      return (row) => row.measures.visitorIndex;
    case 'conversionIndex':
      return (row) => row.measures.conversionIndex;
    case 'revenueShare':
      return (row) => row.measures.revenueShare;
    case 'revenueIndex':
      return (row) => row.measures.revenueIndex;
    default:
      return (row) => metricValue(row, metric);
  }
}

function metricValue(row: Row, metric: RoleMetric): number | null {
  switch (metric) {
    case 'price':
      return row.price;
    case 'unitCost':
      return row.unitCost;
    case 'visitors':
      return row.input.visitors;
    case 'buyers':
      return row.input.buyers;
    case 'revenue':
      return row.revenueNumber;
    default:
      if (metric.startsWith('custom.')) {
        const custom = row.input.custom;
        const key = metric.slice(7);
        return custom !== undefined && hasOwn(custom, key) ? (custom[key] as number) : null;
      }
      return row.measures[metric as keyof RoleMeasures];
  }
}

const PERCENT_MEASURES = /* @__PURE__ */ new Set(['pricePercentile', 'marginRate', 'marginVsMedian', 'visitorShare', 'revenueShare', 'conversionRate']);

function formatMeasure(metric: string, value: number): string {
  if (metric === 'marginVsMedian') return `${value > 0 ? '+' : ''}${formatPercent(value, 1)}`;
  if (PERCENT_MEASURES.has(metric)) return formatPercent(value, 1);
  if (metric === 'visitors' || metric === 'buyers') return formatNumber(value, 0);
  return formatNumber(value, 2);
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
  // Each condition's code, message text, metric, format, operator and target are made once per rule, not per product.
  const compile = (rule: RoleRule) => ({
    assign: rule.assign,
    when: rule.when.map((cond) => {
      const metric = cond.per === undefined ? cond.metric : `${cond.metric}/${cond.per}`;
      const kind = cond.per === undefined ? cond.metric : 'ratio';
      const fmt = (x: number) => formatMeasure(kind, x);
      const { direction, inclusive } = OP_THRESHOLD[cond.op];
      // One threshold per condition, shared by its checks (as judgeMetric shares a module's marks).
      const thresholds: Threshold = { pass: cond.value, direction, inclusive: inclusive as boolean };
      const code = conditionCode(cond) as Code;
      return { cond, metric, fmt, code, template: template(code), read: accessorOf(cond.metric), per: cond.per === undefined ? null : accessorOf(cond.per), op: OP_TEXT[cond.op], target: fmt(cond.value), thresholds, direction, inclusive: inclusive === true };
    }),
  });
  type Compiled = ReturnType<typeof compile>['when'][number];
  const valueOf = (c: Compiled, row: Row): number | null => (c.per === null ? c.read(row) : ratio(c.read(row), c.per(row)));
  /** statusOf against the condition's threshold, without building it. */
  const statusFor = (c: Compiled, value: number | null): Status => {
    if (value === null || Number.isNaN(value)) return 'unknown';
    const mark = c.cond.value;
    const holds = c.direction === 'below' ? (c.inclusive ? value <= mark : value < mark) : c.inclusive ? value >= mark : value > mark;
    return holds ? 'pass' : 'fail';
  };
  const toCheck = (c: Compiled, value: number | null, status: Status, assign: string): Check => {
    const params: MessageParams = { metric: c.metric, value: value === null ? '—' : c.fmt(value), op: c.op, target: c.target, role: assign };
    return { code: c.code, metric: c.metric, value, status, thresholds: c.thresholds, message: interpolate(c.template, params), params };
  };
  const roleSteps = roleRules.map(compile);
  const tagSteps = tagRules.map(compile);

  const { rows, totalRevenue, totalVisitors, fen } = computeRows(items);
  const values: (number | null)[] = [];
  const classified = rows.map((row): ClassifiedProduct => {
    let role = 'regular';
    const checks: Check[] = [];
    const misses: Check[] = [];
    for (const rule of roleSteps) {
      let matched = true;
      for (let k = 0; k < rule.when.length; k++) {
        const c = rule.when[k] as Compiled;
        const value = valueOf(c, row);
        const status = statusFor(c, value);
        values[k] = value;
        if (status !== 'pass') {
          matched = false;
          misses.push(toCheck(c, value, status, rule.assign));
          break;
        }
      }
      if (matched) {
        role = rule.assign;
        for (let k = 0; k < rule.when.length; k++) checks.push(toCheck(rule.when[k] as Compiled, values[k] as number | null, 'pass', rule.assign));
        break;
      }
    }
    if (role === 'regular' && checks.length === 0) checks.push(...misses);
    const tags: string[] = [];
    for (const rule of tagSteps) {
      if (tags.includes(rule.assign)) continue;
      let matched = true;
      for (let k = 0; k < rule.when.length; k++) {
        const c = rule.when[k] as Compiled;
        values[k] = valueOf(c, row);
        if (statusFor(c, values[k] as number | null) !== 'pass') {
          matched = false;
          break;
        }
      }
      if (matched) {
        tags.push(rule.assign);
        for (let k = 0; k < rule.when.length; k++) checks.push(toCheck(rule.when[k] as Compiled, values[k] as number | null, 'pass', rule.assign));
      }
    }
    const { id, name } = row.input;
    const l = label(role);
    return name === undefined
      ? { id, role, label: l, tags, revenue: row.revenue, measures: row.measures, checks }
      : { id, name, role, label: l, tags, revenue: row.revenue, measures: row.measures, checks };
  });

  // Portfolio.
  // Sales per role in whole fen where the catalogue's are (one Decimal per role at the end), else as Decimals.
  const summaries = new Map<string, { count: number; revenue: Decimal; fen: number; visitors: number }>();
  for (const id of roles.keys()) summaries.set(id, { count: 0, revenue: toDecimal(0), fen: 0, visitors: 0 });
  const add = (id: string, p: ClassifiedProduct, i: number) => {
    const s = summaries.get(id)!;
    s.count++;
    if (fen === null) s.revenue = s.revenue.plus(p.revenue);
    else s.fen += fen[i] as number;
    s.visitors += rows[i]!.input.visitors;
  };
  classified.forEach((p, i) => {
    add(p.role, p, i);
    for (const tag of p.tags) add(tag, p, i);
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
    const n = rows[i]!.revenueNumber;
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
