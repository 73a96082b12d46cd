import * as z from 'zod/mini';
import type { Advice, Check, Status, Threshold } from '../core/checks.js';
import { moneyPerUnit, StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import { fail, formatPath } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { advise, openJudging, overallStatus, readOptions, verdict, type JudgingSpec } from '../core/judge.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { formatPercent, type Locale, type MessageCatalog } from '../core/i18n.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { ratio } from '../core/ratio.js';
import { assertKeysKept, countSchema, parseInput, rateSchema } from '../core/validate.js';
import { labelParams, funnelMessages } from './messages.js';

/**
 * Traffic categories, after 生意参谋's first-level sources ([domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)): `natural` 淘内免费
 * (search, recommendation feed), `paid` 付费流量 (直通车, 引力魔方, 淘宝客), `activity` 活动 (聚划算
 * and platform events, when counted apart from paid), `member` 自主访问 and member marketing
 * (favourites, cart, purchased items, direct, 会员营销), `external` 淘外流量, `other` 其他.
 */
export type TrafficCategory = 'natural' | 'paid' | 'activity' | 'member' | 'external' | 'other';

/** The categories in the order results list them. */
export const TRAFFIC_CATEGORIES: readonly TrafficCategory[] = /* @__PURE__ */ deepFreeze(['natural', 'paid', 'activity', 'member', 'external', 'other'] as const);

/** One traffic source's numbers. Several sources may share a category. */
export interface TrafficSource {
  /** The category the source belongs to. */
  category: TrafficCategory;
  /** 访客数 from this source. */
  visitors: number;
  /** The 生意参谋 source name (`'手淘搜索'`, `'直通车'` …); the category when omitted. Rows with the same category and name are summed. */
  source?: string;
  /** Paying buyers from this source. */
  buyers?: number;
  /** Paid amount from this source, in yuan. */
  paidAmount?: MoneyInput;
}

/**
 * A norm for a category's share of visitors: at least `min`, at most `max` (both 0–1, both
 * inclusive unless `minInclusive` / `maxInclusive` is `false`).
 */
export interface ShareNorm {
  /** The lowest share that passes, 0–1. */
  min?: number;
  /** The highest share that passes, 0–1. */
  max?: number;
  /** Whether a share exactly at `min` passes (default `true`: "≥ 70%"). */
  minInclusive?: boolean;
  /** Whether a share exactly at `max` passes (default `true`: "≤ 35%"; `false` for "< 5%"). */
  maxInclusive?: boolean;
}

/** Norms by category; a category without a norm is not judged. */
export type TrafficNorms = Partial<Record<TrafficCategory, ShareNorm>>;

/**
 * Norm presets ([domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)). `seed`: natural ≥ 70%, paid 5–10%, activity 10–20%, member
 * marketing 10–20%, other < 5% (the seed names no norm for external traffic). `practitioner`:
 * paid ≤ 35%, own access and member ≥ 20%. Rules of thumb that differ by a store's stage:
 * pick one, or pass your own.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 */
/** The seed norms (the default), apart so the judging spec names them without a property read. */
const SEED_NORMS: TrafficNorms = {
  natural: { min: 0.7 },
  paid: { min: 0.05, max: 0.1 },
  activity: { min: 0.1, max: 0.2 },
  member: { min: 0.1, max: 0.2 },
  other: { max: 0.05, maxInclusive: false },
};

/**
 * Norm presets of traffic structure: `seed` (natural ≥ 70%, paid 5–10%, activity 10–20%, member
 * 10–20%, other < 5%) and `practitioner` (paid ≤ 35%, own access ≥ 20%).
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 */
export const trafficNormPresets: Readonly<Record<'seed' | 'practitioner', TrafficNorms>> = /* @__PURE__ */ deepFreeze({
  seed: SEED_NORMS,
  practitioner: {
    paid: { max: 0.35 },
    member: { min: 0.2 },
  },
});

/** Marks of the source advice (storeops defaults; [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic) gives the rule, not the numbers). */
export interface TrafficAdviceThresholds {
  /** Sources with fewer visitors are ranked but get no advice (their conversion is noise). Default 100. */
  minVisitors: number;
  /** At most this many sources are advised to grow. Default 3. */
  maxGrow: number;
  /** A source with at least this share of visitors … Default 0.1. */
  reviewShare: number;
  /** … converting under this fraction of the store's conversion is to be reviewed. Default 0.5. */
  weakConversion: number;
}

/** Defaults of {@link TrafficAdviceThresholds}. */
export const defaultTrafficAdviceThresholds: Readonly<TrafficAdviceThresholds> = /* @__PURE__ */ deepFreeze({
  minVisitors: 100,
  maxGrow: 3,
  reviewShare: 0.1,
  weakConversion: 0.5,
});

/** Options of {@link trafficStructure}. */
export interface TrafficStructureOptions {
  /** A preset name (`'seed'`, the default, or `'practitioner'`) or custom norms. */
  norms?: 'seed' | 'practitioner' | TrafficNorms;
  /** Overrides of the advice marks. */
  thresholds?: Partial<TrafficAdviceThresholds>;
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code. */
  messages?: MessageCatalog;
  /**
   * Plugins (`definePlugin`): their `thresholds['traffic-structure']` (norms and advice marks)
   * apply before this call's `norms` and `thresholds`, and their messages before `messages`.
   */
  plugins?: readonly StoreOpsPlugin[];
}

/** The traffic-structure marks a plugin may set, as `plugin.thresholds['traffic-structure']`. */
export interface TrafficStructureThresholdOverrides {
  /** A preset name or custom norms, replacing the norms before it. */
  norms?: 'seed' | 'practitioner' | TrafficNorms;
  /** Overrides of the advice marks. */
  advice?: Partial<TrafficAdviceThresholds>;
}

/** Norms and advice marks after defaults, plugins and options are folded. */
interface TrafficMarks {
  norms: TrafficNorms;
  advice: TrafficAdviceThresholds;
}

/** A category's share of visitors and its check. */
export interface TrafficCategoryShare {
  /** The category. */
  category: TrafficCategory;
  /** Visitors from the category's sources (0 when none is given). */
  visitors: number;
  /** Share of all visitors, 0–1; `null` when there are no visitors. */
  share: number | null;
  /** The check against the category's norm, or `null` when the norms have none for it. */
  check: Check | null;
}

/** One source, summed over its rows, with its conversion. */
export interface TrafficSourceResult {
  /** The source name (the category when none was given). */
  source: string;
  /** The source's category. */
  category: TrafficCategory;
  /** Visitors from the source, summed over its rows. */
  visitors: number;
  /** Share of all visitors, 0–1. */
  share: number | null;
  /** Buyers, `null` when a row of the source lacked them. */
  buyers: number | null;
  /** Paid amount in yuan, `null` when a row of the source lacked it. */
  paidAmount: Decimal | null;
  /** buyers / visitors. */
  conversionRate: number | null;
  /** UV价值: paid amount / visitors, in yuan, rounded to the fen (sources are ranked by the exact value). */
  revenuePerVisitor: Decimal | null;
}

/** The numbers traffic structure was judged on. */
export interface TrafficStructureMetrics {
  /** Sum of the sources' visitors. */
  totalVisitors: number;
  /** Σbuyers / Σvisitors over the sources that give buyers. */
  conversionRate: number | null;
  /** Each category's share of visitors, 0–1 (`null` with no visitors). */
  shares: Record<TrafficCategory, number | null>;
}

/** The result of {@link trafficStructure}. */
export interface TrafficStructureResult {
  /** `fail` if a category is outside its norm, `pass` if every judged category is inside, `unknown` with no visitors. */
  status: Status;
  /** The numbers judged. */
  metrics: TrafficStructureMetrics;
  /** Sum of the sources' visitors. */
  totalVisitors: number;
  /** Every category, in the order of {@link TRAFFIC_CATEGORIES}. */
  categories: TrafficCategoryShare[];
  /** The categories' checks (those with a norm), in the same order. */
  checks: Check[];
  /** Σbuyers / Σvisitors over the sources that give buyers. */
  conversionRate: number | null;
  /** Sources ranked by conversion (then revenue per visitor, then visitors); unknown conversion last. */
  sources: TrafficSourceResult[];
  /** Grow the sources that convert; review big sources that do not; fix the mix. */
  advice: Advice[];
}

function categorySchema() {
  return z.enum(['natural', 'paid', 'activity', 'member', 'external', 'other']);
}

function sourcesSchema() {
  return z.array(
    z.object({
      category: categorySchema(),
      visitors: countSchema,
      source: z.optional(z.string()),
      buyers: z.optional(countSchema),
      paidAmount: z.optional(nonNegativeMoneySchema),
    }),
  );
}

/** zod schema of the sources of {@link trafficStructure}. */
export const trafficSourcesSchema = /* @__PURE__ */ sourcesSchema();

/** The module's own option schemas (norms, advice marks), built when first needed. */
function markSchemas() {
  const shareNorm = z
    .strictObject({ min: z.optional(rateSchema), max: z.optional(rateSchema), minInclusive: z.optional(z.boolean()), maxInclusive: z.optional(z.boolean()) })
    .check(z.refine((n) => n.min === undefined || n.max === undefined || n.min <= n.max, { error: 'min must not exceed max', path: ['max'] }));
  const norms = z.union([z.enum(['seed', 'practitioner']), z.partialRecord(categorySchema(), shareNorm)]);
  const advice = z.strictObject({
    minVisitors: z.optional(countSchema),
    maxGrow: z.optional(countSchema),
    reviewShare: z.optional(rateSchema),
    weakConversion: z.optional(rateSchema),
  });
  return { norms, advice };
}

let marks: ReturnType<typeof markSchemas> | undefined;
const markSchema = () => (marks ??= markSchemas());

function checkNorms(norms: TrafficNorms, path: readonly PropertyKey[]): TrafficNorms {
  for (const [category, norm] of Object.entries(norms)) {
    if (norm !== undefined && norm.min === undefined && norm.max === undefined) fail('INVALID_OPTIONS', formatPath([...path, category]), 'give min, max or both');
  }
  return norms;
}

function readNorms(override: unknown, path: readonly PropertyKey[]): TrafficNorms {
  const o = parseInput(markSchema().norms, override, { code: 'INVALID_OPTIONS', prefix: path });
  if (typeof o === 'string') return trafficNormPresets[o];
  assertKeysKept(override, o, path, 'INVALID_OPTIONS', 'expected a traffic category');
  return checkNorms(o as TrafficNorms, path);
}

const spec: JudgingSpec<TrafficMarks, typeof funnelMessages> = {
  module: 'traffic-structure',
  catalog: funnelMessages,
  defaults: { norms: SEED_NORMS, advice: defaultTrafficAdviceThresholds },
  marks: {
    norms: (override, _base, path) => readNorms(override, path),
    advice: (override, base: TrafficAdviceThresholds, path) => {
      const o = parseInput(markSchema().advice, override, { code: 'INVALID_OPTIONS', prefix: path });
      const advice: TrafficAdviceThresholds = { ...base };
      for (const [key, value] of Object.entries(o)) if (value !== undefined) advice[key as keyof TrafficAdviceThresholds] = value;
      return advice;
    },
  },
};

function rangeText(norm: ShareNorm): string {
  const pct = (x: number) => formatPercent(x, 1);
  const { min, max } = norm;
  if (min !== undefined && max !== undefined) return `${pct(min)}–${pct(max)}`;
  if (min !== undefined) return `${norm.minInclusive === false ? '>' : '≥'} ${pct(min)}`;
  return `${norm.maxInclusive === false ? '<' : '≤'} ${pct(max as number)}`;
}

/** Judges a share against a norm: the status and the threshold that decided it. @internal */
export function judgeShare(share: number | null, norm: ShareNorm): { status: Status; side: 'LOW' | 'HIGH' | 'PASS' | 'UNKNOWN'; threshold: Threshold } {
  const lower: Threshold | null = norm.min === undefined ? null : { direction: 'above', pass: norm.min, inclusive: norm.minInclusive !== false };
  const upper: Threshold | null = norm.max === undefined ? null : { direction: 'below', pass: norm.max, inclusive: norm.maxInclusive !== false };
  const first = (lower ?? upper) as Threshold;
  if (share === null) return { status: 'unknown', side: 'UNKNOWN', threshold: first };
  if (lower !== null && (lower.inclusive === true ? share < lower.pass : share <= lower.pass)) return { status: 'fail', side: 'LOW', threshold: lower };
  if (upper !== null && (upper.inclusive === true ? share > upper.pass : share >= upper.pass)) return { status: 'fail', side: 'HIGH', threshold: upper };
  return { status: 'pass', side: 'PASS', threshold: first };
}

interface SourceSums {
  source: string;
  category: TrafficCategory;
  visitors: number;
  buyers: number | null;
  paid: Decimal | null;
}

function compareSources(a: TrafficSourceResult, b: TrafficSourceResult): number {
  const ca = a.conversionRate;
  const cb = b.conversionRate;
  if (ca !== cb) {
    if (ca === null) return 1;
    if (cb === null) return -1;
    return cb - ca;
  }
  const ra = a.revenuePerVisitor;
  const rb = b.revenuePerVisitor;
  if (ra === null || rb === null) {
    if (ra !== rb) return ra === null ? 1 : -1;
  } else if (!ra.eq(rb)) return rb.cmp(ra);
  if (a.visitors !== b.visitors) return b.visitors - a.visitors;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/**
 * Traffic structure (流量结构): each category's share of visitors, held against a norm preset,
 * and each source's conversion and revenue per visitor, ranked — with the advice of
 * [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic): grow the sources that convert, review big sources that do not, raise
 * conversion before buying visitors.
 *
 * Shares are of the summed visitors of the sources (a person arriving through two sources
 * counts in both, as in 生意参谋's source report). A category with no source has share 0.
 *
 * @param sources - visitors (and optionally buyers and paid amount, in yuan) per source.
 * @param options - `norms` (`'seed'` default, `'practitioner'`, or custom), advice `thresholds`, `locale`.
 * @throws StoreOpsError `INVALID_INPUT` for a bad source (path `[i].field`), `INVALID_OPTIONS` for bad norms.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { trafficStructure } from 'storeops/funnel';
 * const t = trafficStructure([
 *   { category: 'natural', source: '手淘搜索', visitors: 7200, buyers: 216, paidAmount: '51408' },
 *   { category: 'paid', source: '直通车', visitors: 800, buyers: 40, paidAmount: '9520' },
 *   { category: 'activity', source: '聚划算', visitors: 1000, buyers: 10, paidAmount: '1990' },
 *   { category: 'member', source: '购物车', visitors: 1000, buyers: 60, paidAmount: '14280' },
 * ], { locale: 'en' });
 * t.categories[0] //=> { category: 'natural', share: 0.72 }
 * t.status //=> 'pass'
 * t.metrics //=> { totalVisitors: 10000, conversionRate: 0.0326 }
 * t.checks.map((c) => c.status) //=> ['pass', 'pass', 'pass', 'pass', 'pass']
 * t.sources.map((s) => s.source) //=> ['购物车', '直通车', '手淘搜索', '聚划算']
 * t.advice[0].message //=> 'Source “购物车” converts at 6%, above the store’s 3.3%: grow it'
 * trafficStructure([{ category: 'paid', visitors: 40 }, { category: 'natural', visitors: 60 }], { norms: 'practitioner' }).checks[0].status //=> 'fail'
 * trafficStructure([{ category: 'search', visitors: 1 }]) //=> throws INVALID_INPUT
 * ```
 */
export function trafficStructure(sources: readonly TrafficSource[], options: TrafficStructureOptions = {}): TrafficStructureResult {
  const rows = parseInput(trafficSourcesSchema, sources);
  const opts = readOptions(options);
  // The caller's norms and advice marks are checked at their own paths (`norms…`, `thresholds…`)
  // before the core folds them after the plugins'.
  const norms0 = opts['norms'] === undefined ? undefined : readNorms(opts['norms'], ['norms']);
  if (opts['thresholds'] !== undefined) parseInput(markSchema().advice, opts['thresholds'], { code: 'INVALID_OPTIONS', prefix: ['thresholds'] });
  const j = openJudging(spec, { ...opts, thresholds: { norms: norms0, advice: opts['thresholds'] } });
  const { norms, advice: t } = j.thresholds;

  const byCategory = new Map<TrafficCategory, number>();
  const bySource = new Map<string, SourceSums>();
  let total = 0;
  for (const row of rows) {
    total += row.visitors;
    byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + row.visitors);
    const name = row.source ?? row.category;
    const key = `${row.category}\u0000${name}`;
    const s = bySource.get(key) ?? { source: name, category: row.category, visitors: 0, buyers: 0, paid: new StoreDecimal(0) };
    s.visitors += row.visitors;
    s.buyers = s.buyers === null || row.buyers === undefined ? null : s.buyers + row.buyers;
    s.paid = s.paid === null || row.paidAmount === undefined ? null : s.paid.plus(toDecimal(row.paidAmount));
    bySource.set(key, s);
  }

  const pct = (x: number | null) => formatPercent(x, 1);
  const categories: TrafficCategoryShare[] = [];
  const checks: Check[] = [];
  for (const category of TRAFFIC_CATEGORIES) {
    const visitors = byCategory.get(category) ?? 0;
    const share = ratio(visitors, total);
    const norm = norms[category];
    let check: Check | null = null;
    if (norm !== undefined) {
      const judged = judgeShare(share, norm);
      check = verdict(j, `TRAFFIC_SHARE_${judged.side}`, `share.${category}`, share, judged.status, judged.threshold, {
        value: pct(share),
        range: rangeText(norm),
        ...labelParams('category', category),
      });
      checks.push(check);
    }
    categories.push({ category, visitors, share, check });
  }

  let knownVisitors = 0;
  let knownBuyers = 0;
  const ranked: TrafficSourceResult[] = [];
  for (const s of bySource.values()) {
    if (s.buyers !== null) {
      knownVisitors += s.visitors;
      knownBuyers += s.buyers;
    }
    ranked.push({
      source: s.source,
      category: s.category,
      visitors: s.visitors,
      share: ratio(s.visitors, total),
      buyers: s.buyers,
      paidAmount: s.paid,
      conversionRate: ratio(s.buyers, s.visitors),
      revenuePerVisitor: s.paid === null || s.visitors === 0 ? null : s.paid.div(s.visitors),
    });
  }
  // Ranked by the exact UV价值, given to the fen.
  ranked.sort(compareSources);
  for (const s of ranked) s.revenuePerVisitor = moneyPerUnit(s.revenuePerVisitor);
  const conversionRate = ratio(knownBuyers, knownVisitors);

  const advice: Advice[] = [];
  if (conversionRate !== null) {
    const storeConversion = pct(conversionRate);
    let grown = 0;
    for (const s of ranked) {
      if (grown >= t.maxGrow) break;
      if (s.visitors >= t.minVisitors && s.conversionRate !== null && s.conversionRate > conversionRate) {
        advice.push(advise(j, 'GROW_CONVERTING_SOURCE', { source: s.source, conversion: pct(s.conversionRate), storeConversion }));
        grown++;
      }
    }
    for (const s of ranked) {
      if (s.visitors >= t.minVisitors && s.share !== null && s.share >= t.reviewShare && s.conversionRate !== null && s.conversionRate < conversionRate * t.weakConversion) {
        advice.push(advise(j, 'REVIEW_WEAK_SOURCE', { source: s.source, share: pct(s.share), conversion: pct(s.conversionRate), storeConversion }));
      }
    }
  }
  const paid = categories[1];
  if (paid?.check?.code === 'TRAFFIC_SHARE_HIGH') advice.push(advise(j, 'RAISE_CONVERSION_BEFORE_BUYING_TRAFFIC', { value: pct(paid.share) }));
  const natural = categories[0];
  if (natural?.check?.code === 'TRAFFIC_SHARE_LOW') advice.push(advise(j, 'GROW_FREE_TRAFFIC', { value: pct(natural.share) }));

  const shares = Object.fromEntries(categories.map((c) => [c.category, c.share])) as Record<TrafficCategory, number | null>;
  return {
    status: overallStatus(checks, false),
    checks,
    advice,
    metrics: { totalVisitors: total, conversionRate, shares },
    totalVisitors: total,
    categories,
    conversionRate,
    sources: ranked,
  };
}
