import * as z from 'zod/mini';
import type { Advice } from '../core/checks.js';
import { isoDateSchema, toDayNumber, type IsoDate } from '../core/dates.js';
import { toDecimal, type Decimal } from '../core/decimal.js';
import { fail } from '../core/errors.js';
import type { Locale, MessageCatalog } from '../core/i18n.js';
import { advise, openJudging, readOptions, text, type Judging, type JudgingSpec } from '../core/judge.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { isMoneyInput, type MoneyInput } from '../core/money.js';
import { ratio } from '../core/ratio.js';
import { parseInput } from '../core/validate.js';
import { membersMessages } from './messages.js';
import { addAmount, emptySum, parseOrders, sumValue, type MemberOrder, type MoneySum, type ParsedOrder } from './orders.js';
import { pure } from '../core/pure.js';

/**
 * How one RFM dimension is scored: a number `k` (2–10) scores into `k` quantile bands as R's
 * `rfm` package does with `bins = k` (cut points: type-7 quantiles plus 1, half-open intervals;
 * or equal-count ranks with `bandMethod: 'equalCount'`); equal values always share a score. An
 * array of ascending breaks scores 1 + the number of breaks reached — for recency, breaks are
 * days and a buyer reaches a break when their last order is within that many days.
 */
export type RfmBand<T = number> = number | readonly T[];

/**
 * How a number of bands `k` is turned into scores: `'quantile'` (default) as R's `rfm` package —
 * cut points Q(j/k) + 1 for j = 1…k−1 with Q the type-7 quantile (R's `quantile()` default) of
 * the buyers' values, a value scoring 1 + the cut points it reaches (recency in reverse);
 * `'equalCount'` — by rank, 1 + ⌊k × (buyers strictly worse) / n⌋.
 */
export type RfmBandMethod = 'quantile' | 'equalCount';

/** Score bands of the three dimensions; each defaults to 5 quantile bands (storeops default, as R's `rfm`). */
export interface RfmBands {
  /** Days since the last order (fewer is better). */
  recency?: RfmBand;
  /** Number of orders. */
  frequency?: RfmBand;
  /** Amount paid in yuan. */
  monetary?: RfmBand<MoneyInput>;
}

/** Inclusive score bounds of a segment rule; a missing bound is open. */
export interface RfmScoreRange {
  min?: number;
  max?: number;
}

/** A named segment: a buyer belongs to the first rule whose every given range holds its scores. */
export interface RfmSegmentRule {
  /** Stable name; its label is the message `RFM_SEGMENT_<name>` (the name itself when no message exists). */
  name: string;
  recency?: RfmScoreRange;
  frequency?: RfmScoreRange;
  monetary?: RfmScoreRange;
}

/** Options of {@link rfmSegments}. */
export interface RfmOptions {
  /** The day recency is measured from; later orders are ignored. */
  asOf: IsoDate;
  /** Score bands per dimension. */
  bands?: RfmBands;
  /** How a number of bands becomes scores: `'quantile'` (default, as R's `rfm`) or `'equalCount'`. */
  bandMethod?: RfmBandMethod;
  /** Only orders of the last `lookbackDays` calendar days up to `asOf` count; all orders by default. */
  lookbackDays?: number;
  /** Segment rules, tried in order; buyers matching none are in `other`. Default {@link defaultRfmSegments}. */
  segments?: readonly RfmSegmentRule[];
  /** Language of labels and advice: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code (labels `RFM_SEGMENT_<name>`, advice `RFM_ADVICE_<name>`); they win over the plugins'. */
  messages?: MessageCatalog;
  /** Plugins: their messages (e.g. labels and advice of their own segments) apply before `messages`. */
  plugins?: readonly StoreOpsPlugin[];
}

/** One buyer's RFM values, scores and segment. */
export interface RfmBuyer {
  buyerId: string;
  /** Calendar days from the last order to `asOf`. */
  recencyDays: number;
  /** Number of orders. */
  frequency: number;
  /** Amount paid, in yuan. */
  monetary: Decimal;
  recencyScore: number;
  frequencyScore: number;
  monetaryScore: number;
  /** The three scores written together, e.g. `'545'` (each score one digit when bands ≤ 9). */
  score: string;
  /** The name of the buyer's segment. */
  segment: string;
}

/** A segment's size and worth. */
export interface RfmSegmentSummary {
  name: string;
  /** The label in the requested locale. */
  label: string;
  /** Buyers in the segment. */
  buyers: number;
  /** Buyers / all buyers; `null` without buyers. */
  share: number | null;
  /** Orders of the segment's buyers (R's `rfm_segment_summary` `orders`). */
  orders: number;
  /** Amount paid by the segment's buyers, in yuan. */
  monetary: Decimal;
  /** What to do with the segment (`RFM_ADVICE_<name>`): one item, or none when no advice exists. */
  advice: Advice[];
}

/** The result of {@link rfmSegments}. */
export interface RfmResult {
  /** Every buyer exactly once, in order of first appearance. */
  buyers: RfmBuyer[];
  /** Every rule in order, then `other`, including empty segments; buyers add up to the total. */
  segments: RfmSegmentSummary[];
}

/**
 * Default segments over 5-level scores (storeops default, after the segment table of R's `rfm`
 * package), tried in order. Together they cover every combination of scores 1–5.
 */
export const defaultRfmSegments: readonly RfmSegmentRule[] = /* @__PURE__ */ Object.freeze([
  { name: 'champions', recency: { min: 4 }, frequency: { min: 4 }, monetary: { min: 4 } },
  { name: 'loyal', recency: { min: 3 }, frequency: { min: 3 } },
  { name: 'cantLose', recency: { max: 2 }, frequency: { min: 4 }, monetary: { min: 4 } },
  { name: 'atRisk', recency: { max: 2 }, frequency: { min: 3 } },
  { name: 'newCustomers', recency: { min: 4 }, frequency: { max: 1 } },
  { name: 'potential', recency: { min: 3 } },
  { name: 'hibernating', recency: { min: 2, max: 2 } },
  { name: 'lost', recency: { max: 1 } },
]);

const bandSchema = /* @__PURE__ */ pure(() => z.union([
  z.int().check(z.gte(2), z.lte(10)),
  z.array(z.number()).check(z.minLength(1), z.maxLength(9)),
]));
const moneyBandSchema = /* @__PURE__ */ pure(() => z.union([
  z.int().check(z.gte(2), z.lte(10)),
  z.array(z.custom<MoneyInput>(isMoneyInput, { error: 'expected money' })).check(z.minLength(1), z.maxLength(9)),
]));
const rangeSchema = /* @__PURE__ */ pure(() => z.optional(
  z.strictObject({ min: z.optional(z.number()), max: z.optional(z.number()) }),
));

const optionsSchema = /* @__PURE__ */ pure(() => z.object({
  asOf: isoDateSchema,
  bands: z.optional(
    z.strictObject({
      recency: z.optional(bandSchema),
      frequency: z.optional(bandSchema),
      monetary: z.optional(moneyBandSchema),
    }),
  ),
  bandMethod: z.optional(z.enum(['quantile', 'equalCount'])),
  lookbackDays: z.optional(z.int().check(z.gte(1))),
  segments: z.optional(
    z.array(
      z.strictObject({
        name: z.string().check(z.minLength(1)),
        recency: rangeSchema,
        frequency: rangeSchema,
        monetary: rangeSchema,
      }),
    ),
  ),
}));

/** @internal Exact arithmetic a dimension's values need for R's quantile cut points. */
interface Arith<T> {
  cmp: (a: T, b: T) => number;
  /** Whether `v` ≥ Q + 1, where Q = lo + (hi − lo) × rem / k (type-7 interpolation), exactly. */
  reachesCut: (v: T, lo: T, hi: T, rem: number, k: number) => boolean;
}

const numberArith: Arith<number> = {
  cmp: (a, b) => a - b,
  // Values are whole days or order counts: k × (v − lo − 1) ≥ (hi − lo) × rem in safe integers.
  reachesCut: (v, lo, hi, rem, k) => k * (v - lo - 1) >= (hi - lo) * rem,
};

/** Amounts in whole fen: one yuan is 100 fen. Used only below {@link FEN_SCORING_LIMIT}, so k × (v − lo − 100) stays a safe integer. */
const fenArith: Arith<number> = {
  cmp: (a, b) => a - b,
  reachesCut: (v, lo, hi, rem, k) => k * (v - lo - 100) >= (hi - lo) * rem,
};

/** Sums up to 2^49 fen (5.6 × 10^12 yuan) are scored as integers: × 10 bands stays under 2^53. */
const FEN_SCORING_LIMIT = 2 ** 49;

/** Each buyer's sum in whole fen, or `null` when one is not (an amount with more decimals, or too large). */
function fenValues(stats: readonly { sum: MoneySum }[]): number[] | null {
  const out = new Array<number>(stats.length);
  for (let i = 0; i < stats.length; i++) {
    const sum = (stats[i] as { sum: MoneySum }).sum;
    if (sum.rest !== null || sum.fen > FEN_SCORING_LIMIT || sum.fen < -FEN_SCORING_LIMIT) return null;
    out[i] = sum.fen;
  }
  return out;
}

const decimalArith: Arith<Decimal> = {
  cmp: (a, b) => a.comparedTo(b),
  reachesCut: (v, lo, hi, rem, k) => v.minus(lo).minus(1).times(k).gte(hi.minus(lo).times(rem)),
};
/** @internal The members module's judging spec: no marks of its own, its catalog (labels, advice, findings). */
export const membersSpec: JudgingSpec<object, typeof membersMessages> = { module: 'members', catalog: membersMessages, defaults: {}, marks: {} };

/** @internal The judging context of the members module. */
export type MembersContext = Judging<object, typeof membersMessages>;

const has = (j: MembersContext, code: string) => j.catalogs.some((c) => Object.prototype.hasOwnProperty.call(c, code));

/**
 * Scores values into `k` bands as R's `rfm` package does (`rfm_table_order`, helper `bins`): the
 * cut points are the type-7 quantiles Q(j/k), j = 1…k−1 (R's `stats::quantile` default), each
 * plus 1, and intervals are half-open `[lower, upper)` — so a value scores 1 + the number of cut
 * points it reaches (v ≥ Q(j/k) + 1). The quantile is computed exactly (no binary rounding).
 * Returns scores where higher values score higher.
 */
function quantileScores<T>(values: readonly T[], k: number, a: Arith<T>): number[] {
  const n = values.length;
  const order = values.map((_, i) => i).sort((x, y) => a.cmp(values[x] as T, values[y] as T));
  const sorted = order.map((i) => values[i] as T);
  // first[j]: the first sorted position that reaches cut point j (positions only grow with j).
  const first: number[] = [];
  for (let j = 1; j < k; j++) {
    const h = (n - 1) * j; // index × k: floor(h / k) is the lower order statistic, h mod k / k the fraction
    const loIdx = Math.floor(h / k);
    const rem = h % k;
    const lo = sorted[loIdx] as T;
    const hi = rem === 0 ? lo : (sorted[loIdx + 1] as T);
    let left = 0;
    let right = n;
    while (left < right) {
      const mid = (left + right) >>> 1;
      if (a.reachesCut(sorted[mid] as T, lo, hi, rem, k)) right = mid;
      else left = mid + 1;
    }
    first.push(left);
  }
  const scores = new Array<number>(n);
  let reached = 0;
  for (let r = 0; r < n; r++) {
    while (reached < first.length && (first[reached] as number) <= r) reached++;
    scores[order[r] as number] = 1 + reached;
  }
  return scores;
}

/**
 * Equal-count scores: 1 + floor(k × (buyers strictly worse) / n), so equal values share a score.
 * `cmp` orders worse before better.
 */
function equalCountScores<T>(values: readonly T[], k: number, cmp: (a: T, b: T) => number): number[] {
  const n = values.length;
  const order = values.map((_, i) => i).sort((a, b) => cmp(values[a] as T, values[b] as T));
  const scores = new Array<number>(n);
  let worse = 0;
  for (let r = 0; r < n; r++) {
    const i = order[r] as number;
    if (r > 0 && cmp(values[order[r - 1] as number] as T, values[i] as T) !== 0) worse = r;
    scores[i] = 1 + Math.floor((k * worse) / n);
  }
  return scores;
}

/**
 * Scores values into bands. `lowerIsBetter` for recency (R scores its bands in reverse).
 * Breaks: 1 + the number of breaks reached.
 */
function scoreAll<T>(
  values: readonly T[],
  band: number | readonly T[],
  a: Arith<T>,
  lowerIsBetter: boolean,
  method: RfmBandMethod,
  reaches: (v: T, brk: T) => boolean,
): number[] {
  if (typeof band !== 'number') return values.map((v) => 1 + band.filter((b) => reaches(v, b)).length);
  if (method === 'equalCount') return equalCountScores(values, band, lowerIsBetter ? (x: T, y: T) => a.cmp(y, x) : a.cmp);
  const scores = quantileScores(values, band, a);
  return lowerIsBetter ? scores.map((s) => band + 1 - s) : scores;
}

function checkAscending<T>(band: number | readonly T[] | undefined, cmp: (a: T, b: T) => number, name: string): void {
  if (band === undefined || typeof band === 'number') return;
  for (let i = 1; i < band.length; i++) {
    if (cmp(band[i - 1] as T, band[i] as T) >= 0) fail('INVALID_OPTIONS', `bands.${name}[${i}]`, 'breaks must be strictly ascending');
  }
}

const inRange = (score: number, r: RfmScoreRange | undefined) => r === undefined || ((r.min === undefined || score >= r.min) && (r.max === undefined || score <= r.max));

/** @internal The computation behind {@link rfmSegments}, over parsed orders. */
export function rfmSegmentsWith(orders: readonly ParsedOrder[], asOfDay: number, opts: RfmParsedOptions, j: MembersContext): RfmResult {
  const from = opts.lookbackDays === undefined ? -Infinity : asOfDay - opts.lookbackDays + 1;
  const byBuyer = new Map<string, { last: number; count: number; sum: MoneySum }>();
  for (const o of orders) {
    if (o.day > asOfDay || o.day < from) continue;
    let b = byBuyer.get(o.buyerId);
    if (b === undefined) byBuyer.set(o.buyerId, (b = { last: o.day, count: 0, sum: emptySum() }));
    if (o.day > b.last) b.last = o.day;
    b.count++;
    addAmount(b.sum, o);
  }
  const ids = [...byBuyer.keys()];
  const stats = [...byBuyer.values()];
  const recency = stats.map((s) => asOfDay - s.last);
  const frequency = stats.map((s) => s.count);
  const monetary = stats.map((s) => sumValue(s.sum));
  const bands = opts.bands ?? {};
  const byNumber = numberArith.cmp;
  const method = opts.bandMethod ?? 'quantile';
  const recencyBand = bands.recency ?? 5;
  const frequencyBand = bands.frequency ?? 5;
  const monetaryBand = typeof bands.monetary === 'object' ? bands.monetary.map((m) => toDecimal(m)) : (bands.monetary ?? 5);
  checkAscending(recencyBand, byNumber, 'recency');
  checkAscending(frequencyBand, byNumber, 'frequency');
  checkAscending(monetaryBand, (a: Decimal, b: Decimal) => a.comparedTo(b), 'monetary');
  // Recency: fewer days is better (R scores its bands in reverse); a break is reached within its days.
  const rScores = scoreAll(recency, recencyBand, numberArith, true, method, (v, brk) => v <= brk);
  const fScores = scoreAll(frequency, frequencyBand, numberArith, false, method, (v, brk) => v >= brk);
  // Sums held in whole fen (every amount had at most 2 decimals) are scored as integers: the same
  // cut points (Q + 1 yuan = Q + 100 fen) without a Decimal comparison per step of the sort.
  const fen = typeof monetaryBand === 'number' ? fenValues(stats) : null;
  const mScores =
    fen === null
      ? scoreAll(monetary, monetaryBand, decimalArith, false, method, (v, brk) => v.gte(brk))
      : scoreAll(fen, monetaryBand as number, fenArith, false, method, () => false);

  const rules = opts.segments ?? defaultRfmSegments;
  const names = [...rules.map((r) => r.name), 'other'];
  const count = new Map<string, { buyers: number; orders: number; sum: Decimal | null }>(names.map((n) => [n, { buyers: 0, orders: 0, sum: null }]));
  const buyers: RfmBuyer[] = ids.map((buyerId, i) => {
    const r = rScores[i] as number;
    const f = fScores[i] as number;
    const m = mScores[i] as number;
    const rule = rules.find((x) => inRange(r, x.recency) && inRange(f, x.frequency) && inRange(m, x.monetary));
    const segment = rule === undefined ? 'other' : rule.name;
    const c = count.get(segment) as { buyers: number; orders: number; sum: Decimal | null };
    c.buyers++;
    c.orders += frequency[i] as number;
    c.sum = c.sum === null ? (monetary[i] as Decimal) : c.sum.plus(monetary[i] as Decimal);
    return {
      buyerId,
      recencyDays: recency[i] as number,
      frequency: frequency[i] as number,
      monetary: monetary[i] as Decimal,
      recencyScore: r,
      frequencyScore: f,
      monetaryScore: m,
      score: `${r}${f}${m}`,
      segment,
    };
  });
  const zero = sumValue(emptySum());
  const segments: RfmSegmentSummary[] = [...new Set(names)].map((name) => {
    const c = count.get(name) as { buyers: number; orders: number; sum: Decimal | null };
    const adviceCode = `RFM_ADVICE_${name}` as const;
    const labelCode = `RFM_SEGMENT_${name}` as const;
    // Segment names are data (the caller's rules): a segment without a label shows its name.
    return {
      name,
      label: has(j, labelCode) ? text(j, labelCode as never) : name,
      buyers: c.buyers,
      share: ratio(c.buyers, buyers.length),
      orders: c.orders,
      monetary: c.sum ?? zero,
      advice: has(j, adviceCode) ? [advise(j, adviceCode as never)] : [],
    };
  });
  return { buyers, segments };
}

/** @internal Validates the options of {@link rfmSegments}. */
export function parseRfmOptions(options: unknown): { asOfDay: number; opts: RfmParsedOptions; j: MembersContext } {
  const raw = readOptions(options);
  const o = parseInput(optionsSchema, raw, { code: 'INVALID_OPTIONS' });
  return { asOfDay: toDayNumber(o.asOf), opts: o as RfmParsedOptions, j: openJudging(membersSpec, raw) };
}

/** @internal The RFM options after validation (locale, messages and plugins are in the judging context). */
export type RfmParsedOptions = Omit<RfmOptions, 'asOf' | 'locale' | 'messages' | 'plugins'>;

/**
 * RFM segments (RFM 客户分层) of the buyers in paid orders: recency (days since the last order,
 * up to `asOf`), frequency (orders) and monetary (amount paid) are each scored into bands —
 * 5 quantile bands by default, exactly as R's `rfm` package (`bandMethod`), or breaks you choose — and each buyer goes
 * to the first segment rule its scores satisfy, else `other`, so every buyer is in exactly one
 * segment. Each segment comes with a label and advice in the requested locale.
 *
 * @param orders - paid orders: buyer id, day paid, amount in yuan.
 * @param options - `asOf` (required), `bands`, `lookbackDays`, `segments`, locale and messages.
 * @returns every buyer with scores and segment, and a summary per segment.
 * @throws StoreOpsError `INVALID_INPUT` for a bad order (path named); `INVALID_OPTIONS` for bad
 *   options (e.g. `bands.recency[2]` when breaks do not ascend).
 * @example
 * ```ts
 * import { rfmSegments } from 'storeops/members';
 * const orders = [
 *   { buyerId: 'li', date: '2026-03-28', amount: 900 },
 *   { buyerId: 'li', date: '2026-02-10', amount: 700 },
 *   { buyerId: 'li', date: '2026-01-05', amount: 400 },
 *   { buyerId: 'wu', date: '2025-06-01', amount: 80 },
 * ];
 * const bands = { recency: [30, 90, 180, 365], frequency: [2, 3, 5, 10], monetary: [100, 300, 1000, 3000] };
 * const r = rfmSegments(orders, { asOf: '2026-03-31', bands, locale: 'en' });
 * r.buyers.map((b) => [b.buyerId, b.score, b.segment]) //=> [['li', '534', 'loyal'], ['wu', '211', 'hibernating']]
 * r.segments[0].label //=> 'Champions'
 * rfmSegments(orders, { asOf: '2026-03-31', bands: { recency: [90, 30] } }) //=> throws INVALID_OPTIONS
 * ```
 */
export function rfmSegments(orders: readonly MemberOrder[], options: RfmOptions): RfmResult {
  const parsed = parseOrders(orders);
  const { asOfDay, opts, j } = parseRfmOptions(options);
  return rfmSegmentsWith(parsed, asOfDay, opts, j);
}
