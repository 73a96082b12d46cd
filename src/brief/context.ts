import type { Advice, Check } from '../core/checks.js';
import { formatMoney, StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import { fromDayNumber, toDayNumber, type IsoDate } from '../core/dates.js';
import type { MoneyInput } from '../core/money.js';
import { isStoreOpsError, StoreOpsError } from '../core/errors.js';
import { formatNumber, formatPercent, renderMessage, type Locale, type MessageCatalog, type MessageParams } from '../core/i18n.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import type { Finding, SkippedArea } from './finding.js';
import type { BriefThresholds, ParsedBriefInput } from './input.js';
import { areaCode } from './labels.js';

/** What every area of the brief gets: the parsed input, the marks, and how to make findings. @internal */
export interface BriefContext {
  input: ParsedBriefInput;
  thresholds: BriefThresholds;
  locale: Locale;
  catalogs: MessageCatalog[];
  /** The caller's plugins, handed to every module the brief runs. */
  plugins?: readonly StoreOpsPlugin[];
  findings: Finding[];
  skipped: SkippedArea[];
  /** Where the plan stands, for the headline (set by the target area). */
  progress?: BriefProgressState;
  /** Paid-channel evidence the ads story is told from (set by the sources and traffic areas). */
  paid: PaidEvidence;
  /** Whether the brief's date is a campaign day (an event in the plan or in `events`). */
  campaignDay: boolean;
}

/** A period's sales against its plan. @internal */
export interface PeriodState {
  period: string;
  actual: Decimal;
  target: Decimal;
  gap: Decimal;
  achievement: number | null;
}

/** Today's target and what it needs. @internal */
export interface TodayState {
  date: IsoDate;
  target: Decimal;
  original: Decimal;
  visitors: number | null;
  conversionRate: number | null;
  aov: Decimal | null;
}

/** The plan's standing, for the headline. @internal */
export interface BriefProgressState {
  day: PeriodState;
  met: boolean;
  month: PeriodState | null;
  week: PeriodState | null;
  today: TodayState | null;
}

/** A paid source's change against the same weekday last week. @internal */
export interface PaidSourceChange {
  source: string;
  visitors: number;
  baseVisitors: number;
  visitorEffect: Decimal;
  /** Its part of what moved the same way (a part that moved is in that sum, so it is never 0 of 0). */
  share: number;
  baseDate: IsoDate;
  /** The sources area's numbers for the source (sales, both Shapley parts, the residue). */
  numbers: Record<string, number | string | null>;
}

/** Paid-channel evidence. @internal */
export interface PaidEvidence {
  drops: PaidSourceChange[];
  rises: PaidSourceChange[];
  /** The paid share of the week's visitors when it is above its norm. */
  shareHigh: { share: number; range: string; check: Check } | null;
}

/** What an area tells {@link addFinding}. @internal */
export interface FindingSpec {
  area: string;
  code: string;
  severity: Finding['severity'];
  owner: Finding['owner'];
  subject?: string | null;
  params: MessageParams;
  numbers: Record<string, number | string | null>;
  moneyAtStake?: Decimal | null;
  checks?: Check[];
  advice?: Advice[];
  /** The share of the change this part explains, for materiality. */
  share?: number | null;
  /** What the finding recommends for a channel. */
  stance?: Finding['stance'];
}

/** Renders and records a finding. @internal */
export function addFinding(ctx: BriefContext, spec: FindingSpec): void {
  const params = spec.params;
  ctx.findings.push({
    area: spec.area,
    code: spec.code,
    severity: spec.severity,
    owner: spec.owner,
    subject: spec.subject ?? null,
    message: renderMessage(spec.code, ctx.locale, params, ctx.catalogs),
    params,
    numbers: spec.numbers,
    moneyAtStake: spec.moneyAtStake === undefined || spec.moneyAtStake === null ? null : spec.moneyAtStake.abs(),
    checks: spec.checks ?? [],
    advice: spec.advice ?? [],
    material: true,
    ...(spec.share === undefined ? {} : { share: spec.share }),
    ...(spec.stance === undefined ? {} : { stance: spec.stance }),
  });
}

/** Money for a message, rounded to the yuan (the exact amount stays in `numbers`). @internal */
export function yuan(value: Decimal | number | string): string {
  return formatMoney(value, 0);
}

/**
 * How far a source's visitors rose against the same day last week, for a message's `(+{rise})`:
 * a percentage, or the visitors themselves when there were none a week ago (a rise from 0 has
 * no percentage). @internal
 */
export function visitorRise(visitors: number, baseVisitors: number): string {
  return baseVisitors > 0 ? formatPercent((visitors - baseVisitors) / baseVisitors, 1) : formatNumber(visitors - baseVisitors, 0);
}

/** Records an area that could not be judged. @internal */
export function skipArea(ctx: BriefContext, area: string, code: string, params: MessageParams = {}): void {
  const area_ = renderMessage(areaCode(area), ctx.locale, {}, ctx.catalogs);
  ctx.skipped.push({ area, code, message: renderMessage(code, ctx.locale, { ...params, area: area_ }, ctx.catalogs), params });
}

/** Sums money exactly (as `Decimal`). @internal */
export function sum<T>(rows: readonly T[], amount: (row: T) => MoneyInput): Decimal {
  let total = new StoreDecimal(0);
  for (const r of rows) total = total.plus(toDecimal(amount(r)));
  return total;
}

/** A money amount as a decimal string with two decimals, for `numbers`. @internal */
export function fen(value: Decimal): string {
  return value.toFixed(2);
}

/** A signed relative change `'+12.5%'` / `'-33.2%'`, or `'—'`. @internal */
export function signedPercent(current: number, base: number): string {
  if (base === 0) return '—';
  const change = (current - base) / base;
  const text = `${(Math.round(change * 1000) / 10).toFixed(1)}%`;
  return change > 0 ? `+${text}` : text;
}

/** Runs a module on part of the input, putting `prefix` before the path of any issue. @internal */
export function under<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!isStoreOpsError(error)) throw error;
    throw new StoreOpsError(
      error.code,
      error.issues.map((i) => ({ ...i, path: i.path === '' ? prefix : i.path.startsWith('[') ? `${prefix}${i.path}` : `${prefix}.${i.path}` })),
    );
  }
}

/** `{ plugins }` for a module's options when the brief was given plugins, else `{}`. @internal */
export function withPlugins(ctx: BriefContext): { plugins?: readonly StoreOpsPlugin[] } {
  return ctx.plugins === undefined ? {} : { plugins: ctx.plugins };
}

/**
 * Inquiry conversion (询单转化率 = inquiry buyers ÷ inquirers, from the store rows) on `date`
 * against `baseDates` (ratios of sums): `'fell'`, `'rose'`, `'steady'`, or `null` without the
 * numbers. @internal
 */
export function inquiryConversionMove(ctx: BriefContext, date: IsoDate, baseDates: readonly IsoDate[]): { move: 'fell' | 'rose' | 'steady'; rate: number; baseRate: number } | null {
  const rateOf = (dates: readonly IsoDate[]) => {
    let asked = 0;
    let bought = 0;
    let seen = false;
    for (const d of ctx.input.store) {
      if (!dates.includes(d.date) || d.inquirers === undefined || d.inquiryBuyers === undefined) continue;
      seen = true;
      asked += d.inquirers;
      bought += d.inquiryBuyers;
    }
    return seen && asked > 0 ? bought / asked : null;
  };
  const rate = rateOf([date]);
  const baseRate = rateOf(baseDates);
  if (rate === null || baseRate === null || baseRate === 0) return null;
  const change = (rate - baseRate) / baseRate;
  const limit = ctx.thresholds.inquiryConversionChange;
  return { move: change <= -limit ? 'fell' : change >= limit ? 'rose' : 'steady', rate, baseRate };
}

/** The 7 days before `date`. @internal */
export function weekBefore(date: IsoDate): IsoDate[] {
  return Array.from({ length: 7 }, (_, i) => addDaysLocal(date, -(i + 1)));
}

function addDaysLocal(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}
