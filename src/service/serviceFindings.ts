import type { Check } from '../core/checks.js';
import { StoreDecimal, formatMoney, type Decimal } from '../core/decimal.js';
import { compareFindings, type FindingSeverity, type ModuleFinding } from '../core/findings.js';
import { formatPercent, type MessageParams } from '../core/i18n.js';
import { text } from '../core/judge.js';
import { parseInput } from '../core/validate.js';
import { agentsInputSchema, joinNames, scoreAgentsWith, serviceContext, type AgentInput, type ScoreAgentsOptions, type ServiceContext } from './scoreAgents.js';

/** Revenue from lifting conversion to `rate`: max(0, rate × inquirers − buyers) × revenue per buyer. */
function revenueAtRate(rate: number, inquirers: number, buyers: number, revenuePerBuyer: Decimal | null): Decimal | null {
  if (revenuePerBuyer === null) return null;
  const extra = StoreDecimal.max(new StoreDecimal(rate).times(inquirers).minus(buyers), 0);
  return extra.times(revenuePerBuyer).toDecimalPlaces(2);
}

function finding(
  ctx: ServiceContext,
  code: string,
  severity: FindingSeverity,
  subject: string | null,
  params: MessageParams,
  moneyAtStake: Decimal | null,
  checks: Check[],
): ModuleFinding {
  const p = moneyAtStake === null ? params : { ...params, money: formatMoney(moneyAtStake) };
  return { area: 'service', code, severity, owner: 'service', subject, message: text(ctx, code as never, p), params: p, moneyAtStake, checks, advice: [] };
}

/**
 * The service findings of the daily brief (owner `service`), worst first: the team under the
 * pass mark of inquiry conversion (`warning`), each judged agent under it (`warning`), the team
 * behind a category average (`warning`), and the agents behind the team average with the advice
 * to copy the best one (`info`). Money at stake is the revenue a conversion gap costs, at the
 * team's revenue per buyer, rounded to the fen.
 *
 * @param agents - as for {@link scoreAgents}.
 * @param options - as for {@link scoreAgents}.
 * @returns findings sorted by severity, then money at stake.
 * @throws StoreOpsError as {@link scoreAgents}.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { serviceFindings } from 'storeops/service';
 * const f = serviceFindings([
 *   { id: 'ann', inquirers: 100, inquiryBuyers: 70, paidAmount: 14000 },
 *   { id: 'bo', inquirers: 100, inquiryBuyers: 30, paidAmount: 6000 },
 * ], { locale: 'en' });
 * f.map((x) => x.code) //=> ['SERVICE_FINDING_AGENT_WEAK', 'SERVICE_FINDING_AGENTS_TRAIL_TEAM']
 * f[0].moneyAtStake //=> 2000
 * f[1].message //=> 'bo convert inquiries below the team average 50%: at the average they would sell about ¥4,000.00 more'
 * ```
 */
export function serviceFindings(agents: readonly AgentInput[], options: ScoreAgentsOptions = {}): ModuleFinding[] {
  const input = parseInput(agentsInputSchema, agents) as AgentInput[];
  const { ctx, category } = serviceContext(options);
  const r = scoreAgentsWith(input, ctx, category);
  const team = r.team;
  const out: ModuleFinding[] = [];
  const pass = ctx.thresholds.inquiryConversionRate.pass;
  // Money at stake from the exact revenue per buyer (the result shows it rounded to the fen).
  const paidBuyers = r.agents.reduce((n, a) => (a.paidAmount === null ? n : n + a.inquiryBuyers), 0);
  const revenuePerBuyer = team.paidAmount === null || paidBuyers === 0 ? null : team.paidAmount.div(paidBuyers);

  const teamCheck = team.checks[0] as Check;
  if (teamCheck.status === 'fail') {
    const money = revenueAtRate(pass, team.inquirers, team.inquiryBuyers, revenuePerBuyer);
    const f = finding(ctx, 'SERVICE_FINDING_TEAM_WEAK', 'warning', null, teamCheck.params, money, [teamCheck]);
    f.advice = r.advice.filter((a) => a.code === 'TRAIN_INQUIRY_CONVERSION');
    out.push(f);
  }
  for (const a of r.agents) {
    const check = a.checks[0] as Check;
    if (!a.judged || check.status !== 'fail') continue;
    const money = revenueAtRate(pass, a.inquirers, a.inquiryBuyers, revenuePerBuyer);
    out.push(finding(ctx, 'SERVICE_FINDING_AGENT_WEAK', 'warning', a.id, check.params, money, [check]));
  }
  for (const check of team.checks.slice(1)) {
    if (check.status !== 'fail') continue;
    const average = check.thresholds?.pass as number;
    let money: Decimal | null = null;
    if (check.metric === 'inquiryConversionRate') money = revenueAtRate(average, team.inquirers, team.inquiryBuyers, revenuePerBuyer);
    else if (check.metric === 'revenuePerInquiry' && team.paidAmount !== null) {
      // (category − team) revenue per inquiry × the inquiries behind the team's amount = category × inquiries − amount.
      const paidInquirers = r.agents.reduce((n, a) => (a.paidAmount === null ? n : n + a.inquirers), 0);
      money = new StoreDecimal(average).times(paidInquirers).minus(team.paidAmount).toDecimalPlaces(2);
    }
    out.push(finding(ctx, 'SERVICE_FINDING_TEAM_TRAILS_CATEGORY', 'warning', null, check.params, money, [check]));
  }
  const trailing = r.agents.filter((a) => a.judged && team.inquiryConversionRate !== null && (a.inquiryConversionRate as number) < team.inquiryConversionRate);
  if (trailing.length > 0) {
    const params = { agents: joinNames(ctx.locale, trailing.map((a) => a.name)), average: formatPercent(team.inquiryConversionRate, 1) };
    const f = finding(ctx, 'SERVICE_FINDING_AGENTS_TRAIL_TEAM', 'info', null, params, team.upside, trailing.map((a) => a.checks[1] as Check));
    f.advice = r.advice.filter((x) => x.code === 'COPY_BEST_AGENT');
    out.push(f);
  }
  return out.sort(compareFindings);
}
