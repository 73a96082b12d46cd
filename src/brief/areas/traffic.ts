import { addDays } from '../../core/dates.js';
import { trafficStructure, type TrafficCategory } from '../../funnel/trafficStructure.js';
import { addFinding, skipArea, type BriefContext, withPlugins } from '../context.js';
import { leafSources } from './sources.js';

const CATEGORIES = /* @__PURE__ */ new Set(['natural', 'paid', 'activity', 'member', 'external', 'other']);
const DAYS = 7;

/**
 * Traffic structure ([domain reference §2](../../../docs/domain.en.md#2-funnel-and-traffic)), judged over the week, not per day: the visitors of the 7
 * days ending on the brief's date by category (each branch of the source tree at its deepest
 * level, as in the sources area), held against the seed norms by `trafficStructure`. The activity-traffic norm applies
 * only during campaigns, so it is judged only on a campaign day (an event in the plan's day or in
 * `events`). A paid share above its norm is told in the ads story (with the budget and the
 * keywords), not as a finding of its own; every other category out of its range is a finding:
 * campaign traffic for promotion, the rest for operations. Plugins'
 * `thresholds['traffic-structure']` set other norms.
 * @internal
 */
export function trafficArea(ctx: BriefContext): void {
  const { input } = ctx;
  const from = addDays(input.date, -(DAYS - 1));
  // Each branch of the source tree at its deepest level, as in the sources area.
  const week = leafSources(input.sources.filter((r) => r.date >= from && r.date <= input.date));
  if (!week.some((r) => r.date === input.date)) return skipArea(ctx, 'traffic', 'SKIPPED_NO_DATA');
  const days = new Set(week.map((r) => r.date)).size;
  const result = trafficStructure(
    week.map((r) => ({
      category: (CATEGORIES.has(r.category ?? '') ? r.category : 'other') as TrafficCategory,
      visitors: r.visitors,
      source: r.source,
      buyers: r.buyers,
      paidAmount: r.paidAmount,
    })),
    { locale: ctx.locale, ...withPlugins(ctx) },
  );
  for (const c of result.categories) {
    const check = c.check;
    if (check === null || check.status !== 'fail') continue;
    if (c.category === 'activity' && !ctx.campaignDay) continue; // a campaign norm, off campaign days
    const high = check.code === 'TRAFFIC_SHARE_HIGH';
    if (c.category === 'paid' && high && c.share !== null) {
      ctx.paid.shareHigh = { share: c.share, range: String(check.params['range']), check }; // TRAFFIC_SHARE_HIGH always gives its range
      continue;
    }
    addFinding(ctx, {
      area: 'traffic',
      code: high ? 'TRAFFIC_WEEK_HIGH' : 'TRAFFIC_WEEK_LOW',
      severity: 'warning',
      owner: c.category === 'paid' || c.category === 'activity' ? 'promotion' : 'operations',
      subject: c.category,
      params: { ...check.params, from, to: input.date, days },
      numbers: { category: c.category, from, to: input.date, days, visitors: c.visitors, totalVisitors: result.totalVisitors, share: c.share },
      checks: [check],
      ...(c.category === 'paid' ? { stance: { channel: 'paid', direction: 'grow' as const } } : {}),
    });
  }
}
