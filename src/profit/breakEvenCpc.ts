import * as z from 'zod/mini';
import { toDecimal, type Decimal } from '../core/decimal.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { parseInput, rateSchema } from '../core/validate.js';
import { pure } from '../core/pure.js';

/** What {@link breakEvenCpc} needs. */
export interface BreakEvenCpcInput {
  /** 转化率 of the paid clicks: buyers ÷ clicks, in [0, 1]. */
  conversionRate: number;
  /** 客单价 AOV of those buyers, in yuan. */
  aov: MoneyInput;
  /** Contribution margin rate before ad spend (from {@link unitEconomics}), at most 1. */
  contributionMarginRate: number;
}

/** zod schema of {@link BreakEvenCpcInput}. */
export const breakEvenCpcInputSchema = /* @__PURE__ */ pure(() => z.object({
  conversionRate: rateSchema,
  aov: nonNegativeMoneySchema,
  contributionMarginRate: z.number().check(z.lte(1)),
}));

/**
 * 保本PPC: the most a click may cost before the ads lose money — each click earns
 * conversion × AOV × contribution margin, so that is the break-even CPC. Exact; round down to
 * the fen for a bid (`roundToUnit(x, '0.01', 'down')`). `null` when the margin is ≤ 0.
 *
 * @param input - conversion rate (0–1), AOV in yuan, contribution margin rate.
 * @returns the break-even CPC in yuan, or `null`.
 * @throws StoreOpsError `INVALID_INPUT` for a rate above 1 or a negative AOV.
 * @see [domain reference §5 §7](../../docs/domain.en.md#5-profit-and-cost)
 * @example
 * ```ts
 * import { breakEvenCpc } from 'storeops/profit';
 * breakEvenCpc({ conversionRate: 0.03, aov: 100, contributionMarginRate: 0.45 }) //=> 1.35
 * breakEvenCpc({ conversionRate: 0.03, aov: 100, contributionMarginRate: -0.1 }) //=> null
 * ```
 */
export function breakEvenCpc(input: BreakEvenCpcInput): Decimal | null {
  const v = parseInput(breakEvenCpcInputSchema, input);
  if (v.contributionMarginRate <= 0) return null;
  return toDecimal(v.aov).times(v.conversionRate).times(v.contributionMarginRate);
}
