import * as z from 'zod/mini';
import { toDecimal, type Decimal } from '../core/decimal.js';
import { fail, formatPath } from '../core/errors.js';
import { messageCatalogSchema, renderMessage, resolveLocale, type Locale, type MessageCatalog } from '../core/i18n.js';
import { isNonNegativeMoney, nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { parseInput } from '../core/validate.js';
import { profitMessages } from './messages.js';
import { inverseRatio } from './unitEconomics.js';
import { pure } from '../core/pure.js';

/**
 * Unavoidable costs are paid once you sell; elastic costs are a choice — the room the
 * unavoidable costs leave decides how much promotion and how many people a store can afford.
 * @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost)
 */
export type CostKind = 'unavoidable' | 'elastic';

/** A cost line with its kind: any line not in {@link standardCostKinds}, or a standard one whose kind you reclassify. */
export interface CostLineInput {
  /** The amount for the period, in yuan (zero or more). */
  amount: MoneyInput;
  /** Unavoidable or elastic. */
  kind: CostKind;
}

/** The standard cost lines of a period. */
export type StandardCostLine = keyof typeof standardCostKinds;

/** A period's revenue and costs, in yuan. */
export interface ProfitStatementInput {
  /** 销售额: paid amount of the period. */
  revenue: MoneyInput;
  /** 退款: refunded in the period (may exceed revenue when earlier sales are refunded). */
  refunds?: MoneyInput;
  /**
   * Amounts by line. `productCost` is required; the other standard lines are optional; any other
   * line is `{ amount, kind }`.
   */
  costs: { [K in StandardCostLine]?: MoneyInput | CostLineInput } & { [line: string]: MoneyInput | CostLineInput | undefined };
}

/** One line of a {@link ProfitStatement}. */
export interface ProfitLine {
  /** The line's key, e.g. `productCost` or a custom name. */
  name: string;
  /** Its label in the requested locale (a custom line's name). */
  label: string;
  /** Unavoidable or elastic. */
  kind: CostKind;
  /** The amount, in yuan. */
  amount: Decimal;
  /** Amount ÷ net revenue; `null` when net revenue is 0 or less. */
  share: number | null;
}

/** A period's P&L. Every amount is exact; the lines add up to the totals. */
export interface ProfitStatement {
  revenue: Decimal;
  refunds: Decimal;
  /** Revenue − refunds. */
  netRevenue: Decimal;
  /** The standard lines given, in the domain reference order, then the custom lines in the order given. */
  lines: ProfitLine[];
  unavoidableCosts: Decimal;
  elasticCosts: Decimal;
  totalCosts: Decimal;
  /** Net revenue − product cost. */
  grossProfit: Decimal;
  /** Net revenue − unavoidable costs: the room for elastic costs and profit. */
  contribution: Decimal;
  /** Contribution − elastic costs. */
  operatingProfit: Decimal;
  /** Each ÷ net revenue; `null` when net revenue is 0 or less. */
  grossMarginRate: number | null;
  contributionMarginRate: number | null;
  operatingMarginRate: number | null;
  /** 推广费占比, 工资占比, 风险占比: line ÷ net revenue; `null` when the line is not given or net revenue is 0 or less. */
  promotionShare: number | null;
  salaryShare: number | null;
  riskShare: number | null;
}

/** Options of {@link profitStatement}. */
export interface ProfitStatementOptions {
  /** Language of the line labels: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement labels by code (e.g. from a plugin). */
  messages?: MessageCatalog;
}

/**
 * The kind of each standard cost line.
 * @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost)
 */
export const standardCostKinds = /* @__PURE__ */ Object.freeze({
  productCost: 'unavoidable',
  production: 'unavoidable',
  platformFees: 'unavoidable',
  shipping: 'unavoidable',
  packaging: 'unavoidable',
  tax: 'unavoidable',
  risk: 'unavoidable',
  salaries: 'elastic',
  rent: 'elastic',
  promotion: 'elastic',
} as const satisfies Record<string, CostKind>);

const lineSchema = /* @__PURE__ */ pure(() => z.union([
  nonNegativeMoneySchema,
  z.strictObject({ amount: nonNegativeMoneySchema, kind: z.enum(['unavoidable', 'elastic']) }),
]));

/** zod schema of {@link ProfitStatementInput}: amounts zero or more, `productCost` required. */
export const profitStatementInputSchema = /* @__PURE__ */ pure(() => z.object({
  revenue: nonNegativeMoneySchema,
  refunds: z.optional(nonNegativeMoneySchema),
  costs: z.record(z.string(), lineSchema),
}));

const optionsSchema = /* @__PURE__ */ pure(() => z.object({
  locale: z.optional(z.unknown()),
  messages: z.optional(messageCatalogSchema),
}));

const labelCode = (name: string) => `PROFIT_LINE_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;

/**
 * A period's profit and loss (算利润): every cost line with its kind and share of net revenue;
 * gross profit (net revenue − product cost), contribution (net revenue − unavoidable costs) and
 * operating profit (contribution − elastic costs) with their margins; and the promotion, salary
 * and risk shares an operator watches. `productCost`, `production`, `platformFees`, `shipping`,
 * `packaging`, `tax`, `risk` are unavoidable; `salaries`, `rent`, `promotion` elastic; any
 * other line is `{ amount, kind }`. Amounts are exact `Decimal`s, so lines add up to the
 * totals to the cent; shares are ratios with the null policy.
 *
 * @param input - revenue, refunds and cost lines of the period, in yuan.
 * @param options - `locale` of the line labels.
 * @throws StoreOpsError `INVALID_INPUT` with the path of the bad field: a negative amount, a
 *   missing `productCost`, a custom line without `kind` or named `__proto__`.
 * @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost)
 * @example
 * ```ts
 * import { profitStatement } from 'storeops/profit';
 * const pnl = profitStatement({
 *   revenue: '100000', refunds: '5000',
 *   costs: { productCost: '38000', platformFees: '5700', shipping: '6000', promotion: '15000', salaries: '12000', samples: { amount: '800', kind: 'unavoidable' } },
 * });
 * pnl.netRevenue //=> 95000
 * pnl.contribution //=> 44500
 * pnl.operatingProfit //=> 17500
 * pnl.promotionShare //=> 15000 / 95000
 * pnl.lines.map((l) => `${l.label} ${l.kind}`) //=> ['产品成本 unavoidable', '平台费用 unavoidable', '快递费 unavoidable', '工资 elastic', '推广费 elastic', 'samples unavoidable']
 * profitStatement({ revenue: 100, costs: { productCost: -1 } }) //=> throws INVALID_INPUT
 * ```
 */
export function profitStatement(input: ProfitStatementInput, options: ProfitStatementOptions = {}): ProfitStatement {
  const v = parseInput(profitStatementInputSchema, input);
  // zod leaves a `__proto__` key out of the parsed record: refuse it rather than lose the line.
  if (Object.prototype.hasOwnProperty.call(input.costs, '__proto__')) fail('INVALID_INPUT', formatPath(['costs', '__proto__']), 'reserved name: rename this cost line');
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale);
  const catalogs: MessageCatalog[] = opts.messages === undefined ? [profitMessages] : [profitMessages, opts.messages];
  if (v.costs['productCost'] === undefined) fail('INVALID_INPUT', 'costs.productCost', 'required: the cost of the goods sold (0 if none)');

  const revenue = toDecimal(v.revenue);
  const refunds = toDecimal(v.refunds ?? 0);
  const netRevenue = revenue.minus(refunds);
  const shareOf = (amount: Decimal | undefined) => (amount === undefined ? null : inverseRatio(netRevenue, amount));

  // Own keys only: `in` would take inherited names (`constructor`, `toString`) for standard lines.
  const isStandard = (name: string) => Object.prototype.hasOwnProperty.call(standardCostKinds, name);
  const standard = Object.keys(standardCostKinds) as StandardCostLine[];
  const names = [...standard.filter((k) => v.costs[k] !== undefined), ...Object.keys(v.costs).filter((k) => !isStandard(k))];
  const lines: ProfitLine[] = [];
  const totals = { unavoidable: toDecimal(0), elastic: toDecimal(0) };
  const amounts = new Map<string, Decimal>();
  for (const name of names) {
    const given = v.costs[name];
    const standardLine = isStandard(name);
    if (isNonNegativeMoney(given) && !standardLine) fail('INVALID_INPUT', formatPath(['costs', name]), 'a custom cost line needs { amount, kind }');
    const line = isNonNegativeMoney(given) ? { amount: given, kind: standardCostKinds[name as StandardCostLine] } : (given as CostLineInput);
    const amount = toDecimal(line.amount);
    totals[line.kind] = totals[line.kind].plus(amount);
    amounts.set(name, amount);
    const label = standardLine ? renderMessage(labelCode(name), locale, {}, catalogs) : name;
    lines.push({ name, label, kind: line.kind, amount, share: shareOf(amount) });
  }

  const totalCosts = totals.unavoidable.plus(totals.elastic);
  const grossProfit = netRevenue.minus(amounts.get('productCost') as Decimal);
  const contribution = netRevenue.minus(totals.unavoidable);
  const operatingProfit = contribution.minus(totals.elastic);
  return {
    revenue,
    refunds,
    netRevenue,
    lines,
    unavoidableCosts: totals.unavoidable,
    elasticCosts: totals.elastic,
    totalCosts,
    grossProfit,
    contribution,
    operatingProfit,
    grossMarginRate: shareOf(grossProfit),
    contributionMarginRate: shareOf(contribution),
    operatingMarginRate: shareOf(operatingProfit),
    promotionShare: shareOf(amounts.get('promotion')),
    salaryShare: shareOf(amounts.get('salaries')),
    riskShare: shareOf(amounts.get('risk')),
  };
}
