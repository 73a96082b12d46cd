// The classifyProducts of before issue 17's hot-path work (a zod parse per product, Decimal
// measures per product, a condition code, params and message built per check), kept verbatim
// as the reference the fast version is held to.
import * as z from 'zod/mini';
import type { Advice, Check, Status, Threshold } from '../../../src/core/checks.js';
import { toDecimal, type Decimal } from '../../../src/core/decimal.js';
import { fail, formatPath } from '../../../src/core/errors.js';
import { formatNumber, formatPercent, type Locale, type MessageCatalog, type MessageParams } from '../../../src/core/i18n.js';
import { advise, openJudging, overallStatus, readOptions, statusOf, text, verdict, type JudgingSpec, type MessageCode } from '../../../src/core/judge.js';
import { isNonNegativeMoney, moneyToNumber, type MoneyInput } from '../../../src/core/money.js';
import { inPlugin, type StoreOpsPlugin } from '../../../src/core/plugin.js';
import { ratio } from '../../../src/core/ratio.js';
import { countSchema, parseInput } from '../../../src/core/validate.js';
import { rolesMessages } from '../../../src/roles/messages.js';
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
} from '../../../src/roles/rules.js';

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

const priceSchema = /* @__PURE__ */ z.custom<MoneyInput>((v) => isNonNegativeMoney(v) && (moneyToNumber(v) ?? 0) > 0, {
  error: 'expected a price greater than 0: a decimal string like "12.34", a finite number or a Decimal',
});

// The measures are numbers: an amount beyond their range ('1e999') is refused here, with its path.
const amountSchema = /* @__PURE__ */ z.custom<MoneyInput>((v) => isNonNegativeMoney(v) && moneyToNumber(v) !== null, {
  error: 'expected an amount that is zero or more and within the range of a number: a decimal string like "12.34", a finite number or a Decimal',
});

/** zod schema of a {@link ProductInput}. Unknown fields are ignored. */

export const productInputSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z.union([/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)), /* @__PURE__ */ z.number()]),
    name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    price: priceSchema,
    unitCost: amountSchema,
    visitors: countSchema,
    buyers: countSchema,
    revenue: /* @__PURE__ */ z.optional(amountSchema),
    custom: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number())),
  })
  .check(
    /* @__PURE__ */ z.refine((p) => p.buyers <= p.visitors, { error: 'buyers must not exceed visitors', path: ['buyers'] }),
  );

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
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && order[end + 1]![0] === order[start]![0]) end++;
    const rank = (start + end) / 2;
    for (let k = start; k <= end; k++) out[order[k]![1]] = rank / (n - 1);
    start = end + 1;
  }
  return out;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function computeRows(items: readonly z.infer<typeof productInputSchema>[]): { rows: Row[]; totalRevenue: Decimal; totalVisitors: number } {
  const n = items.length;
  let totalVisitors = 0;
  let totalBuyers = 0;
  let totalRevenue = toDecimal(0);
  const base = items.map((input, i) => {
    const price = toDecimal(input.price, `[${i}].price`);
    const cost = toDecimal(input.unitCost, `[${i}].unitCost`);
    const revenue = input.revenue === undefined ? price.times(input.buyers) : toDecimal(input.revenue, `[${i}].revenue`);
    totalVisitors += input.visitors;
    totalBuyers += input.buyers;
    totalRevenue = totalRevenue.plus(revenue);
    // A cost that dwarfs a tiny price gives a margin rate beyond a number (−1e310): unknown, not −Infinity.
    const margin = price.minus(cost).div(price).toNumber();
    return { input, price: price.toNumber(), unitCost: cost.toNumber(), revenue, marginRate: Number.isFinite(margin) ? margin : null };
  });
  const pricePct = percentiles(base.map((b) => b.price));
  const medianMargin = median(base.flatMap((b) => (b.marginRate === null ? [] : [b.marginRate])));
  const rows = base.map((b, i): Row => {
    const { visitors, buyers } = b.input;
    const revenueShare = totalRevenue.isZero() ? null : b.revenue.div(totalRevenue).toNumber();
    return {
      input: b.input,
      price: b.price,
      unitCost: b.unitCost,
      revenue: b.revenue,
      revenueNumber: b.revenue.toNumber(),
      measures: {
        pricePercentile: pricePct[i] ?? null,
        marginRate: b.marginRate,
        marginVsMedian: medianMargin === null || b.marginRate === null ? null : b.marginRate - medianMargin,
        visitorShare: ratio(visitors, totalVisitors),
        visitorIndex: ratio(visitors * n, totalVisitors),
        buyerIndex: ratio(buyers * n, totalBuyers),
        revenueShare,
        revenueIndex: totalRevenue.isZero() ? null : b.revenue.times(n).div(totalRevenue).toNumber(),
        conversionRate: ratio(buyers, visitors),
        conversionIndex: ratio(buyers * totalVisitors, visitors * totalBuyers),
      },
    };
  });
  return { rows, totalRevenue, totalVisitors };
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
        return custom !== undefined && hasOwn(custom, key) ? (custom[key] ?? null) : null;
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

interface Evaluated {
  cond: RoleCondition;
  value: number | null;
  status: Status;
}

function evaluate(cond: RoleCondition, row: Row): Evaluated {
  const left = metricValue(row, cond.metric);
  const value = cond.per === undefined ? left : ratio(left, metricValue(row, cond.per));
  const status = statusOf(value, { pass: cond.value, ...OP_THRESHOLD[cond.op] });
  return { cond, value, status };
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
  const items = parseInput(z.array(productInputSchema), products);
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

  const label = (id: string) => text(j, roles.get(id)!.label as Code);
  const toCheck = (e: Evaluated, assign: string): Check => {
    const metric = e.cond.per === undefined ? e.cond.metric : `${e.cond.metric}/${e.cond.per}`;
    const fmt = (x: number) => formatMeasure(e.cond.per === undefined ? e.cond.metric : 'ratio', x);
    const params: MessageParams = {
      metric,
      value: e.value === null ? '—' : fmt(e.value),
      op: OP_TEXT[e.cond.op],
      target: fmt(e.cond.value),
      role: assign,
    };
    const thresholds: Threshold = { pass: e.cond.value, ...OP_THRESHOLD[e.cond.op] };
    return verdict(j, conditionCode(e.cond) as Code, metric, e.value, e.status, thresholds, params);
  };

  const { rows, totalRevenue, totalVisitors } = computeRows(items);
  const classified = rows.map((row): ClassifiedProduct => {
    let role = 'regular';
    const checks: Check[] = [];
    const misses: Check[] = [];
    for (const rule of roleRules) {
      const evaluated: Evaluated[] = [];
      let matched = true;
      for (const cond of rule.when) {
        const e = evaluate(cond, row);
        evaluated.push(e);
        if (e.status !== 'pass') {
          matched = false;
          misses.push(toCheck(e, rule.assign));
          break;
        }
      }
      if (matched) {
        role = rule.assign;
        checks.push(...evaluated.map((e) => toCheck(e, rule.assign)));
        break;
      }
    }
    if (role === 'regular' && checks.length === 0) checks.push(...misses);
    const tags: string[] = [];
    for (const rule of tagRules) {
      const evaluated = rule.when.map((cond) => evaluate(cond, row));
      if (evaluated.every((e) => e.status === 'pass') && !tags.includes(rule.assign)) {
        tags.push(rule.assign);
        checks.push(...evaluated.map((e) => toCheck(e, rule.assign)));
      }
    }
    const { id, name } = row.input;
    return { id, ...(name === undefined ? {} : { name }), role, label: label(role), tags, revenue: row.revenue, measures: row.measures, checks };
  });

  // Portfolio.
  const summaries = new Map<string, { count: number; revenue: Decimal; visitors: number }>();
  for (const id of roles.keys()) summaries.set(id, { count: 0, revenue: toDecimal(0), visitors: 0 });
  classified.forEach((p, i) => {
    for (const id of [p.role, ...p.tags]) {
      const s = summaries.get(id)!;
      s.count++;
      s.revenue = s.revenue.plus(p.revenue);
      s.visitors += rows[i]!.input.visitors;
    }
  });
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
      targetRevenueShare: hasOwn(t.targetMix, id) ? (t.targetMix[id] ?? null) : null,
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
  for (const p of classified) {
    const c = top === undefined ? 1 : p.revenue.comparedTo(top.revenue);
    if (c > 0 || (c === 0 && String(p.id) < String(top!.id))) top = p;
  }
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
