import * as z from 'zod/mini';
import { roundToUnit, toDecimal, type Decimal } from '../core/decimal.js';
import { nonNegativeMoneySchema, moneySchema, type MoneyInput } from '../core/money.js';
import { parseInput } from '../core/validate.js';
import { inverseRatio } from './unitEconomics.js';
import { pure } from '../core/pure.js';

/** What {@link promotionBudget} needs: a period's expected revenue and what it leaves. */
export interface PromotionBudgetInput {
  /** Expected revenue of the period, in yuan. */
  revenue: MoneyInput;
  /** Contribution margin rate: what is left of revenue after the unavoidable costs, at most 1. Give it or `contribution`. */
  contributionMarginRate?: number;
  /** The contribution itself (revenue − unavoidable costs, e.g. from `profitStatement`), in yuan, exact; instead of the rate. */
  contribution?: MoneyInput;
  /** Elastic costs other than promotion (salaries, rent), in yuan: 0 by default. */
  otherElasticCosts?: MoneyInput;
  /** The profit to keep, in yuan (may be negative for a planned loss): 0 (break even) by default. */
  targetProfit?: MoneyInput;
  /** Promotion already planned, in yuan; what it leaves is the room for more salaries. 0 by default. */
  plannedPromotion?: MoneyInput;
  /** Monthly (or per-period) cost of one more person, in yuan; gives `extraHeadcount`. */
  salaryPerHead?: MoneyInput;
}

/** The result of {@link promotionBudget}. */
export interface PromotionBudget {
  /** Revenue × contribution margin rate. */
  contribution: Decimal;
  /** Contribution − target profit: what all elastic costs together may take. */
  elasticHeadroom: Decimal;
  /** The largest promotion spend that still meets the target profit, rounded down to the fen; 0 when there is none. */
  maxPromotion: Decimal;
  /** `maxPromotion ÷ revenue` (推广费占比 ceiling); `null` when revenue is 0. */
  maxPromotionShare: number | null;
  /** Whether the target is met even with no promotion. */
  feasible: boolean;
  /** Profit missing to reach the target even with no promotion (0 when feasible). */
  shortfall: Decimal;
  /** Headroom left after other elastic costs and `plannedPromotion`, rounded down to the fen: room for more salaries (0 when none). */
  salaryRoom: Decimal;
  /** Whole extra people `salaryRoom` pays for; `null` without `salaryPerHead`. */
  extraHeadcount: number | null;
}

/** zod schema of {@link PromotionBudgetInput}. */
export const promotionBudgetInputSchema = /* @__PURE__ */ pure(() => z.object({
  revenue: nonNegativeMoneySchema,
  contributionMarginRate: z.optional(z.number().check(z.lte(1))),
  contribution: z.optional(moneySchema),
  otherElasticCosts: z.optional(nonNegativeMoneySchema),
  targetProfit: z.optional(moneySchema),
  plannedPromotion: z.optional(nonNegativeMoneySchema),
  salaryPerHead: z.optional(nonNegativeMoneySchema),
}).check(
  z.refine((v) => (v.contributionMarginRate === undefined) !== (v.contribution === undefined), {
    error: 'give either contributionMarginRate or contribution',
    path: ['contributionMarginRate'],
  }),
));

/** A count of people as a number, or `null` when it is beyond a number (never Infinity). */
const finiteOrNull = (n: number): number | null => (Number.isFinite(n) ? n : null);

/**
 * How much promotion a period can afford (推广预算): the contribution left by the unavoidable
 * costs, minus the target profit, is the headroom for elastic costs; what the other elastic costs
 * (salaries, rent) leave of it is the largest promotion spend that still meets the target. With a
 * planned promotion, what is left is the room for salaries (and, with `salaryPerHead`, how many
 * more people). Revenue is taken as given: promotion that brings extra sales earns its own
 * contribution (judge that with break-even ROI). Budgets are rounded down to the fen, so spending
 * them exactly still meets the target.
 *
 * @param input - revenue and costs in yuan, the contribution margin rate (or the contribution).
 * @returns headroom, the largest promotion spend, the salary room.
 * @throws StoreOpsError `INVALID_INPUT` with the path: a margin rate above 1 (`45` meaning 45%), a negative cost.
 * @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost)
 * @example
 * ```ts
 * import { promotionBudget } from 'storeops/profit';
 * const b = promotionBudget({ revenue: 200000, contributionMarginRate: 0.45, otherElasticCosts: 30000, targetProfit: 20000 });
 * b.maxPromotion //=> 40000
 * b.maxPromotionShare //=> 0.2
 * promotionBudget({ revenue: 200000, contributionMarginRate: 0.45, otherElasticCosts: 30000, targetProfit: 20000, plannedPromotion: 25000, salaryPerHead: 6000 }) //=> { salaryRoom: 15000, extraHeadcount: 2 }
 * promotionBudget({ revenue: 100000, contributionMarginRate: 0.2, otherElasticCosts: 25000 }) //=> { feasible: false, shortfall: 5000, maxPromotion: 0 }
 * promotionBudget({ revenue: 285000, contribution: '121250', targetProfit: 30000 }).maxPromotion //=> 91250
 * ```
 */
export function promotionBudget(input: PromotionBudgetInput): PromotionBudget {
  const v = parseInput(promotionBudgetInputSchema, input);
  const revenue = toDecimal(v.revenue);
  const zero = toDecimal(0);
  // A zero is a zero: 0 × −0.1 and 100 × −0 are −0 in decimal.js, and −0 `isNegative()`.
  const unsigned = (x: Decimal) => (x.isZero() ? zero : x);
  const contribution = unsigned(v.contribution === undefined ? revenue.times(v.contributionMarginRate ?? 0) : toDecimal(v.contribution));
  const elasticHeadroom = unsigned(contribution.minus(toDecimal(v.targetProfit ?? 0)));
  const left = unsigned(elasticHeadroom.minus(toDecimal(v.otherElasticCosts ?? 0)));
  const floorFen = (x: Decimal) => (x.isNegative() ? zero : roundToUnit(x, '0.01', 'floor'));
  const maxPromotion = floorFen(left);
  const salaryRoom = floorFen(left.minus(toDecimal(v.plannedPromotion ?? 0)));
  const perHead = v.salaryPerHead === undefined ? null : toDecimal(v.salaryPerHead);
  return {
    contribution,
    elasticHeadroom,
    maxPromotion,
    maxPromotionShare: inverseRatio(revenue, maxPromotion),
    feasible: !left.isNegative(),
    shortfall: left.isNegative() ? left.negated() : zero,
    salaryRoom,
    extraHeadcount: perHead === null || perHead.isZero() ? null : finiteOrNull(salaryRoom.div(perHead).floor().toNumber()),
  };
}
