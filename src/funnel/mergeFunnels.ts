import * as z from 'zod/mini';
import { StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import { fail } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { OPTIONAL_COUNT_FIELDS, funnelCountsSchema, type FunnelCounts, type FunnelTotals } from './counts.js';

const listSchema = /* @__PURE__ */ z.array(funnelCountsSchema);

/** Fails with `INFEASIBLE` when a summed count is no longer an exact integer. @internal */
export function assertSafeSum(value: number, field: string): void {
  if (!Number.isSafeInteger(value)) fail('INFEASIBLE', field, `the sum exceeds ${Number.MAX_SAFE_INTEGER} and cannot be counted exactly`);
}

/**
 * Merges funnels by summing their counts and amounts exactly (a period of days, a group of
 * sources, items or stores). The metrics of the result are ratios of these sums — the period's
 * conversion is Σbuyers / Σvisitors, never the mean of daily rates: days with 1/100 and 9/900
 * give 10/1000 = 1%, not the 5.5% an average would claim.
 *
 * Unique visitors do not add up ([domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)): summed daily UVs count a person who came
 * on three days three times, and a person who came through two sources twice. The sum is
 * the right denominator for "buyers per daily visitor" and for exact roll-ups that must merge
 * again (partial results from many machines or SQL); for the distinct visitors of a week or
 * month, use that period's own 生意参谋 export.
 *
 * An optional field is summed only when every funnel has it (a partial sum would mislead);
 * otherwise it is left out, and the metrics that need it are `null`. `presale` is `true` when
 * any funnel is presale. The merge is associative and commutative.
 *
 * @param list - funnels to merge (money in yuan, any {@link FunnelCounts} or earlier totals).
 * @returns the summed counts, money as `Decimal`; an empty list gives zero visitors, buyers and paid amount.
 * @throws StoreOpsError `INVALID_INPUT` with the path of a bad field (e.g. `[1].visitors`).
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { mergeFunnels, funnelMetrics } from 'storeops/funnel';
 * const week = mergeFunnels([
 *   { visitors: 100, buyers: 1, paidAmount: '238' },
 *   { visitors: 900, buyers: 9, paidAmount: '2142' },
 * ]);
 * week //=> { visitors: 1000, buyers: 10, paidAmount: 2380 }
 * funnelMetrics(week).conversionRate //=> 0.01
 * mergeFunnels([{ visitors: 1, buyers: 0, paidAmount: 'NaN' }]) //=> throws INVALID_INPUT
 * ```
 */
export function mergeFunnels(list: readonly FunnelCounts[]): FunnelTotals {
  const items = parseInput(listSchema, list);
  let visitors = 0;
  let buyers = 0;
  let paid: Decimal = new StoreDecimal(0);
  let spend: Decimal | null = new StoreDecimal(0);
  let refund: Decimal | null = new StoreDecimal(0);
  const sums: Partial<Record<(typeof OPTIONAL_COUNT_FIELDS)[number], number>> = {};
  const missing = new Set<string>();
  let presale = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as (typeof items)[number];
    visitors += item.visitors;
    buyers += item.buyers;
    paid = paid.plus(toDecimal(item.paidAmount));
    spend = spend === null || item.spend === undefined ? null : spend.plus(toDecimal(item.spend));
    refund = refund === null || item.refundAmount === undefined ? null : refund.plus(toDecimal(item.refundAmount));
    for (const field of OPTIONAL_COUNT_FIELDS) {
      const value = item[field];
      if (value === undefined) missing.add(field);
      else sums[field] = (sums[field] ?? 0) + value;
    }
    if (item.presale === true) presale = true;
  }
  const out: FunnelTotals = { visitors, buyers, paidAmount: paid };
  assertSafeSum(visitors, 'visitors');
  assertSafeSum(buyers, 'buyers');
  for (const field of OPTIONAL_COUNT_FIELDS) {
    const sum = sums[field];
    if (sum === undefined || missing.has(field)) continue;
    assertSafeSum(sum, field);
    out[field] = sum;
  }
  if (items.length > 0) {
    if (spend !== null) out.spend = spend;
    if (refund !== null) out.refundAmount = refund;
  }
  if (presale) out.presale = true;
  return out;
}
