import type { ModuleFinding } from '../../core/findings.js';
import { memberFindings, type MemberFindingsOptions } from '../../members/memberFindings.js';
import type { MemberOrder } from '../../members/orders.js';
import { serviceFindings } from '../../service/serviceFindings.js';
import type { AgentInput, ServiceCategoryAverage } from '../../service/scoreAgents.js';
import { stockCover } from '../../stock/stockCover.js';
import type { StockItemInput } from '../../stock/stockCover.js';
import { under, type BriefContext, withPlugins } from '../context.js';

/** Customer service as the brief reads it: the agents' inquiries and, optionally, the category's averages. */
export interface BriefServiceInput {
  /** Each agent's 询单 numbers for the period, as for `scoreAgents`. */
  agents: readonly AgentInput[];
  /** The category's averages. */
  categoryAverage?: ServiceCategoryAverage;
}

/** Members as the brief reads them: paid orders, and options of `memberFindings` (its `asOf` is the brief's date). */
export interface BriefMembersInput {
  /** Paid orders (`{ buyerId, date, amount }`). */
  orders: readonly MemberOrder[];
  /** Options of `memberFindings` other than `asOf` and `locale`. */
  options?: Omit<MemberFindingsOptions, 'asOf' | 'locale'>;
}

/** The findings the modules hand to the brief, with the numbers of their checks. @internal */
export function take(ctx: BriefContext, findings: readonly ModuleFinding[]): void {
  for (const f of findings) {
    const numbers: Record<string, number | string | null> = {};
    for (const c of f.checks) numbers[c.metric] = c.value;
    if (f.moneyAtStake !== null) numbers['moneyAtStake'] = f.moneyAtStake.toFixed(2);
    ctx.findings.push({ ...f, numbers, moneyAtStake: f.moneyAtStake === null ? null : f.moneyAtStake.abs(), material: true });
  }
}

/**
 * Service, stock and members: each module judges its own data (`serviceFindings`,
 * `stockCover(…).findings`, `memberFindings`) and the brief takes their findings as they are, adding the
 * numbers of their checks. A module without input is not run (and not listed as skipped: these
 * areas are optional parts of the routine).
 * @internal
 */
export function moduleAreas(ctx: BriefContext, input: { service?: BriefServiceInput; stock?: readonly StockItemInput[]; members?: BriefMembersInput }): void {
  const locale = ctx.locale;
  if (input.service !== undefined) {
    const s = input.service;
    take(ctx, under('service.agents', () => serviceFindings(s.agents, { locale, ...withPlugins(ctx), ...(s.categoryAverage === undefined ? {} : { categoryAverage: s.categoryAverage }) })));
  }
  if (input.stock !== undefined) {
    const items = input.stock;
    take(ctx, under('stock', () => stockCover(items, { locale, ...withPlugins(ctx) }).findings));
  }
  if (input.members !== undefined) {
    const m = input.members;
    take(ctx, under('members.orders', () => memberFindings(m.orders, { ...(m.options ?? {}), asOf: ctx.input.date, locale, ...withPlugins(ctx) })));
  }
}
