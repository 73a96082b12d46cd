import type { Check } from '../../core/checks.js';
import { isoWeekday, type IsoDate } from '../../core/dates.js';
import type { FindingOwner, FindingSeverity, ModuleFinding } from '../../core/findings.js';
import type { Locale } from '../../core/i18n.js';
import type { StoreOpsPlugin } from '../../core/plugin.js';
import { dailyChecks, type DailyChecksInput } from '../../checks/dailyChecks.js';
import { launchTiming } from '../../rivals/launchTiming.js';
import type { RivalSnapshot } from '../../rivals/snapshots.js';
import { watchRivals, type RivalEventKind } from '../../rivals/watchRivals.js';
import { salesCurve, type SalesCurveItem } from '../../roles/salesCurve.js';
import { under, type BriefContext } from '../context.js';
import { take } from './modules.js';

/** The seed practices as the brief reads them: the morning gate, the catalogue's monthly units, the rivals' snapshots. */
export interface BriefPracticesInput {
  /** The morning check gate's input (`dailyChecks`); a failed gate is shown above everything else. */
  checks?: DailyChecksInput;
  /** Each item's units sold in the last month (`salesCurve`), judged on the weekly day. */
  catalog?: readonly SalesCurveItem[];
  /** Daily snapshots of the rivals' items (`watchRivals`), and optionally the season to time a launch for. */
  rivals?: { snapshots: readonly RivalSnapshot[]; season?: string };
}

/** What the practices area needs from the brief. */
export interface PracticesContext {
  date: IsoDate;
  locale: Locale;
  /** ISO weekday on which weekly judgements (page health, the sales curve) are made. */
  weeklyDay: number;
  plugins?: readonly StoreOpsPlugin[];
}

/** Whose job a failed gate check is. */
function gateOwner(metric: string): FindingOwner {
  if (metric === 'dsr.description') return 'merchandising';
  if (metric === 'dsr.service' || metric.startsWith('afterSales.')) return 'service';
  if (metric === 'brokenPages') return 'design';
  return 'operations';
}

const RIVAL_OWNER: Readonly<Record<RivalEventKind, FindingOwner>> = {
  'sales-jump': 'operations',
  'price-cut': 'merchandising',
  'new-listing': 'merchandising',
  'promotion-start': 'operations',
};

function finding(area: string, check: Check, severity: FindingSeverity, owner: FindingOwner, subject: string | null): ModuleFinding {
  return { area, code: check.code, severity, owner, subject, message: check.message, params: check.params, moneyAtStake: null, checks: [check], advice: [] };
}

/**
 * The gate, the curve and the rivals for the brief: every failed gate check is a critical finding
 * (the brief puts them first); the curve's gaps are warnings for merchandising on the weekly day;
 * each rival event is an info finding for operations or merchandising, daily; a launch decision
 * of `launch` is a warning for merchandising. Money at stake is unknown for all of them.
 * @internal
 */
export function practicesFindings(input: BriefPracticesInput, ctx: PracticesContext): { gate: ModuleFinding[]; others: ModuleFinding[] } {
  // The brief's own messages are not the modules' (their catalogs are their own): locale and plugins only.
  const base = { locale: ctx.locale, ...(ctx.plugins === undefined ? {} : { plugins: ctx.plugins }) };
  const gate: ModuleFinding[] = [];
  const others: ModuleFinding[] = [];
  if (input.checks !== undefined) {
    for (const c of under('checks', () => dailyChecks(input.checks as DailyChecksInput, base)).checks) if (c.status === 'fail') gate.push(finding('checks', c, 'critical', gateOwner(c.metric), c.metric));
  }
  if (input.catalog !== undefined && isoWeekday(ctx.date) === ctx.weeklyDay) {
    const curve = under('catalog', () => salesCurve(input.catalog as readonly SalesCurveItem[], base));
    curve.gaps.forEach((g, i) => {
      const check = curve.checks.find((c) => c.code === 'CURVE_GAP' && c.metric === `tiers.${g.tier}.count`) as Check;
      const f = finding('curve', check, 'warning', 'merchandising', g.tier);
      const fill = curve.advice[i];
      if (fill !== undefined && fill.code === 'CURVE_GAP_FILL') f.advice.push(fill);
      others.push(f);
    });
  }
  if (input.rivals !== undefined) {
    const rivals = input.rivals;
    const watch = under('rivals.snapshots', () => watchRivals(rivals.snapshots, { ...base, asOf: ctx.date }));
    for (const e of watch.events) others.push(finding('rivals', e.check, 'info', RIVAL_OWNER[e.kind], `${e.rival}/${e.itemId}`));
    if (input.rivals.season !== undefined) {
      const season = input.rivals.season;
      const timing = under('rivals', () => launchTiming(rivals.snapshots, { ...base, season, asOf: ctx.date }));
      if (timing.decision === 'launch') {
        const check = timing.checks[1] as Check;
        others.push({ ...finding('rivals', check, 'warning', 'merchandising', input.rivals.season), code: 'LAUNCH_NOW', message: (timing.advice[0] as { message: string }).message, advice: timing.advice });
      }
    }
  }
  return { gate, others };
}

/**
 * The practices area of the brief: the gate's failed checks, the curve's gaps on the weekly day
 * and the rivals' events, each validated by its module under its input path.
 * @internal
 */
export function practicesArea(ctx: BriefContext, input: BriefPracticesInput): void {
  if (input.checks === undefined && input.catalog === undefined && input.rivals === undefined) return;
  const found = practicesFindings(input, {
    date: ctx.input.date,
    locale: ctx.locale,
    weeklyDay: ctx.thresholds.pageHealthWeekday,
    ...(ctx.plugins === undefined ? {} : { plugins: ctx.plugins }),
  });
  take(ctx, [...found.gate, ...found.others]);
}
