import * as z from 'zod/mini';
import { amountRatio, StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import { fail, formatPath } from '../core/errors.js';
import { exceeds, LIMITS } from '../core/limits.js';
import { messageCatalogSchema, renderMessage, resolveLocale, type Locale, type MessageCatalog, type MessageParams } from '../core/i18n.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { assertKeysKept, parseInput } from '../core/validate.js';
import { fromUnits, parseUnit, roundToTotal, toScaled, toUnits } from './apportion.js';
import { goalsMessages } from './messages.js';
import { pure } from '../core/pure.js';

/** Named factors whose product is the quantity explained, e.g. `{ visitors, conversionRate, aov }` (product: sales). */
export type Factors = Readonly<Record<string, MoneyInput>>;

/** How effects are computed: `'shapley'` (default) or `'lmdi'`. */
export type AttributionMethod = 'shapley' | 'lmdi';

/** Options of {@link attributeChange}. */
export interface AttributeChangeOptions {
  /** `'shapley'` (default: exact, order-independent, handles zeros) or `'lmdi'` (log-mean Divisia index; factors must be above 0). */
  method?: AttributionMethod;
  /** The whole unit effects are rounded to: `'0.01'` (fen, the default) for sales; `1` for visitors … */
  unit?: MoneyInput;
  /** Language of the message: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code, e.g. `FACTOR_<name>` labels for your own factors. */
  messages?: MessageCatalog;
}

/** How much of a change each factor caused. */
export interface Attribution {
  /** The method used. */
  method: AttributionMethod;
  /** The whole unit of `total` and `effects`. */
  unit: Decimal;
  /** The product of the base factors, exact. */
  base: Decimal;
  /** The product of the current factors, exact. */
  current: Decimal;
  /** `current − base`, rounded to the unit (half away from zero). */
  total: Decimal;
  /** Each factor's effect, in whole units, in the order of `base`'s keys; they add up exactly to `total`. */
  effects: Record<string, Decimal>;
  /** Each effect / `total` (`null` when `total` is 0). */
  shares: Record<string, number | null>;
  /** Stable message code of the summary. */
  code: string;
  /** The summary, e.g. `'Change -4,200.00: traffic -4,305.98, conversion +1,510.33, AOV -1,404.35'`. */
  message: string;
  /** The values interpolated into the message. */
  params: MessageParams;
}

/** The most factors {@link attributeChange} takes: Shapley values use all 2^n subsets (4,096 for 12). */
export const MAX_FACTORS = LIMITS.MAX_FACTORS;

/** Counts a factor record's own keys before it is walked (a record of a million keys is refused at once). */
function checkFactorCount(value: unknown, path: string): void {
  let n: number;
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return; // zod reports the shape
    n = Object.keys(value).length;
  } catch {
    return fail('INVALID_INPUT', path, 'could not be read (a getter or proxy threw)');
  }
  if (n > MAX_FACTORS) exceeds('INVALID_INPUT', path, 'MAX_FACTORS', 'the number of factors (Shapley values use all 2^n subsets)', String(n));
}

const factorsSchema = /* @__PURE__ */ pure(() => z.record(z.string(), nonNegativeMoneySchema));
const optionsSchema = /* @__PURE__ */ pure(() => z.object({
  method: z.optional(z.enum(['shapley', 'lmdi'])),
  unit: z.optional(z.unknown()),
  locale: z.optional(z.unknown()),
  messages: z.optional(messageCatalogSchema),
}));

/**
 * Shapley values of the factors for the change of their product: each factor's marginal effect
 * averaged over every order in which the factors could change, by the exact subset formula
 * φᵢ = Σ_{S ⊆ N∖{i}} |S|!(n−|S|−1)!/n! · (v(S∪{i}) − v(S)), where v(S) is the product with the
 * factors in S at their current values and the others at base. Decimal arithmetic (40
 * significant digits): 2^(n+1) products, then n · 2^(n−1) weighted differences. @internal
 */
export function shapleyEffects(base: readonly Decimal[], current: readonly Decimal[]): Decimal[] {
  const n = base.length;
  // value[mask] = Π (bit j set ? current[j] : base[j]), built one factor at a time.
  let value: Decimal[] = [new StoreDecimal(1)];
  for (let j = 0; j < n; j++) {
    const next = new Array<Decimal>(value.length * 2);
    for (let mask = 0; mask < value.length; mask++) {
      next[mask] = (value[mask] as Decimal).times(base[j] as Decimal);
      next[mask | (1 << j)] = (value[mask] as Decimal).times(current[j] as Decimal);
    }
    value = next;
  }
  // coefficient[s] = s! (n − s − 1)!, an integer; the sum is divided by n! once.
  const factorial = [1];
  for (let k = 1; k <= n; k++) factorial.push((factorial[k - 1] as number) * k);
  const coefficient = Array.from({ length: n }, (_, s) => (factorial[s] as number) * (factorial[n - s - 1] as number));
  const bits = new Uint8Array(value.length);
  for (let mask = 1; mask < value.length; mask++) bits[mask] = (bits[mask >> 1] as number) + (mask & 1);
  return base.map((_, i) => {
    const bit = 1 << i;
    let sum = new StoreDecimal(0);
    for (let mask = 0; mask < value.length; mask++) {
      if (mask & bit) continue;
      sum = sum.plus((value[mask | bit] as Decimal).minus(value[mask] as Decimal).times(coefficient[bits[mask] as number] as number));
    }
    return sum.div(factorial[n] as number);
  });
}

/** The logarithmic mean L(a, b) = (a − b) / (ln a − ln b), L(a, a) = a; a, b > 0. @internal */
export function logMean(a: Decimal, b: Decimal): Decimal {
  if (a.eq(b)) return a;
  return a.minus(b).div(a.div(b).ln());
}

/**
 * LMDI-I effects (log-mean Divisia index): Eᵢ = L(V₁, V₀) · ln(xᵢ₁ / xᵢ₀), which add up to
 * V₁ − V₀ (Σ ln(xᵢ₁/xᵢ₀) = ln(V₁/V₀)). Every factor must be above 0. @internal
 */
export function lmdiEffects(base: readonly Decimal[], current: readonly Decimal[]): Decimal[] {
  let v0 = new StoreDecimal(1);
  let v1 = new StoreDecimal(1);
  for (let j = 0; j < base.length; j++) {
    v0 = v0.times(base[j] as Decimal);
    v1 = v1.times(current[j] as Decimal);
  }
  const l = logMean(v1, v0);
  return base.map((x0, j) => {
    const x1 = current[j] as Decimal;
    return x1.eq(x0) ? new StoreDecimal(0) : l.times(x1.div(x0).ln());
  });
}

/** An effect for a message: sign always shown, thousands grouped, the unit's decimals kept (`-4,371.60`, `+1,825`). */
function signed(value: Decimal, digits: number): string {
  const [int = '0', frac] = value.abs().toFixed(digits).split('.');
  const sign = value.isZero() ? '' : value.isNegative() ? '-' : '+';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac === undefined ? '' : `.${frac}`}`;
}

/**
 * Says how much of a change each factor caused (因素分解): for a product of named factors —
 * sales = visitors × conversion rate × AOV, or impressions × CTR × conversion × AOV, or any
 * other — the change of the product between `base` and `current` is split into one effect
 * per factor, and the effects add up exactly to the change. "Yesterday missed by 4,200:
 * traffic −5,100, conversion +1,300, AOV −400."
 *
 * - `'shapley'` (default): the exact Shapley value (every order of change, averaged; no
 *   sampling), order-independent and correct with zeros. Up to {@link MAX_FACTORS} factors.
 * - `'lmdi'`: the log-mean Divisia index, Eᵢ = L(V₁, V₀) · ln(xᵢ₁ / xᵢ₀). It needs every factor
 *   above 0 in both periods: a zero throws `INFEASIBLE` (use Shapley then).
 *
 * Effects are money when the product is, so they come as `Decimal`s in whole `unit`s (fen by
 * default): computed in decimal arithmetic (40 significant digits; Shapley exactly up to the
 * final division by n!), then rounded to units by largest remainder against the change
 * (`current − base`, rounded to the unit) — so they always add up to `total` to the fen, as the
 * morning brief prints them. Shapley costs 2^n products: 3 factors take microseconds, 12 (the
 * bound) about a tenth of a second; LMDI needs n + 1 decimal logarithms, about 2 ms for 3 factors.
 *
 * @param base - the factors before (yesterday's target drivers, last week …), each ≥ 0.
 * @param current - the same factors after; the same names.
 * @param options - `method`, `unit`, `locale`, extra messages (`FACTOR_<name>` labels).
 * @returns the change (`total`), each factor's effect and share, and a summary message.
 * @throws StoreOpsError `INVALID_INPUT` for a bad factor (path `base.x` / `current.x`), names that
 *   differ, no factor or more than 12 (path `base`); `INVALID_OPTIONS` for a bad method, unit or
 *   locale; `INFEASIBLE` for LMDI with a zero factor (path of that factor).
 * @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop) (which driver fell short: find the cause)
 * @example
 * ```ts
 * import { attributeChange } from 'storeops/goals';
 * const target = { visitors: 4200, conversionRate: 0.03, aov: 238 };
 * const actual = { visitors: 3500, conversionRate: 0.032, aov: 236 };
 * const a = attributeChange(target, actual, { locale: 'en', unit: 1 });
 * a.total //=> -3556
 * a.effects //=> { visitors: -5143, conversionRate: 1825, aov: -238 }
 * a.message //=> 'Change -3,556: traffic -5,143, conversion +1,825, AOV -238'
 * attributeChange({ visitors: 100, aov: 50 }, { visitors: 120, aov: 50 }, { method: 'lmdi' }).effects //=> { visitors: 1000, aov: 0 }
 * attributeChange({ visitors: 0, aov: 50 }, { visitors: 10, aov: 50 }, { method: 'lmdi' }) //=> throws INFEASIBLE
 * ```
 */
export function attributeChange(base: Factors, current: Factors, options: AttributeChangeOptions = {}): Attribution {
  checkFactorCount(base, 'base');
  checkFactorCount(current, 'current');
  const b = parseInput(factorsSchema, base, { prefix: ['base'] });
  const c = parseInput(factorsSchema, current, { prefix: ['current'] });
  // JSON.parse makes a "__proto__" key an own field; zod's copy drops it: refuse it by name.
  assertKeysKept(base, b, ['base'], 'INVALID_INPUT', 'a factor may not be named "__proto__"');
  assertKeysKept(current, c, ['current'], 'INVALID_INPUT', 'a factor may not be named "__proto__"');
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const method = opts.method ?? 'shapley';
  const unit = parseUnit(opts.unit, 'unit', 'INVALID_OPTIONS');
  const locale = resolveLocale(opts.locale);
  const catalogs: MessageCatalog[] = opts.messages === undefined ? [goalsMessages] : [goalsMessages, opts.messages];

  const names = Object.keys(b);
  if (names.length === 0) fail('INVALID_INPUT', 'base', 'give at least one factor');
  // More than MAX_FACTORS factors were refused by checkFactorCount above.
  for (const name of names) if (!Object.prototype.hasOwnProperty.call(c, name)) fail('INVALID_INPUT', `current.${name}`, 'required: current must name the same factors as base');
  for (const name of Object.keys(c)) if (!Object.prototype.hasOwnProperty.call(b, name)) fail('INVALID_INPUT', `current.${name}`, 'unknown factor: base has no factor of this name');

  const d0 = names.map((name) => toDecimal(b[name] as MoneyInput, `base.${name}`));
  const d1 = names.map((name) => toDecimal(c[name] as MoneyInput, `current.${name}`));
  if (method === 'lmdi') {
    names.forEach((name, j) => {
      if ((d0[j] as Decimal).isZero()) fail('INFEASIBLE', `base.${name}`, 'LMDI needs every factor above 0; use method "shapley" for zeros');
      if ((d1[j] as Decimal).isZero()) fail('INFEASIBLE', `current.${name}`, 'LMDI needs every factor above 0; use method "shapley" for zeros');
    });
  }
  const product = (ds: readonly Decimal[]) => ds.reduce((p, x) => p.times(x), new StoreDecimal(1));
  // Every product Shapley forms is at most Π max(base, current): bound it in units of the result,
  // so the effects stay exact in 40 significant digits (and rounding them settles in one step).
  const bound = product(d0.map((x, j) => StoreDecimal.max(x, d1[j] as Decimal))).div(unit);
  if (bound.gte(new StoreDecimal(10).pow(LIMITS.MAX_PRODUCT_UNITS_DIGITS))) {
    exceeds(
      'INVALID_INPUT',
      formatPath([product(d1).gt(product(d0)) ? 'current' : 'base']),
      'MAX_PRODUCT_UNITS_DIGITS',
      `the product of the factors ${names.join(' × ')} in units of ${unit.toString()} (about ${bound.toExponential(0)}, in digits)`,
    );
  }
  const v0 = product(d0);
  const v1 = product(d1);
  // Products are not money (they may exceed its range): round the change to the unit directly.
  const total = v1.minus(v0).div(unit).toDecimalPlaces(0, StoreDecimal.ROUND_HALF_UP).times(unit);
  const totalUnits = toUnits(total, unit) as bigint;

  const raw = method === 'lmdi' ? lmdiEffects(d0, d1) : shapleyEffects(d0, d1);
  const inUnits = raw.map((e) => e.div(unit));
  const units = roundToTotal(inUnits, totalUnits);

  const effects: Record<string, Decimal> = {};
  const shares: Record<string, number | null> = {};
  const digits = toScaled(unit).s;
  const parts: string[] = [];
  names.forEach((name, j) => {
    const effect = fromUnits(units[j] as bigint, unit);
    effects[name] = effect;
    shares[name] = amountRatio(effect, total);
    const code = `FACTOR_${name}`;
    const label = renderMessage(code, locale, {}, catalogs);
    parts.push(`${label === code ? name : label} ${signed(effect, digits)}`);
  });
  const params: MessageParams = { total: signed(total, digits), effects: parts.join(locale === 'zh-CN' ? '，' : ', ') };
  return {
    method,
    unit,
    base: v0,
    current: v1,
    total,
    effects,
    shares,
    code: 'ATTRIBUTION_SUMMARY',
    message: renderMessage('ATTRIBUTION_SUMMARY', locale, params, catalogs),
    params,
  };
}
