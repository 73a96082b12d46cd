import * as z from 'zod/mini';
import { daysInMonth, fromDayNumber, isoDateSchema, isoWeekdayOfDayNumber, monthOf, quarterOf, toDayNumber, weekOf, type IsoDate, type IsoMonth } from '../core/dates.js';
import { StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import { fail, formatPath } from '../core/errors.js';
import { arrayLength, exceeds, LIMITS } from '../core/limits.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { nonNegativeSchema, parseInput } from '../core/validate.js';
import type { WeightInput } from './allocate.js';
import { alignScaled, apportion, fromUnits, parseUnit, toScaled, toUnits } from './apportion.js';
import { pure } from '../core/pure.js';

/** A promotion day or any day that sells differently (双11, 618, 双12, 年货节, a store anniversary, a closed day). */
export interface PlanEvent {
  /** The day, `'YYYY-MM-DD'`, inside the plan's range. */
  date: IsoDate;
  /** How many ordinary days of sales this day is worth: `3` for a triple day, `0` for a closed day. Several events on one day multiply. */
  multiplier: number;
  /** A label shown with the day, e.g. `'双11'`. */
  name?: string;
}

/** What {@link planTargets} needs. */
export interface PlanTargetsInput {
  /** The target for the whole range, in yuan; a whole number of `unit`s. */
  total: MoneyInput;
  /** First day of the plan (any day: a calendar year, a fiscal year from April, a 90-day campaign). */
  start: IsoDate;
  /** Last day of the plan, included. */
  end: IsoDate;
  /**
   * Weight of each month: 12 numbers (January first), or a record by month `{ 'YYYY-MM': weight }` —
   * e.g. last year's monthly sales (同比). A plan month `M` takes the weight of `M` if the record
   * has it, else of the same month a year earlier. Default: the days in the month. A month only
   * partly inside the range has its weight prorated by its days inside.
   */
  monthWeights?: readonly WeightInput[] | Readonly<Record<IsoMonth, WeightInput>>;
  /** Weight of each day of the week, Monday first (7 numbers, ≥ 0). Default: all 1. Weekends often sell 1.2–1.5× ([domain reference §8](../../docs/domain.en.md#8-calendar)). */
  weekdayWeights?: readonly number[];
  /** Days that sell differently; each day's weight is its weekday weight times its events' multipliers. */
  events?: readonly PlanEvent[];
  /** The whole unit of every target: `'0.01'` (one fen, the default), `1`, `100` … */
  unit?: MoneyInput;
}

/** One day of a plan. */
export interface DayTarget {
  /** The day. */
  date: IsoDate;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The day's weight inside its month: weekday weight × event multipliers. */
  weight: number;
  /** Names of the events on this day (events without a name are not listed). */
  events: string[];
  /** The day's target, a whole number of units. */
  target: Decimal;
}

/** A week, month or quarter of a plan: the sum of its days inside the plan's range. */
export interface PeriodTarget {
  /** The period: an ISO week named by its Monday (`'2026-11-09'`), a month `'2026-11'` or a quarter `'2026-Q4'`. */
  period: string;
  /** Its first day inside the plan's range. */
  start: IsoDate;
  /** Its last day inside the plan's range. */
  end: IsoDate;
  /** Days of the period inside the range. */
  days: number;
  /** The sum of its days' targets. */
  target: Decimal;
}

/** A target split by time; every level adds up exactly to `total`. */
export interface Plan {
  /** The target of the whole range. */
  total: Decimal;
  /** The whole unit every target is made of. */
  unit: Decimal;
  /** First day. */
  start: IsoDate;
  /** Last day. */
  end: IsoDate;
  /** Every day from `start` to `end`. */
  days: DayTarget[];
  /** ISO weeks (Monday to Sunday), named by their Monday; the first and last may be partial. */
  weeks: PeriodTarget[];
  /** Calendar months `'YYYY-MM'`. */
  months: PeriodTarget[];
  /** Calendar quarters `'YYYY-Qn'`. */
  quarters: PeriodTarget[];
}

/** zod schema of {@link PlanTargetsInput} (month weights are checked separately, by form). */
export const planTargetsInputSchema = /* @__PURE__ */ pure(() => z.object({
  total: nonNegativeMoneySchema,
  start: isoDateSchema,
  end: isoDateSchema,
  monthWeights: z.optional(z.unknown()),
  weekdayWeights: z.optional(z.array(nonNegativeSchema).check(z.length(7))),
  events: z.optional(
    z.array(
      z.object({
        date: isoDateSchema,
        multiplier: nonNegativeSchema,
        name: z.optional(z.string()),
      }),
    ),
  ),
  unit: z.optional(z.unknown()),
}));

const monthArraySchema = /* @__PURE__ */ pure(() => z.array(nonNegativeMoneySchema).check(z.length(12)));
const monthRecordSchema = /* @__PURE__ */ pure(() => z.record(z.string(), nonNegativeMoneySchema));

/** LCM of 28, 29, 30 and 31: prorating a month's weight by days inside stays an integer. */
const DAYS_LCM = 377580n;

interface MonthSpan {
  month: IsoMonth;
  year: number;
  index: number; // 1–12
  from: number; // day numbers, inside the range
  to: number;
}

function monthSpans(a: number, b: number): MonthSpan[] {
  const spans: MonthSpan[] = [];
  let from = a;
  while (from <= b) {
    const date = fromDayNumber(from);
    const year = Number(date.slice(0, 4));
    const index = Number(date.slice(5, 7));
    const last = from - Number(date.slice(8, 10)) + daysInMonth(year, index);
    const to = Math.min(last, b);
    spans.push({ month: date.slice(0, 7), year, index, from, to });
    from = to + 1;
  }
  return spans;
}

function monthWeightOf(span: MonthSpan, weights: readonly WeightInput[] | Readonly<Record<string, WeightInput>> | undefined): Decimal {
  if (weights === undefined) return new StoreDecimal(daysInMonth(span.year, span.index));
  if (Array.isArray(weights)) return toDecimal(weights[span.index - 1] as WeightInput);
  const record = weights as Readonly<Record<string, WeightInput>>;
  const lastYear = `${String(span.year - 1).padStart(4, '0')}${span.month.slice(4)}`;
  for (const key of [span.month, lastYear]) {
    if (Object.prototype.hasOwnProperty.call(record, key)) return toDecimal(record[key] as WeightInput);
  }
  return fail('INVALID_INPUT', formatPath(['monthWeights', span.month]), `no weight for ${span.month} nor for the same month a year earlier (${lastYear})`);
}

/** Sums days into periods; `startsPeriod` says where a new period may begin, so `keyOf` runs once per period. */
function sumPeriods(
  days: readonly DayTarget[],
  units: readonly bigint[],
  keyOf: (date: IsoDate) => string,
  startsPeriod: (day: DayTarget) => boolean,
  unit: Decimal,
): PeriodTarget[] {
  const out: PeriodTarget[] = [];
  let current: { period: string; start: IsoDate; end: IsoDate; days: number; units: bigint } | undefined;
  const flush = () => {
    if (current !== undefined) out.push({ period: current.period, start: current.start, end: current.end, days: current.days, target: fromUnits(current.units, unit) });
  };
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as DayTarget;
    if (current === undefined || startsPeriod(day)) {
      flush();
      current = { period: keyOf(day.date), start: day.date, end: day.date, days: 0, units: 0n };
    }
    current.end = day.date;
    current.days++;
    current.units += units[i] as bigint;
  }
  flush();
  return out;
}

const QUARTER_STARTS = /-(?:01|04|07|10)-01$/;

/**
 * The longest plan {@link planTargets} makes: 3,660 days (ten years). Every day is a row of the
 * result, so a range of centuries (found by fuzzing: 3.3 million days took seconds) is refused
 * up front instead.
 */
export const MAX_PLAN_DAYS = LIMITS.MAX_PLAN_DAYS;

/**
 * Splits a target by time (目标拆解): months first, by month weight (default: days in the
 * month; prorated for months partly inside the range), then each month's target over its days
 * by weekday weight × event multipliers. Weeks, months and quarters are sums of days, so every
 * level adds up exactly to the total and every day is a whole number of units (fen by default).
 * All splits use the largest-remainder method of {@link allocate}.
 *
 * @param input - total (yuan), range, optional month weights, weekday weights, events and unit.
 * @returns the plan by day, ISO week (named by its Monday), month and quarter.
 * @throws StoreOpsError `INVALID_INPUT` for a bad field, with its path: `end` before `start`,
 *   a range longer than {@link MAX_PLAN_DAYS}, 13 month weights, negative or all-zero weights, a missing month weight, an event outside the
 *   range (`events[i].date`), a unit that is not positive; `INFEASIBLE` for a total that is not
 *   a whole number of units (`total`), or a month with a target whose days all weigh zero.
 * @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop) (split by time), §8 (calendar: weekends, promotion days, 同比)
 * @example
 * ```ts
 * import { planTargets } from 'storeops/goals';
 * const plan = planTargets({ total: 10_000_000, start: '2026-01-01', end: '2026-12-31' });
 * plan.days.length //=> 365
 * plan.months[0] //=> { period: '2026-01', days: 31, target: 849315.07 }
 * plan.quarters.map((q) => q.period) //=> ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']
 * plan.weeks[0] //=> { period: '2025-12-29', start: '2026-01-01', end: '2026-01-04', days: 4 }
 * const week = planTargets({ total: 7000, start: '2026-11-09', end: '2026-11-15', weekdayWeights: [1, 1, 1, 1, 1, 1.5, 1.5], events: [{ date: '2026-11-11', multiplier: 3, name: '双11' }] });
 * week.days.map((d) => d.target.toNumber()) //=> [700, 700, 2100, 700, 700, 1050, 1050]
 * planTargets({ total: 100, start: '2026-02-01', end: '2026-01-31' }) //=> throws INVALID_INPUT
 * ```
 */
export function planTargets(input: PlanTargetsInput): Plan {
  // Before walking: at most MAX_PLAN_EVENTS events (100,000 on one day took 10 s and 1.2 GB).
  let events: unknown;
  try {
    events = input !== null && typeof input === 'object' ? (input as { events?: unknown }).events : undefined;
  } catch {
    fail('INVALID_INPUT', 'events', 'could not be read (a getter or proxy threw)');
  }
  arrayLength(events, 'events', 'MAX_PLAN_EVENTS');
  const v = parseInput(planTargetsInputSchema, input);
  const unit = parseUnit(v.unit, 'unit', 'INVALID_INPUT');
  const a = toDayNumber(v.start);
  const b = toDayNumber(v.end);
  if (b < a) fail('INVALID_INPUT', 'end', `must not be before start (${v.start}), received ${v.end}`);
  if (b - a + 1 > MAX_PLAN_DAYS) exceeds('INVALID_INPUT', 'end', 'MAX_PLAN_DAYS', 'the days of the plan (ten years)', String(b - a + 1));
  let monthWeights: readonly WeightInput[] | Readonly<Record<string, WeightInput>> | undefined;
  if (Array.isArray(v.monthWeights)) monthWeights = parseInput(monthArraySchema, v.monthWeights, { prefix: ['monthWeights'] });
  else if (v.monthWeights !== undefined) monthWeights = parseInput(monthRecordSchema, v.monthWeights, { prefix: ['monthWeights'] });
  const weekday = v.weekdayWeights ?? [1, 1, 1, 1, 1, 1, 1];
  weekday.forEach((w, i) => {
    if (w > LIMITS.MAX_DAY_MULTIPLIER) exceeds('INVALID_INPUT', `weekdayWeights[${i}]`, 'MAX_DAY_MULTIPLIER', 'a weekday weight', String(w));
  });
  if (weekday.every((w) => w === 0)) fail('INVALID_INPUT', 'weekdayWeights', 'weights must not all be zero');

  const total = toDecimal(v.total, 'total');
  const totalUnits = toUnits(total, unit);
  if (totalUnits === null) fail('INFEASIBLE', 'total', `${total.toString()} is not a whole number of units of ${unit.toString()}`);

  // Events by day: multipliers multiply; names are listed.
  const dayCount = b - a + 1;
  const eventMultipliers = new Map<number, Decimal>();
  const eventNames = new Map<number, string[]>();
  const maxMultiplier = new StoreDecimal(LIMITS.MAX_DAY_MULTIPLIER);
  (v.events ?? []).forEach((event, i) => {
    const n = toDayNumber(event.date);
    if (n < a || n > b) fail('INVALID_INPUT', `events[${i}].date`, `must be inside the plan (${v.start} to ${v.end}), received ${event.date}`);
    // A day's combined multiplier is bounded (a ×1e308 event made the day's weight Infinity);
    // its digits are bounded with it: a multiplier of 0 or one of at least 1e-6.
    if (event.multiplier !== 0 && event.multiplier < 1 / LIMITS.MAX_DAY_MULTIPLIER) {
      exceeds('INVALID_INPUT', `events[${i}].multiplier`, 'MAX_DAY_MULTIPLIER', 'the inverse of a multiplier (use 0 for a closed day)', String(event.multiplier));
    }
    const combined = (eventMultipliers.get(n) ?? new StoreDecimal(1)).times(event.multiplier);
    if (combined.gt(maxMultiplier) || (!combined.isZero() && combined.times(maxMultiplier).lt(1))) exceeds('INVALID_INPUT', `events[${i}].multiplier`, 'MAX_DAY_MULTIPLIER', `the product of the multipliers on ${event.date} (or its inverse)`, combined.toSignificantDigits(6).toString());
    eventMultipliers.set(n, combined.toSignificantDigits(40));
    if (event.name !== undefined) {
      const names = eventNames.get(n);
      if (names === undefined) eventNames.set(n, [event.name]);
      else names.push(event.name);
    }
  });
  const weekdayDecimals = weekday.map((w) => new StoreDecimal(w));
  const weekdayScaled = weekdayDecimals.map(toScaled);
  const weekdayNumbers = weekdayDecimals.map((w) => w.toNumber());

  // Months: weight × days inside / days in month, exact on integers.
  const spans = monthSpans(a, b);
  const prorated = alignScaled(spans.map((span) => toScaled(monthWeightOf(span, monthWeights)))).map((w, i) => {
    const span = spans[i] as MonthSpan;
    return (w * BigInt(span.to - span.from + 1) * DAYS_LCM) / BigInt(daysInMonth(span.year, span.index));
  });
  if (totalUnits > 0n && prorated.every((w) => w === 0n)) fail('INVALID_INPUT', 'monthWeights', 'the months inside the plan must not all weigh zero');
  const monthUnits = apportion(totalUnits, prorated);

  // Days: each month's units over its days by weekday weight × events.
  const days = new Array<DayTarget>(dayCount);
  const dayUnits = new Array<bigint>(dayCount);
  spans.forEach((span, m) => {
    const weights: Decimal[] = [];
    const scaled: { n: bigint; s: number }[] = [];
    for (let n = span.from; n <= span.to; n++) {
      const wd = isoWeekdayOfDayNumber(n) - 1;
      const multiplier = eventMultipliers.get(n);
      const weight = multiplier === undefined ? (weekdayDecimals[wd] as Decimal) : (weekdayDecimals[wd] as Decimal).times(multiplier);
      weights.push(weight);
      scaled.push(multiplier === undefined ? (weekdayScaled[wd] as { n: bigint; s: number }) : toScaled(weight));
    }
    const exact = alignScaled(scaled);
    const units = monthUnits[m] as bigint;
    if (units > 0n && exact.every((w) => w === 0n)) {
      const path = eventMultipliers.size > 0 ? 'events' : 'weekdayWeights';
      fail('INFEASIBLE', path, `${span.month} has a target but every day of it inside the plan weighs zero`);
    }
    const split = apportion(units, exact);
    for (let n = span.from; n <= span.to; n++) {
      const k = n - span.from;
      dayUnits[n - a] = split[k] as bigint;
      days[n - a] = {
        date: fromDayNumber(n),
        weekday: isoWeekdayOfDayNumber(n),
        weight: eventMultipliers.has(n) ? (weights[k] as Decimal).toNumber() : (weekdayNumbers[isoWeekdayOfDayNumber(n) - 1] as number),
        events: eventNames.get(n) ?? [],
        target: fromUnits(split[k] as bigint, unit),
      };
    }
  });

  return {
    total: fromUnits(totalUnits, unit),
    unit,
    start: v.start,
    end: v.end,
    days,
    weeks: sumPeriods(days, dayUnits, weekOf, (d) => d.weekday === 1, unit),
    months: sumPeriods(days, dayUnits, monthOf, (d) => d.date.endsWith('-01'), unit),
    quarters: sumPeriods(days, dayUnits, quarterOf, (d) => QUARTER_STARTS.test(d.date), unit),
  };
}
