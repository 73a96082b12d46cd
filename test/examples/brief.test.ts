// The sample brief's findings recomputed by hand from the generator's cells (the numbers the
// downloads in examples/data were written from): plain arithmetic, not the library.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderBrief } from 'storeops/brief';
import { loadSampleData, sampleBrief } from '../../examples/brief.js';
import { catalogMonthlyUnits, morningChecks, rivalSnapshots } from '../../examples/generate-practices.js';
import { generateSampleData, type Table } from '../../examples/sample-data.js';

const data = generateSampleData();
function records(table: Table): Record<string, string>[] {
  const [head, ...rows] = table;
  return rows.map((r) => Object.fromEntries((head ?? []).map((h, i) => [String(h), String(r[i] ?? '')])));
}
const num = (cell: string | undefined) => Number((cell ?? '').replace(/,/g, ''));
const store = records(data.store);
const sources = records(data.sources);
const items = records(data.items);
const plan = records(data.plan);
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
    const spend = records(data.keywords).filter((r) => r['统计日期'] === '2026-05-31').reduce((s, r) => s + num(r['花费']), 0);
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
    // The 4th item row, on line 9 of the file (4 title lines, the header on line 5), column D (商品访客数).
    expect(exports.items.errors.map((e) => [e.row, e.column, e.line, e.cell])).toEqual([[3, '商品访客数', 9, 'D9']]);
    expect(items[3]!['访客数']).toBe('1,23');
    expect(exports.items.rows).toHaveLength(items.length - 1);
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

describe('the seed practices in the sample brief (examples/generate-practices.ts)', () => {
  it('puts the morning gate first: the hit item below its reorder point, the late order', () => {
    const gate = brief.findings.filter((f) => f.area === 'checks');
    const item = morningChecks.hitItems[0]!;
    // Reorder point = daily sales × (lead time + safety days); cover = on hand ÷ daily sales.
    const shortfall = item.dailySales * (item.leadTimeDays + item.safetyDays) - item.onHand;
    const stock = gate.find((f) => f.code === 'GATE_STOCK_LOW')!;
    expect(stock.params['shortfall']).toBe(String(shortfall));
    expect(shortfall).toBe(261);
    // Paid 2026-05-29 07:00, now 2026-05-31 09:00: 50 hours, past the 48-hour promise; the others are not.
    const late = gate.find((f) => f.code === 'GATE_ORDERS_LATE')!;
    expect(late.params['count']).toBe('1');
    expect(gate.every((f) => f.severity === 'critical')).toBe(true);
    const text = renderBrief(brief);
    expect(text.indexOf('## Morning checks failed')).toBeLessThan(text.indexOf('## To do today'));
  });

  it('on the weekly day, names the gap at the promotion tier and the item that fills it', () => {
    const units = catalogMonthlyUnits().map((i) => i.units);
    expect(units.filter((u) => u >= 3000 && u < 10_000)).toHaveLength(0);
    const best = Math.max(...units.filter((u) => u >= 1000 && u < 3000));
    const gap = brief.findings.find((f) => f.area === 'curve')!;
    expect(gap.subject).toBe('promotion');
    expect(Number(gap.advice[0]!.params['lift'])).toBeCloseTo(3000 / best, 2);
  });

  it('calls the summer launch from the rivals that launched and the median of their daily units', () => {
    // Each launched summer item's average daily units over the 7 days to 2026-05-31, then the median.
    const week = rivalSnapshots().filter((s) => s.season === '夏季' && String(s.date) >= '2026-05-25' && String(s.date) <= '2026-05-31');
    const byItem = new Map<string, number[]>();
    for (const s of week) byItem.set(String(s.itemId), [...(byItem.get(String(s.itemId)) ?? []), Number(s.unitsSold)]);
    expect(new Set(week.map((s) => s.rival)).size).toBeGreaterThanOrEqual(2); // at least two rivals launched …
    const averages = [...byItem.values()].map((u) => u.reduce((a, b) => a + b, 0) / u.length).sort((a, b) => a - b);
    const median = averages.length % 2 === 1 ? averages[(averages.length - 1) / 2]! : (averages[averages.length / 2 - 1]! + averages[averages.length / 2]!) / 2;
    expect(median).toBeGreaterThanOrEqual(20); // … selling a median of at least 20 a day
    expect(brief.findings.some((f) => f.code === 'LAUNCH_NOW' && f.owner === 'merchandising')).toBe(true);
    // 衣间 cut its dress from ¥199 to ¥169 (−15%, past the 10% mark) and sold 90 against about 41 a day.
    const events = brief.findings.filter((f) => f.area === 'rivals' && f.subject === '衣间/A-1').map((f) => f.code);
    expect(events).toEqual(expect.arrayContaining(['RIVAL_PRICE_CUT', 'RIVAL_SALES_JUMP']));
  });

  it('feeds the gate only to the morning it was filled in, and no rival snapshot from after the day', () => {
    const earlier = sampleBrief({ date: '2026-05-24', locale: 'en' });
    expect(earlier.findings.some((f) => f.area === 'checks')).toBe(false);
    // On 2026-05-24 衣间's dress was at ¥199 with no jump: the cut of the 31st is not known yet.
    expect(earlier.findings.some((f) => f.area === 'rivals' && f.subject === '衣间/A-1' && f.code === 'RIVAL_PRICE_CUT')).toBe(false);
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
