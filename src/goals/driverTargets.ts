import * as z from 'zod/mini';
import type { Decimal } from '../core/decimal.js';
import { formatMoney } from '../core/decimal.js';
import { formatNumber, formatPercent, messageCatalogSchema, renderMessage, resolveLocale, type Locale, type MessageCatalog, type MessageParams } from '../core/i18n.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { parseInput, rateSchema } from '../core/validate.js';
import type { FindingOwner } from '../core/findings.js';
import { goalsMessages } from './messages.js';
import { ceilWhole, solveDrivers, type EntryTarget, type TrafficEntry } from './solveDrivers.js';
import { pure } from '../core/pure.js';

/** A team function that owns a driver ([domain reference §1](../../docs/domain.en.md#1-the-operating-loop)): the same set as the owners of brief findings. */
export type TeamFunction = FindingOwner;

/** What {@link driverTargets} needs: a period's sales target and the store's conversion and AOV. */
export interface DriverTargetsInput {
  /** The sales target of the day (or week), in yuan. */
  target: MoneyInput;
  /** The store's conversion rate (支付转化率), 0–1, to hold. */
  conversionRate: number;
  /** The store's AOV (客单价) in yuan, to hold. */
  aov: MoneyInput;
  /** Current traffic entries; the visitors needed are split over them. */
  entries?: readonly TrafficEntry[];
}

/** Options of {@link driverTargets}. */
export interface DriverTargetsOptions {
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code. */
  messages?: MessageCatalog;
}

/** One driver's target and the team functions that own it. */
export interface DriverTarget {
  /** The driver. */
  driver: 'visitors' | 'conversionRate' | 'aov';
  /** Who is judged on it: promotion (推广) for visitors, design (美工) and service (客服) for conversion, merchandising (运营/商品) for AOV. */
  owners: TeamFunction[];
  /** The target: whole visitors (rounded up), a conversion rate (0–1) or an AOV (yuan, `Decimal`). */
  value: number | Decimal;
  /** Stable message code. */
  code: string;
  /** The rendered message. */
  message: string;
  /** The values interpolated into the message. */
  params: MessageParams;
}

/** The targets of {@link driverTargets}. */
export interface DriverTargetsResult {
  /** The sales target. */
  target: Decimal;
  /** Visitors needed, exact (fractional). */
  visitors: number;
  /** One target per driver: visitors, conversionRate, aov. */
  drivers: DriverTarget[];
  /** The visitors split over the traffic entries, or `null` without entries. */
  entries: EntryTarget[] | null;
}

/** zod schema of {@link DriverTargetsInput} (entries are checked by {@link solveDrivers}). */
export const driverTargetsInputSchema = /* @__PURE__ */ pure(() => z.object({
  target: nonNegativeMoneySchema,
  conversionRate: rateSchema,
  aov: nonNegativeMoneySchema,
  entries: z.optional(z.unknown()),
}));

const optionsSchema = /* @__PURE__ */ pure(() => z.object({
  locale: z.optional(z.unknown()),
  messages: z.optional(messageCatalogSchema),
}));

/**
 * Turns a day's (or week's) sales target into one target per team function ([domain reference §1](../../docs/domain.en.md#1-the-operating-loop)):
 * the visitors promotion (推广) must bring, the conversion rate design (美工, the detail pages)
 * and customer service (客服) must hold, and the AOV merchandising (运营: bundles, related sales,
 * pricing) must hold. Visitors come from {@link solveDrivers} (target ÷ (conversion × AOV)),
 * rounded up to whole visitors, and are split over the traffic entries when given.
 *
 * @param input - the target (yuan), the store's conversion rate (0–1) and AOV (yuan), optional entries.
 * @param options - `locale` (`'zh-CN'` default or `'en'`) and extra messages.
 * @returns the targets with their owners and messages.
 * @throws StoreOpsError `INVALID_INPUT` for a bad field (path named); `INFEASIBLE` when the
 *   conversion rate or AOV is 0 and the target is above 0.
 * @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop)
 * @example
 * ```ts
 * import { driverTargets } from 'storeops/goals';
 * const t = driverTargets({ target: 30000, conversionRate: 0.03, aov: 238 }, { locale: 'en' });
 * t.drivers.map((d) => [d.driver, d.owners]) //=> [['visitors', ['promotion']], ['conversionRate', ['design', 'service']], ['aov', ['merchandising']]]
 * t.drivers[0].value //=> 4202
 * t.drivers[0].message //=> 'Promotion: bring 4,202 visitors to reach ¥30,000.00 at 3% conversion and ¥238.00 AOV'
 * driverTargets({ target: 30000, conversionRate: 0, aov: 238 }) //=> throws INFEASIBLE
 * ```
 */
export function driverTargets(input: DriverTargetsInput, options: DriverTargetsOptions = {}): DriverTargetsResult {
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale);
  const catalogs: MessageCatalog[] = opts.messages === undefined ? [goalsMessages] : [goalsMessages, opts.messages];
  const v = parseInput(driverTargetsInputSchema, input);
  const d = solveDrivers(
    v.entries === undefined
      ? { sales: v.target, conversionRate: v.conversionRate, aov: v.aov }
      : { sales: v.target, conversionRate: v.conversionRate, aov: v.aov, entries: v.entries as TrafficEntry[] },
  );
  const visitors = d.visitors ?? 0; // null only for a zero target at a zero conversion or AOV
  const whole = ceilWhole(visitors);
  const conversionRate = d.conversionRate as number;
  const aov = d.aov as Decimal;
  const params: MessageParams = {
    target: formatMoney(d.sales as Decimal),
    visitors: formatNumber(whole, 0),
    conversionRate: formatPercent(conversionRate, 2),
    aov: formatMoney(aov),
  };
  const make = (driver: DriverTarget['driver'], owners: TeamFunction[], value: number | Decimal, code: string): DriverTarget => ({
    driver,
    owners,
    value,
    code,
    message: renderMessage(code, locale, params, catalogs),
    params,
  });
  return {
    target: d.sales as Decimal,
    visitors,
    drivers: [
      make('visitors', ['promotion'], whole, 'DRIVER_VISITORS'),
      make('conversionRate', ['design', 'service'], conversionRate, 'DRIVER_CONVERSION'),
      make('aov', ['merchandising'], aov, 'DRIVER_AOV'),
    ],
    entries: d.entries,
  };
}
