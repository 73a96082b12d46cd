import * as z from 'zod/mini';
import { fromDayNumber, isoDateSchema, toDayNumber, type IsoDate } from '../core/dates.js';
import { moneyPerUnit, type Decimal } from '../core/decimal.js';
import { ratio } from '../core/ratio.js';
import { parseInput } from '../core/validate.js';
import { addAmount, emptySum, parseOrders, sumValue, type MemberOrder, type ParsedOrder } from './orders.js';
import { pure } from '../core/pure.js';

/** Options of {@link memberStats}. */
export interface MemberStatsOptions {
  /** Last day of the period (included). */
  asOf: IsoDate;
  /** Calendar days in the period, ending on `asOf` (1–3660); storeops default 30. */
  windowDays?: number;
  /** Days before the period in which a returning buyer must have paid (1–3660); 365 by default ([domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)). */
  lookbackDays?: number;
}

/** Buyers of a period, new against returning. Ratios are `null` when there are no buyers. */
export interface MemberStats {
  /** The period: `windowDays` calendar days ending on `asOf`. */
  period: { start: IsoDate; end: IsoDate };
  /** The `lookbackDays` (365) calendar days before the period, where a returning buyer must have paid. */
  lookback: { start: IsoDate; end: IsoDate };
  /** Distinct buyers with an order in the period. */
  buyers: number;
  /** 老买家: buyers of the period who also paid in the 365 days before it. */
  returningBuyers: number;
  /** 新买家: buyers of the period who did not pay in the 365 days before it. */
  newBuyers: number;
  /** Returning buyers / buyers. */
  returningBuyerShare: number | null;
  /** Orders in the period. */
  orders: number;
  /** 购买频次: orders / buyers in the period. */
  ordersPerBuyer: number | null;
  /** Buyers who paid on two or more different days of the period. */
  repeatBuyers: number;
  /** 复购率: repeat buyers / buyers (several orders paid the same day count as one purchase). */
  repurchaseRate: number | null;
  /** Amount paid in the period, in yuan. */
  paidAmount: Decimal;
  /** Amount paid in the period by returning buyers, in yuan. */
  returningPaidAmount: Decimal;
  /** Returning buyers' share of the amount paid; `null` when nothing was paid. */
  returningRevenueShare: number | null;
  /** 客单价 over the period: paid amount / buyers, in yuan, rounded to the fen (half-up). */
  revenuePerBuyer: Decimal | null;
}

const optionsSchema = /* @__PURE__ */ pure(() => z.object({
  asOf: isoDateSchema,
  windowDays: z.optional(z.int().check(z.gte(1), z.lte(3660))),
  lookbackDays: z.optional(z.int().check(z.gte(1), z.lte(3660))),
}));

/**
 * Days before the period in which a returning buyer (老买家) must have paid: 365.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 */
export const RETURNING_LOOKBACK_DAYS = 365;

/** @internal The computation behind {@link memberStats}, over parsed orders. */
export function memberStatsWith(orders: readonly ParsedOrder[], asOf: number, windowDays: number, lookbackDays = RETURNING_LOOKBACK_DAYS): MemberStats {
  const start = asOf - windowDays + 1;
  const lookbackStart = start - lookbackDays;
  const before = new Set<string>();
  const days = new Map<string, Set<number>>();
  const periodOrders: ParsedOrder[] = [];
  for (const o of orders) {
    if (o.day > asOf || o.day < lookbackStart) continue;
    if (o.day < start) before.add(o.buyerId);
    else {
      periodOrders.push(o);
      let set = days.get(o.buyerId);
      if (set === undefined) days.set(o.buyerId, (set = new Set()));
      set.add(o.day);
    }
  }
  const paid = emptySum();
  const returningPaid = emptySum();
  for (const o of periodOrders) {
    addAmount(paid, o);
    if (before.has(o.buyerId)) addAmount(returningPaid, o);
  }
  let returning = 0;
  let repeat = 0;
  for (const [buyer, set] of days) {
    if (before.has(buyer)) returning++;
    if (set.size >= 2) repeat++;
  }
  const buyers = days.size;
  const paidAmount = sumValue(paid);
  const returningPaidAmount = sumValue(returningPaid);
  return {
    period: { start: fromDayNumber(start), end: fromDayNumber(asOf) },
    lookback: { start: fromDayNumber(lookbackStart), end: fromDayNumber(start - 1) },
    buyers,
    returningBuyers: returning,
    newBuyers: buyers - returning,
    returningBuyerShare: ratio(returning, buyers),
    orders: periodOrders.length,
    ordersPerBuyer: ratio(periodOrders.length, buyers),
    repeatBuyers: repeat,
    repurchaseRate: ratio(repeat, buyers),
    paidAmount,
    returningPaidAmount,
    returningRevenueShare: paidAmount.isZero() ? null : returningPaidAmount.div(paidAmount).toNumber(),
    revenuePerBuyer: buyers === 0 ? null : moneyPerUnit(paidAmount.div(buyers)),
  };
}

/**
 * Buyers of a period, new against returning (新老买家), from paid orders: a buyer is returning
 * (老买家) when they also paid in the 365 calendar days before the period; the repurchase rate
 * (复购率) is the share of the period's buyers who paid on two or more different days of it; the
 * order frequency is orders per buyer. The period is `windowDays` calendar days ending on `asOf`;
 * later orders are ignored.
 *
 * @param orders - paid orders: buyer id, day paid, amount in yuan.
 * @param options - `asOf` (required), `windowDays` (30) and `lookbackDays` (365).
 * @returns counts, shares and amounts of the period.
 * @throws StoreOpsError `INVALID_INPUT` for a bad order (path named, e.g. `[3].buyerId`,
 *   `[0].date` for `2026-02-30`); `INVALID_OPTIONS` for a bad `asOf` or `windowDays`.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { memberStats } from 'storeops/members';
 * const orders = [
 *   { buyerId: 'li', date: '2026-01-15', amount: '120.00' },
 *   { buyerId: 'li', date: '2026-03-02', amount: '80.00' },
 *   { buyerId: 'wu', date: '2026-03-05', amount: '60.00' },
 *   { buyerId: 'wu', date: '2026-03-20', amount: '40.00' },
 * ];
 * const march = memberStats(orders, { asOf: '2026-03-31', windowDays: 31 });
 * march.period //=> { start: '2026-03-01', end: '2026-03-31' }
 * march.returningBuyers //=> 1
 * march.returningBuyerShare //=> 0.5
 * march.repurchaseRate //=> 0.5
 * march.ordersPerBuyer //=> 1.5
 * march.paidAmount //=> 180
 * memberStats([{ buyerId: '', date: '2026-03-01', amount: 1 }], { asOf: '2026-03-31' }) //=> throws INVALID_INPUT
 * ```
 */
export function memberStats(orders: readonly MemberOrder[], options: MemberStatsOptions): MemberStats {
  const parsed = parseOrders(orders);
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  return memberStatsWith(parsed, toDayNumber(opts.asOf), opts.windowDays ?? 30, opts.lookbackDays ?? RETURNING_LOOKBACK_DAYS);
}
