import * as z from 'zod/mini';
import { monthOf, type IsoDate } from '../core/dates.js';
import { StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import { fail, formatPath, isStoreOpsError, type ErrorIssue } from '../core/errors.js';
import type { FindingOwner } from '../core/findings.js';
import type { MoneyInput } from '../core/money.js';
import { parseInput } from '../core/validate.js';
import { trackProgress } from '../goals/trackProgress.js';
import { dailyBrief, type DailyBriefOptions } from './dailyBrief.js';
import type { DailyBrief } from './finding.js';
import type { DailyBriefInput } from './input.js';
import { pure } from '../core/pure.js';

/** One store of a {@link briefStores} run: an id (the folder name, say) and its brief input. */
export interface StoreBriefInput {
  /** The store's id, unique in the run (a folder name, a shop id). */
  id: string;
  /** What `dailyBrief` reads for this store (e.g. from {@link briefInputFromExports}). */
  input: DailyBriefInput;
}

/** Where a store stands, as one line of the league table. Money in yuan. */
export interface LeagueRow {
  /** The store's id. */
  id: string;
  /** The store's name (`storeName` of its input, else its id). */
  storeName: string;
  /** The day judged. */
  date: IsoDate;
  /** 达标 on the day; `null` without a plan for the day. */
  met: boolean | null;
  /** Sales on the day (支付金额). */
  actual: Decimal | null;
  /** The day's target; `null` without a plan for the day. */
  target: Decimal | null;
  /** `actual − target` (negative when behind); `null` without a target. */
  gap: Decimal | null;
  /** `actual / target`; `null` without a target or with a target of 0. */
  achievement: number | null;
  /** Month to date (月累计): the plan's days of the day's month up to the day, as `trackProgress` measures them; `null` without a plan for the month. */
  monthToDate: { target: Decimal; actual: Decimal; gap: Decimal; achievement: number | null; missingDays: number } | null;
  /** The finding with the most money at stake that is not the verdict or the replan (its area, code, message, money), or `null`. */
  topCause: { area: string; code: string; message: string; moneyAtStake: Decimal | null } | null;
  /** Whose job the top cause is; `null` without one. */
  owner: FindingOwner | null;
}

/** A store {@link briefStores} could not brief, and why. */
export interface SkippedStore {
  /** The store's id. */
  id: string;
  /** The error code (`INVALID_INPUT`, …). */
  code: string;
  /** What was wrong, with the path of the bad field. */
  message: string;
  /** The issues of the error. */
  issues: readonly ErrorIssue[];
}

/** Options of {@link briefStores}: those of `dailyBrief`, and a progress callback. */
export interface BriefStoresOptions extends DailyBriefOptions {
  /** Called after each store with how many are done, how many in all, and the store's id. */
  onProgress?: (done: number, total: number, id: string) => void;
}

/** What {@link briefStores} returns. */
export interface BriefStoresResult {
  /** The briefs, in input order. */
  briefs: { id: string; brief: DailyBrief }[];
  /** One row per briefed store, worst first: by achievement (lowest first; stores without a target last), then gap, then id. */
  league: LeagueRow[];
  /** Stores whose input was refused, with the reason: nothing is dropped silently. */
  skipped: SkippedStore[];
}

const storesSchema = /* @__PURE__ */ pure(() => z.array(z.object({ id: z.string(), input: z.record(z.string(), z.unknown()) })));
const optionsSchema = /* @__PURE__ */ pure(() => z.object({ onProgress: z.optional(z.custom<(done: number, total: number, id: string) => void>((v) => typeof v === 'function')) }));

type PlanDays = readonly { date: IsoDate; target: MoneyInput }[];

function planDaysOf(plan: unknown): PlanDays {
  if (Array.isArray(plan)) return plan as PlanDays;
  const days = (plan as { days?: unknown } | undefined)?.days;
  return Array.isArray(days) ? (days as PlanDays) : [];
}

/** The league line of a store whose brief was made (its input is valid: dailyBrief read it). */
function leagueRow(id: string, input: DailyBriefInput, brief: DailyBrief, locale: DailyBriefOptions['locale']): LeagueRow {
  const date = brief.date;
  const month = monthOf(date);
  const planDays = planDaysOf(input.plan)
    .filter((d) => monthOf(d.date) === month)
    .sort((a, b) => (a.date < b.date ? -1 : 1)); // a plan's days are distinct (dailyBrief read it)
  const planned = new Set(planDays.map((d) => d.date));
  const actuals: Record<string, Decimal> = {};
  let actual: Decimal | null = null;
  for (const d of input.store) {
    if (d.date === date) actual = (actual ?? new StoreDecimal(0)).plus(toDecimal(d.paidAmount ?? 0));
    if (!planned.has(d.date) || d.date > date) continue;
    actuals[d.date] = (actuals[d.date] ?? new StoreDecimal(0)).plus(toDecimal(d.paidAmount ?? 0));
  }
  let target: Decimal | null = null;
  let gap: Decimal | null = null;
  let achievement: number | null = null;
  let monthToDate: LeagueRow['monthToDate'] = null;
  if (planDays.some((d) => d.date <= date)) {
    let total = new StoreDecimal(0);
    for (const d of planDays) total = total.plus(toDecimal(d.target));
    const p = trackProgress({ total, days: planDays.map((d) => ({ date: d.date, target: d.target })) }, actuals, { asOf: date, ...(locale === undefined ? {} : { locale }) });
    monthToDate = { target: p.targetToDate, actual: p.actualToDate, gap: p.gap, achievement: p.achievement, missingDays: p.missingDays.length };
    if (p.day !== null && p.day.date === date) {
      target = p.day.target;
      actual = p.day.actual;
      gap = p.day.gap;
      achievement = p.day.achievement;
    }
  }
  const cause = brief.findings.find((f) => f.area !== 'target' && f.area !== 'replan') ?? null;
  return {
    id,
    storeName: brief.storeName ?? id,
    date,
    met: brief.met,
    actual,
    target,
    gap,
    achievement,
    monthToDate,
    topCause: cause === null ? null : { area: cause.area, code: cause.code, message: cause.message, moneyAtStake: cause.moneyAtStake },
    owner: cause === null ? null : cause.owner,
  };
}

/** Orders league rows worst first: by achievement (lowest first, none last), then gap (most behind first), then id. */
function worstFirst(a: LeagueRow, b: LeagueRow): number {
  if (a.achievement !== b.achievement) {
    if (a.achievement === null) return 1;
    if (b.achievement === null) return -1;
    return a.achievement - b.achievement;
  }
  if (a.gap !== null && b.gap !== null) {
    const c = a.gap.comparedTo(b.gap);
    if (c !== 0) return c;
  }
  return a.id < b.id ? -1 : 1; // ids are unique (checked)
}

/**
 * Runs the morning brief over many stores (an agency's morning): one `dailyBrief` per store, a
 * league table of all stores — the day's achievement and gap, month to date (月累计), the top
 * cause and whose job it is — worst first, and the stores whose input was refused with the
 * reason (one bad store never stops the others). `onProgress` is called after each store.
 *
 * @param stores - `{ id, input }` per store, `input` as `dailyBrief` takes it.
 * @param options - `dailyBrief`'s options (locale, plugins, thresholds, messages) for every
 *   store, and `onProgress(done, total, id)`.
 * @returns `{ briefs, league, skipped }`.
 * @throws StoreOpsError `INVALID_INPUT` when `stores` is not a list of `{ id, input }` or an id
 *   repeats; `INVALID_OPTIONS` for bad options (a bad store input is a skipped store, not a throw).
 * @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop)
 * @example
 * ```ts
 * import { briefStores } from 'storeops/brief';
 * const day = (paid) => ({ date: '2026-05-31', store: [{ date: '2026-05-31', visitors: 1000, buyers: 30, paidAmount: paid }], plan: [{ date: '2026-05-31', target: 8000 }] });
 * const run = briefStores([{ id: 'a', input: day('8800.00') }, { id: 'b', input: day('7200.00') }, { id: 'c', input: { date: '2026-05-31', store: [] } }], { locale: 'en' });
 * run.league.map((r) => [r.id, r.achievement]) //=> [['b', 0.9], ['a', 1.1]]
 * run.league[0].gap.toFixed(2) //=> '-800.00'
 * run.skipped.map((s) => [s.id, s.code]) //=> [['c', 'INVALID_INPUT']]
 * ```
 */
export function briefStores(stores: readonly StoreBriefInput[], options: BriefStoresOptions = {}): BriefStoresResult {
  const list = parseInput(storesSchema, stores);
  const { onProgress } = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const ids = new Set<string>();
  list.forEach((s, i) => {
    if (ids.has(s.id)) fail('INVALID_INPUT', formatPath([i, 'id']), `store id ${JSON.stringify(s.id)} is given twice`);
    ids.add(s.id);
  });
  const { onProgress: _, ...briefOptions } = options;
  const briefs: BriefStoresResult['briefs'] = [];
  const league: LeagueRow[] = [];
  const skipped: SkippedStore[] = [];
  list.forEach((s, i) => {
    try {
      const input = s.input as unknown as DailyBriefInput;
      const brief = dailyBrief(input, briefOptions);
      const row = leagueRow(s.id, input, brief, briefOptions.locale);
      briefs.push({ id: s.id, brief });
      league.push(row);
    } catch (error) {
      // Bad options or plugins are the caller's error, the same for every store: thrown.
      if (!isStoreOpsError(error) || error.code === 'INVALID_OPTIONS' || error.code === 'INVALID_PLUGIN') throw error;
      skipped.push({ id: s.id, code: error.code, message: error.message, issues: error.issues });
    }
    onProgress?.(i + 1, list.length, s.id);
  });
  league.sort(worstFirst);
  return { briefs, league, skipped };
}
