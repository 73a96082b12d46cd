import { dayNumberOf, isIsoDate, toDayNumber, fromDayNumber, type IsoDate } from '../core/dates.js';
import { describeValue, formatPath, StoreOpsError, type ErrorIssue } from '../core/errors.js';
import { readDayOption } from '../core/dateInput.js';
import { snapshotArray } from '../core/limits.js';
import { booleanField, checkFields, integerIssues, isoDateField, stringField } from '../core/fields.js';

/**
 * One buyer's detailed seller rating (店铺动态评分) of one order: three scores of whole stars 1–5.
 * Extra fields (an order id, a product) are allowed and ignored.
 */
export interface DsrRating {
  /** The buyer (买家昵称 or id); ratings are de-duplicated per buyer. */
  buyerId: string;
  /** The day the order was created (下单时间), `YYYY-MM-DD`; decides the calendar month of de-duplication. */
  createdAt: IsoDate;
  /** The day the rating was given (评价时间), `YYYY-MM-DD`; decides the 180-day window. Not before `createdAt`. */
  ratedAt: IsoDate;
  /** 宝贝与描述相符: item as described, 1–5. */
  description: number;
  /** 卖家服务态度: service, 1–5. */
  service: number;
  /** 卖家发货速度 / 物流服务: shipping, 1–5. */
  shipping: number;
}

/** Options of {@link computeDsr}. */
export interface DsrOptions {
  /**
   * The day the scores are computed for (the last day of the window), `YYYY-MM-DD`. A `Date` is
   * read as its calendar day by its UTC fields, or in `timeZone` (never the host's).
   */
  asOf: IsoDate | Date;
  /** IANA time zone whose calendar a `Date` `asOf` is read in, e.g. `'Asia/Shanghai'`; UTC when not given. */
  timeZone?: string;
  /** Length of the window in calendar days ending on `asOf`, both ends included: 180 (6 months); at most 3660. @see [domain reference §4](../../docs/domain.en.md#4-dsr) */
  windowDays?: number;
  /** Ratings that count per buyer and calendar month of the order's creation: 3. @see [domain reference §4](../../docs/domain.en.md#4-dsr) */
  maxPerBuyerPerMonth?: number;
  /** Also list every ignored rating with its reason (`ignoredRatings`); off by default to keep big batches lean. */
  explain?: boolean;
}

/**
 * One DSR score: the exact fraction `sum / count` of whole stars, its value and what the
 * platform displays.
 */
export interface DsrScore {
  /** The mean `sum / count` as the nearest double, e.g. `4.8`; `null` with no counted rating. */
  score: number | null;
  /** The score truncated (never rounded) to one decimal, computed from the integers: `'4.7'` for 4.77616; `null` with no counted rating. */
  display: string | null;
  /** Sum of the counted stars (an integer). With `count`, the score as an exact fraction. */
  sum: number;
  /** Number of counted ratings. */
  count: number;
}

/** Why a rating was not counted. */
export type DsrIgnoreReason = 'RATED_AFTER_AS_OF' | 'BEFORE_WINDOW' | 'OVER_BUYER_MONTH_LIMIT';

/** How many ratings were ignored, in total and by reason. */
export interface DsrIgnored {
  /** All ignored ratings; `counted + total` is the number of ratings given. */
  total: number;
  /** Rated after `asOf`: they did not exist yet on that day. */
  ratedAfterAsOf: number;
  /** Rated before the window. */
  beforeWindow: number;
  /** In the window, but beyond the first `maxPerBuyerPerMonth` of their buyer and order month. */
  overBuyerMonthLimit: number;
}

/** An ignored rating: its index in the input and why. */
export interface IgnoredRating {
  /** Index in the `ratings` array. */
  index: number;
  /** Why it was ignored; the message code is `DSR_IGNORED_<reason>` in {@link dsrMessages}. */
  reason: DsrIgnoreReason;
}

/** The three DSR scores of a store on one day, with what was counted and what was not. */
export interface DsrResult {
  /** 宝贝与描述相符. */
  description: DsrScore;
  /** 卖家服务态度. */
  service: DsrScore;
  /** 卖家发货速度. */
  shipping: DsrScore;
  /** Ratings counted (the same for the three scores: every rating carries all three). */
  counted: number;
  /** Ratings ignored, by reason. */
  ignored: DsrIgnored;
  /** The window: first and last day, both included. */
  window: { start: IsoDate; end: IsoDate };
  /** Every ignored rating with its reason, by index; only with `explain: true`. */
  ignoredRatings?: IgnoredRating[];
}

/** The options, checked by hand (no zod in a dashboard that imports only computeDsr; test/core/fields.test.ts compares the issues with the zod schema they replace). */
const OPTION_RULES = {
  asOf: isoDateField,
  timeZone: stringField,
  windowDays: (v: unknown) => integerIssues(v, 1, 3660),
  maxPerBuyerPerMonth: (v: unknown) => integerIssues(v, 1),
  explain: booleanField,
};

const MAX_ISSUES = 100;
const STAR_FIELDS = ['description', 'service', 'shipping'] as const;

/** A score from its integers. @internal */
export function dsrScoreOf(sum: number, count: number): DsrScore {
  if (count === 0) return { score: null, display: null, sum, count };
  const a = sum * 10;
  const tenths = (a - (a % count)) / count;
  return { score: sum / count, display: `${(tenths - (tenths % 10)) / 10}.${tenths % 10}`, sum, count };
}

/** Month index (year × 12 + month − 1) of a valid `YYYY-MM-DD` string, without allocating. */
function monthIndex(s: string): number {
  const year = (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48);
  return year * 12 + (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 49);
}

function dayOf(value: unknown, cache: Map<string, number>): number | undefined {
  if (typeof value !== 'string') return undefined;
  const hit = cache.get(value);
  if (hit !== undefined || !isIsoDate(value)) return hit;
  const day = dayNumberOf(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
  cache.set(value, day);
  return day;
}

function issue(issues: ErrorIssue[], index: number, field: string | null, message: string, value: unknown): void {
  issues.push({ path: formatPath(field === null ? [index] : [index, field]), message, received: describeValue(value) });
}

/**
 * Computes the three DSR scores (店铺动态评分) as Taobao does: a rating counts when its `ratedAt`
 * falls in the `windowDays` (180) calendar days ending on `asOf`; per buyer and calendar month of
 * the order's `createdAt`, only the first `maxPerBuyerPerMonth` (3) ratings count. Each score is
 * the exact mean of the counted stars; `display` truncates it to one decimal.
 *
 * "First" means ordered by `createdAt`, then `ratedAt`, then position in the input. A rating keeps
 * its place in its buyer-month even after it leaves the window, so ratings from before the window
 * can use up a buyer's three: pass every rating whose order month reaches into the window. Ratings
 * given after `asOf` did not exist on that day and take no place. Works on day numbers only, so
 * the result is the same under any `TZ`; validates each rating with a hand-written check (no zod
 * per row) and groups buyer-months in typed arrays, so a year of 1,000,000 ratings runs at the
 * speed of a hand-written loop over them (`bench/dsr.bench.ts`).
 *
 * @param input - one entry per rated order, stars 1–5 (whole numbers).
 * @param options - `asOf` (required), `windowDays` (180), `maxPerBuyerPerMonth` (3), `explain`.
 * @returns the three scores, how many ratings were counted and why the others were not.
 * @throws StoreOpsError `INVALID_INPUT` for a bad rating (path like `[3].service`): stars other
 *   than 1–5 or not whole, a missing or empty `buyerId`, a date that is not a real day, or
 *   `ratedAt` before `createdAt`; `INVALID_OPTIONS` for bad options.
 * @see [domain reference §4](../../docs/domain.en.md#4-dsr)
 * @example
 * ```ts
 * import { computeDsr } from 'storeops/dsr';
 * const five = { createdAt: '2026-05-02', ratedAt: '2026-05-10', description: 5, service: 5, shipping: 5 };
 * const ratings = Array.from({ length: 19 }, (_, i) => ({ ...five, buyerId: `b${i}` }));
 * ratings.push({ ...five, buyerId: 'late', description: 1 });
 * const dsr = computeDsr(ratings, { asOf: '2026-06-30' });
 * dsr.description //=> { score: 4.8, display: '4.8', sum: 96, count: 20 }
 * dsr.service.display //=> '5.0'
 * computeDsr(ratings, { asOf: '2027-01-01' }).ignored //=> { total: 20, beforeWindow: 20 }
 * computeDsr([{ ...five, buyerId: 'x', service: 4.5 }], { asOf: '2026-06-30' }) //=> throws INVALID_INPUT
 * ```
 */
export function computeDsr(input: readonly DsrRating[], options: DsrOptions): DsrResult {
  const opts = checkFields<Omit<DsrOptions, 'asOf'> & { asOf: IsoDate }>(readDayOption(options, 'asOf'), OPTION_RULES, 'INVALID_OPTIONS', ['asOf']);
  const ratings = snapshotArray(input, ''); // a revoked proxy or a throwing trap: StoreOpsError
  if (ratings === undefined) {
    throw new StoreOpsError('INVALID_INPUT', [{ path: '', message: `expected an array of ratings, received ${describeValue(input)}` }]);
  }
  const windowDays = opts.windowDays ?? 180;
  const limit = opts.maxPerBuyerPerMonth ?? 3;
  const asOfDay = toDayNumber(opts.asOf);
  const startDay = asOfDay - windowDays + 1;
  const n = ratings.length;

  // Pass 1: validate and read the days (cached: a year of ratings has few distinct dates).
  const created = new Int32Array(n);
  const rated = new Int32Array(n);
  const cache = new Map<string, number>();
  const issues: ErrorIssue[] = [];
  let earliestInWindow = -1;
  for (let i = 0; i < n && issues.length < MAX_ISSUES; i++) {
    const r = ratings[i] as unknown as Record<string, unknown> | null;
    if (typeof r !== 'object' || r === null) {
      issue(issues, i, null, 'expected a rating object', r);
      continue;
    }
    const buyer = r['buyerId'];
    if (typeof buyer !== 'string' || buyer === '') issue(issues, i, 'buyerId', 'expected a non-empty buyer id (string)', buyer);
    const c = dayOf(r['createdAt'], cache);
    const d = dayOf(r['ratedAt'], cache);
    if (c === undefined) issue(issues, i, 'createdAt', 'expected a real calendar day written YYYY-MM-DD', r['createdAt']);
    if (d === undefined) issue(issues, i, 'ratedAt', 'expected a real calendar day written YYYY-MM-DD', r['ratedAt']);
    else if (c !== undefined && d < c) issue(issues, i, 'ratedAt', `must not be before createdAt (${String(r['createdAt'])})`, r['ratedAt']);
    for (const field of STAR_FIELDS) {
      const v = r[field];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5) issue(issues, i, field, 'expected whole stars 1–5', v);
    }
    if (c === undefined || d === undefined) continue;
    created[i] = c;
    rated[i] = d;
    if (d >= startDay && d <= asOfDay && (earliestInWindow < 0 || c < (created[earliestInWindow] as number))) earliestInWindow = i;
  }
  if (issues.length > 0) throw new StoreOpsError('INVALID_INPUT', issues);

  // Only ratings whose order month is not before the earliest order month in the window can
  // share a buyer-month with a rating that counts; older ones need no grouping.
  const groupFrom = earliestInWindow < 0 ? monthIndex(opts.asOf) + 1 : monthIndex((ratings[earliestInWindow] as DsrRating).createdAt);

  // Pass 2: the buyer-month of every rating that existed on asOf, as a small integer key
  // (buyer index × months spanned + month offset), and the size of every buyer-month.
  const months = monthIndex(opts.asOf) - groupFrom + 1;
  const buyers = new Map<string, number>();
  const keys = new Float64Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if ((rated[i] as number) > asOfDay) continue;
    const r = ratings[i] as DsrRating;
    const offset = monthIndex(r.createdAt) - groupFrom;
    if (offset < 0) continue;
    let b = buyers.get(r.buyerId);
    if (b === undefined) buyers.set(r.buyerId, (b = buyers.size));
    keys[i] = b * months + offset;
  }
  // A dense table when it is small (the usual case: a window spans 7 months), else a Map.
  const dense = buyers.size * months <= 4 * n + 65536 ? new Int32Array(buyers.size * months) : null;
  const sparse = new Map<number, number>();
  const sizeOf = (key: number) => (dense === null ? (sparse.get(key) as number) : (dense[key] as number));
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    if (key < 0) continue;
    if (dense === null) sparse.set(key, (sparse.get(key) ?? 0) + 1);
    else dense[key] = (dense[key] as number) + 1;
  }

  // Pass 3: sum what counts; buyer-months with more than `limit` ratings are settled after sorting.
  let description = 0;
  let service = 0;
  let shipping = 0;
  let counted = 0;
  let after = 0;
  let before = 0;
  let over = 0;
  const explained: IgnoredRating[] | undefined = opts.explain === true ? [] : undefined;
  const crowded = new Map<number, number[]>();
  const count = (r: DsrRating) => {
    description += r.description;
    service += r.service;
    shipping += r.shipping;
    counted++;
  };
  for (let i = 0; i < n; i++) {
    const day = rated[i] as number;
    if (day > asOfDay) {
      after++;
      explained?.push({ index: i, reason: 'RATED_AFTER_AS_OF' });
      continue;
    }
    if (day < startDay) {
      before++;
      explained?.push({ index: i, reason: 'BEFORE_WINDOW' });
    }
    const key = keys[i] as number;
    if (key < 0) continue;
    if (sizeOf(key) > limit) {
      const list = crowded.get(key);
      if (list === undefined) crowded.set(key, [i]);
      else list.push(i);
    } else if (day >= startDay) count(ratings[i] as DsrRating);
  }
  for (const list of crowded.values()) {
    list.sort((a, b) => (created[a] as number) - (created[b] as number) || (rated[a] as number) - (rated[b] as number) || a - b);
    for (let k = 0; k < list.length; k++) {
      const i = list[k] as number;
      if ((rated[i] as number) < startDay) continue;
      if (k < limit) count(ratings[i] as DsrRating);
      else {
        over++;
        explained?.push({ index: i, reason: 'OVER_BUYER_MONTH_LIMIT' });
      }
    }
  }

  const result: DsrResult = {
    description: dsrScoreOf(description, counted),
    service: dsrScoreOf(service, counted),
    shipping: dsrScoreOf(shipping, counted),
    counted,
    ignored: { total: after + before + over, ratedAfterAsOf: after, beforeWindow: before, overBuyerMonthLimit: over },
    window: { start: fromDayNumber(startDay), end: opts.asOf },
  };
  if (explained !== undefined) result.ignoredRatings = explained.sort((a, b) => a.index - b.index);
  return result;
}
