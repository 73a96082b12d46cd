// The batch core shared by aggregateFunnels and aggregateFunnelsAsync: a hand-written row
// check (the same issues as funnelCountsSchema, without a zod parse per row) and sums kept in
// plain numbers, money in integer fen (DESIGN.md, performance design). Unrolled on purpose:
// named property reads on rows of one shape are what lets V8 run this at plain-loop speed.
import * as z from 'zod/mini';
import { formatMoney, fromMinorUnits, StoreDecimal } from '../../../src/core/decimal.js';
import { describeValue, formatPath, isStoreOpsError, StoreOpsError, type ErrorIssue } from '../../../src/core/errors.js';
import { messageCatalogSchema, resolveLocale, type Locale, type MessageCatalog } from '../../../src/core/i18n.js';
import { isMoneyInput, numberToMinorUnits } from '../../../src/core/money.js';
import { parseInput } from '../../../src/core/validate.js';
import { OPTIONAL_COUNT_FIELDS, subsetViolation, type FunnelFlag, type FunnelTotals } from '../../../src/funnel/counts.js';
import { plausibilityFlags } from '../../../src/funnel/flags.js';
import { assertSafeSum } from '../../../src/funnel/mergeFunnels.js';
import { funnelMessages } from '../../../src/funnel/messages.js';

/** A bad row in a batch: its index (0-based, in input order), the bad field, and the issue. */
export interface RowIssue extends ErrorIssue {
  /** Index of the row in the input, from 0. */
  row: number;
  /** The bad field, e.g. `visitors`; `''` when the row itself is not an object. */
  field: string;
}

/** A row kept but flagged as implausible (e.g. more buyers than visitors), with its index. */
export interface RowFlag extends FunnelFlag {
  /** Index of the row in the input, from 0. */
  row: number;
}

/** Options of {@link aggregateFunnels} and {@link aggregateFunnelsAsync}. */
export interface AggregateFunnelsOptions {
  /**
   * What to do with a bad row: `'throw'` (default) throws a `StoreOpsError` naming the row and
   * field at the first bad row; `'collect'` skips the row from the sums and lists it in the
   * result's `errors`; a function receives each bad row's issue instead (nothing is kept, so
   * memory stays flat however many rows are bad).
   */
  onError?: 'throw' | 'collect' | ((issue: RowIssue) => void);
  /**
   * Receives each kept-but-flagged row instead of listing it in the result's `flags` (so memory
   * stays flat however many rows are flagged).
   */
  onFlag?: (flag: RowFlag) => void;
  /** Language of the flags' messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code (e.g. from a plugin). */
  messages?: MessageCatalog;
}

/**
 * The result of a batch aggregation: a `Map` from group key to the group's summed
 * {@link FunnelTotals}, in order of first appearance, with the bad rows (`errors`, in
 * `'collect'` mode), the flagged rows (`flags`, unless `onFlag` is given) and the number of rows read.
 */
export type FunnelAggregate = Map<string, FunnelTotals> & {
  /** Bad rows, skipped from the sums (only with `onError: 'collect'`). */
  readonly errors: RowIssue[];
  /** Rows kept but flagged as implausible (unless `onFlag` is given). */
  readonly flags: RowFlag[];
  /** Rows read, good and bad. */
  readonly rowCount: number;
};

/** Funnel-shaped row fields as the batch reads them. @internal */
export type RowLike = Record<string, unknown>;

const optionsSchema = /* @__PURE__ */ z.object({
  onError: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.union([/* @__PURE__ */ z.literal('throw'), /* @__PURE__ */ z.literal('collect'), /* @__PURE__ */ z.custom<(issue: RowIssue) => void>((f) => typeof f === 'function')]),
  ),
  onFlag: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.custom<(flag: RowFlag) => void>((f) => typeof f === 'function')),
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  messages: /* @__PURE__ */ z.optional(messageCatalogSchema),
});

// Bits of `missing`: which optional fields a group lacked in at least one row.
const B_IMPRESSIONS = 1;
const B_CLICKS = 2;
const B_PAGEVIEWS = 4;
const B_SESSIONS = 8;
const B_BOUNCES = 16;
const B_CART = 32;
const B_FAVORITERS = 64;
const B_ORDER_BUYERS = 128;
const B_ORDERS = 256;
const B_INQUIRERS = 512;
const B_INQUIRY_BUYERS = 1024;
const B_RETURNING_VISITORS = 2048;
const B_NEW_BUYERS = 4096;
const B_RETURNING_BUYERS = 8192;
const B_SPEND = 16384;
const B_REFUND = 32768;

/** Running sums of one group (and the scratch of one row): counts, money in fen. */
interface Sums {
  visitors: number;
  buyers: number;
  paid: number;
  impressions: number;
  clicks: number;
  pageviews: number;
  sessions: number;
  bounces: number;
  cartAdders: number;
  favoriters: number;
  orderBuyers: number;
  orders: number;
  inquirers: number;
  inquiryBuyers: number;
  returningVisitors: number;
  newBuyers: number;
  returningBuyers: number;
  spend: number;
  refund: number;
  missing: number;
  presale: boolean;
}

function newSums(): Sums {
  return {
    visitors: 0,
    buyers: 0,
    paid: 0,
    impressions: 0,
    clicks: 0,
    pageviews: 0,
    sessions: 0,
    bounces: 0,
    cartAdders: 0,
    favoriters: 0,
    orderBuyers: 0,
    orders: 0,
    inquirers: 0,
    inquiryBuyers: 0,
    returningVisitors: 0,
    newBuyers: 0,
    returningBuyers: 0,
    spend: 0,
    refund: 0,
    missing: 0,
    presale: false,
  };
}

const MAX = Number.MAX_SAFE_INTEGER;
/** The largest amount a batch row may hold, in yuan: its fen stay exact in a number. */
const MAX_YUAN = 9e13;
const PLAIN_FEN = /^\s*\+?(\d{1,13})(?:\.(\d{0,2}))?\s*$/;

/**
 * Money in a batch row → integer fen, or a negative code: −1 not money, −2 negative, −3 finer
 * than a fen, −4 too large. Plain strings like `'7140.5'` are parsed without decimal.js. @internal
 */
export function fenOf(value: unknown): number {
  if (typeof value === 'number') {
    if (!(value >= 0)) return value < 0 ? -2 : -1; // NaN → −1
    if (value > MAX_YUAN) return value === Infinity ? -1 : -4;
    // Exact, not within a tolerance: 5100485596.1 is 510048559610 fen, 7.140000001 is no whole fen.
    const fen = numberToMinorUnits(value, 2);
    return fen === null ? -3 : fen;
  }
  if (typeof value === 'string') {
    const m = PLAIN_FEN.exec(value);
    if (m !== null) {
      const cents = m[2] ?? '';
      return Number(m[1]) * 100 + (cents.length === 0 ? 0 : cents.length === 1 ? Number(cents) * 10 : Number(cents));
    }
  }
  if (!isMoneyInput(value)) return -1;
  const d = new StoreDecimal(String(value).trim());
  if (d.isNegative() && !d.isZero()) return -2;
  if (d.gt(MAX_YUAN)) return -4;
  const fen = d.times(100);
  return fen.isInteger() ? fen.toNumber() : -3;
}

const MONEY_MESSAGE = 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal';

function moneyIssue(code: number, value: unknown): Omit<ErrorIssue, 'path'> {
  if (code === -3) return { message: `has more than 2 decimals: batch sums are kept in whole fen, received ${describeValue(value)}`, expected: 'whole fen (at most 2 decimals)', received: describeValue(value) };
  if (code === -4) return { message: `must be at most 90,000,000,000,000 yuan, received ${describeValue(value)}`, received: describeValue(value) };
  return { message: MONEY_MESSAGE, received: describeValue(value) };
}

function countIssue(value: unknown): Omit<ErrorIssue, 'path'> {
  const received = describeValue(value);
  if (value === undefined) return { message: 'required number is missing', expected: 'number', received };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { message: `expected number, received ${received}`, expected: 'number', received };
  if (!Number.isInteger(value)) return { message: `expected integer, received ${received}`, expected: 'integer', received };
  if (value < 0) return { message: `must be >= 0, received ${received}`, expected: '>= 0', received };
  return { message: `must be <= ${MAX}, received ${received}`, expected: `<= ${MAX}`, received };
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && v >= 0 && v <= MAX && Math.floor(v) === v;
}

/** Thrown inside the row reader to leave it at the first bad field. */
class BadRow {
  constructor(
    readonly field: string,
    readonly issue: Omit<ErrorIssue, 'path'>,
  ) {}
}

function badCount(field: string, value: unknown): never {
  throw new BadRow(field, countIssue(value));
}

// Optional count: the value, or 0 with the field's bit set in `s.missing`.
function opt(s: Sums, value: unknown, bit: number, field: string): number {
  if (value === undefined) {
    s.missing |= bit;
    return 0;
  }
  if (!isCount(value)) badCount(field, value);
  return value;
}

function optMoney(s: Sums, value: unknown, bit: number, field: string): number {
  if (value === undefined) {
    s.missing |= bit;
    return 0;
  }
  const fen = fenOf(value);
  if (fen < 0) throw new BadRow(field, moneyIssue(fen, value));
  return fen;
}

/** Reads and checks one row into `s` (reset first); throws {@link BadRow} at the first bad field. */
function readRow(row: RowLike, s: Sums): void {
  const visitors = row['visitors'];
  if (!isCount(visitors)) badCount('visitors', visitors);
  const buyers = row['buyers'];
  if (!isCount(buyers)) badCount('buyers', buyers);
  const paidAmount = row['paidAmount'];
  const paid = fenOf(paidAmount);
  if (paid < 0) throw new BadRow('paidAmount', moneyIssue(paid, paidAmount));
  s.missing = 0;
  s.visitors = visitors;
  s.buyers = buyers;
  s.paid = paid;
  s.impressions = opt(s, row['impressions'], B_IMPRESSIONS, 'impressions');
  s.clicks = opt(s, row['clicks'], B_CLICKS, 'clicks');
  s.pageviews = opt(s, row['pageviews'], B_PAGEVIEWS, 'pageviews');
  s.sessions = opt(s, row['sessions'], B_SESSIONS, 'sessions');
  s.bounces = opt(s, row['bounces'], B_BOUNCES, 'bounces');
  s.cartAdders = opt(s, row['cartAdders'], B_CART, 'cartAdders');
  s.favoriters = opt(s, row['favoriters'], B_FAVORITERS, 'favoriters');
  s.orderBuyers = opt(s, row['orderBuyers'], B_ORDER_BUYERS, 'orderBuyers');
  s.orders = opt(s, row['orders'], B_ORDERS, 'orders');
  s.inquirers = opt(s, row['inquirers'], B_INQUIRERS, 'inquirers');
  s.inquiryBuyers = opt(s, row['inquiryBuyers'], B_INQUIRY_BUYERS, 'inquiryBuyers');
  s.returningVisitors = opt(s, row['returningVisitors'], B_RETURNING_VISITORS, 'returningVisitors');
  s.newBuyers = opt(s, row['newBuyers'], B_NEW_BUYERS, 'newBuyers');
  s.returningBuyers = opt(s, row['returningBuyers'], B_RETURNING_BUYERS, 'returningBuyers');
  s.spend = optMoney(s, row['spend'], B_SPEND, 'spend');
  s.refund = optMoney(s, row['refundAmount'], B_REFUND, 'refundAmount');
  const presale = row['presale'];
  if (presale !== undefined && typeof presale !== 'boolean') {
    throw new BadRow('presale', { message: `expected boolean, received ${describeValue(presale)}`, expected: 'boolean', received: describeValue(presale) });
  }
  s.presale = presale === true;
  // Subset rules (rejected). Absent fields read as 0, so a rule only fires when its whole is present.
  const m = s.missing;
  if (
    (s.bounces > s.sessions && (m & B_SESSIONS) === 0) ||
    s.returningVisitors > s.visitors ||
    (s.inquiryBuyers > s.inquirers && (m & B_INQUIRERS) === 0) ||
    s.newBuyers + s.returningBuyers > s.buyers
  ) {
    // The pre-check above fires only when a rule is broken, so a violation is always found.
    const v = subsetViolation(row as Parameters<typeof subsetViolation>[0]) as NonNullable<ReturnType<typeof subsetViolation>>;
    throw new BadRow(v.field, { message: v.message, received: describeValue(row[v.field]) });
  }
}

/** True when a checked row breaks a plausibility rule (kept, flagged). */
function suspicious(s: Sums): boolean {
  return (
    s.buyers > s.visitors ||
    s.orderBuyers > s.visitors ||
    s.cartAdders > s.visitors ||
    s.favoriters > s.visitors ||
    s.inquirers > s.visitors ||
    (s.clicks > s.impressions && (s.missing & B_IMPRESSIONS) === 0) ||
    s.inquiryBuyers > s.buyers ||
    s.refund > s.paid
  );
}

function add(acc: Sums, s: Sums): void {
  acc.visitors += s.visitors;
  acc.buyers += s.buyers;
  acc.paid += s.paid;
  acc.impressions += s.impressions;
  acc.clicks += s.clicks;
  acc.pageviews += s.pageviews;
  acc.sessions += s.sessions;
  acc.bounces += s.bounces;
  acc.cartAdders += s.cartAdders;
  acc.favoriters += s.favoriters;
  acc.orderBuyers += s.orderBuyers;
  acc.orders += s.orders;
  acc.inquirers += s.inquirers;
  acc.inquiryBuyers += s.inquiryBuyers;
  acc.returningVisitors += s.returningVisitors;
  acc.newBuyers += s.newBuyers;
  acc.returningBuyers += s.returningBuyers;
  acc.spend += s.spend;
  acc.refund += s.refund;
  acc.missing |= s.missing;
  if (s.presale) acc.presale = true;
}

const OPTIONAL_BITS: readonly (readonly [(typeof OPTIONAL_COUNT_FIELDS)[number], number])[] = [
  ['impressions', B_IMPRESSIONS],
  ['clicks', B_CLICKS],
  ['pageviews', B_PAGEVIEWS],
  ['sessions', B_SESSIONS],
  ['bounces', B_BOUNCES],
  ['cartAdders', B_CART],
  ['favoriters', B_FAVORITERS],
  ['orderBuyers', B_ORDER_BUYERS],
  ['orders', B_ORDERS],
  ['inquirers', B_INQUIRERS],
  ['inquiryBuyers', B_INQUIRY_BUYERS],
  ['returningVisitors', B_RETURNING_VISITORS],
  ['newBuyers', B_NEW_BUYERS],
  ['returningBuyers', B_RETURNING_BUYERS],
];

function totalsOf(acc: Sums, key: string): FunnelTotals {
  const at = (field: string) => `${JSON.stringify(key)}.${field}`;
  assertSafeSum(acc.visitors, at('visitors'));
  assertSafeSum(acc.buyers, at('buyers'));
  assertSafeSum(acc.paid, at('paidAmount'));
  const out: FunnelTotals = { visitors: acc.visitors, buyers: acc.buyers, paidAmount: fromMinorUnits(acc.paid) };
  for (const [field, bit] of OPTIONAL_BITS) {
    if ((acc.missing & bit) !== 0) continue;
    assertSafeSum(acc[field], at(field));
    out[field] = acc[field];
  }
  if ((acc.missing & B_SPEND) === 0) {
    assertSafeSum(acc.spend, at('spend'));
    out.spend = fromMinorUnits(acc.spend);
  }
  if ((acc.missing & B_REFUND) === 0) {
    assertSafeSum(acc.refund, at('refundAmount'));
    out.refundAmount = fromMinorUnits(acc.refund);
  }
  if (acc.presale) out.presale = true;
  return out;
}

/** The batch state: `add` each row in order, then `result`. @internal */
export interface Accumulator<R> {
  add(row: R, index: number): void;
  result(): FunnelAggregate;
}

/** Validates the arguments and makes the batch state. @internal */
export function createAccumulator<R>(keyOf: (row: R, index: number) => string, options: AggregateFunnelsOptions): Accumulator<R> {
  if (typeof keyOf !== 'function') {
    throw new StoreOpsError('INVALID_INPUT', [{ path: 'keyOf', message: `expected a function (row, index) => string, received ${describeValue(keyOf)}`, received: describeValue(keyOf) }]);
  }
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale);
  const catalogs: MessageCatalog[] = opts.messages === undefined ? [funnelMessages] : [funnelMessages, opts.messages];
  const onError = opts.onError ?? 'throw';
  const onFlag = opts.onFlag;
  const groups = new Map<string, Sums>();
  const errors: RowIssue[] = [];
  const flags: RowFlag[] = [];
  const s = newSums();
  let rowCount = 0;

  const report = (index: number, field: string, issue: Omit<ErrorIssue, 'path'>): void => {
    const rowIssue: RowIssue = { path: formatPath(field === '' ? [index] : [index, field]), ...issue, row: index, field };
    if (onError === 'throw') throw new StoreOpsError('INVALID_INPUT', [rowIssue]);
    if (onError === 'collect') errors.push(rowIssue);
    else onError(rowIssue);
  };

  const flag = (row: RowLike, index: number): void => {
    const refunds = s.refund > s.paid ? { value: formatMoney(fromMinorUnits(s.refund)), baseValue: formatMoney(fromMinorUnits(s.paid)) } : null;
    for (const f of plausibilityFlags(row, refunds, [index], locale, catalogs)) {
      const rowFlag: RowFlag = { ...f, row: index };
      if (onFlag === undefined) flags.push(rowFlag);
      else onFlag(rowFlag);
    }
  };

  return {
    add(row: R, index: number): void {
      rowCount++;
      if (typeof row !== 'object' || row === null) {
        report(index, '', { message: `expected object, received ${describeValue(row)}`, expected: 'object', received: describeValue(row) });
        return;
      }
      try {
        readRow(row as RowLike, s);
      } catch (e) {
        if (e instanceof BadRow) report(index, e.field, e.issue);
        else report(index, '', { message: 'could not be read (a getter or proxy threw)' });
        return;
      }
      let key: unknown;
      try {
        key = keyOf(row, index);
      } catch (e) {
        if (isStoreOpsError(e) && e.issues.length > 0) {
          const first = e.issues[0] as ErrorIssue;
          const { path, ...issue } = first;
          report(index, path, issue);
        } else {
          report(index, '', { message: `keyOf threw: ${e instanceof Error ? e.message : describeValue(e)}` });
        }
        return;
      }
      if (typeof key !== 'string') {
        report(index, '', { message: `keyOf must return a string, received ${describeValue(key)}`, received: describeValue(key) });
        return;
      }
      let acc = groups.get(key);
      if (acc === undefined) {
        acc = newSums();
        groups.set(key, acc);
      }
      add(acc, s);
      if (suspicious(s)) flag(row as RowLike, index);
    },
    result(): FunnelAggregate {
      const out = new Map<string, FunnelTotals>();
      for (const [key, acc] of groups) out.set(key, totalsOf(acc, key));
      return Object.assign(out, { errors, flags, rowCount });
    },
  };
}

/** Throws `INVALID_INPUT` unless `rows` can be iterated (sync or async). @internal */
export function assertIterable(rows: unknown, asyncToo: boolean): void {
  const ok =
    rows !== null &&
    rows !== undefined &&
    (typeof (rows as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function' ||
      (asyncToo && typeof (rows as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'));
  if (!ok) {
    throw new StoreOpsError('INVALID_INPUT', [
      { path: 'rows', message: `expected ${asyncToo ? 'an Iterable or AsyncIterable' : 'an Iterable'} of rows, received ${describeValue(rows)}`, received: describeValue(rows) },
    ]);
  }
}
