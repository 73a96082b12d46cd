import * as z from 'zod/mini';
import type { Advice, Check, Direction, Status } from '../core/checks.js';
import { fail } from '../core/errors.js';
import { formatNumber, formatPercent, type Locale, type MessageCatalog } from '../core/i18n.js';
import { advise, openJudging, overallStatus, readOptions, verdict, type JudgingSpec } from '../core/judge.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { moneyToNumber } from '../core/money.js';
import { ratio } from '../core/ratio.js';
import { assertKeysKept, nonNegativeSchema, parseInput } from '../core/validate.js';
import { funnelMessages, labelParams } from './messages.js';

/** How a metric is shown in messages. */
type Kind = 'rate' | 'money' | 'number';

/**
 * Metrics {@link comparePeers} knows, with which way is better and how they are shown.
 * `inquiryRate` and `returningVisitorShare` have no better side (more inquiries can mean
 * interest or unclear pages): they are compared only when `options.better` names a side.
 */
const PEER_METRICS: Readonly<Record<string, readonly [Direction | null, Kind]>> = /* @__PURE__ */ Object.freeze({
  ctr: ['above', 'rate'],
  conversionRate: ['above', 'rate'],
  paymentConversionRate: ['above', 'rate'],
  orderConversionRate: ['above', 'rate'],
  aov: ['above', 'money'],
  revenuePerVisitor: ['above', 'money'],
  pagesPerVisitor: ['above', 'number'],
  bounceRate: ['below', 'rate'],
  cartRate: ['above', 'rate'],
  favoriteRate: ['above', 'rate'],
  inquiryRate: [null, 'rate'],
  inquiryConversionRate: ['above', 'rate'],
  silentConversionRate: ['above', 'rate'],
  ordersPerBuyer: ['above', 'number'],
  returningBuyerShare: ['above', 'rate'],
  returningVisitorShare: [null, 'rate'],
  costPerVisitor: ['below', 'money'],
  cpc: ['below', 'money'],
  cpm: ['below', 'money'],
  roi: ['above', 'number'],
  refundRate: ['below', 'rate'],
});

/** Options of {@link comparePeers}. */
export interface ComparePeersOptions {
  /** Which metrics to compare, in this order; by default every known metric the peer average gives. */
  metrics?: string[];
  /** Which way is better per metric (`'above'` or `'below'`), overriding or adding to the defaults. */
  better?: Record<string, Direction>;
  /** Relative difference treated as equal (持平), e.g. `0.02` for ±2%. Default 0. */
  tolerance?: number;
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code (e.g. from a plugin). */
  messages?: MessageCatalog;
  /** Plugins: their messages apply before `messages`. */
  plugins?: readonly StoreOpsPlugin[];
}

/** One metric held against the peer average. */
export interface PeerComparison {
  /** The metric's name, e.g. `conversionRate`. */
  metric: string;
  /** The store's value (money in yuan as a number), `null` when missing. */
  value: number | null;
  /** The peer average, `null` when missing. */
  average: number | null;
  /** value − average. */
  difference: number | null;
  /** (value − average) / average; `null` when the average is 0 or a value is missing. */
  relativeDifference: number | null;
  /** Where the store stands: above, below or equal to the average (within the tolerance). */
  position: 'above' | 'below' | 'equal' | null;
  /** Whether that is better than peers (`null` when equal or unknown). */
  better: boolean | null;
}

/** The result of {@link comparePeers}. */
export interface ComparePeersResult {
  /** `fail` when a metric is worse than its peer average, `pass` when none is, `unknown` when nothing is known. */
  status: Status;
  /** One per metric: `pass` when at or better than the average, `fail` when worse, `unknown` when missing. */
  checks: Check[];
  /** `PEER_CLOSE_WORST_GAP` for the metric that trails its peers the most (relative gap), when one does. */
  advice: Advice[];
  /** The store's value of each metric compared. */
  metrics: Record<string, number | null>;
  /** The numbers behind each check, in the same order. */
  comparisons: PeerComparison[];
}

/** No marks of its own (the peers' averages are the marks); plugins bring messages. */
const spec: JudgingSpec<object, typeof funnelMessages> = { module: 'peers', catalog: funnelMessages, defaults: {}, marks: {} };

function schemas() {
  return {
    record: z.record(z.string(), z.unknown()),
    options: z.object({ metrics: z.optional(z.array(z.string())), better: z.optional(z.record(z.string(), z.enum(['above', 'below']))), tolerance: z.optional(nonNegativeSchema) }),
  };
}

/** `record[key]` when it is the record's own: `toString` or `constructor` is a metric name, not Object.prototype's. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function numberAt(record: Record<string, unknown>, metric: string, arg: string): number | null {
  const raw = own(record, metric);
  if (raw === undefined || raw === null) return null;
  const n = moneyToNumber(raw);
  if (n === null) fail('INVALID_INPUT', `${arg}.${metric}`, 'expected a number, a decimal string or a Decimal (rates as 0–1, not "3%")');
  return n;
}

function format(kind: Kind, value: number | null): string {
  if (kind === 'rate') return formatPercent(value, 2);
  if (kind === 'money') return value === null ? '—' : `¥${formatNumber(value, 2)}`;
  return formatNumber(value, 2);
}

/**
 * Holds a store's metrics against the category's average for stores of its tier (同行同层平均),
 * as 生意参谋 shows it: for each metric, whether the store is above or below, by how much, and
 * whether that is better (a higher conversion, a lower bounce rate or CPC). Pass the result of
 * {@link funnelMetrics} directly; money may be `Decimal`s.
 *
 * @param store - the store's metrics by name (rates 0–1, money in yuan), e.g. a {@link FunnelMetrics}.
 * @param peers - the peer averages by the same names.
 * @param options - `metrics` to compare, `better` sides, `tolerance`, `locale`, `messages`, `plugins` (their messages).
 * @throws StoreOpsError `INVALID_INPUT` for a value that is not a number (path `store.<metric>`
 *   or `peers.<metric>`), `INVALID_OPTIONS` for an unknown metric without a `better` side.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { comparePeers } from 'storeops/funnel';
 * const r = comparePeers({ conversionRate: 0.03, bounceRate: 0.72 }, { conversionRate: 0.025, bounceRate: 0.65 }, { locale: 'en' });
 * r.checks.map((c) => c.status) //=> ['pass', 'fail']
 * r.comparisons[0].relativeDifference //=> 0.2
 * r.status //=> 'fail'
 * r.advice[0].message //=> 'Close the gap in “Bounce rate” first: it trails the peer average the most (10.8%)'
 * r.checks[0].message //=> 'Conversion rate 3% is 20% above the peer average 2.5%: better than peers'
 * comparePeers({ conversionRate: '3%' }, { conversionRate: 0.025 }) //=> throws INVALID_INPUT
 * ```
 */
export function comparePeers(store: object, peers: object, options: ComparePeersOptions = {}): ComparePeersResult {
  const schema = schemas();
  const s = parseInput(schema.record, store, { prefix: ['store'] });
  const p = parseInput(schema.record, peers, { prefix: ['peers'] });
  const raw = readOptions(options);
  const opts = parseInput(schema.options, raw, { code: 'INVALID_OPTIONS' });
  const j = openJudging(spec, raw);
  const tolerance = opts.tolerance ?? 0;
  if (opts.better !== undefined) assertKeysKept((options as { better?: unknown }).better, opts.better, ['better'], 'INVALID_OPTIONS', 'expected a metric name');
  const sideOf = (metric: string): Direction | null => own(opts.better, metric) ?? own(PEER_METRICS, metric)?.[0] ?? null;

  const metrics = opts.metrics ?? Object.keys(PEER_METRICS).filter((m) => p[m] !== undefined && sideOf(m) !== null);
  const checks: Check[] = [];
  const comparisons: PeerComparison[] = [];
  metrics.forEach((metric, i) => {
    const side = sideOf(metric);
    if (side === null) fail('INVALID_OPTIONS', `metrics[${i}]`, `no better side is known for ${metric}: name one in options.better`);
    const kind = own(PEER_METRICS, metric)?.[1] ?? 'number';
    const value = numberAt(s, metric, 'store');
    const average = numberAt(p, metric, 'peers');
    const known = value !== null && average !== null;
    const difference = known ? value - average : null;
    const relativeDifference = known ? ratio(difference, average) : null;
    let position: PeerComparison['position'] = null;
    if (known) {
      const equal = relativeDifference === null ? difference === 0 : Math.abs(relativeDifference) <= tolerance;
      position = equal ? 'equal' : value > average ? 'above' : 'below';
    }
    const better = position === null || position === 'equal' ? null : position === side;
    const status: Status = position === null ? 'unknown' : better === false ? 'fail' : 'pass';
    const code = position === null ? 'PEER_UNKNOWN' : position === 'equal' ? 'PEER_EQUAL' : (`PEER_${position === 'above' ? 'ABOVE' : 'BELOW'}_${better === true ? 'BETTER' : 'WORSE'}` as const);
    const diff = relativeDifference === null ? format(kind, difference === null ? null : Math.abs(difference)) : formatPercent(Math.abs(relativeDifference), 1);
    const thresholds = average === null ? null : { direction: side, pass: average, inclusive: true };
    checks.push(verdict(j, code, metric, value, status, thresholds, { value: format(kind, value), average: format(kind, average), diff, ...labelParams('metric', metric) }));
    comparisons.push({ metric, value, average, difference, relativeDifference, position, better });
  });
  // The worst gap: the failing metric furthest from its average, relatively (absolute when the average is 0).
  let worst: number | null = null;
  comparisons.forEach((c, i) => {
    if (c.better !== false) return;
    const w = worst === null ? null : (comparisons[worst] as PeerComparison);
    if (w === null || Math.abs(c.relativeDifference ?? Infinity) > Math.abs(w.relativeDifference ?? Infinity)) worst = i;
  });
  const advice: Advice[] = worst === null ? [] : [advise(j, 'PEER_CLOSE_WORST_GAP', (checks[worst] as Check).params)];
  const values = Object.fromEntries(comparisons.map((c) => [c.metric, c.value]));
  return { status: overallStatus(checks, false), checks, advice, metrics: values, comparisons };
}
