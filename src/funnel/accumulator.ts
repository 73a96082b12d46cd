// The batch core shared by aggregateFunnels and aggregateFunnelsAsync (DESIGN.md, performance
// design). One fused loop per batch of rows: each row's fields are read into locals, checked by
// hand (the same issues as funnelCountsSchema, without a zod parse per row) and added straight
// into its group's slot of one Float64Array — counts as plain numbers, money as integer fen. No
// scratch object per row, no key string per row with key parts (nested Maps), and an error's
// path and message are built only when a row is bad. Unrolled on purpose: named property reads
// on rows of one shape are what lets V8 run this at plain-loop speed.
import * as z from 'zod/mini';
import { UNREADABLE_ROWS } from '../core/limits.js';
import { formatMoney, fromMinorUnits, StoreDecimal } from '../core/decimal.js';
import { countField } from '../core/fields.js';
import { describeValue, fail, formatPath, isStoreOpsError, StoreOpsError, type ErrorIssue } from '../core/errors.js';
import { messageCatalogSchema, resolveLocale, type Locale, type MessageCatalog } from '../core/i18n.js';
import { clonedDecimalText, isMoneyInput, numberToMinorUnits, stringToMinorUnits } from '../core/money.js';
import { parseInput } from '../core/validate.js';
import { subsetViolation, type FunnelFlag, type FunnelTotals } from './counts.js';
import { plausibilityFlags } from './flags.js';
import { funnelMessages } from './messages.js';
import { pure } from '../core/pure.js';

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
 * The result of a batch aggregation by `keyOf`: a `Map` from group key to the group's summed
 * {@link FunnelTotals}, in order of first appearance, with the bad rows (`errors`, in
 * `'collect'` mode), the flagged rows (`flags`, unless `onFlag` is given) and the number of rows read.
 * In JSON it is written as the grouping by key parts writes itself (`{ groups: [{ keys: [key],
 * counts }], errors, flags, rowCount }`), so no group is lost; a structured clone (`postMessage`)
 * keeps the Map's entries only — post the `{ by }` form's plain result to a worker instead.
 */
export type FunnelAggregate = Map<string, FunnelTotals> & {
  /** The JSON form: the groups as `{ keys: [key], counts }`, with `errors`, `flags` and `rowCount`. */
  toJSON(): FunnelGroups<[string]>;
  /** Bad rows, skipped from the sums (only with `onError: 'collect'`). */
  readonly errors: RowIssue[];
  /** Rows kept but flagged as implausible (unless `onFlag` is given). */
  readonly flags: RowFlag[];
  /** Rows read, good and bad. */
  readonly rowCount: number;
};

/** One part of a group's key (a store id, a month, a source): a string or a finite number. */
export type KeyPart = string | number;

/** Names one part of a row's group: `(r) => r.store`, `(r) => monthOf(r.date)`. */
export type KeyPartOf<R> = (row: R, index: number) => KeyPart;

/** Grouping by key parts: `{ by: [(r) => r.store, (r) => monthOf(r.date)] }` (one part or more). */
export interface GroupBy<R> {
  /** The key parts, outermost first; a row's group is the tuple of their values. */
  by: readonly [KeyPartOf<R>, ...KeyPartOf<R>[]];
}

/** The key parts' values of a group, in the order of `by`. */
export type KeysOf<B extends readonly unknown[]> = { -readonly [I in keyof B]: B[I] extends (...args: never[]) => infer K ? K : never };

/** One group of a grouping by key parts: its key parts' values and its summed counts. */
export interface FunnelGroup<K extends readonly KeyPart[] = KeyPart[]> {
  /** The values of the key parts, in the order of `by` (e.g. `['A', '2026-11']`). */
  keys: K;
  /** The group's summed counts, money as `Decimal` (as {@link mergeFunnels} returns them). */
  counts: FunnelTotals;
}

/**
 * The result of a batch aggregation by key parts: the groups as an array of `{ keys, counts }`
 * in order of first appearance (plain data: it survives `JSON.stringify`, and each entry is one
 * row of a report), with `errors`, `flags` and `rowCount` as in {@link FunnelAggregate}.
 */
export interface FunnelGroups<K extends readonly KeyPart[] = KeyPart[]> {
  /** The groups, in order of first appearance. */
  groups: FunnelGroup<K>[];
  /** Bad rows, skipped from the sums (only with `onError: 'collect'`). */
  errors: RowIssue[];
  /** Rows kept but flagged as implausible (unless `onFlag` is given). */
  flags: RowFlag[];
  /** Rows read, good and bad. */
  rowCount: number;
}

/** Funnel-shaped row fields as the batch reads them. @internal */
export type RowLike = Record<string, unknown>;

const optionsSchema = /* @__PURE__ */ pure(() => z.object({
  onError: z.optional(
    z.union([z.literal('throw'), z.literal('collect'), z.custom<(issue: RowIssue) => void>((f) => typeof f === 'function')]),
  ),
  onFlag: z.optional(z.custom<(flag: RowFlag) => void>((f) => typeof f === 'function')),
  locale: z.optional(z.unknown()),
  messages: z.optional(messageCatalogSchema),
}));

// A group's slot in the sums array: one number per field (money in fen), then the bits of the
// optional fields the group lacked in at least one row (and whether any row was presale).
const VISITORS = 0;
const BUYERS = 1;
const PAID = 2;
const IMPRESSIONS = 3;
const CLICKS = 4;
const PAGEVIEWS = 5;
const SESSIONS = 6;
const BOUNCES = 7;
const CART = 8;
const FAVORITERS = 9;
const ORDER_BUYERS = 10;
const ORDERS = 11;
const INQUIRERS = 12;
const INQUIRY_BUYERS = 13;
const RETURNING_VISITORS = 14;
const NEW_BUYERS = 15;
const RETURNING_BUYERS = 16;
const SPEND = 17;
const REFUND = 18;
const MISSING = 19;
const STRIDE = 20;
/** Pseudo-field of a bad row: the presale flag, and a subset rule broken. */
const PRESALE = 20;
const SUBSET = 21;

/** Row field of each slot, in the order the row is checked. */
const FIELDS = [
  'visitors',
  'buyers',
  'paidAmount',
  'impressions',
  'clicks',
  'pageviews',
  'sessions',
  'bounces',
  'cartAdders',
  'favoriters',
  'orderBuyers',
  'orders',
  'inquirers',
  'inquiryBuyers',
  'returningVisitors',
  'newBuyers',
  'returningBuyers',
  'spend',
  'refundAmount',
] as const;

// Bits of the MISSING slot: optional field f (IMPRESSIONS … REFUND) is bit 1 << (f − IMPRESSIONS).
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
const B_PRESALE = 65536;

const MAX = Number.MAX_SAFE_INTEGER;
/** The largest amount a batch row may hold, in yuan: its fen stay exact in a number. */
const MAX_YUAN = 9e13;
/** Below this many fen, value × 100 is read directly (as numberToMinorUnits does). */
const DIRECT_FEN = 2 ** 51;
/** Below this many yuan, value × 100 stays under 2^51 and is read inline in the hot loop. */
const FAST_YUAN = 2e13;
/** numberToMinorUnits' tolerance, relative to the amount. */
const FEN_TOLERANCE = 4 * Number.EPSILON;
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
    // The common case inline, as numberToMinorUnits(value, 2) computes it (a tolerance relative to the amount).
    const scaled = value * 100;
    const rounded = Math.round(scaled);
    if (rounded < DIRECT_FEN) return scaled - rounded > scaled * 4 * Number.EPSILON || rounded - scaled > scaled * 4 * Number.EPSILON ? -3 : rounded;
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
  // A Decimal, or one that went through structuredClone ({ s, e, d }): its exact digits.
  const text = typeof value === 'string' ? value.trim() : (clonedDecimalText(value) ?? String(value));
  const d = new StoreDecimal(text);
  if (d.isNegative() && !d.isZero()) return -2;
  if (d.gt(MAX_YUAN)) return -4;
  // One rule for binary noise (core stringToMinorUnits): '0.30000000000000004' is 30 fen, as 0.1 + 0.2 is.
  const fen = stringToMinorUnits(text, 2, () => {
    const f = d.times(100);
    return f.isInteger() ? f.toNumber() : null;
  });
  return fen === null ? -3 : fen;
}


const MONEY_MESSAGE = 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal';

function moneyIssue(code: number, value: unknown): Omit<ErrorIssue, 'path'> {
  if (code === -3) return { message: `has more than 2 decimals: batch sums are kept in whole fen, received ${describeValue(value)}`, expected: 'whole fen (at most 2 decimals)', received: describeValue(value) };
  if (code === -4) return { message: `must be at most 90,000,000,000,000 yuan, received ${describeValue(value)}`, received: describeValue(value) };
  return { message: MONEY_MESSAGE, received: describeValue(value) };
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && v >= 0 && v <= MAX && Math.floor(v) === v;
}

function isKeyPart(v: unknown): v is KeyPart {
  return typeof v === 'string' || (typeof v === 'number' && v - v === 0);
}

/** The first field of a group's slot whose sum is past exact integers (in slot order), or −1. */
function unsafeField(s: Float64Array, o: number): number {
  const missing = s[o + MISSING] as number;
  for (let f = VISITORS; f <= REFUND; f++) {
    if ((f < IMPRESSIONS || (missing & (1 << (f - IMPRESSIONS))) === 0) && !Number.isSafeInteger(s[o + f])) return f;
  }
  return -1;
}

/**
 * A group's totals from its slot; an overflowing sum fails with the group's label (`JSON` of its
 * key), built only then. No closure per group: results are built for every group.
 */
function totalsOf(s: Float64Array, o: number, key: unknown): FunnelTotals {
  const bad = unsafeField(s, o);
  if (bad >= 0) fail('INFEASIBLE', `${JSON.stringify(key)}.${FIELDS[bad] as string}`, `the sum exceeds ${MAX} and cannot be counted exactly`);
  const missing = s[o + MISSING] as number;
  const out: FunnelTotals = { visitors: s[o + VISITORS] as number, buyers: s[o + BUYERS] as number, paidAmount: fromMinorUnits(s[o + PAID] as number) };
  for (let f = IMPRESSIONS; f <= RETURNING_BUYERS; f++) {
    if ((missing & (1 << (f - IMPRESSIONS))) === 0) out[FIELDS[f] as Exclude<(typeof FIELDS)[number], 'visitors' | 'buyers' | 'paidAmount' | 'spend' | 'refundAmount'>] = s[o + f] as number;
  }
  if ((missing & B_SPEND) === 0) out.spend = fromMinorUnits(s[o + SPEND] as number);
  if ((missing & B_REFUND) === 0) out.refundAmount = fromMinorUnits(s[o + REFUND] as number);
  if ((missing & B_PRESALE) !== 0) out.presale = true;
  return out;
}

/** The counts the subset rules read, absent ones `undefined` (for the message of a broken rule). */
function subsetCounts(
  visitors: number,
  buyers: number,
  sessions: number,
  bounces: number,
  inquirers: number,
  inquiryBuyers: number,
  returningVisitors: number,
  newBuyers: number,
  returningBuyers: number,
  missing: number,
): Record<string, number | undefined> {
  const present = (bit: number, value: number) => ((missing & bit) === 0 ? value : undefined);
  return {
    visitors,
    buyers,
    sessions: present(B_SESSIONS, sessions),
    bounces: present(B_BOUNCES, bounces),
    inquirers: present(B_INQUIRERS, inquirers),
    inquiryBuyers: present(B_INQUIRY_BUYERS, inquiryBuyers),
    returningVisitors: present(B_RETURNING_VISITORS, returningVisitors),
    newBuyers: present(B_NEW_BUYERS, newBuyers),
    returningBuyers: present(B_RETURNING_BUYERS, returningBuyers),
  };
}

/** How rows find their group. @internal */
type Grouping = { keyOf: (row: never, index: number) => unknown } | { by: readonly ((row: never, index: number) => unknown)[] };

type KeyFn = (row: unknown, index: number) => unknown;
type Nested = Map<unknown, Nested | number>;

/** Grouping modes of the hot loop. */
const BY_KEY = 0;
const BY_ONE = 1;
const BY_TWO = 2;
const BY_MORE = 3;

/**
 * The batch state: {@link consume} rows in order (any number of calls), then {@link byKey} or
 * {@link byParts}. A class with one shape and top-level functions, so the hot loop is one
 * optimised function for every batch (closures made per call would each be optimised anew).
 * @internal
 */
export class Accumulator {
  readonly errors: RowIssue[] = [];
  readonly flags: RowFlag[] = [];
  /** Group sums, STRIDE numbers per group. */
  sums = new Float64Array(STRIDE * 64);
  groupCount = 0;
  /** Index of the next row. */
  nextIndex = 0;
  /** Each group's key (a string, or the array of its key parts). */
  readonly keys: unknown[] = [];
  readonly byKey = new Map<string, number>();
  /** By key parts: one Map per level, the last one → group. */
  readonly root: Nested = new Map();
  readonly mode: number;
  readonly keyOf: KeyFn;
  readonly part0: KeyFn;
  readonly part1: KeyFn;
  readonly parts: readonly KeyFn[];
  // The last row's group: consecutive rows of one group (a store's sources on a day) skip the lookups.
  lastKey: unknown = undefined;
  last0: unknown = undefined;
  last1: unknown = undefined;
  lastGroup = -1;
  readonly onError: 'throw' | 'collect' | ((issue: RowIssue) => void);
  readonly onFlag: ((flag: RowFlag) => void) | undefined;
  readonly locale: Locale;
  readonly catalogs: MessageCatalog[];

  constructor(grouping: Grouping, options: AggregateFunnelsOptions) {
    const none: KeyFn = () => undefined;
    if ('keyOf' in grouping) {
      this.mode = BY_KEY;
      this.keyOf = grouping.keyOf as KeyFn;
      this.parts = [];
    } else {
      this.parts = grouping.by as readonly KeyFn[];
      this.mode = this.parts.length === 1 ? BY_ONE : this.parts.length === 2 ? BY_TWO : BY_MORE;
      this.keyOf = none;
    }
    this.part0 = this.parts[0] ?? none;
    this.part1 = this.parts[1] ?? none;
    this.onError = options.onError ?? 'throw';
    this.onFlag = options.onFlag;
    this.locale = resolveLocale(options.locale);
    this.catalogs = options.messages === undefined ? [funnelMessages] : [funnelMessages, options.messages];
  }

  /** Reads, checks and sums each row of `rows`, continuing the row index of earlier calls. */
  consume(rows: Iterable<unknown>): void {
    this.nextIndex = consume(this, rows);
  }

  report(index: number, field: string, issue: Omit<ErrorIssue, 'path'>): void {
    const rowIssue: RowIssue = { path: formatPath(field === '' ? [index] : [index, field]), ...issue, row: index, field };
    if (this.onError === 'throw') throw new StoreOpsError('INVALID_INPUT', [rowIssue]);
    if (this.onError === 'collect') this.errors.push(rowIssue);
    else this.onError(rowIssue);
  }

  /** Reports what a key function threw (a StoreOpsError's first issue as the row's). */
  reportKeyError(index: number, name: string, e: unknown): void {
    if (isStoreOpsError(e) && e.issues.length > 0) {
      const { path, ...issue } = e.issues[0] as ErrorIssue;
      this.report(index, path, issue);
    } else {
      this.report(index, '', { message: `${name} threw: ${e instanceof Error ? e.message : describeValue(e)}` });
    }
  }

  reportBadKey(index: number, value: unknown): void {
    this.report(index, '', { message: `keyOf must return a string, received ${describeValue(value)}`, received: describeValue(value) });
  }

  reportBadPart(index: number, p: number, value: unknown): void {
    this.report(index, '', { message: `by[${p}] must return a string or a finite number, received ${describeValue(value)}`, received: describeValue(value) });
  }

  /** Reports a bad row's first bad field; the issue is built here, never for a good row. */
  reportBad(index: number, bad: number, value: unknown, fen: number, counts: Record<string, number | undefined>): void {
    if (bad === PRESALE) {
      this.report(index, 'presale', { message: `expected boolean, received ${describeValue(value)}`, expected: 'boolean', received: describeValue(value) });
    } else if (bad === SUBSET) {
      // The pre-check fires only when a rule is broken, so a violation is always found.
      const v = subsetViolation(counts) as NonNullable<ReturnType<typeof subsetViolation>>;
      this.report(index, v.field, { message: v.message, received: describeValue(counts[v.field]) });
    } else if (bad === PAID || bad === SPEND || bad === REFUND) {
      this.report(index, FIELDS[bad] as string, moneyIssue(fen, value));
    } else {
      // countSchema's first issue, as funnelCountsSchema gives it (core/fields.ts).
      this.report(index, FIELDS[bad] as string, countField(value)[0] as Omit<ErrorIssue, 'path'>);
    }
  }

  flag(row: unknown, index: number, refund: number, paid: number): void {
    const refunds = refund > paid ? { value: formatMoney(fromMinorUnits(refund)), baseValue: formatMoney(fromMinorUnits(paid)) } : null;
    for (const f of plausibilityFlags(row as RowLike, refunds, [index], this.locale, this.catalogs)) {
      const rowFlag: RowFlag = { ...f, row: index };
      if (this.onFlag === undefined) this.flags.push(rowFlag);
      else this.onFlag(rowFlag);
    }
  }

  newGroup(key: unknown): number {
    const group = this.groupCount++;
    if (this.groupCount * STRIDE > this.sums.length) {
      const grown = new Float64Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    this.keys.push(key);
    return group;
  }

  /** The group of a row by three key parts or more; `-1` after reporting a bad part. */
  groupOfMany(row: unknown, index: number): number {
    const depth = this.parts.length;
    const current = new Array<unknown>(depth);
    let p = 0;
    try {
      for (; p < depth; p++) {
        const k = (this.parts[p] as KeyFn)(row, index);
        if (!isKeyPart(k)) {
          this.reportBadPart(index, p, k);
          return -1;
        }
        current[p] = k;
      }
    } catch (e) {
      this.reportKeyError(index, `by[${p}]`, e);
      return -1;
    }
    let level = this.root;
    for (p = 0; p < depth - 1; p++) {
      let next = level.get(current[p]) as Nested | undefined;
      if (next === undefined) level.set(current[p], (next = new Map()));
      level = next;
    }
    let found = level.get(current[depth - 1]) as number | undefined;
    if (found === undefined) level.set(current[depth - 1], (found = this.newGroup(current)));
    return found;
  }

  /** The groups by `keyOf`. */
  resultByKey(): FunnelAggregate {
    const out = new Map<string, FunnelTotals>();
    for (let k = 0; k < this.groupCount; k++) {
      const key = this.keys[k] as string;
      out.set(key, totalsOf(this.sums, k * STRIDE, key));
    }
    const result = Object.assign(out, { errors: this.errors, flags: this.flags, rowCount: this.nextIndex });
    // A Map writes itself in JSON as {}: write the groups instead (not enumerable, so the Map's own fields stay as they were).
    const toJSON = (): FunnelGroups<[string]> => ({ groups: [...out].map(([key, counts]) => ({ keys: [key], counts })), errors: result.errors, flags: result.flags, rowCount: result.rowCount });
    return Object.defineProperty(result, 'toJSON', { value: toJSON, configurable: true, writable: true }) as FunnelAggregate;
  }

  /** The groups by key parts. */
  resultByParts(): FunnelGroups {
    const groups: FunnelGroup[] = new Array<FunnelGroup>(this.groupCount);
    for (let k = 0; k < this.groupCount; k++) {
      const parts = this.keys[k] as KeyPart[];
      groups[k] = { keys: parts, counts: totalsOf(this.sums, k * STRIDE, parts) };
    }
    return { groups, errors: this.errors, flags: this.flags, rowCount: this.nextIndex };
  }
}

/**
 * An empty batch state kept for the life of the module, made on first use (no work at import
 * time). V8 holds an object's hidden class (map) only weakly: once a call's Accumulator was
 * collected, its map went too, and with it the fused loop's optimised code, which depends on
 * that map (`--trace-deopt`: "weak objects"); every later call then ran its first chunks
 * unoptimised while the loop was compiled again. Measured in bench/funnel.bench.ts, which
 * collects garbage before each run as a long-lived process does between calls.
 */
let shapeKeeper: Accumulator | undefined;

/** Validates the arguments and makes the batch state. @internal */
export function createAccumulator(grouping: unknown, options: AggregateFunnelsOptions): Accumulator {
  const g = checkGrouping(grouping);
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  shapeKeeper ??= new Accumulator({ by: [] }, {});
  return new Accumulator(g, opts as AggregateFunnelsOptions);
}

/**
 * The hot loop: reads, checks, groups and sums each row of `rows` into `b`; returns the index of
 * the next row. The last group is written back to `b` where it changes (not in a `finally`: the
 * loop is optimised while its first call still runs, and an exit never run before had no type
 * feedback, so the optimised code bailed out at the end of every chunk).
 */
function consume(b: Accumulator, rows: Iterable<unknown>): number {
  const mode = b.mode;
  const keyOf = b.keyOf;
  const part0 = b.part0;
  const part1 = b.part1;
  const byKey = b.byKey;
  const root = b.root;
  let lastKey = b.lastKey;
  let last0 = b.last0;
  let last1 = b.last1;
  let lastGroup = b.lastGroup;
  let index = b.nextIndex;
  try {
    for (const row of rows) {
      const i = index++;
      if (typeof row !== 'object' || row === null) {
        b.report(i, '', { message: `expected object, received ${describeValue(row)}`, expected: 'object', received: describeValue(row) });
        continue;
      }
      const r = row as RowLike;
      let bad = -1;
      let badValue: unknown;
      let fen = 0;
      let visitors = 0;
      let buyers = 0;
      let paid = 0;
      let impressions = 0;
      let clicks = 0;
      let pageviews = 0;
      let sessions = 0;
      let bounces = 0;
      let cartAdders = 0;
      let favoriters = 0;
      let orderBuyers = 0;
      let orders = 0;
      let inquirers = 0;
      let inquiryBuyers = 0;
      let returningVisitors = 0;
      let newBuyers = 0;
      let returningBuyers = 0;
      let spend = 0;
      let refund = 0;
      let missing = 0;
      try {
        read: {
        // One const per field: a number read from a row stays unboxed (a reused `let` would box it).
        const v_visitors = r['visitors'];
        if (isCount(v_visitors)) visitors = v_visitors;
        else { bad = VISITORS; badValue = v_visitors; break read; }
        const v_buyers = r['buyers'];
        if (isCount(v_buyers)) buyers = v_buyers;
        else { bad = BUYERS; badValue = v_buyers; break read; }
        const v_paidAmount = r['paidAmount'];
        if (typeof v_paidAmount === 'number' && v_paidAmount >= 0 && v_paidAmount < FAST_YUAN) {
          // fenOf's number path inline (no call, no boxed number per row).
          const scaled = v_paidAmount * 100;
          paid = Math.round(scaled);
          if (scaled - paid > scaled * FEN_TOLERANCE || paid - scaled > scaled * FEN_TOLERANCE) { bad = PAID; badValue = v_paidAmount; fen = -3; break read; }
        } else if ((fen = fenOf(v_paidAmount)) >= 0) paid = fen;
        else { bad = PAID; badValue = v_paidAmount; break read; }
        const v_impressions = r['impressions'];
        if (v_impressions === undefined) missing |= B_IMPRESSIONS;
        else if (isCount(v_impressions)) impressions = v_impressions;
        else { bad = IMPRESSIONS; badValue = v_impressions; break read; }
        const v_clicks = r['clicks'];
        if (v_clicks === undefined) missing |= B_CLICKS;
        else if (isCount(v_clicks)) clicks = v_clicks;
        else { bad = CLICKS; badValue = v_clicks; break read; }
        const v_pageviews = r['pageviews'];
        if (v_pageviews === undefined) missing |= B_PAGEVIEWS;
        else if (isCount(v_pageviews)) pageviews = v_pageviews;
        else { bad = PAGEVIEWS; badValue = v_pageviews; break read; }
        const v_sessions = r['sessions'];
        if (v_sessions === undefined) missing |= B_SESSIONS;
        else if (isCount(v_sessions)) sessions = v_sessions;
        else { bad = SESSIONS; badValue = v_sessions; break read; }
        const v_bounces = r['bounces'];
        if (v_bounces === undefined) missing |= B_BOUNCES;
        else if (isCount(v_bounces)) bounces = v_bounces;
        else { bad = BOUNCES; badValue = v_bounces; break read; }
        const v_cartAdders = r['cartAdders'];
        if (v_cartAdders === undefined) missing |= B_CART;
        else if (isCount(v_cartAdders)) cartAdders = v_cartAdders;
        else { bad = CART; badValue = v_cartAdders; break read; }
        const v_favoriters = r['favoriters'];
        if (v_favoriters === undefined) missing |= B_FAVORITERS;
        else if (isCount(v_favoriters)) favoriters = v_favoriters;
        else { bad = FAVORITERS; badValue = v_favoriters; break read; }
        const v_orderBuyers = r['orderBuyers'];
        if (v_orderBuyers === undefined) missing |= B_ORDER_BUYERS;
        else if (isCount(v_orderBuyers)) orderBuyers = v_orderBuyers;
        else { bad = ORDER_BUYERS; badValue = v_orderBuyers; break read; }
        const v_orders = r['orders'];
        if (v_orders === undefined) missing |= B_ORDERS;
        else if (isCount(v_orders)) orders = v_orders;
        else { bad = ORDERS; badValue = v_orders; break read; }
        const v_inquirers = r['inquirers'];
        if (v_inquirers === undefined) missing |= B_INQUIRERS;
        else if (isCount(v_inquirers)) inquirers = v_inquirers;
        else { bad = INQUIRERS; badValue = v_inquirers; break read; }
        const v_inquiryBuyers = r['inquiryBuyers'];
        if (v_inquiryBuyers === undefined) missing |= B_INQUIRY_BUYERS;
        else if (isCount(v_inquiryBuyers)) inquiryBuyers = v_inquiryBuyers;
        else { bad = INQUIRY_BUYERS; badValue = v_inquiryBuyers; break read; }
        const v_returningVisitors = r['returningVisitors'];
        if (v_returningVisitors === undefined) missing |= B_RETURNING_VISITORS;
        else if (isCount(v_returningVisitors)) returningVisitors = v_returningVisitors;
        else { bad = RETURNING_VISITORS; badValue = v_returningVisitors; break read; }
        const v_newBuyers = r['newBuyers'];
        if (v_newBuyers === undefined) missing |= B_NEW_BUYERS;
        else if (isCount(v_newBuyers)) newBuyers = v_newBuyers;
        else { bad = NEW_BUYERS; badValue = v_newBuyers; break read; }
        const v_returningBuyers = r['returningBuyers'];
        if (v_returningBuyers === undefined) missing |= B_RETURNING_BUYERS;
        else if (isCount(v_returningBuyers)) returningBuyers = v_returningBuyers;
        else { bad = RETURNING_BUYERS; badValue = v_returningBuyers; break read; }
        const v_spend = r['spend'];
        if (v_spend === undefined) missing |= B_SPEND;
        else if (typeof v_spend === 'number' && v_spend >= 0 && v_spend < FAST_YUAN) {
          const scaled = v_spend * 100;
          spend = Math.round(scaled);
          if (scaled - spend > scaled * FEN_TOLERANCE || spend - scaled > scaled * FEN_TOLERANCE) { bad = SPEND; badValue = v_spend; fen = -3; break read; }
        } else if ((fen = fenOf(v_spend)) >= 0) spend = fen;
        else { bad = SPEND; badValue = v_spend; break read; }
        const v_refundAmount = r['refundAmount'];
        if (v_refundAmount === undefined) missing |= B_REFUND;
        else if (typeof v_refundAmount === 'number' && v_refundAmount >= 0 && v_refundAmount < FAST_YUAN) {
          const scaled = v_refundAmount * 100;
          refund = Math.round(scaled);
          if (scaled - refund > scaled * FEN_TOLERANCE || refund - scaled > scaled * FEN_TOLERANCE) { bad = REFUND; badValue = v_refundAmount; fen = -3; break read; }
        } else if ((fen = fenOf(v_refundAmount)) >= 0) refund = fen;
        else { bad = REFUND; badValue = v_refundAmount; break read; }
        const v_presale = r['presale'];
        if (v_presale === true) missing |= B_PRESALE;
        else if (v_presale !== undefined && v_presale !== false) { bad = PRESALE; badValue = v_presale; break read; }
        // Subset rules (rejected). Absent fields read as 0, so a rule only fires when its whole is present.
        if (
          (bounces > sessions && (missing & B_SESSIONS) === 0) ||
          returningVisitors > visitors ||
          (inquiryBuyers > inquirers && (missing & B_INQUIRERS) === 0) ||
          newBuyers + returningBuyers > buyers
        ) {
          bad = SUBSET;
        }
        }
      } catch {
        b.report(i, '', { message: 'could not be read (a getter or proxy threw)' });
        continue;
      }
      if (bad >= 0) {
        const counts = bad === SUBSET ? subsetCounts(visitors, buyers, sessions, bounces, inquirers, inquiryBuyers, returningVisitors, newBuyers, returningBuyers, missing) : {};
        b.reportBad(i, bad, badValue, fen, counts);
        continue;
      }
      // The row's group: the last row's when its key is the same, else a lookup (a new group on a miss).
      let group: number;
      if (mode === BY_TWO) {
        let k0: unknown;
        let k1: unknown;
        try {
          k0 = part0(row, i);
          if (!isKeyPart(k0)) {
            b.reportBadPart(i, 0, k0);
            continue;
          }
          k1 = part1(row, i);
        } catch (e) {
          b.reportKeyError(i, k0 === undefined ? 'by[0]' : 'by[1]', e);
          continue;
        }
        if (!isKeyPart(k1)) {
          b.reportBadPart(i, 1, k1);
          continue;
        }
        if (k0 === last0 && k1 === last1 && lastGroup >= 0) group = lastGroup;
        else {
          let inner = root.get(k0) as Nested | undefined;
          if (inner === undefined) root.set(k0, (inner = new Map()));
          let found = inner.get(k1) as number | undefined;
          if (found === undefined) inner.set(k1, (found = b.newGroup([k0, k1])));
          b.last0 = last0 = k0;
          b.last1 = last1 = k1;
          b.lastGroup = group = lastGroup = found;
        }
      } else if (mode === BY_KEY) {
        let key: unknown;
        try {
          key = keyOf(row, i);
        } catch (e) {
          b.reportKeyError(i, 'keyOf', e);
          continue;
        }
        if (typeof key !== 'string') {
          b.reportBadKey(i, key);
          continue;
        }
        if (key === lastKey && lastGroup >= 0) group = lastGroup;
        else {
          let found = byKey.get(key);
          if (found === undefined) byKey.set(key, (found = b.newGroup(key)));
          b.lastKey = lastKey = key;
          b.lastGroup = group = lastGroup = found;
        }
      } else if (mode === BY_ONE) {
        let k0: unknown;
        try {
          k0 = part0(row, i);
        } catch (e) {
          b.reportKeyError(i, 'by[0]', e);
          continue;
        }
        if (!isKeyPart(k0)) {
          b.reportBadPart(i, 0, k0);
          continue;
        }
        if (k0 === last0 && lastGroup >= 0) group = lastGroup;
        else {
          let found = root.get(k0) as number | undefined;
          if (found === undefined) root.set(k0, (found = b.newGroup([k0])));
          b.last0 = last0 = k0;
          b.lastGroup = group = lastGroup = found;
        }
      } else {
        group = b.groupOfMany(row, i);
        if (group < 0) continue;
      }
      const s = b.sums;
      const o = group * STRIDE;
      s[o] = (s[o] as number) + visitors;
      s[o + BUYERS] = (s[o + BUYERS] as number) + buyers;
      s[o + PAID] = (s[o + PAID] as number) + paid;
      if ((missing & B_IMPRESSIONS) === 0) s[o + IMPRESSIONS] = (s[o + IMPRESSIONS] as number) + impressions;
      if ((missing & B_CLICKS) === 0) s[o + CLICKS] = (s[o + CLICKS] as number) + clicks;
      if ((missing & B_PAGEVIEWS) === 0) s[o + PAGEVIEWS] = (s[o + PAGEVIEWS] as number) + pageviews;
      if ((missing & B_SESSIONS) === 0) s[o + SESSIONS] = (s[o + SESSIONS] as number) + sessions;
      if ((missing & B_BOUNCES) === 0) s[o + BOUNCES] = (s[o + BOUNCES] as number) + bounces;
      if ((missing & B_CART) === 0) s[o + CART] = (s[o + CART] as number) + cartAdders;
      if ((missing & B_FAVORITERS) === 0) s[o + FAVORITERS] = (s[o + FAVORITERS] as number) + favoriters;
      if ((missing & B_ORDER_BUYERS) === 0) s[o + ORDER_BUYERS] = (s[o + ORDER_BUYERS] as number) + orderBuyers;
      if ((missing & B_ORDERS) === 0) s[o + ORDERS] = (s[o + ORDERS] as number) + orders;
      if ((missing & B_INQUIRERS) === 0) s[o + INQUIRERS] = (s[o + INQUIRERS] as number) + inquirers;
      if ((missing & B_INQUIRY_BUYERS) === 0) s[o + INQUIRY_BUYERS] = (s[o + INQUIRY_BUYERS] as number) + inquiryBuyers;
      if ((missing & B_RETURNING_VISITORS) === 0) s[o + RETURNING_VISITORS] = (s[o + RETURNING_VISITORS] as number) + returningVisitors;
      if ((missing & B_NEW_BUYERS) === 0) s[o + NEW_BUYERS] = (s[o + NEW_BUYERS] as number) + newBuyers;
      if ((missing & B_RETURNING_BUYERS) === 0) s[o + RETURNING_BUYERS] = (s[o + RETURNING_BUYERS] as number) + returningBuyers;
      if ((missing & B_SPEND) === 0) s[o + SPEND] = (s[o + SPEND] as number) + spend;
      if ((missing & B_REFUND) === 0) s[o + REFUND] = (s[o + REFUND] as number) + refund;
      s[o + MISSING] = (s[o + MISSING] as number) | missing;
      // Plausibility rules (kept, flagged).
      if (
        buyers > visitors ||
        orderBuyers > visitors ||
        cartAdders > visitors ||
        favoriters > visitors ||
        inquirers > visitors ||
        (clicks > impressions && (missing & B_IMPRESSIONS) === 0) ||
        inquiryBuyers > buyers ||
        refund > paid
      ) {
        b.flag(row, i, refund, paid);
      }
    }
  } catch (error) {
    // The rows themselves could not be read (a throwing iterator, a revoked or trapped proxy):
    // name the row the reading stopped at; storeops' own errors pass as they are.
    if (isStoreOpsError(error)) throw error;
    fail('INVALID_INPUT', `rows[${index}]`, UNREADABLE_ROWS);
  }
  return index;
}

/** Checks the second argument: a `keyOf` function or `{ by: [part, …] }`. */
function checkGrouping(grouping: unknown): Grouping {
  if (typeof grouping === 'function') return { keyOf: grouping as (row: never, index: number) => unknown };
  if (typeof grouping === 'object' && grouping !== null && !Array.isArray(grouping)) {
    const by: unknown = (grouping as { by?: unknown }).by;
    if (!Array.isArray(by) || by.length === 0) {
      fail('INVALID_INPUT', 'by', `expected a non-empty array of functions (row, index) => string | number, received ${describeValue(by)}`);
    }
    const bad = by.findIndex((f) => typeof f !== 'function');
    if (bad >= 0) fail('INVALID_INPUT', `by[${bad}]`, `expected a function (row, index) => string | number, received ${describeValue(by[bad])}`);
    return { by: by.slice() as ((row: never, index: number) => unknown)[] };
  }
  throw new StoreOpsError('INVALID_INPUT', [
    { path: 'keyOf', message: `expected a function (row, index) => string or { by: [functions] }, received ${describeValue(grouping)}`, received: describeValue(grouping) },
  ]);
}

/** Throws `INVALID_INPUT` unless `rows` can be iterated (sync or async). @internal */
export function assertIterable(rows: unknown, asyncToo: boolean): void {
  let ok: boolean;
  try {
    ok =
      rows !== null &&
      rows !== undefined &&
      (typeof (rows as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function' ||
        (asyncToo && typeof (rows as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'));
  } catch {
    // A revoked proxy or a trap that throws: not readable rows.
    throw new StoreOpsError('INVALID_INPUT', [{ path: 'rows', message: 'could not be read (a getter or proxy threw)' }]);
  }
  if (!ok) {
    throw new StoreOpsError('INVALID_INPUT', [
      { path: 'rows', message: `expected ${asyncToo ? 'an Iterable or AsyncIterable' : 'an Iterable'} of rows, received ${describeValue(rows)}`, received: describeValue(rows) },
    ]);
  }
}
