import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { resolveMarks, type JudgingSpec } from '../core/judge.js';
import { assertKeysKept, parseInput, rateSchema, type Schema } from '../core/validate.js';
import { pure } from '../core/pure.js';

/**
 * A measure of a product the role rules can test. All but the raw inputs (`price`, `unitCost`,
 * `visitors`, `buyers`, `revenue`) are relative to the store's own catalogue, so the same rules
 * work for a ¥30 accessories shop and a ¥3,000 appliance shop:
 *
 * - `pricePercentile`: where the price sits among the store's prices, 0 (cheapest) to 1 (dearest);
 *   equal prices share their mid-rank; `null` with fewer than two products.
 * - `marginRate`: gross margin (毛利率), (price − unit cost) / price.
 * - `marginVsMedian`: margin rate minus the median margin rate of the catalogue (0.05 is five points above).
 * - `visitorShare`, `revenueShare`: the product's share of the store's visitors (访客) / sales (销售额).
 * - `visitorIndex`, `buyerIndex`, `revenueIndex`: visitors / buyers / sales against an average
 *   product of the catalogue (1 = average, 2 = twice the average).
 * - `conversionRate`: 支付转化率, buyers / visitors.
 * - `conversionIndex`: the conversion rate against the store's (ratio of sums): 1 = the store's rate.
 */
export type RoleMeasure =
  | 'price'
  | 'unitCost'
  | 'visitors'
  | 'buyers'
  | 'revenue'
  | 'pricePercentile'
  | 'marginRate'
  | 'marginVsMedian'
  | 'visitorShare'
  | 'visitorIndex'
  | 'buyerIndex'
  | 'revenueShare'
  | 'revenueIndex'
  | 'conversionRate'
  | 'conversionIndex';

/** A measure, or `custom.<name>`: a number the caller gives in a product's `custom` record (e.g. a rival's price). */
export type RoleMetric = RoleMeasure | `custom.${string}`;

/** How a condition compares its measure with its value. */
export type RoleOperator = '>' | '>=' | '<' | '<=';

/** One condition of a rule: `metric` (divided by `per`, when given) compared with `value`. */
export interface RoleCondition {
  /** The measure tested. */
  metric: RoleMetric;
  /** Divide the measure by this one first, e.g. `price` per `custom.rivalPrice`. */
  per?: RoleMetric;
  /** The comparison. */
  op: RoleOperator;
  /** The value compared with (a rate as 0–1, an index as a multiple). */
  value: number;
  /**
   * Message code of the check this condition yields; by default `ROLE_MEASURE_<MEASURE>` for a
   * measure and `ROLE_MEASURE` for anything else. A plugin's own code must be in its `messages`.
   */
  code?: string;
}

/**
 * A role rule: a product gets the role (or tag) `assign` when every condition in `when` holds.
 * Role rules run in ascending `priority` (ties in the order given) and the first match decides;
 * every matching tag rule adds its tag. `Role` narrows `assign` (see `definePlugin`).
 */
export interface RoleRule<Role extends string = string> {
  /** The role or tag given, e.g. `traffic`, `hit` or a plugin's role. */
  assign: Role;
  /** Lower runs first. The defaults use 100 (flagship), 200 (traffic), 300 (profit). */
  priority: number;
  /** The conditions, all of which must hold. */
  when: readonly RoleCondition[];
}

/** A role or tag the classifier knows: whether it is exclusive (`role`) or additive (`tag`), and the message code of its label. */
export interface RoleDefinition {
  /** `role`: one per product, decided by the first matching rule; `tag`: any number per product. */
  kind: 'role' | 'tag';
  /** Message code of the role's name, e.g. `ROLE_TRAFFIC` (引流款). */
  label: string;
}

/** The ids of the built-in roles and tags. */
export type BuiltInRole = 'traffic' | 'profit' | 'flagship' | 'regular' | 'hit' | 'slow';

/**
 * The built-in roles and tags: 引流款 traffic, 利润款 profit, 形象款 flagship, regular (no role),
 * and the tags 爆款 hit and 滞销款 slow mover.
 * @see [domain reference §6](../../docs/domain.en.md#6-product-roles)
 */
export const builtInRoles: Readonly<Record<BuiltInRole, RoleDefinition>> = /* @__PURE__ */ deepFreeze({
  traffic: { kind: 'role', label: 'ROLE_TRAFFIC' },
  profit: { kind: 'role', label: 'ROLE_PROFIT' },
  flagship: { kind: 'role', label: 'ROLE_FLAGSHIP' },
  regular: { kind: 'role', label: 'ROLE_REGULAR' },
  hit: { kind: 'tag', label: 'ROLE_HIT' },
  slow: { kind: 'tag', label: 'ROLE_SLOW' },
});

/**
 * The numbers behind the default rules and the portfolio checks. [domain reference §6](../../docs/domain.en.md#6-product-roles) gives each role's
 * signature in words (low price, thin margin, top price tier, low volume …) and one practice's
 * sales mix; the cut-offs turning the words into numbers are storeops' assumptions, overridable.
 * @see [domain reference §6](../../docs/domain.en.md#6-product-roles)
 */
export interface RoleThresholds {
  /** Flagship 形象款: "top price tier" = price percentile above this (strictly; 0.8: the dearest fifth). storeops' assumption. */
  flagshipMinPricePercentile: number;
  /** Flagship: "low volume" = buyers at most this × an average product's (0.5). storeops' assumption. */
  flagshipMaxBuyerIndex: number;
  /** Traffic 引流款: "low price" = price percentile at most this (0.5: the cheaper half). storeops' assumption. */
  trafficMaxPricePercentile: number;
  /** Traffic: "thin margin" = margin rate under the store median by more than this (0: below the median). */
  trafficMaxMarginVsMedian: number;
  /** Traffic: "high visitors" = visitors at least this × an average product's (1.5). storeops' assumption. */
  trafficMinVisitorIndex: number;
  /** Traffic: "high conversion" = conversion at least this × the store's (1: at least the store's rate). storeops' assumption. */
  trafficMinConversionIndex: number;
  /** Profit 利润款: "mid-to-high price" = price percentile at least this (0.4). storeops' assumption. */
  profitMinPricePercentile: number;
  /** Profit: "high margin" = margin rate at least the store median plus this (0: at or above the median). */
  profitMinMarginVsMedian: number;
  /** Hit 爆款 (tag): "very high sales" = at least this share of the store's sales (0.2) … storeops' assumption. */
  hitMinRevenueShare: number;
  /** … and at least this × an average product's sales (2). storeops' assumption. */
  hitMinRevenueIndex: number;
  /** Slow mover 滞销款 (tag): sales under this × an average product's (0.1). storeops' assumption. */
  slowMaxRevenueIndex: number;
  /**
   * Target share of sales by role. Default: the practice quoted in [domain reference §6](../../docs/domain.en.md#6-product-roles) for the roles
   * storeops assigns — traffic 20%, flagship 15%, profit 15% (its hero 40% is the `hit` tag,
   * which overlaps roles, and clearance is the rest). An override replaces the whole mix; `{}`
   * turns the mix checks off.
   */
  targetMix: Readonly<Record<string, number>>;
  /** How far (in share points) a role's share of sales may sit from its target and pass (0.10). storeops' assumption. */
  mixTolerance: number;
  /** Flagship items above this share of sales are flagged (0.15, [domain reference §6](../../docs/domain.en.md#6-product-roles)). */
  maxFlagshipRevenueShare: number;
  /** A single product above this share of sales carries the store alone (0.5). storeops' assumption. */
  maxTopProductRevenueShare: number;
}

/** Overrides of {@link RoleThresholds}: any field; `targetMix` replaces the whole mix. */
export type RoleThresholdOverrides = Partial<RoleThresholds>;

/**
 * The default numbers of the role rules and portfolio checks.
 * @see [domain reference §6](../../docs/domain.en.md#6-product-roles)
 */
export const defaultRoleThresholds: Readonly<RoleThresholds> = /* @__PURE__ */ deepFreeze({
  flagshipMinPricePercentile: 0.8,
  flagshipMaxBuyerIndex: 0.5,
  trafficMaxPricePercentile: 0.5,
  trafficMaxMarginVsMedian: 0,
  trafficMinVisitorIndex: 1.5,
  trafficMinConversionIndex: 1,
  profitMinPricePercentile: 0.4,
  profitMinMarginVsMedian: 0,
  hitMinRevenueShare: 0.2,
  hitMinRevenueIndex: 2,
  slowMaxRevenueIndex: 0.1,
  targetMix: { traffic: 0.2, flagship: 0.15, profit: 0.15 },
  mixTolerance: 0.1,
  maxFlagshipRevenueShare: 0.15,
  maxTopProductRevenueShare: 0.5,
});

/**
 * The default rules, built from the thresholds: flagship (priority 100) before traffic (200)
 * before profit (300), so the dearest high-margin item with few buyers is a flagship, not a
 * profit item; then the tags `hit` and `slow`. A product no role rule matches is `regular`.
 *
 * @param thresholds - the numbers to use (the defaults when omitted).
 * @see [domain reference §6](../../docs/domain.en.md#6-product-roles)
 * @example
 * ```ts
 * import { defaultRoleRules } from 'storeops/roles';
 * defaultRoleRules().map((r) => r.assign) //=> ['flagship', 'traffic', 'profit', 'hit', 'slow']
 * defaultRoleRules()[0].when //=> [{ metric: 'pricePercentile', op: '>', value: 0.8 }, { metric: 'buyerIndex', op: '<=', value: 0.5 }]
 * ```
 */
export function defaultRoleRules(thresholds: Readonly<RoleThresholds> = defaultRoleThresholds): RoleRule[] {
  // Validated like any override, so the rules never carry NaN or a caller's getter.
  const t = thresholds === defaultRoleThresholds ? thresholds : resolveMarks(roleMarks, thresholds, defaultRoleThresholds, ['thresholds']);
  return [
    {
      assign: 'flagship',
      priority: 100,
      when: [
        { metric: 'pricePercentile', op: '>', value: t.flagshipMinPricePercentile },
        { metric: 'buyerIndex', op: '<=', value: t.flagshipMaxBuyerIndex },
      ],
    },
    {
      assign: 'traffic',
      priority: 200,
      when: [
        { metric: 'pricePercentile', op: '<=', value: t.trafficMaxPricePercentile },
        { metric: 'marginVsMedian', op: '<', value: t.trafficMaxMarginVsMedian },
        { metric: 'visitorIndex', op: '>=', value: t.trafficMinVisitorIndex },
        { metric: 'conversionIndex', op: '>=', value: t.trafficMinConversionIndex },
      ],
    },
    {
      assign: 'profit',
      priority: 300,
      when: [
        { metric: 'pricePercentile', op: '>=', value: t.profitMinPricePercentile },
        { metric: 'marginVsMedian', op: '>=', value: t.profitMinMarginVsMedian },
        { metric: 'revenueShare', op: '>', value: 0 },
      ],
    },
    {
      assign: 'hit',
      priority: 100,
      when: [
        { metric: 'revenueShare', op: '>=', value: t.hitMinRevenueShare },
        { metric: 'revenueIndex', op: '>=', value: t.hitMinRevenueIndex },
      ],
    },
    { assign: 'slow', priority: 200, when: [{ metric: 'revenueIndex', op: '<', value: t.slowMaxRevenueIndex }] },
  ];
}

/** The built-in measures, for validation. @internal */
export const ROLE_MEASURES: ReadonlySet<string> = /* @__PURE__ */ new Set<string>([
  'price',
  'unitCost',
  'visitors',
  'buyers',
  'revenue',
  'pricePercentile',
  'marginRate',
  'marginVsMedian',
  'visitorShare',
  'visitorIndex',
  'buyerIndex',
  'revenueShare',
  'revenueIndex',
  'conversionRate',
  'conversionIndex',
]);

/** Role ids and custom metric names: a letter, then letters, digits, `_` or `-` (at most 40). @internal */
export const ROLE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

function isMetric(value: string): boolean {
  return ROLE_MEASURES.has(value) || (value.startsWith('custom.') && ROLE_ID.test(value.slice(7)));
}

function ruleSchemas() {
  const metric = z.string().check(z.refine(isMetric, { error: 'expected a role measure (e.g. "pricePercentile") or "custom.<name>"' }));
  const code = z.string().check(z.minLength(1), z.maxLength(100));
  const rule = z.strictObject({
    assign: z.string().check(z.regex(ROLE_ID, 'expected a role id: a letter, then letters, digits, _ or -')),
    priority: z.number(),
    when: z
      .array(z.strictObject({ metric, per: z.optional(metric), op: z.enum(['>', '>=', '<', '<=']), value: z.number(), code: z.optional(code) }))
      .check(z.minLength(1)),
  }) as Schema<RoleRule>; // zod types `per?: string | undefined`; exactOptionalPropertyTypes wants `per?: RoleMetric`
  const definition: Schema<RoleDefinition> = z.strictObject({ kind: z.enum(['role', 'tag']), label: code });
  return { rule, definition };
}

/** zod schema of a {@link RoleRule}. */
export const roleRuleSchema: Schema<RoleRule> = /* @__PURE__ */ pure(() => ruleSchemas().rule);

/** zod schema of a {@link RoleDefinition}. */
export const roleDefinitionSchema: Schema<RoleDefinition> = /* @__PURE__ */ pure(() => ruleSchemas().definition);

function targetMixSchema() {
  return z.record(z.string().check(z.regex(ROLE_ID, 'expected a role id')), rateSchema).check(
    z.refine((mix) => Object.values(mix).reduce((a, b) => a + b, 0) <= 1 + 1e-9, { error: 'the target shares must add up to at most 1' }),
  );
}

const rate = { number: [0, 1] } as const;
const index = { number: [0, Infinity] } as const;
const marginPoints = { number: [-1, 1] } as const;

/** @internal How each role threshold is read from an override (the judging core folds them). */
export const roleMarks: JudgingSpec<RoleThresholds>['marks'] = {
  flagshipMinPricePercentile: rate,
  flagshipMaxBuyerIndex: index,
  trafficMaxPricePercentile: rate,
  trafficMaxMarginVsMedian: marginPoints,
  trafficMinVisitorIndex: index,
  trafficMinConversionIndex: index,
  profitMinPricePercentile: rate,
  profitMinMarginVsMedian: marginPoints,
  hitMinRevenueShare: rate,
  hitMinRevenueIndex: index,
  slowMaxRevenueIndex: index,
  targetMix: (override, _base, path) => {
    const parsed = parseInput(targetMixSchema(), override, { code: 'INVALID_OPTIONS', prefix: path });
    assertKeysKept(override, parsed, path, 'INVALID_OPTIONS', 'expected a role id');
    return parsed;
  },
  mixTolerance: rate,
  maxFlagshipRevenueShare: rate,
  maxTopProductRevenueShare: rate,
};
