/**
 * Profit and cost (算利润): the economics of one order, a period's P&L with unavoidable and
 * elastic costs, break-even ROI and CPC, and the promotion budget a store can afford.
 * @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost)
 *
 * @module profit
 */
export { unitEconomics, unitEconomicsInputSchema, type OrderMix, type RefundMix, type UnitCosts, type UnitEconomics, type UnitEconomicsInput } from './unitEconomics.js';
export { breakEvenCpc, breakEvenCpcInputSchema, type BreakEvenCpcInput } from './breakEvenCpc.js';
export { settlementBreakEvenRoi, settlementBreakEvenRoiInputSchema, type SettlementBreakEvenRoiInput } from './settlementBreakEvenRoi.js';
export {
  profitStatement,
  profitStatementInputSchema,
  standardCostKinds,
  type CostKind,
  type CostLineInput,
  type ProfitLine,
  type ProfitStatement,
  type ProfitStatementInput,
  type ProfitStatementOptions,
  type StandardCostLine,
} from './profitStatement.js';
export { promotionBudget, promotionBudgetInputSchema, type PromotionBudget, type PromotionBudgetInput } from './promotionBudget.js';
export { profitMessages, type ProfitMessageCode } from './messages.js';
