import type { Advice, Check } from '../core/checks.js';
import { StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import type { MoneyInput } from '../core/money.js';
import { isStoreOpsError, StoreOpsError } from '../core/errors.js';
import { renderMessage, type Locale, type MessageCatalog, type MessageParams } from '../core/i18n.js';
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
}

/** What an area tells {@link addFinding}. @internal */
export interface FindingSpec {
  area: string;
  code: string;
  severity: Finding['severity'];
  owner: Finding['owner'];
  subject?: string | null;
  params?: MessageParams;
  numbers?: Record<string, number | string | null>;
  moneyAtStake?: Decimal | null;
  checks?: Check[];
  advice?: Advice[];
}

/** Renders and records a finding. @internal */
export function addFinding(ctx: BriefContext, spec: FindingSpec): void {
  const params = spec.params ?? {};
  ctx.findings.push({
    area: spec.area,
    code: spec.code,
    severity: spec.severity,
    owner: spec.owner,
    subject: spec.subject ?? null,
    message: renderMessage(spec.code, ctx.locale, params, ctx.catalogs),
    params,
    numbers: spec.numbers ?? {},
    moneyAtStake: spec.moneyAtStake === undefined || spec.moneyAtStake === null ? null : spec.moneyAtStake.abs(),
    checks: spec.checks ?? [],
    advice: spec.advice ?? [],
  });
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
