// The morning gate's owners, a curve gap nothing can fill, and rivals without a launch call,
// through dailyBrief (domain reference §13, §6, §14).
import { describe, expect, it } from 'vitest';
import { dailyBrief } from 'storeops/brief';

const D = '2026-05-31'; // a Sunday: the weekly day
const store = [{ date: D, visitors: 1000, buyers: 30, paidAmount: '7200.00' }];

describe('the gate: each failed check goes to the team that owns it', () => {
  it('DSR description to merchandising, DSR service and after-sales to service, broken pages to design', () => {
    const checks = {
      asOf: '2026-05-31 09:00',
      pages: [{ name: '详情页', ok: false }, { name: '首页', ok: true }],
      // description and service fall by 0.02 (the mark is 0.01); shipping holds.
      dsr: { today: { description: 4.78, service: 4.8, shipping: 4.9 }, yesterday: { description: 4.8, service: 4.82, shipping: 4.9 } },
      // refund rate 10% → 12% (+20%) and refund time 24 → 30 hours (+25%), both over the +10% mark.
      afterSales: { today: { refundRate: 0.12, refundHours: 30 }, yesterday: { refundRate: 0.1, refundHours: 24 } },
    };
    const b = dailyBrief({ date: D, store, checks }, { locale: 'en' });
    const gate = b.findings.filter((f) => f.area === 'checks').map((f) => [f.subject, f.code, f.owner, f.severity]);
    expect(gate.sort()).toEqual([
      ['afterSales.refundHours', 'GATE_AFTER_SALES_RISE', 'service', 'critical'],
      ['afterSales.refundRate', 'GATE_AFTER_SALES_RISE', 'service', 'critical'],
      ['brokenPages', 'GATE_PAGES_BROKEN', 'design', 'critical'],
      ['dsr.description', 'GATE_DSR_DROP', 'merchandising', 'critical'],
      ['dsr.service', 'GATE_DSR_DROP', 'service', 'critical'],
    ]);
    const hours = b.findings.find((f) => f.subject === 'afterSales.refundHours')!;
    // Hours are shown as hours (one decimal), rates as percentages.
    expect(hours.params).toMatchObject({ today: '30', yesterday: '24' });
    expect(b.findings.find((f) => f.subject === 'afterSales.refundRate')!.params).toMatchObject({ today: '12%', yesterday: '10%' });
  });
});

describe('the curve and the rivals', () => {
  it('a gap whose only candidate sells nothing is named without a fill', () => {
    // 12,000 a month, then one item that sold nothing: promotion and activity are empty between them.
    const b = dailyBrief({ date: D, store, catalog: [{ id: 'hit', units: 12_000 }, { id: 'idle', units: 0 }] });
    const gaps = b.findings.filter((f) => f.area === 'curve');
    expect(gaps.map((f) => f.subject).sort()).toEqual(['activity', 'promotion']);
    expect(gaps.every((f) => f.advice.length === 0)).toBe(true);
  });

  it('rivals without a season make no launch call; a season no rival has launched is not a launch', () => {
    const snapshots = [
      { rival: 'A', itemId: 'a1', title: '夏季连衣裙', date: '2026-05-30', price: 199, unitsSold: 40, listedAt: '2026-05-10', season: 'summer' },
      { rival: 'A', itemId: 'a1', title: '夏季连衣裙', date: D, price: 199, unitsSold: 40, listedAt: '2026-05-10', season: 'summer' },
    ];
    const noSeason = dailyBrief({ date: D, store, rivals: { snapshots } }, { plugins: [{ name: 'noop' }] });
    expect(noSeason.findings.some((f) => f.code === 'LAUNCH_NOW')).toBe(false);
    const winter = dailyBrief({ date: D, store, rivals: { snapshots, season: 'winter' } });
    expect(winter.findings.some((f) => f.code === 'LAUNCH_NOW')).toBe(false);
  });
});
