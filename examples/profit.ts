// Profit (算利润): what one order leaves, a month's P&L with unavoidable and elastic costs, and how
// much promotion the month can afford while keeping a target profit.
// Run: npx tsx examples/profit.ts
import { formatMoney, formatPercent, toDecimal } from 'storeops/core';
import { breakEvenCpc, profitStatement, promotionBudget, settlementBreakEvenRoi, unitEconomics } from 'storeops/profit';

// One order: a 100-yuan item costing 40, Tmall commission 5%, courier 8, packaging 2.
export const unit = unitEconomics({ price: '100', unitCost: '40', commissionRate: 0.05, shippingCost: '8', packagingCost: '2' });
export const cpc = breakEvenCpc({ conversionRate: 0.03, aov: unit.revenue, contributionMarginRate: unit.contributionMarginRate ?? 0 });
export const settlementRoi = settlementBreakEvenRoi({ contributionMarginRate: 0.5, refundRate: 0.1, feeRate: 0.05 });

// A month: 3,000 orders of that item, 150 refunded.
export const month = profitStatement(
  {
    revenue: '300000',
    refunds: '15000',
    costs: {
      productCost: '114000', // 2,850 kept orders × 40
      platformFees: '14250',
      shipping: '24000',
      packaging: '6000',
      production: '3000',
      risk: '2500',
      salaries: '36000',
      rent: '6000',
      promotion: '42000',
      software: { amount: '800', kind: 'elastic' },
    },
  },
  { locale: 'en' },
);

// Next month, same sales and unavoidable costs: how much promotion keeps 30,000 of profit?
export const budget = promotionBudget({
  revenue: month.netRevenue,
  contribution: month.contribution,
  otherElasticCosts: month.elasticCosts.minus(month.lines.find((l) => l.name === 'promotion')?.amount ?? 0),
  targetProfit: '30000',
  plannedPromotion: '40000',
  salaryPerHead: '6000',
});

console.log(`One order: contribution ${formatMoney(unit.contribution)}, margin ${formatPercent(unit.contributionMarginRate)}, break-even ROI ${unit.breakEvenRoi?.toFixed(2)}`);
console.log(`Break-even CPC at 3% conversion: ${formatMoney(toDecimal(cpc ?? 0).toDecimalPlaces(2, 1 /* ROUND_DOWN */))}; settlement break-even ROI ${settlementRoi?.toFixed(2)}`);
for (const line of month.lines) console.log(`  ${line.label.padEnd(28)} ${line.kind.padEnd(12)} ${formatMoney(line.amount).padStart(12)}  ${formatPercent(line.share, 1)}`);
console.log(`Net revenue ${formatMoney(month.netRevenue)}; contribution ${formatMoney(month.contribution)}; operating profit ${formatMoney(month.operatingProfit)} (${formatPercent(month.operatingMarginRate, 1)})`);
console.log(`Promotion share ${formatPercent(month.promotionShare, 1)}, salary share ${formatPercent(month.salaryShare, 1)}, risk share ${formatPercent(month.riskShare, 1)}`);
console.log(`Largest promotion keeping 30,000 profit: ${formatMoney(budget.maxPromotion)}; with 40,000 planned, salary room ${formatMoney(budget.salaryRoom)}, ${budget.extraHeadcount} more hire(s) at 6,000`);
