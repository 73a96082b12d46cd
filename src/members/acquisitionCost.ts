import * as z from 'zod/mini';
import { StoreDecimal, toDecimal, type Decimal, amountRatio, moneyPerUnit } from '../core/decimal.js';
import { fail } from '../core/errors.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { countSchema, parseInput, positiveSchema } from '../core/validate.js';
import { pure } from '../core/pure.js';

/** A store's promotion spend and buyers, new and returning, over one period. */
export interface AcquisitionCostInput {
  /** 新买家数 (count). */
  newBuyers: number;
  /** 老买家数 (count). */
  returningBuyers: number;
  /** Total spend in yuan to win these buyers; split by `costRatio` when the parts are not known. */
  spend?: MoneyInput;
  /** Spend on new buyers in yuan (with `returningBuyerSpend`: the store's own ratio is measured). */
  newBuyerSpend?: MoneyInput;
  /** Spend on returning buyers in yuan (member marketing, coupons, SMS). */
  returningBuyerSpend?: MoneyInput;
}

/** Options of {@link acquisitionCost}. */
export interface AcquisitionCostOptions {
  /** How many times a new buyer costs a returning one, used to split `spend`; 6 by default. @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic) */
  costRatio?: number;
}

/** What a new and a returning buyer cost. Amounts are `null` where a buyer count is 0. */
export interface AcquisitionCost {
  /** `measured` from the store's own split of spend, or `assumed` from `costRatio`. */
  basis: 'measured' | 'assumed';
  /** Spend per new buyer, in yuan, rounded to the fen. */
  costPerNewBuyer: Decimal | null;
  /** Spend per returning buyer, in yuan, rounded to the fen. */
  costPerReturningBuyer: Decimal | null;
  /** Cost per new buyer / cost per returning buyer, from the exact costs (the seeds' rule of thumb: about 6). */
  costRatio: number | null;
  /** What keeping a buyer saves against winning a new one: cost per new − cost per returning buyer (exact, then rounded to the fen), in yuan. */
  savingPerRetainedBuyer: Decimal | null;
}

/** zod schema of {@link AcquisitionCostInput}. */
export const acquisitionCostInputSchema = /* @__PURE__ */ pure(() => z.object({
  newBuyers: countSchema,
  returningBuyers: countSchema,
  spend: z.optional(nonNegativeMoneySchema),
  newBuyerSpend: z.optional(nonNegativeMoneySchema),
  returningBuyerSpend: z.optional(nonNegativeMoneySchema),
}));

const optionsSchema = /* @__PURE__ */ pure(() => z.object({ costRatio: z.optional(positiveSchema) }));

/**
 * The new-against-returning buyer cost comparison (a new customer costs about 6× a returning
 * one): from the store's own spend split by buyer type when given (`measured`), otherwise the
 * total `spend` is split so that a new buyer costs `costRatio` times a returning one
 * (`assumed`): cost per returning buyer = spend / (ratio × new buyers + returning buyers).
 *
 * @param input - buyer counts and the spend (total, or by buyer type), in yuan.
 * @param options - `costRatio` (6, [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)).
 * @returns costs per buyer, their ratio and the saving per retained buyer.
 * @throws StoreOpsError `INVALID_INPUT` for a bad field, or without `spend` nor both split spends (path `spend`).
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { acquisitionCost } from 'storeops/members';
 * const assumed = acquisitionCost({ spend: 8000, newBuyers: 100, returningBuyers: 200 });
 * assumed.costPerReturningBuyer //=> 10
 * assumed.costPerNewBuyer //=> 60
 * assumed.savingPerRetainedBuyer //=> 50
 * acquisitionCost({ newBuyerSpend: 4500, returningBuyerSpend: 1500, newBuyers: 100, returningBuyers: 300 }).costRatio //=> 9
 * acquisitionCost({ newBuyers: 1, returningBuyers: 1 }) //=> throws INVALID_INPUT
 * ```
 */
export function acquisitionCost(input: AcquisitionCostInput, options: AcquisitionCostOptions = {}): AcquisitionCost {
  const v = parseInput(acquisitionCostInputSchema, input);
  const k = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' }).costRatio ?? 6;
  const per = (amount: Decimal, n: number) => (n === 0 ? null : amount.div(n));
  let costPerNewBuyer: Decimal | null;
  let costPerReturningBuyer: Decimal | null;
  let basis: AcquisitionCost['basis'];
  if (v.newBuyerSpend !== undefined && v.returningBuyerSpend !== undefined) {
    basis = 'measured';
    costPerNewBuyer = per(toDecimal(v.newBuyerSpend), v.newBuyers);
    costPerReturningBuyer = per(toDecimal(v.returningBuyerSpend), v.returningBuyers);
  } else if (v.spend !== undefined) {
    basis = 'assumed';
    const weight = new StoreDecimal(k).times(v.newBuyers).plus(v.returningBuyers);
    const unit = weight.isZero() ? null : toDecimal(v.spend).div(weight);
    costPerReturningBuyer = unit;
    costPerNewBuyer = unit === null ? null : unit.times(k);
  } else {
    fail('INVALID_INPUT', 'spend', 'required: give spend, or newBuyerSpend and returningBuyerSpend');
  }
  const both = costPerNewBuyer !== null && costPerReturningBuyer !== null;
  // The ratio and the saving come from the exact costs; the costs are shown to the fen.
  return {
    basis,
    costPerNewBuyer: moneyPerUnit(costPerNewBuyer),
    costPerReturningBuyer: moneyPerUnit(costPerReturningBuyer),
    // amountRatio: null, never Infinity, when the quotient is beyond a number.
    costRatio: both ? amountRatio(costPerNewBuyer, costPerReturningBuyer) : null,
    savingPerRetainedBuyer: both ? moneyPerUnit((costPerNewBuyer as Decimal).minus(costPerReturningBuyer as Decimal)) : null,
  };
}
