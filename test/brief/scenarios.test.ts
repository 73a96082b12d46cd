// The brief on generated days: ahead of plan, behind, budget cap hit, campaign day, event run-up;
// and owners that follow the cause. Expected values are worked out by hand from the generator.
import { describe, expect, it } from 'vitest';
import { dailyBrief, renderBrief, type DailyBrief, type DailyBriefInput } from 'storeops/brief';
import { planTargets, trackProgress } from 'storeops/goals';
import { generateBrief } from './generate.js';

/** No channel gets a finding saying grow and another saying cut. */
function noContradictions(b: DailyBrief): void {
  const byChannel = new Map<string, Set<string>>();
  for (const f of b.findings) if (f.stance !== undefined) byChannel.set(f.stance.channel, (byChannel.get(f.stance.channel) ?? new Set()).add(f.stance.direction));
  for (const [, directions] of byChannel) expect(directions.has('grow') && directions.has('cut')).toBe(false);
  // And at most one story for the paid channel.
  expect(b.findings.filter((f) => f.stance?.channel === 'paid').length).toBeLessThanOrEqual(1);
}

describe('the brief on generated days', () => {
  it('ahead of plan for the month: a soft day is a warning, today keeps its target, the surplus is a buffer', () => {
    // 30 days at 105% of ¥60,000, then a day at 90%: May 1,890,000 + 54,000 = 1,944,000 of 1,860,000.
    const b = dailyBrief(generateBrief({ pace: 1.05, day: 0.9 }), { locale: 'en' });
    expect(b.met).toBe(false);
    expect(b.headline.verdict).toBe('missed');
    expect(b.headline.severity).toBe('warning');
    expect(b.findings.find((f) => f.code === 'TARGET_MISSED')?.severity).toBe('warning');
    expect(b.headline.monthToDate).toMatchObject({ period: '2026-05' });
    expect(b.headline.monthToDate!.actual.toNumber()).toBe(1_944_000);
    expect(b.headline.monthToDate!.target.toNumber()).toBe(1_860_000);
    // Today's target is not lowered: ¥60,000, needing 60,000 ÷ (3% × ¥200) = 10,000 visitors.
    expect(b.headline.today).toMatchObject({ date: '2026-06-01', visitors: 10_000, conversionRate: 0.03 });
    expect(b.headline.today!.target.toNumber()).toBe(60_000);
    const r = b.findings.find((f) => f.area === 'replan')!;
    expect(r.code).toBe('REPLAN_KEEP');
    expect(r.numbers).toMatchObject({ policy: 'keep', buffer: '84000.00', '2026-06-01': '60000.00' });
    // The 'spread' policy lowers them instead.
    const spread = dailyBrief(generateBrief({ pace: 1.05, day: 0.9 }), { replan: 'spread' });
    expect(Number(spread.findings.find((f) => f.area === 'replan')!.numbers['2026-06-01'])).toBeLessThan(60_000);
    expect(renderBrief(b, { locale: 'zh-CN' }).split('\n')[1]).toMatch(/^\*\*2026-05-31 未达标：支付 ¥54,000，目标 ¥60,000，差 ¥6,000，完成 90%。5月累计 ¥1,944,000，计划 ¥1,860,000，完成 104\.5%（领先 ¥84,000）/);
    noContradictions(b);
  });

  it('behind plan: the day is critical and the shortfall is spread over the days left, adding up exactly', () => {
    // Every day at 90%: 31 × 54,000 = 1,674,000 of a 40-day 2,400,000 plan; 726,000 left over 9 days.
    const input = generateBrief({ pace: 0.9, day: 0.9 });
    const b = dailyBrief(input, { locale: 'en' });
    expect(b.headline.severity).toBe('critical');
    const r = b.findings.find((f) => f.area === 'replan')!;
    expect(r.code).toBe('REPLAN_WEEK');
    // 726,000 ÷ 9 = 80,666.666…: each floored to 80,666.66, the 6 leftover fen to the first six days.
    expect(r.numbers).toMatchObject({ remaining: '726000.00', '2026-06-01': '80666.67', '2026-06-06': '80666.67', '2026-06-07': '80666.66', newWeek: '564666.68' });
    const p = trackProgress({ total: 2_400_000, days: (input.plan as { date: string; target: string }[]).map((d) => ({ date: d.date, target: d.target })) }, Object.fromEntries(input.store.map((d) => [d.date, d.paidAmount as string])), { asOf: '2026-05-31' });
    expect(p.replan.reduce((s, d) => s.plus(d.target), p.remainingTarget.minus(p.remainingTarget)).toFixed(2)).toBe('726000.00');
    expect(b.headline.today!.target.toFixed(2)).toBe('80666.67');
    // 80,666.67 ÷ (3% × ¥200) = 13,444.4… → 13,445 visitors.
    expect(b.headline.today!.visitors).toBe(13_445);
    noContradictions(b);
  });

  it('budget cap hit: one ads story that raises the cap of the campaign above break-even', () => {
    const b = dailyBrief(generateBrief({ capHit: true, paidDrop: 0.5 }), { locale: 'en' });
    const ads = b.findings.filter((f) => f.area === 'ads');
    expect(ads.map((f) => f.code)).toEqual(['ADS_BUDGET_CAPPED']);
    const story = ads[0]!;
    expect(story.params['campaigns']).toBe('日常推广 ¥500 @14:30');
    // Keyword ROI 5 against a break-even of 200 ÷ 80 = 2.5 (80% kept: 0.8 × 102; 20% returned: −0.2 × 8).
    expect(story.numbers['breakEvenRoi:连衣裙']).toBe(2.5);
    expect(story.advice.map((a) => a.message)).toEqual([
      'Raise the daily cap of the campaigns above break-even (campaign ROI/break-even ROI cap): 日常推广 5/2.5 ¥500',
      'Keywords to bid up (ROI/break-even ROI, 1 in all): 连衣裙 5/2.5',
    ]);
    expect(story.stance).toEqual({ channel: 'paid', direction: 'grow' });
    // The headline names it as the cause.
    expect(b.headline.causes.map((i) => b.findings[i]!.code)).toContain('ADS_BUDGET_CAPPED');
    expect(b.headline.message).toContain('Main causes: the daily cap ran out (日常推广 ¥500 @14:30)');
    noContradictions(b);
  });

  it('campaign day: the activity-traffic norm is judged on it, and only on it', () => {
    const quiet = dailyBrief(generateBrief());
    expect(quiet.findings.some((f) => f.subject === 'activity')).toBe(false);
    const campaign = dailyBrief(generateBrief({ campaignDay: true }), { locale: 'en' });
    const activity = campaign.findings.find((f) => f.subject === 'activity')!;
    expect(activity).toMatchObject({ code: 'TRAFFIC_WEEK_LOW', owner: 'promotion' });
    expect(activity.numbers['share']).toBe(0);
    noContradictions(campaign);
  });

  it('event run-up: 18 days before 618 the brief says it is in 预热; 25 days before it does not', () => {
    const b = dailyBrief(generateBrief({ eventInDays: 18 }));
    const e = b.findings.find((f) => f.area === 'event')!;
    expect(e).toMatchObject({ code: 'EVENT_WARMUP', owner: 'operations', numbers: { daysLeft: 18, warmupStart: '2026-05-29' } });
    expect(b.headline.message).toContain('618（2026-06-18）已进入预热期，还有 18 天');
    expect(dailyBrief(generateBrief({ eventInDays: 25 })).findings.some((f) => f.area === 'event')).toBe(false);
    // The run-up length is configurable.
    const far = generateBrief({ eventInDays: 25 });
    const open = { ...far, events: far.events!.map(({ warmupDays: _, ...e }) => e) };
    expect(dailyBrief(open).findings.some((f) => f.area === 'event')).toBe(false); // default 20 days
    expect(dailyBrief(open, { thresholds: { eventWarmupDays: 30 } }).findings.find((f) => f.area === 'event')?.numbers['daysLeft']).toBe(25);
    noContradictions(b);
  });
});

describe('owners follow the cause', () => {
  const D = '2026-05-31';
  const B = '2026-05-24';
  const store = (visitors: number, buyers: number, paid: string, inquiry?: [number, number]) => ({ visitors, buyers, paidAmount: paid, ...(inquiry === undefined ? {} : { inquirers: inquiry[0], inquiryBuyers: inquiry[1] }) });

  it('a UV-value drop made entirely of order value goes to merchandising', () => {
    // 手淘搜索: 5,000 visitors and 150 buyers both days; AOV ¥240 → ¥220. UV value 7.20 → 6.60.
    const input: DailyBriefInput = {
      date: D,
      store: [{ date: B, ...store(5000, 150, '36000.00') }, { date: D, ...store(5000, 150, '33000.00') }],
      sources: [
        { date: B, source: '手淘搜索', category: 'natural', visitors: 5000, buyers: 150, paidAmount: '36000.00' },
        { date: D, source: '手淘搜索', category: 'natural', visitors: 5000, buyers: 150, paidAmount: '33000.00' },
      ],
    };
    const f = dailyBrief(input, { locale: 'en' }).findings.filter((x) => x.area === 'sources');
    // Conversion part 5,000 × 0 × ¥230 = 0; order-value part 5,000 × (−¥20) × 3% = −¥3,000: all of the fall.
    expect(f.map((x) => [x.code, x.owner, x.numbers['effect'], x.share])).toEqual([['SOURCE_AOV_DOWN', 'merchandising', '-3000.00', 1]]);
    expect(f[0]!.message).toBe('手淘搜索 AOV ¥220 against ¥240 on the same day last week (conversion 3% against 3%): ¥3,000 lost through order value, 100% of the ¥3,000 that fell. Merchandising: check what this entry sells, bundles and discounts');
  });

  it('a drop made of conversion goes to design, or to service when inquiry conversion fell', () => {
    // 手淘搜索: 5,000 visitors both days, buyers 150 → 120 at ¥240: conversion part −¥7,200.
    const base = (inquiry0?: [number, number], inquiry1?: [number, number]): DailyBriefInput => ({
      date: D,
      store: [{ date: B, ...store(5000, 150, '36000.00', inquiry0) }, { date: D, ...store(5000, 120, '28800.00', inquiry1) }],
      sources: [
        { date: B, source: '手淘搜索', category: 'natural', visitors: 5000, buyers: 150, paidAmount: '36000.00' },
        { date: D, source: '手淘搜索', category: 'natural', visitors: 5000, buyers: 120, paidAmount: '28800.00' },
      ],
    });
    const design = dailyBrief(base(), { locale: 'en' }).findings.filter((x) => x.area === 'sources');
    expect(design.map((x) => [x.code, x.owner, x.numbers['effect']])).toEqual([['SOURCE_CONVERSION_DOWN', 'design', '-7200.00']]);
    // Inquiry conversion 60% (300 of 500) → 40% (200 of 500): a third down, beyond the 10% mark.
    const service = dailyBrief(base([500, 300], [500, 200]), { locale: 'en' }).findings.filter((x) => x.area === 'sources');
    expect(service.map((x) => [x.code, x.owner])).toEqual([['SOURCE_CONVERSION_DOWN_INQUIRY', 'service']]);
    expect(service[0]!.message).toContain('Inquiry conversion fell to 40% (same day last week 60%)');
    // Steady inquiry conversion (60% → 58%) leaves it with design.
    expect(dailyBrief(base([500, 300], [500, 290])).findings.find((x) => x.area === 'sources')?.owner).toBe('design');
  });

  it('the conversion driver against the plan goes to service when inquiry conversion fell against the week before', () => {
    const week = Array.from({ length: 7 }, (_, i) => ({ date: `2026-05-${String(24 + i).padStart(2, '0')}`, ...store(2000, 60, '12000.00', [200, 120]) }));
    const input: DailyBriefInput = {
      date: D,
      store: [...week, { date: D, ...store(2000, 40, '8000.00', [200, 60]) }],
      plan: [{ date: D, target: '12000', visitors: 2000, conversionRate: 0.03 }],
    };
    const f = dailyBrief(input, { locale: 'en' }).findings.filter((x) => x.area === 'drivers');
    // Visitors and AOV on plan: the whole ¥4,000 is conversion (2% against 3%).
    expect(f.map((x) => [x.code, x.owner, x.numbers['effect'], x.share])).toEqual([['DRIVER_CONVERSION_SHORT_INQUIRY', 'service', '-4000.00', 1]]);
  });
});

describe('dailyBrief takes the Plan that planTargets returns', () => {
  it('reads its days and events, and says "no planned drivers" when only the drivers are missing', () => {
    const plan = planTargets({ total: 62000, start: '2026-05-01', end: '2026-05-31', events: [{ date: '2026-05-31', multiplier: 1, name: '周年庆' }] });
    const input: DailyBriefInput = { date: '2026-05-31', store: [{ date: '2026-05-31', visitors: 1000, buyers: 30, paidAmount: '1800.00' }], plan };
    const b = dailyBrief(input, { locale: 'en' });
    expect(b.findings.find((f) => f.code === 'TARGET_MISSED')?.numbers['target']).toBe('2000.00');
    expect(b.skipped.find((s) => s.area === 'drivers')).toMatchObject({ code: 'SKIPPED_NO_PLAN_DRIVERS', message: 'Drivers: no planned drivers (visitors and conversion) for the day, so the gap is not split' });
    expect(b.headline.today).toBeNull(); // the plan ends on the date
    const e = (() => {
      try {
        dailyBrief({ ...input, plan: { days: [{ date: '2026-05-31' }] } as never });
      } catch (error) {
        return error as { code: string; issues: { path: string }[] };
      }
      return null;
    })();
    expect([e?.code, e?.issues[0]?.path]).toEqual(['INVALID_INPUT', 'plan.days[0].target']);
  });
});
