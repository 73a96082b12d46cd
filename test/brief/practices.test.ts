// The seed practices in the brief (issue 19): a failed morning check gate comes before
// everything else, the sales curve's gaps weekly, rival events daily (domain reference §13, §6, §14).
import { describe, expect, it } from 'vitest';
import { dailyBrief, renderBrief, type DailyBriefInput } from 'storeops/brief';
import { expectError } from '../helpers.js';

const D = '2026-05-31'; // a Sunday: the weekly day
const store = [{ date: D, visitors: 1000, buyers: 30, paidAmount: '7200.00' }];
const plan = [{ date: D, target: 8000 }];
const checks = {
  asOf: '2026-05-31 09:00',
  hitItems: [{ id: 'A1', name: '连衣裙', onHand: 600, dailySales: 123, leadTimeDays: 5, safetyDays: 2 }],
  unshippedOrders: [{ orderId: 'T1', paidAt: '2026-05-29 07:00' }],
  pages: [{ name: '首页', ok: true }],
};
const catalog = [
  { id: 'hit', units: 12_000 },
  ...[2400, 2100, 1900, 1700, 1500, 1400, 1300, 1200, 1100].map((units, i) => ({ id: `a${i}`, units })),
  ...Array.from({ length: 90 }, (_, i) => ({ id: `p${i}`, units: 100 + i })),
];
const week = ['2026-05-24', '2026-05-25', '2026-05-26', '2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30'];
const snapshots = [
  ...week.map((date) => ({ rival: 'A', itemId: 'a1', title: '夏季连衣裙', date, price: 199, unitsSold: 40, listedAt: '2026-05-10', season: 'summer' })),
  { rival: 'A', itemId: 'a1', title: '夏季连衣裙', date: D, price: 169, unitsSold: 90, listedAt: '2026-05-10', season: 'summer' },
  { rival: 'B', itemId: 'b1', title: '亚麻衬衫', date: D, price: 159, unitsSold: 60, listedAt: '2026-05-12', season: 'summer' },
];
const input: DailyBriefInput = { date: D, store, plan, checks, catalog, rivals: { snapshots, season: 'summer' } };

describe('dailyBrief with the gate, the curve and the rivals', () => {
  const brief = dailyBrief(input, { locale: 'en' });

  it('takes every failed gate check as a critical finding (stock 261 short, one late order), and only the failed ones', () => {
    const gate = brief.findings.filter((f) => f.area === 'checks');
    expect(gate.map((f) => [f.code, f.severity, f.owner])).toEqual([
      ['GATE_STOCK_LOW', 'critical', 'operations'],
      ['GATE_ORDERS_LATE', 'critical', 'operations'],
    ]);
    expect(gate[0]!.params['shortfall']).toBe(String(123 * 7 - 600));
  });

  it('shows the gate before the day’s actions', () => {
    const text = renderBrief(brief);
    const gateAt = text.indexOf('## Morning checks failed (fix these first)');
    expect(gateAt).toBeGreaterThan(0);
    expect(gateAt).toBeLessThan(text.indexOf('## To do today'));
    expect(text.slice(gateAt, text.indexOf('## To do today'))).toContain('reorder at least 261');
  });

  it('on the weekly day, names the curve’s gap for merchandising, with the item that fills it (×1.25)', () => {
    const gap = brief.findings.find((f) => f.area === 'curve')!;
    expect([gap.code, gap.owner, gap.subject]).toEqual(['CURVE_GAP', 'merchandising', 'promotion']);
    expect(gap.advice[0]!.params['lift']).toBe('1.25');
    const monday = dailyBrief({ date: '2026-06-01', store: [{ ...store[0]!, date: '2026-06-01' }], plan: [{ date: '2026-06-01', target: 8000 }], catalog });
    expect(monday.findings.some((f) => f.area === 'curve')).toBe(false);
  });

  it('reports rival events daily and the launch call (two rivals at 90 and 60 a day: launch)', () => {
    const rivals = brief.findings.filter((f) => f.area === 'rivals');
    // The launch call is a warning, the events info: the one finding order puts it first.
    expect(rivals.map((f) => [f.code, f.severity, f.owner])).toEqual([
      ['LAUNCH_NOW', 'warning', 'merchandising'],
      ['RIVAL_SALES_JUMP', 'info', 'operations'],
      ['RIVAL_PRICE_CUT', 'info', 'merchandising'],
    ]);
  });

  it('re-renders the practices’ findings in the other locale from their codes', () => {
    expect(renderBrief(brief, { locale: 'zh-CN' })).toContain('至少补 261 件');
  });

  it('names the bad field under its input path', () => {
    expectError(() => dailyBrief({ ...input, checks: { ...checks, asOf: 'now' } }), 'INVALID_INPUT', 'checks.asOf');
    expectError(() => dailyBrief({ ...input, catalog: [{ id: 'x', units: -1 }] }), 'INVALID_INPUT', 'catalog[0].units');
  });
});
