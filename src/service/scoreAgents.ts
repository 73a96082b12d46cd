import * as z from 'zod/mini';
import type { Advice, Check, Status, Threshold } from '../core/checks.js';
import { StoreDecimal, formatMoney, toDecimal, type Decimal } from '../core/decimal.js';
import { fail } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { formatNumber, formatPercent, type Locale, type MessageCatalog, type MessageParams } from '../core/i18n.js';
import { advise, openJudging, readOptions, statusOf, text, verdict, type Judging, type JudgingSpec } from '../core/judge.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { ratio } from '../core/ratio.js';
import { countSchema, nonNegativeSchema, parseInput, rateSchema } from '../core/validate.js';
import { serviceMessages } from './messages.js';

/** One customer-service agent's numbers over a period (客服绩效, e.g. from 赤兔 or 生意参谋 服务). */
export interface AgentInput {
  /** Stable id of the agent (unique in the list). */
  id: string;
  /** Display name used in messages; the id when missing. */
  name?: string;
  /** 询单人数: buyers who asked this agent (count). */
  inquirers: number;
  /** 询单成交人数: of those, buyers who paid (count, at most `inquirers`). */
  inquiryBuyers: number;
  /** 客服销售额: amount paid by those buyers, in yuan. */
  paidAmount?: MoneyInput;
  /** 平均首次响应时间: the agent's average first-response time over its inquiries, in seconds. */
  firstResponseSeconds?: number;
}

/** The category's (同行) averages an agent and the team may be held against. */
export interface ServiceCategoryAverage {
  /** Category inquiry conversion, 0–1. */
  inquiryConversionRate?: number;
  /** Category revenue per inquiry, in yuan. */
  revenuePerInquiry?: MoneyInput;
  /** Category first-response time, in seconds. */
  firstResponseSeconds?: number;
}

/** The marks agents are held against. */
export interface ServiceThresholds {
  /**
   * 询单转化率: pass at 40% ("already decent"), good at 70% ("a good agent reaches 70%"),
   * reaching the mark counts.
   * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
   */
  inquiryConversionRate: Threshold;
  /**
   * Fewest inquiries for an agent to be judged; fewer give an `unknown` check. The domain reference names
   * no number; 20 is storeops' default (one conversion is then worth 5 points at most).
   */
  minInquirers: number;
}

/** User overrides of {@link ServiceThresholds}. */
export interface ServiceThresholdOverrides {
  inquiryConversionRate?: Partial<Threshold>;
  minInquirers?: number;
}

/** Options of {@link scoreAgents}. */
export interface ScoreAgentsOptions {
  /** The category's averages; each given metric adds a check per agent and for the team. */
  categoryAverage?: ServiceCategoryAverage;
  /** Overrides of the default marks. */
  thresholds?: ServiceThresholdOverrides;
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code; they win over the plugins' messages. */
  messages?: MessageCatalog;
  /** Plugins applied in order before `thresholds` and `messages`: each plugin's `thresholds.service` overrides the marks. */
  plugins?: readonly StoreOpsPlugin[];
}

/** One agent, scored. */
export interface AgentScore {
  id: string;
  name: string;
  inquirers: number;
  inquiryBuyers: number;
  /** Paid amount in yuan, or `null` when not given. */
  paidAmount: Decimal | null;
  /** Average first-response time in seconds, or `null` when not given. */
  firstResponseSeconds: number | null;
  /** 询单转化率 = inquiry buyers / inquirers; `null` with no inquiries. */
  inquiryConversionRate: number | null;
  /** Paid amount / inquirers, in yuan; `null` without an amount or inquiries. */
  revenuePerInquiry: Decimal | null;
  /** Paid amount / inquiry buyers (the agent's 客单价), in yuan. */
  revenuePerBuyer: Decimal | null;
  /** Whether the agent had enough inquiries (`minInquirers`) to be judged. */
  judged: boolean;
  /** The status of the conversion check (the domain's mark). */
  status: Status;
  /**
   * Checks in order: conversion against the marks, then against the team (conversion, revenue
   * per inquiry and response time, where the team's figure is known), then against each given
   * category average. An agent with too few inquiries has one `AGENT_TOO_FEW_INQUIRIES` check
   * instead of the conversion checks.
   */
  checks: Check[];
  /**
   * Revenue the agent would add converting at the team rate: (team rate × inquirers − buyers)
   * × the team's revenue per buyer, in yuan rounded to the fen (half up); `0` at or above the
   * team rate; `null` when not judged or no amounts are given.
   */
  upside: Decimal | null;
}

/** The team, as the ratio of its sums. */
export interface TeamScore {
  inquirers: number;
  inquiryBuyers: number;
  /** Sum of the agents' paid amounts, `null` when no agent has one. */
  paidAmount: Decimal | null;
  /** Σ inquiry buyers / Σ inquirers. */
  inquiryConversionRate: number | null;
  /** Σ paid amount / Σ inquirers, over the agents that have an amount. */
  revenuePerInquiry: Decimal | null;
  /** Σ paid amount / Σ inquiry buyers, over the agents that have an amount. */
  revenuePerBuyer: Decimal | null;
  /** Σ (response seconds × inquirers) / Σ inquirers, over agents that have a response time. */
  firstResponseSeconds: number | null;
  /** Status of the team's conversion check. */
  status: Status;
  /** Team conversion against the marks, then against each given category average. */
  checks: Check[];
  /** The judged agent with the highest inquiry conversion (more inquiries wins a tie), or `null`. */
  bestAgentId: string | null;
  /** Σ of the agents' `upside`: revenue if every trailing agent converted at the team rate; `null` without amounts. */
  upside: Decimal | null;
}

/** The team's figures judged (ratios of the team's sums; money per inquiry rounded to the fen). */
export interface ScoreAgentsMetrics {
  inquirers: number;
  inquiryBuyers: number;
  inquiryConversionRate: number | null;
  revenuePerInquiry: Decimal | null;
  firstResponseSeconds: number | null;
}

/** The result of {@link scoreAgents}. */
export interface ScoreAgentsResult {
  /** The team's status (its inquiry conversion against the marks). */
  status: Status;
  /** The team's checks (as `team.checks`). */
  checks: Check[];
  /** The team's figures. */
  metrics: ScoreAgentsMetrics;
  agents: AgentScore[];
  team: TeamScore;
  /** `COPY_BEST_AGENT` when a judged agent trails the team; `TRAIN_INQUIRY_CONVERSION` when the team fails the pass mark. */
  advice: Advice[];
}

/**
 * Default marks of agent scoring.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 */
export const defaultServiceThresholds: Readonly<ServiceThresholds> = /* @__PURE__ */ deepFreeze({
  inquiryConversionRate: { direction: 'above', pass: 0.4, good: 0.7, inclusive: true },
  minInquirers: 20,
});

const spec: JudgingSpec<ServiceThresholds, typeof serviceMessages> = {
  module: 'service',
  catalog: serviceMessages,
  defaults: defaultServiceThresholds,
  marks: { inquiryConversionRate: [0, 1], minInquirers: { number: [0, Infinity], integer: true } },
};

function agentsSchema() {
  return z.array(
    z
      .object({
        id: z.string().check(z.minLength(1)),
        name: z.optional(z.string()),
        inquirers: countSchema,
        inquiryBuyers: countSchema,
        paidAmount: z.optional(nonNegativeMoneySchema),
        firstResponseSeconds: z.optional(nonNegativeSchema),
      })
      .check(z.refine((a) => a.inquiryBuyers <= a.inquirers, { error: 'inquiryBuyers must not exceed inquirers', path: ['inquiryBuyers'] })),
  );
}

/** zod schema of the agents list of {@link scoreAgents}. Unknown fields are ignored. */
export const agentsInputSchema = /* @__PURE__ */ agentsSchema();

function categorySchema() {
  return z.optional(
    z.strictObject({ inquiryConversionRate: z.optional(rateSchema), revenuePerInquiry: z.optional(nonNegativeMoneySchema), firstResponseSeconds: z.optional(nonNegativeSchema) }),
  );
}

type Metric = 'inquiryConversionRate' | 'revenuePerInquiry' | 'firstResponseSeconds';

/** @internal Everything a service message needs: locale, catalogs and the marks (the judging core's context). */
export type ServiceContext = Judging<ServiceThresholds, typeof serviceMessages>;

/** @internal Validates options and builds the judging context. */
export function serviceContext(options: unknown): { ctx: ServiceContext; category: ServiceCategoryAverage } {
  const opts = readOptions(options);
  const category = parseInput(categorySchema(), opts['categoryAverage'], { code: 'INVALID_OPTIONS', prefix: ['categoryAverage'] });
  return { ctx: openJudging(spec, opts), category: (category ?? {}) as ServiceCategoryAverage };
}

/** @internal Formats a value of a metric for a message. */
export function formatMetric(ctx: ServiceContext, metric: Metric, value: number | null): string {
  if (value === null) return '—';
  if (metric === 'inquiryConversionRate') return formatPercent(value, 1);
  if (metric === 'revenuePerInquiry') return formatMoney(value);
  return text(ctx, 'SERVICE_SECONDS', { value: formatNumber(value, 1) });
}

/** @internal Joins names for a message in the locale's list style. */
export function joinNames(locale: Locale, names: readonly string[]): string {
  return names.join(locale === 'zh-CN' ? '、' : ', ');
}

const DIRECTION: Readonly<Record<Metric, 'above' | 'below'>> = {
  inquiryConversionRate: 'above',
  revenuePerInquiry: 'above',
  firstResponseSeconds: 'below',
};

function statusSuffix(status: Status) {
  return status === 'good' ? 'GOOD' : status === 'pass' ? 'PASS' : status === 'fail' ? 'FAIL' : ('UNKNOWN' as const);
}

/** A check of a value against an average: `pass` when no worse (ties pass), `fail` when worse. */
function compareCheck(
  ctx: ServiceContext,
  who: 'AGENT' | 'TEAM',
  against: 'TEAM' | 'CATEGORY',
  metric: Metric,
  value: number | null,
  average: number,
  params: MessageParams,
): Check {
  const threshold: Threshold = { direction: DIRECTION[metric], pass: average, inclusive: true };
  const status = statusOf(value, threshold);
  // The team is only held against the category: `TEAM_*_TEAM` codes do not exist.
  const code = status === 'unknown' ? (`${who}_COMPARISON_UNKNOWN` as const) : (`${who}_${status === 'fail' ? 'TRAILS' : 'MEETS'}_${against}` as Exclude<`${typeof who}_${'TRAILS' | 'MEETS'}_${typeof against}`, `TEAM_${string}_TEAM`>);
  return verdict(ctx, code, metric, value, status, threshold, {
    ...params,
    metric: text(ctx, `SERVICE_METRIC_${metric}`),
    value: formatMetric(ctx, metric, value),
    average: formatMetric(ctx, metric, average),
  });
}

function conversionCheck(ctx: ServiceContext, who: 'AGENT' | 'TEAM', value: number | null, params: MessageParams): Check {
  const t = ctx.thresholds.inquiryConversionRate;
  const status = statusOf(value, t);
  return verdict(ctx, `${who}_CONVERSION_${statusSuffix(status)}`, 'inquiryConversionRate', value, status, t, {
    ...params,
    value: formatPercent(value, 1),
    pass: formatPercent(t.pass, 1),
    good: formatPercent(t.good ?? null, 1),
  });
}

const num = (d: Decimal | null): number | null => (d === null ? null : d.toNumber());
/** Money per inquiry or buyer in results: rounded to the fen (the exact quotient is used for the checks). */
const fen = (d: Decimal | null): Decimal | null => (d === null ? null : d.toDecimalPlaces(2));

/** @internal The computation behind {@link scoreAgents}, over validated input. */
export function scoreAgentsWith(agentsIn: readonly AgentInput[], ctx: ServiceContext, category: ServiceCategoryAverage): ScoreAgentsResult {
  const seen = new Set<string>();
  agentsIn.forEach((a, i) => {
    if (seen.has(a.id)) fail('INVALID_INPUT', `[${i}].id`, `duplicate agent id ${JSON.stringify(a.id)}`);
    seen.add(a.id);
  });

  // Team figures are ratios of sums (DESIGN.md principle 3), never means of agent rates.
  let inquirers = 0;
  let buyers = 0;
  let paidInquirers = 0;
  let paidBuyers = 0;
  let teamPaid: Decimal | null = null;
  let responseWeight = 0;
  let responseTotal = 0;
  const amounts = agentsIn.map((a, i) => (a.paidAmount === undefined ? null : toDecimal(a.paidAmount, `[${i}].paidAmount`)));
  for (let i = 0; i < agentsIn.length; i++) {
    const a = agentsIn[i] as AgentInput;
    inquirers += a.inquirers;
    buyers += a.inquiryBuyers;
    const amount = amounts[i] ?? null;
    if (amount !== null) {
      teamPaid = (teamPaid ?? new StoreDecimal(0)).plus(amount);
      paidInquirers += a.inquirers;
      paidBuyers += a.inquiryBuyers;
    }
    if (a.firstResponseSeconds !== undefined) {
      responseWeight += a.inquirers;
      responseTotal += a.firstResponseSeconds * a.inquirers;
    }
  }
  const teamRate = ratio(buyers, inquirers);
  const teamRpi = teamPaid === null || paidInquirers === 0 ? null : teamPaid.div(paidInquirers);
  const teamRpb = teamPaid === null || paidBuyers === 0 ? null : teamPaid.div(paidBuyers);
  const teamResponse = ratio(responseTotal, responseWeight);
  const teamValues: Record<Metric, number | null> = {
    inquiryConversionRate: teamRate,
    revenuePerInquiry: num(teamRpi),
    firstResponseSeconds: teamResponse,
  };
  const categoryValues: Partial<Record<Metric, number>> = {};
  if (category.inquiryConversionRate !== undefined) categoryValues.inquiryConversionRate = category.inquiryConversionRate;
  if (category.revenuePerInquiry !== undefined) categoryValues.revenuePerInquiry = toDecimal(category.revenuePerInquiry).toNumber();
  if (category.firstResponseSeconds !== undefined) categoryValues.firstResponseSeconds = category.firstResponseSeconds;
  const categoryMetrics = (Object.keys(DIRECTION) as Metric[]).filter((m) => categoryValues[m] !== undefined);

  const agents: AgentScore[] = agentsIn.map((a, i) => {
    const name = a.name ?? a.id;
    const params = { agent: name };
    const amount = amounts[i] ?? null;
    const rate = ratio(a.inquiryBuyers, a.inquirers);
    const rpi = amount === null || a.inquirers === 0 ? null : amount.div(a.inquirers);
    const values: Record<Metric, number | null> = {
      inquiryConversionRate: rate,
      revenuePerInquiry: num(rpi),
      firstResponseSeconds: a.firstResponseSeconds ?? null,
    };
    const judged = a.inquirers > 0 && a.inquirers >= ctx.thresholds.minInquirers;
    const checks: Check[] = [];
    if (judged) checks.push(conversionCheck(ctx, 'AGENT', rate, params));
    else if (a.inquirers === 0) checks.push(conversionCheck(ctx, 'AGENT', null, params));
    else {
      const marks: Threshold = { direction: 'above', pass: ctx.thresholds.minInquirers, inclusive: true };
      checks.push(verdict(ctx, 'AGENT_TOO_FEW_INQUIRIES', 'inquirers', a.inquirers, 'unknown', marks, { ...params, count: a.inquirers, min: ctx.thresholds.minInquirers }));
    }
    for (const metric of Object.keys(DIRECTION) as Metric[]) {
      const average = teamValues[metric];
      if (average === null || (metric !== 'firstResponseSeconds' && !judged)) continue;
      checks.push(compareCheck(ctx, 'AGENT', 'TEAM', metric, values[metric], average, params));
    }
    for (const metric of categoryMetrics) {
      if (metric !== 'firstResponseSeconds' && !judged) continue;
      checks.push(compareCheck(ctx, 'AGENT', 'CATEGORY', metric, values[metric], categoryValues[metric] as number, params));
    }
    let upside: Decimal | null = null;
    if (judged && teamRpb !== null) {
      // Extra buyers at the team rate, exactly: (Σb × inquirers − Σi × buyers) / Σi.
      const extra = buyers * a.inquirers - inquirers * a.inquiryBuyers;
      upside = extra > 0 ? new StoreDecimal(extra).div(inquirers).times(teamRpb).toDecimalPlaces(2) : new StoreDecimal(0);
    }
    return {
      id: a.id,
      name,
      inquirers: a.inquirers,
      inquiryBuyers: a.inquiryBuyers,
      paidAmount: amount,
      firstResponseSeconds: a.firstResponseSeconds ?? null,
      inquiryConversionRate: rate,
      revenuePerInquiry: fen(rpi),
      revenuePerBuyer: amount === null || a.inquiryBuyers === 0 ? null : fen(amount.div(a.inquiryBuyers)),
      judged,
      status: (checks[0] as Check).status,
      checks,
      upside,
    };
  });

  const teamChecks: Check[] = [conversionCheck(ctx, 'TEAM', teamRate, {})];
  for (const metric of categoryMetrics) {
    teamChecks.push(compareCheck(ctx, 'TEAM', 'CATEGORY', metric, teamValues[metric], categoryValues[metric] as number, {}));
  }

  let best: AgentScore | null = null;
  for (const a of agents) {
    if (!a.judged || a.inquiryConversionRate === null) continue;
    if (
      best === null ||
      a.inquiryConversionRate > (best.inquiryConversionRate as number) ||
      (a.inquiryConversionRate === best.inquiryConversionRate && a.inquirers > best.inquirers)
    ) {
      best = a;
    }
  }
  let teamUpside: Decimal | null = null;
  for (const a of agents) if (a.upside !== null) teamUpside = (teamUpside ?? new StoreDecimal(0)).plus(a.upside);

  const advice: Advice[] = [];
  const trailing = agents.filter((a) => a.judged && teamRate !== null && (a.inquiryConversionRate as number) < teamRate);
  if (best !== null && trailing.length > 0) {
    advice.push(
      advise(ctx, 'COPY_BEST_AGENT', {
        best: best.name,
        value: formatPercent(best.inquiryConversionRate, 1),
        agents: joinNames(ctx.locale, trailing.map((a) => a.name)),
      }),
    );
  }
  const teamCheck = teamChecks[0] as Check;
  if (teamCheck.status === 'fail') {
    advice.push(advise(ctx, 'TRAIN_INQUIRY_CONVERSION', teamCheck.params));
  }

  return {
    status: teamCheck.status,
    checks: teamChecks,
    metrics: { inquirers, inquiryBuyers: buyers, inquiryConversionRate: teamRate, revenuePerInquiry: fen(teamRpi), firstResponseSeconds: teamResponse },
    agents,
    team: {
      inquirers,
      inquiryBuyers: buyers,
      paidAmount: teamPaid,
      inquiryConversionRate: teamRate,
      revenuePerInquiry: fen(teamRpi),
      revenuePerBuyer: fen(teamRpb),
      firstResponseSeconds: teamResponse,
      status: teamCheck.status,
      checks: teamChecks,
      bestAgentId: best === null ? null : best.id,
      upside: teamUpside,
    },
    advice,
  };
}

/**
 * Scores customer-service agents on inquiries (客服询单转化): per agent its inquiry conversion
 * (询单转化率 = inquiry buyers / inquirers), revenue per inquiry and first-response time, held
 * against the domain's marks (40% is already decent, a strong agent converts 70%), against the
 * team's average — a ratio of the team's sums, never a mean of agents' rates — and against an
 * optional category average. The advice names the best converter for the others to copy.
 *
 * @param agents - one entry per agent: counts, paid amount in yuan, response time in seconds.
 * @param options - `categoryAverage`, threshold overrides, locale, extra messages and `plugins` (each plugin's `thresholds.service`).
 * @returns each agent scored, the team's figures and checks, and advice.
 * @throws StoreOpsError `INVALID_INPUT` for a bad field (path named, e.g. `[1].inquiryBuyers`)
 *   or a duplicate id; `INVALID_OPTIONS` for bad options.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { scoreAgents } from 'storeops/service';
 * const r = scoreAgents([
 *   { id: 'ann', inquirers: 100, inquiryBuyers: 70, paidAmount: 14000 },
 *   { id: 'bo', inquirers: 100, inquiryBuyers: 30, paidAmount: 6000 },
 * ], { locale: 'en' });
 * r.agents[0].inquiryConversionRate //=> 0.7
 * r.team.inquiryConversionRate //=> 0.5
 * r.agents[1].checks[0].message //=> 'Agent bo converts 30% of inquiries, under 40%'
 * r.agents[1].upside //=> 4000
 * r.advice[0].code //=> 'COPY_BEST_AGENT'
 * scoreAgents([{ id: 'x', inquirers: 10, inquiryBuyers: 11 }]) //=> throws INVALID_INPUT
 * ```
 */
export function scoreAgents(agents: readonly AgentInput[], options: ScoreAgentsOptions = {}): ScoreAgentsResult {
  const input = parseInput(agentsInputSchema, agents) as AgentInput[];
  const { ctx, category } = serviceContext(options);
  return scoreAgentsWith(input, ctx, category);
}
