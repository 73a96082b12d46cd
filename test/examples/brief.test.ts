// The sample brief's findings recomputed by hand from the CSV text: plain arithmetic on the
// cells, not the library.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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

  it('finding 2 — paid traffic down by a third; 直通车 named, owned by promotion, with its share of the fall', () => {
    const paid = (date: string) => sources.filter((r) => r['统计日期'] === date && r['流量来源'] === '付费流量').reduce((s, r) => s + num(r['访客数']), 0);
    expect(1 - paid('2026-05-31') / paid('2026-05-24')).toBeCloseTo(1 / 3, 1);
    const row = (date: string) => sources.find((r) => r['统计日期'] === date && r['来源明细'] === '直通车')!;
    const [v0, v1] = [num(row('2026-05-24')['访客数']), num(row('2026-05-31')['访客数'])];
    const [r0, r1] = [num(row('2026-05-24')['支付金额']), num(row('2026-05-31')['支付金额'])];
    const visitorEffect = ((v1 - v0) * (r0 / v0 + r1 / v1)) / 2;
    const fall = num(day('2026-05-31')['支付金额']) - num(day('2026-05-24')['支付金额']);
    const f = find('SOURCE_VISITORS_DOWN', '直通车');
    expect(f.owner).toBe('promotion');
    expect(f.severity).toBe('critical');
    expect(Number(f.numbers['visitorEffect'])).toBeCloseTo(visitorEffect, 2);
    expect(f.numbers['share'] as number).toBeCloseTo(visitorEffect / fall, 4);
    expect(f.message).toContain('直通车');
    expect(f.message).toContain(`${(Math.round((visitorEffect / fall) * 1000) / 10).toFixed(1)}% of the`);
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

  it('finding 5 — the gap to the plan split into visitors, conversion and AOV, adding up to the gap', () => {
    const row = day('2026-05-31');
    const p = plan.find((r) => r['日期'] === '2026-05-31')!;
    const gap = num(row['支付金额']) - num(p['目标销售额']);
    const f = find('DRIVER_VISITORS_SHORT');
    expect(f.owner).toBe('promotion');
    expect(f.numbers['actual']).toBe(num(row['访客数']));
    expect(f.numbers['plan']).toBe(num(p['目标访客数']));
    const parts = ['visitorsEffect', 'conversionRateEffect', 'aovEffect'].map((k) => Number(f.numbers[k]));
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(gap, 2);
  });

  it('reports the bad cell (row and column) and runs on the good rows, saying how many were left out', () => {
    const { exports } = loadSampleData();
    expect(exports['item-daily.csv']!.errors.map((e) => [e.row, e.column])).toEqual([[3, '访客数']]);
    expect(items[3]!['访客数']).toBe('1,23');
    expect(exports['item-daily.csv']!.rows).toHaveLength(items.length - 1);
    expect(find('DATA_ROWS_LEFT_OUT').numbers['rows']).toBe(1);
  });

  it('orders findings by severity, then money at stake (the one finding order)', () => {
    const rank = { critical: 0, warning: 1, info: 2 } as const;
    const keys = brief.findings.map((f) => [rank[f.severity], -(f.moneyAtStake?.abs().toNumber() ?? -1)] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(brief.findings[0]?.severity).toBe('critical');
  });

  it('renders in both locales', () => {
    const zh = sampleBrief();
    expect(zh.findings.find((f) => f.code === 'SOURCE_VISITORS_DOWN')?.message).toMatch(/^直通车访客 /);
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
    expect(en.stdout).toContain(`against ¥${target.toLocaleString('en-US')}.00`);
    const zh = run();
    expect(zh.stdout.split('\n')[0]).toBe('# 山岚女装 · 晨报 · 2026-05-31');
  });
});
