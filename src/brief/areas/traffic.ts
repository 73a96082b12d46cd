import { trafficStructure, type TrafficCategory } from '../../funnel/trafficStructure.js';
import { addFinding, skipArea, type BriefContext, withPlugins } from '../context.js';
import { leafSources } from './sources.js';

const CATEGORIES = new Set(['natural', 'paid', 'activity', 'member', 'external', 'other']);

/**
 * Traffic structure (DOMAIN.md §2): the day's visitors by category (each branch of the source
 * tree at its deepest level, as in the sources area) held against the seed norms by `trafficStructure`. Each category out
 * of its range is a finding: paid and campaign traffic for promotion, the rest for operations.
 * Plugins' `thresholds['traffic-structure']` set other norms.
 * @internal
 */
export function trafficArea(ctx: BriefContext): void {
  const { input } = ctx;
  const day = leafSources(input.sources.filter((r) => r.date === input.date));
  if (day.length === 0) return skipArea(ctx, 'traffic', 'SKIPPED_NO_DATA');
  const result = trafficStructure(
    day.map((r) => ({
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
    addFinding(ctx, {
      area: 'traffic',
      code: check.code,
      severity: 'warning',
      owner: c.category === 'paid' || c.category === 'activity' ? 'promotion' : 'operations',
      subject: c.category,
      params: check.params,
      numbers: { category: c.category, visitors: c.visitors, totalVisitors: result.totalVisitors, share: c.share },
      checks: [check],
    });
  }
}
