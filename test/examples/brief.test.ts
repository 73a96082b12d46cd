// The sample brief's findings recomputed by hand from the CSV text: plain arithmetic on the
// cells, not the library.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderBrief } from 'storeops/brief';
import { loadSampleData, sampleBrief } from '../../examples/brief.js';

function csv(name: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8').trim();
  const split = (line: string) => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1] ?? '');
  const [head, ...lines] = text.split('\n');
  const names = split(head ?? '');
  return lines.map((l) => Object.fromEntries(split(l).map((v, i) => [names[i], v])));
}
const num = (cell: string | undefined) => Number((cell ?? '').replace(/,/g, ''));
const store = csv('store-daily.csv');
const sources = csv('traffic-sources.csv');
const items = csv('item-daily.csv');
const plan = csv('plan.csv');
const day = (date: string) => store.find((r) => r['统计日期'] === date)!;

const brief = sampleBrief({ locale: 'en' });
const find = (code: string, subject?: string) => brief.findings.find((f) => f.code === code && (subject === undefined || f.subject === subject))!;

describe('the sample morning brief (2026-05-31)', () => {
  it('judges the last day of the data', () => {
    expect(brief.date).toBe('2026-05-31');
    expect(brief.met).toBe(false);
  });

  it('finding 1 — target missed: paid amount against the plan', () => {
    const actual = num(day('2026-05-31')['支付金额']);
    const target = num(plan.find((p) => p['日期'] === '2026-05-31')!['目标销售额']);
    const f = find('TARGET_MISSED');
    expect(Number(f.numbers['actual'])).toBeCloseTo(actual, 2);
    expect(Number(f.numbers['target'])).toBe(target);
    expect(Number(f.numbers['gap'])).toBeCloseTo(actual - target, 2);
    expect(f.moneyAtStake!.toNumber()).toBeCloseTo(target - actual, 2);
  });

  it('finding 2 — the ads story: the cap ran out, paid traffic down by a third; 直通车 named, owned by promotion, with its share of what fell', () => {
    const paid = (date: string) => sources.filter((r) => r['统计日期'] === date && r['流量来源'] === '付费流量').reduce((s, r) => s + num(r['访客数']), 0);
    expect(1 - paid('2026-05-31') / paid('2026-05-24')).toBeCloseTo(1 / 3, 1);
    const row = (date: string) => sources.find((r) => r['统计日期'] === date && r['来源明细'] === '直通车')!;
    const [v0, v1] = [num(row('2026-05-24')['访客数']), num(row('2026-05-31')['访客数'])];
    const [r0, r1] = [num(row('2026-05-24')['支付金额']), num(row('2026-05-31')['支付金额'])];
    const visitorEffect = ((v1 - v0) * (r0 / v0 + r1 / v1)) / 2;
    const f = find('ADS_BUDGET_CAPPED');
    expect(f.owner).toBe('promotion');
    expect(f.subject).toBe('直通车');
    expect(Number(f.numbers['visitorEffect'])).toBeCloseTo(visitorEffect, 2);
    // Spend on 05-31 in the keyword export against the cap of campaigns.csv (¥850).
    const spend = csv('keywords.csv').filter((r) => r['统计日期'] === '2026-05-31').reduce((s, r) => s + num(r['花费']), 0);
    expect(Number(f.numbers['spend:日常推广'])).toBeCloseTo(spend, 2);
    expect(spend / 850).toBeGreaterThanOrEqual(0.95);
    expect(f.message).toContain('直通车 810/1,818');
    // One recommendation: raise the cap of the campaign above break-even, with the share note and the keywords to bid up.
    expect(f.advice.map((a) => a.code)).toEqual(['ADS_RAISE_CAP', 'ADS_SHARE_NOTE', 'ADS_RAISE_BIDS']);
    // The visitors-against-plan driver is the same cause: told once, here.
    expect(f.numbers['visitorsAgainstPlan']).toBe(num(day('2026-05-31')['访客数']));
    expect(brief.findings.some((x) => x.code === 'DRIVER_VISITORS_SHORT')).toBe(false);
  });

  it('the hero item’s keywords are judged against its break-even ROI under the refund model (≈ 3.19)', () => {
    const f = find('ADS_BUDGET_CAPPED');
    // 219, 82, 5% on kept orders, shipping 8, packaging 2, insurance 1.5; 65% kept, 30% returned (90% restocked), 5% before shipping.
    expect(f.numbers['breakEvenRoi:高腰阔腿裤']).toBeCloseTo(219 / 68.5475, 12);
  });

  it('finding 3 — 针织开衫 converts worse: ratio of summed buyers and visitors over two weeks', () => {
    const window = (from: string, to: string) => {
      const rows = items.filter((r) => r['商品名称'] === '针织开衫' && r['统计日期']! >= from && r['统计日期']! <= to);
      return { v: rows.reduce((s, r) => s + num(r['访客数']), 0), b: rows.reduce((s, r) => s + num(r['支付用户数']), 0), amount: rows.reduce((s, r) => s + num(r['支付金额']), 0) };
    };
    const before = window('2026-05-18', '2026-05-24');
    const last = window('2026-05-25', '2026-05-31');
    const f = find('PRODUCT_CONVERSION_DOWN', '650100000005');
    expect(f.owner).toBe('design');
    expect(f.numbers['conversionRate'] as number).toBeCloseTo(last.b / last.v, 12);
    expect(f.numbers['baseConversionRate'] as number).toBeCloseTo(before.b / before.v, 12);
    const perDay = ((last.b / last.v - before.b / before.v) * last.v * (last.amount / last.b)) / 7;
    expect(Number(f.numbers['moneyAtStake'])).toBeCloseTo(perDay, 2);
  });

  it('finding 4 — weekly page health: pages per visitor from summed PV and UV fails 2.5', () => {
    const week = store.filter((r) => r['统计日期']! >= '2026-05-25');
    const depth = week.reduce((s, r) => s + num(r['浏览量']), 0) / week.reduce((s, r) => s + num(r['访客数']), 0);
    const f = find('PAGE_DEPTH_FAIL');
    expect(depth).toBeLessThan(2.5);
    expect(f.numbers['pagesPerVisitor'] as number).toBeCloseTo(depth, 12);
    expect(f.owner).toBe('design');
  });

  it('reports the bad cell (row and column) and runs on the good rows, saying how many were left out', () => {
    const { exports } = loadSampleData();
    expect(exports['item-daily.csv']!.errors.map((e) => [e.row, e.column])).toEqual([[3, '访客数']]);
    expect(items[3]!['访客数']).toBe('1,23');
    expect(exports['item-daily.csv']!.rows).toHaveLength(items.length - 1);
    expect(find('DATA_ROWS_LEFT_OUT').numbers['rows']).toBe(1);
  });

  it('orders findings by severity, then money at stake (the one finding order), and keeps the immaterial ones marked', () => {
    const rank = { critical: 0, warning: 1, info: 2 } as const;
    const keys = brief.findings.map((f) => [rank[f.severity], -(f.moneyAtStake?.abs().toNumber() ?? -1)] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });

  it('renders in both locales', () => {
    const zh = sampleBrief();
    expect(zh.findings.find((f) => f.code === 'ADS_BUDGET_CAPPED')?.message).toMatch(/^推广计划日限额用完（日常推广 ¥850 @12:00）/);
  });

  it('starts with the headline: verdict, May 100.9%, today’s target and the visitors it needs, the paid-channel cause, 618’s run-up', () => {
    const zh = sampleBrief();
    const h = zh.headline;
    const mayActual = store.reduce((s, r) => s + num(r['支付金额']), 0);
    const mayTarget = plan.filter((p) => p['日期']!.startsWith('2026-05')).reduce((s, p) => s + num(p['目标销售额']), 0);
    expect(h.monthToDate!.achievement!).toBeCloseTo(mayActual / mayTarget, 12);
    expect((Math.round((mayActual / mayTarget) * 1000) / 10).toFixed(1)).toBe('100.9');
    // Ahead for the month: one soft day is not 紧急.
    expect(h.severity).toBe('warning');
    const june1 = plan.find((p) => p['日期'] === '2026-06-01')!;
    // Ahead of plan: today's target is not lowered (replan 'keep').
    expect(h.today!.target.toNumber()).toBe(num(june1['目标销售额']));
    expect(h.today!.visitors).toBe(Math.ceil(num(june1['目标销售额']) / (0.031 * 240)));
    const text = renderBrief(zh);
    const first = text.split('\n')[1]!;
    expect(first).toMatch(/^\*\*2026-05-31 未达标：支付 ¥96,579，目标 ¥106,191/);
    expect(first).toContain('5月累计 ¥2,975,733，计划 ¥2,950,000，完成 100.9%');
    expect(first).toContain('今日（2026-06-01）目标 ¥85,075，按计划转化率 3.1%、客单价 ¥240，需要 11,435 访客');
    expect(first).toContain('主因：推广计划日限额用完');
    expect(first).toContain('618（2026-06-18）已进入预热期，还有 18 天');
    expect(text).not.toContain('流量归推广');
    expect(text).not.toMatch(/¥[\d,]+\.\d\d/); // money in messages to the yuan
  });

  it('holds no two findings recommending opposite things for one channel', () => {
    const byChannel = new Map<string, Set<string>>();
    for (const f of brief.findings) if (f.stance !== undefined) byChannel.set(f.stance.channel, (byChannel.get(f.stance.channel) ?? new Set()).add(f.stance.direction));
    for (const directions of byChannel.values()) expect(directions.has('grow') && directions.has('cut')).toBe(false);
    expect(brief.findings.filter((f) => f.stance?.channel === 'paid')).toHaveLength(1);
    expect(brief.findings.some((f) => f.area === 'traffic' && f.subject === 'paid')).toBe(false);
  });
});

describe('npm run demo', () => {
  it('prints the brief for another day in English, and in Chinese by default', () => {
    const cwd = fileURLToPath(new URL('../..', import.meta.url));
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts', ...args], { cwd, encoding: 'utf8' });
    const en = run('--locale', 'en', '--date', '2026-05-24', '--format', 'text');
    expect(en.status).toBe(0);
    expect(en.stdout.split('\n')[0]).toBe('山岚女装 · Morning brief · 2026-05-24');
    const target = num(plan.find((p) => p['日期'] === '2026-05-24')!['目标销售额']);
    expect(en.stdout).toContain(`against ¥${target.toLocaleString('en-US')}`);
    expect(en.stdout.split('\n')[1]).toMatch(/^2026-05-24 (met|missed) its target/);
    const zh = run();
    expect(zh.stdout.split('\n')[0]).toBe('# 山岚女装 · 晨报 · 2026-05-31');
  });
});
