import { describe, expect, it } from 'vitest';
import { dailyChecks } from 'storeops/checks';
import { expectError } from '../helpers.js';

const hit = { id: 'A1', name: '连衣裙', onHand: 600, dailySales: 123, leadTimeDays: 5, safetyDays: 2 };

describe('dailyChecks: the known answers of issue 19 / domain reference §13, §10', () => {
  it('600 on hand, 123 a day, lead time 5 + safety 2: 4.9 days of cover, reorder 123 × 7 − 600 = 261 now', () => {
    const gate = dailyChecks({ asOf: '2026-05-31 09:00', hitItems: [hit] }, { locale: 'en' });
    const check = gate.checks[0]!;
    expect(check.code).toBe('GATE_STOCK_LOW');
    expect(check.status).toBe('fail');
    expect(check.value).toBeCloseTo(600 / 123, 12);
    expect(check.params).toMatchObject({ days: '4.9', shortfall: String(123 * 7 - 600), warningDays: '7' });
    expect(gate.status).toBe('fail');
    expect(gate.metrics.lowStockItems).toBe(1);
  });

  it('an item at or above its reorder point passes; the reorder point is lead time + safety days of sales', () => {
    const gate = dailyChecks({ asOf: '2026-05-31 09:00', hitItems: [{ ...hit, onHand: 861 }] });
    expect(gate.checks[0]!.status).toBe('pass');
    expect(gate.status).toBe('pass');
    expect(gate.advice.map((a) => a.code)).toEqual(['GATE_PASSED']);
  });

  it('a warning level of its own (or for all items) replaces the reorder point', () => {
    const own = dailyChecks({ asOf: '2026-05-31 09:00', hitItems: [{ ...hit, warningDays: 4 }] });
    expect(own.checks[0]!.status).toBe('pass');
    const all = dailyChecks({ asOf: '2026-05-31 09:00', hitItems: [{ ...hit, onHand: 1000 }] }, { thresholds: { stockWarningDays: 10 } });
    expect(all.checks[0]!.status).toBe('fail');
    expect(all.checks[0]!.params.shortfall).toBe(String(1230 - 1000));
  });

  it('an order paid 50 hours ago with a 48-hour promise is late; exactly 48 hours is not yet', () => {
    const late = dailyChecks({ asOf: '2026-05-31 09:00', unshippedOrders: [{ orderId: 'T1', paidAt: '2026-05-29 07:00' }] });
    expect(late.checks[0]!.code).toBe('GATE_ORDERS_LATE');
    expect(late.checks[0]!.params.oldestHours).toBe('50');
    expect(late.metrics.lateOrders).toBe(1);
    const onTheHour = dailyChecks({ asOf: '2026-05-31 09:00', unshippedOrders: [{ orderId: 'T1', paidAt: '2026-05-29T09:00:00' }] });
    expect(onTheHour.metrics.lateOrders).toBe(0);
    expect(onTheHour.checks[0]!.code).toBe('GATE_ORDERS_DUE_SOON');
    const ownPromise = dailyChecks({ asOf: '2026-05-31 09:00', unshippedOrders: [{ orderId: 'T1', paidAt: '2026-05-29 07:00', promiseHours: 72 }] });
    expect(ownPromise.metrics.lateOrders).toBe(0);
  });

  it('hours across a month end and a leap day are wall-clock hours, whatever the TZ', () => {
    const gate = dailyChecks({ asOf: '2028-03-01 01:00', unshippedOrders: [{ orderId: 'T1', paidAt: '2028-02-27 01:00' }] });
    expect(gate.checks[0]!.params.oldestHours).toBe('72');
  });

  it('a promotion price above the listed price fails; equal or below passes', () => {
    const activity = { name: '618 预热', start: '2026-05-28', end: '2026-06-03', listedPrice: 219 };
    expect(dailyChecks({ asOf: '2026-05-31 09:00', activities: [{ ...activity, price: 219.01 }] }).checks[0]!.code).toBe('GATE_ACTIVITY_PRICE_ABOVE_LIST');
    expect(dailyChecks({ asOf: '2026-05-31 09:00', activities: [{ ...activity, price: '219.00' }] }).checks[0]!.status).toBe('pass');
    expect(dailyChecks({ asOf: '2026-05-31 09:00', activities: [{ ...activity, price: 199, live: false }] }).checks[0]!.code).toBe('GATE_ACTIVITY_NOT_LIVE');
  });

  it('an activity is announced the day before it starts and not checked after it ended', () => {
    const tomorrow = dailyChecks({ asOf: '2026-05-31 09:00', activities: [{ name: '618', start: '2026-06-01', end: '2026-06-18' }] });
    expect(tomorrow.checks.map((c) => c.code)).toEqual(['GATE_ACTIVITY_STARTS_SOON']);
    const ended = dailyChecks({ asOf: '2026-05-31 09:00', activities: [{ name: '520', start: '2026-05-18', end: '2026-05-20' }] });
    expect(ended.checks).toEqual([]);
    expect(ended.status).toBe('unknown');
  });

  it('penalties since yesterday fail with their points; older ones are not new', () => {
    const gate = dailyChecks({
      asOf: '2026-05-31 09:00',
      penalties: [
        { kind: '投诉', points: 0, at: '2026-05-30 18:00' },
        { kind: '违规', points: 2, at: '2026-05-31' },
        { kind: '违规', points: 6, at: '2026-05-20' },
      ],
    });
    expect(gate.checks[0]!.code).toBe('GATE_PENALTIES_FOUND');
    expect(gate.metrics.penaltyPoints).toBe(2);
    expect(gate.checks[0]!.params).toMatchObject({ count: '2', points: '2' });
  });

  it('DSR down by 0.01 or more since yesterday fails; after-sales up more than 10% fails', () => {
    const gate = dailyChecks({
      asOf: '2026-05-31 09:00',
      dsr: { today: { description: 4.81, service: 4.795, shipping: 4.9 }, yesterday: { description: 4.82, service: 4.8, shipping: 4.85 } },
      afterSales: { today: { refundRate: 0.055, disputeRate: 0.002 }, yesterday: { refundRate: 0.05, disputeRate: 0 } },
    });
    expect(gate.checks.map((c) => [c.metric, c.status])).toEqual([
      ['dsr.description', 'fail'],
      ['dsr.service', 'pass'],
      ['dsr.shipping', 'pass'],
      ['afterSales.refundRate', 'pass'], // exactly +10% is not more than +10%
      ['afterSales.disputeRate', 'fail'], // from 0, any rise
    ]);
    expect(gate.checks[3]!.value).toBe(0.1);
  });

  it('broken pages are named; the zh-CN message reads as an operator writes it', () => {
    const gate = dailyChecks({ asOf: '2026-05-31 09:00', pages: [{ name: '首页', ok: true }, { name: '活动页', ok: false }] });
    expect(gate.checks[0]!.message).toBe('1 个页面或链接打不开：活动页');
    expect(gate.advice[0]!.message).toBe('每日检查有 1 项未通过：先处理这些，再看数据');
  });

  it('plugins and messages reach the gate', () => {
    const plugin = { name: 'fast-ship', thresholds: { checks: { promiseHours: 24 } }, messages: { GATE_ORDERS_LATE: { 'zh-CN': '超时 {count} 单', en: 'late: {count}' } } };
    const gate = dailyChecks({ asOf: '2026-05-31 09:00', unshippedOrders: [{ orderId: 'T1', paidAt: '2026-05-30 07:00' }] }, { plugins: [plugin], locale: 'en' });
    expect(gate.checks[0]!.message).toBe('late: 1');
  });

  it('bad input is refused at its path', () => {
    expectError(() => dailyChecks({ asOf: '2026-05-31' } as never), 'INVALID_INPUT', 'asOf');
    expectError(() => dailyChecks({ asOf: '2026-05-31 25:00' }), 'INVALID_INPUT', 'asOf');
    expectError(() => dailyChecks({ asOf: '2026-05-31 09:00', unshippedOrders: [{ orderId: 'T', paidAt: '2026-05-31 10:00' }] }), 'INVALID_INPUT', 'unshippedOrders[0].paidAt');
    expectError(() => dailyChecks({ asOf: '2026-05-31 09:00', activities: [{ name: 'x', start: '2026-06-02', end: '2026-06-01' }] }), 'INVALID_INPUT', 'activities[0].end');
    expectError(() => dailyChecks({ asOf: '2026-05-31 09:00', hitItems: [{ ...hit, onHand: -1 }] }), 'INVALID_INPUT', 'hitItems[0].onHand');
    expectError(() => dailyChecks({ asOf: '2026-05-31 09:00' }, { thresholds: { promiseHours: 0 } }), 'INVALID_OPTIONS', 'thresholds.promiseHours');
  });
});
