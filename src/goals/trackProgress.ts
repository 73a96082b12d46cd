import * as z from 'zod/mini';
import { isIsoDate, isoDateSchema, toDayNumber, type IsoDate } from '../core/dates.js';
import { amountRatio, formatMoney, StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import { readDayOption } from '../core/dateInput.js';
import { fail, formatPath } from '../core/errors.js';
import { formatPercent, messageCatalogSchema, renderMessage, resolveLocale, type Locale, type MessageCatalog, type MessageParams } from '../core/i18n.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { assertKeysKept, parseInput } from '../core/validate.js';
import { alignScaled, apportion, fromUnits, parseUnit, toScaled, toUnits } from './apportion.js';
import { goalsMessages } from './messages.js';
import { pure } from '../core/pure.js';

/** The part of a plan that {@link trackProgress} reads: a {@link Plan} from `planTargets`, or any days with targets. */
export interface PlanLike {
  /** The target of the whole plan; must equal the sum of the days' targets. */
  total: MoneyInput;
  /** The whole unit of the targets (default `'0.01'`). */
  unit?: MoneyInput;
  /** The days in order, each with its target. */
  days: readonly { date: IsoDate; target: MoneyInput }[];
}

/** One day's actual sales, as a row of an export: `{ date: '2026-11-10', sales: '28400.50' }`. */
export interface ActualDay {
  date: IsoDate;
  /** Sales of the day in yuan. */
  sales: MoneyInput;
}

/**
 * Actual sales by day, in yuan: a record `{ '2026-11-10': '28400.50' }` (a map by day) or an
 * array of `{ date, sales }` rows (as an export holds them; each day at most once).
 */
export type Actuals = Readonly<Record<IsoDate, MoneyInput>> | readonly ActualDay[];

/** Options of {@link trackProgress}. */
export interface TrackProgressOptions {
  /**
   * The last day with data (usually yesterday). Actuals after it are not counted. A `Date` is
   * read as its calendar day by its UTC fields, or in `timeZone` (never the host's).
   */
  asOf: IsoDate | Date;
  /** IANA time zone whose calendar a `Date` `asOf` is read in, e.g. `'Asia/Shanghai'`; UTC when not given. */
  timeZone?: string;
  /** Language of the message: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code. */
  messages?: MessageCatalog;
  /**
   * What the replan does when the store is ahead of plan: `'keep'` (default) keeps the remaining
   * days' targets, the surplus being a buffer; `'spread'` re-allocates what is left of the total
   * over them, lowering each. Behind plan, both spread the shortfall over the remaining days in
   * proportion to their targets, adding up exactly.
   */
  replan?: ReplanPolicy;
}

/** How {@link trackProgress} replans a store that is ahead: keep the targets (`'keep'`) or lower them (`'spread'`). */
export type ReplanPolicy = 'keep' | 'spread';

/** One day of the plan, as it went. */
export interface DayProgress {
  /** The day. */
  date: IsoDate;
  /** Its target. */
  target: Decimal;
  /** Its sales, or `null` when no actual was given for it. */
  actual: Decimal | null;
  /** `actual − target` (a missing actual counts as 0): negative when behind. */
  gap: Decimal;
  /** `actual / target`, `null` when the target is 0. */
  achievement: number | null;
  /** 达标: actual ≥ target. */
  met: boolean;
}

/** A remaining day's new target. */
export interface ReplanDay {
  /** The day. */
  date: IsoDate;
  /** Its original target. */
  original: Decimal;
  /** Its new target: a share of what is left in proportion to the original targets (its original target when ahead under `'keep'`). */
  target: Decimal;
  /** `target − original`. */
  change: Decimal;
}

/** Where a plan stands on `asOf`. */
export interface Progress {
  /** The day progress is measured on. */
  asOf: IsoDate;
  /** Sum of the targets of the plan's days up to `asOf`. */
  targetToDate: Decimal;
  /** Sum of the actual sales of those days. */
  actualToDate: Decimal;
  /** `actualToDate / targetToDate`; `null` when the target to date is 0. */
  achievement: number | null;
  /** `actualToDate − targetToDate`: negative when behind, positive when ahead. */
  gap: Decimal;
  /** 达标: `actualToDate ≥ targetToDate`. */
  met: boolean;
  /** The `asOf` day alone (yesterday, in a morning brief); `null` when `asOf` is outside the plan. */
  day: DayProgress | null;
  /** What is left of the total: `total − actualToDate`, and 0 once the total is reached. */
  remainingTarget: Decimal;
  /** The plan's days after `asOf`. */
  remainingDays: number;
  /**
   * The days after `asOf` with their new targets: adding up exactly to `remainingTarget` when
   * behind (or under `'spread'`); their original targets when ahead under `'keep'`.
   */
  replan: ReplanDay[];
  /** The policy the replan followed. */
  replanPolicy: ReplanPolicy;
  /** Sales ahead of the remaining days' targets under `'keep'` (`remaining originals − remainingTarget`), else 0. */
  buffer: Decimal;
  /** The unit of the replan: the plan's, or finer when the actual sales are finer than it. */
  replanUnit: Decimal;
  /** Plan days up to `asOf` with no actual given (counted as 0). */
  missingDays: IsoDate[];
  /** Stable message code of the summary. */
  code: string;
  /** The summary in the requested locale. */
  message: string;
  /** The values interpolated into the message. */
  params: MessageParams;
}

/** zod schema of {@link PlanLike}. */
export const planLikeSchema = /* @__PURE__ */ pure(() => z.object({
  total: nonNegativeMoneySchema,
  unit: z.optional(z.unknown()),
  days: z
    .array(z.object({ date: isoDateSchema, target: nonNegativeMoneySchema }))
    .check(z.minLength(1)),
}));

const actualsSchema = /* @__PURE__ */ pure(() => z.record(z.string(), nonNegativeMoneySchema));
const actualRowsSchema = /* @__PURE__ */ pure(() => z.array(z.object({ date: isoDateSchema, sales: nonNegativeMoneySchema })));

/** The actuals as `[date, amount, path]` entries, from a record or from rows. */
function readActuals(actuals: unknown): [string, MoneyInput, string, string][] {
  if (Array.isArray(actuals)) {
    const rows = parseInput(actualRowsSchema, actuals, { prefix: ['actuals'] });
    const seen = new Map<string, number>();
    return rows.map((r, i) => {
      const first = seen.get(r.date);
      if (first !== undefined) fail('INVALID_INPUT', `actuals[${i}].date`, `${r.date} is given twice (first at actuals[${first}])`);
      seen.set(r.date, i);
      return [r.date, r.sales, `actuals[${i}].sales`, `actuals[${i}].date`];
    });
  }
  const a = parseInput(actualsSchema, actuals, { prefix: ['actuals'] });
  // JSON.parse makes "__proto__" an own key, which zod's copy drops: it is no day, say so.
  assertKeysKept(actuals, a, ['actuals'], 'INVALID_INPUT', 'expected a real calendar day written YYYY-MM-DD as the key');
  return Object.entries(a).map(([date, amount]) => [date, amount, formatPath(['actuals', date]), formatPath(['actuals', date])]);
}
const optionsSchema = /* @__PURE__ */ pure(() => z.object({
  asOf: isoDateSchema,
  timeZone: z.optional(z.string()),
  locale: z.optional(z.unknown()),
  messages: z.optional(messageCatalogSchema),
  replan: z.optional(z.enum(['keep', 'spread'])),
}));

/**
 * Measures a plan against actual sales up to `asOf` (每日盯目标): target and actual to date,
 * achievement, gap, whether it is met (达标), the `asOf` day alone, and a replan. Behind plan,
 * what is left of the total is re-allocated over the days after `asOf` in proportion to their
 * original targets, adding up exactly — so an unmet day raises the following days' targets and a
 * year is not lost by December. Ahead of plan, by default (`replan: 'keep'`) the remaining days
 * keep their targets and the surplus is a `buffer` (a good week does not lower next week's bar);
 * `replan: 'spread'` re-allocates what is left as when behind. When the remaining days all have
 * a zero target, what is left is spread evenly over them.
 *
 * @param plan - a plan from `planTargets` (or `{ total, unit?, days: { date, target }[] }`, days in order).
 * @param actuals - sales by day in yuan, as a record by day or as `{ date, sales }` rows; every
 *   day must be a day of the plan.
 * @param options - `asOf` (the last day with data), `replan` policy when ahead (`'keep'` default, or `'spread'`), `locale`, extra messages.
 * @returns progress to date, the `asOf` day, the replan and a message.
 * @throws StoreOpsError `INVALID_INPUT` for a bad plan (days out of order, a total that is not
 *   the sum of the days) or bad actuals (a negative amount, a day outside the plan), with the
 *   path; `INVALID_OPTIONS` for a bad `asOf` or locale.
 * @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop) (watch it daily, an unmet day changes the next day's plan)
 * @example
 * ```ts
 * import { planTargets, trackProgress } from 'storeops/goals';
 * const plan = planTargets({ total: 70000, start: '2026-11-09', end: '2026-11-15' });
 * const p = trackProgress(plan, { '2026-11-09': 10000, '2026-11-10': 6000 }, { asOf: '2026-11-10', locale: 'en' });
 * p.targetToDate //=> 20000
 * p.gap //=> -4000
 * p.met //=> false
 * p.day //=> { date: '2026-11-10', target: 10000, actual: 6000, gap: -4000, achievement: 0.6, met: false }
 * p.remainingTarget //=> 54000
 * p.replan.map((d) => d.target.toNumber()) //=> [10800, 10800, 10800, 10800, 10800]
 * p.message //=> 'By 2026-11-10: ¥16,000.00 of a ¥20,000.00 target (80%), behind by ¥4,000.00; the remaining ¥54,000.00 is spread over the next 5 days, ¥10,800.00 a day'
 * const ahead = trackProgress(plan, { '2026-11-09': 12000, '2026-11-10': 14000 }, { asOf: '2026-11-10' });
 * ahead.replan.map((d) => d.target.toNumber()) //=> [10000, 10000, 10000, 10000, 10000]
 * ahead.buffer //=> 6000
 * trackProgress(plan, { '2026-11-09': 12000, '2026-11-10': 14000 }, { asOf: '2026-11-10', replan: 'spread' }).replan.map((d) => d.target.toNumber()) //=> [8800, 8800, 8800, 8800, 8800]
 * trackProgress(plan, [{ date: '2026-11-09', sales: 10000 }, { date: '2026-11-10', sales: 6000 }], { asOf: '2026-11-10' }).gap //=> -4000
 * trackProgress(plan, { '2026-12-01': 5 }, { asOf: '2026-11-10' }) //=> throws INVALID_INPUT
 * ```
 */
export function trackProgress(plan: PlanLike, actuals: Actuals, options: TrackProgressOptions): Progress {
  const p = parseInput(planLikeSchema, plan, { prefix: ['plan'] });
  const a = readActuals(actuals);
  const opts = parseInput(optionsSchema, readDayOption(options, 'asOf'), { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale);
  const catalogs: MessageCatalog[] = opts.messages === undefined ? [goalsMessages] : [goalsMessages, opts.messages];
  const unit = parseUnit(p.unit, 'plan.unit', 'INVALID_INPUT');

  const dayNumbers = p.days.map((d) => toDayNumber(d.date));
  const targets = p.days.map((d, i) => toDecimal(d.target, `plan.days[${i}].target`));
  for (let i = 1; i < dayNumbers.length; i++) {
    if ((dayNumbers[i] as number) <= (dayNumbers[i - 1] as number)) fail('INVALID_INPUT', `plan.days[${i}].date`, 'days must be in order, each once');
  }
  const total = toDecimal(p.total, 'plan.total');
  let sum = new StoreDecimal(0);
  for (const t of targets) sum = sum.plus(t);
  if (!sum.eq(total)) fail('INVALID_INPUT', 'plan.total', `must equal the sum of the days' targets (${sum.toString()}), received ${total.toString()}`);

  const index = new Map<number, number>(dayNumbers.map((n, i) => [n, i]));
  const actualByIndex = new Map<number, Decimal>();
  for (const [date, amount, path, datePath] of a) {
    if (!isIsoDate(date)) fail('INVALID_INPUT', datePath, 'expected a real calendar day written YYYY-MM-DD as the key');
    const i = index.get(toDayNumber(date));
    if (i === undefined) fail('INVALID_INPUT', datePath, 'is not a day of the plan');
    actualByIndex.set(i, toDecimal(amount, path));
  }

  const asOfNumber = toDayNumber(opts.asOf);
  let targetToDate = new StoreDecimal(0);
  let actualToDate = new StoreDecimal(0);
  const missingDays: IsoDate[] = [];
  let firstRemaining = dayNumbers.length;
  for (let i = 0; i < dayNumbers.length; i++) {
    if ((dayNumbers[i] as number) > asOfNumber) {
      firstRemaining = i;
      break;
    }
    targetToDate = targetToDate.plus(targets[i] as Decimal);
    const actual = actualByIndex.get(i);
    if (actual === undefined) missingDays.push((p.days[i] as { date: IsoDate }).date);
    else actualToDate = actualToDate.plus(actual);
  }

  const asOfIndex = index.get(asOfNumber);
  let day: DayProgress | null = null;
  if (asOfIndex !== undefined) {
    const target = targets[asOfIndex] as Decimal;
    const actual = actualByIndex.get(asOfIndex) ?? null;
    const got = actual ?? new StoreDecimal(0);
    day = { date: opts.asOf, target, actual, gap: got.minus(target), achievement: amountRatio(got, target), met: got.gte(target) };
  }

  const left = total.minus(actualToDate);
  const remainingTarget = left.isNegative() ? new StoreDecimal(0) : left;
  // The replan is in the plan's unit, or in the finest decimal the actual sales need.
  const finer = toUnits(remainingTarget, unit) === null;
  const replanUnit = finer ? new StoreDecimal(10).pow(-toScaled(remainingTarget).s) : unit;
  const remainingUnits = toUnits(remainingTarget, replanUnit) as bigint;
  const originals = targets.slice(firstRemaining);
  const policy: ReplanPolicy = opts.replan ?? 'keep';
  let originalRemaining = new StoreDecimal(0);
  for (const o of originals) originalRemaining = originalRemaining.plus(o);
  // Ahead (what is left is less than the remaining targets): 'keep' leaves the targets alone.
  const keep = policy === 'keep' && remainingTarget.lt(originalRemaining);
  const buffer = keep ? originalRemaining.minus(remainingTarget) : new StoreDecimal(0);
  let weights = alignScaled(originals.map(toScaled));
  if (weights.every((w) => w === 0n)) weights = weights.map(() => 1n);
  const newUnits = originals.length === 0 ? [] : apportion(remainingUnits, weights);
  const replan: ReplanDay[] = originals.map((original, k) => {
    const target = keep ? original : fromUnits(newUnits[k] as bigint, replanUnit);
    return { date: (p.days[firstRemaining + k] as { date: IsoDate }).date, original, target, change: target.minus(original) };
  });

  const gap = actualToDate.minus(targetToDate);
  const met = gap.gte(0);
  const achievement = amountRatio(actualToDate, targetToDate);
  const code = met ? 'PROGRESS_MET' : replan.length === 0 ? 'PROGRESS_ENDED_SHORT' : 'PROGRESS_BEHIND';
  const params: MessageParams = {
    asOf: opts.asOf,
    actual: formatMoney(actualToDate),
    target: formatMoney(targetToDate),
    achievement: formatPercent(achievement, 1),
    gap: formatMoney(gap.abs()),
    remaining: formatMoney(remainingTarget),
    days: replan.length,
    perDay: replan.length === 0 ? '—' : formatMoney(remainingTarget.div(replan.length)),
  };
  return {
    asOf: opts.asOf,
    targetToDate,
    actualToDate,
    achievement,
    gap,
    met,
    day,
    remainingTarget,
    remainingDays: replan.length,
    replan,
    replanPolicy: policy,
    buffer,
    replanUnit,
    missingDays,
    code,
    message: renderMessage(code, locale, params, catalogs),
    params,
  };
}
