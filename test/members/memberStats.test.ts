import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../src/core/internal.js';
import { memberStats } from 'storeops/members';
import { errorOf } from '../helpers.js';

describe('memberStats', () => {
  it('a buyer with orders in January and March counts as returning in March (domain reference §2)', () => {
    const s = memberStats(
      [
        { buyerId: 'li', date: '2026-01-10', amount: 100 },
        { buyerId: 'li', date: '2026-03-15', amount: 50 },
      ],
      { asOf: '2026-03-31', windowDays: 31 },
    );
    expect(s).toMatchObject({ buyers: 1, returningBuyers: 1, newBuyers: 0, returningBuyerShare: 1 });
    expect(s.period).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    expect(s.lookback).toEqual({ start: '2025-03-01', end: '2026-02-28' }); // 365 days before 2026-03-01
  });

  it('uses exactly the 365 calendar days before the period', () => {
    const at = (date: string) =>
      memberStats(
        [
          { buyerId: 'b', date, amount: 1 },
          { buyerId: 'b', date: '2026-03-05', amount: 1 },
        ],
        { asOf: '2026-03-31', windowDays: 31 },
      ).returningBuyers;
    expect(at('2025-03-01')).toBe(1); // first day of the lookback
    expect(at('2025-02-28')).toBe(0); // 366 days before the period
    expect(at('2026-02-28')).toBe(1); // the day before the period
    // an order inside the period does not make the buyer returning, however many there are
    expect(at('2026-03-01')).toBe(0);
    expect(
      memberStats(
        [
          { buyerId: 'b', date: '2026-02-01', amount: 1 },
          { buyerId: 'b', date: '2026-03-05', amount: 1 },
        ],
        { asOf: '2026-03-31', windowDays: 31, lookbackDays: 14 },
      ).returningBuyers,
    ).toBe(0);
  });

  it('computes shares, repurchase, frequency and amounts by hand', () => {
    const orders = [
      { buyerId: 'a', date: '2025-12-01', amount: '10.00' }, // before the period: makes a returning
      { buyerId: 'a', date: '2026-03-02', amount: '30.00' },
      { buyerId: 'a', date: '2026-03-02', amount: '20.00' }, // same day: one purchase
      { buyerId: 'b', date: '2026-03-03', amount: '40.00' },
      { buyerId: 'b', date: '2026-03-09', amount: '60.00' }, // two days: repurchase
      { buyerId: 'c', date: '2026-03-31', amount: '0.10' },
      { buyerId: 'd', date: '2026-04-01', amount: '999' }, // after asOf: ignored
      { buyerId: 'e', date: '2024-01-01', amount: '5' }, // before the lookback: ignored
    ];
    const s = memberStats(orders, { asOf: '2026-03-31', windowDays: 31 });
    expect(s).toMatchObject({
      buyers: 3,
      returningBuyers: 1,
      newBuyers: 2,
      returningBuyerShare: 1 / 3,
      orders: 5,
      ordersPerBuyer: 5 / 3,
      repeatBuyers: 1,
      repurchaseRate: 1 / 3,
    });
    expect(s.paidAmount.toFixed(2)).toBe('150.10');
    expect(s.returningPaidAmount.toFixed(2)).toBe('50.00');
    expect(s.returningRevenueShare).toBe(50 / 150.1);
    // 150.10 / 3 buyers = 50.0333…: money per buyer is given to the fen, half-up (issue 12 item 6).
    expect(s.revenuePerBuyer?.toFixed(4)).toBe('50.0300');
  });

  it('defaults to a 30-day window and returns null ratios without buyers', () => {
    const s = memberStats([], { asOf: '2026-03-31' });
    expect(s.period).toEqual({ start: '2026-03-02', end: '2026-03-31' });
    expect(s).toMatchObject({ buyers: 0, returningBuyerShare: null, ordersPerBuyer: null, repurchaseRate: null, returningRevenueShare: null, revenuePerBuyer: null });
    expect(s.paidAmount.toString()).toBe('0');
  });

  it('sums amounts exactly, including amounts finer than a fen and Decimals', () => {
    const s = memberStats(
      [
        { buyerId: 'a', date: '2026-03-30', amount: 0.1 },
        { buyerId: 'a', date: '2026-03-30', amount: 0.2 },
        { buyerId: 'b', date: '2026-03-30', amount: '0.005' },
        { buyerId: 'c', date: '2026-03-30', amount: toDecimal('1.25') },
      ],
      { asOf: '2026-03-31' },
    );
    expect(s.paidAmount.toString()).toBe('1.555');
  });

  it.each([
    [[{ date: '2026-03-01', amount: 1 }], '[0].buyerId'],
    [[{ buyerId: '', date: '2026-03-01', amount: 1 }], '[0].buyerId'],
    [[{ buyerId: 'a', date: '2026-02-30', amount: 1 }], '[0].date'],
    [[{ buyerId: 'a', date: '2026-3-1', amount: 1 }], '[0].date'],
    [[{ buyerId: 'a', date: '2026-03-01', amount: -1 }], '[0].amount'],
    [[{ buyerId: 'a', date: '2026-03-01', amount: Number.NaN }], '[0].amount'],
    [[{ buyerId: 'a', date: '2026-03-01', amount: '12%' }], '[0].amount'],
    [[{ buyerId: 'a', date: '2026-03-01' }], '[0].amount'],
  ])('%j → INVALID_INPUT at %s', (orders, path) => {
    const e = errorOf(() => memberStats(orders as never, { asOf: '2026-03-31' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toBe(path);
  });

  it.each([
    [{}, 'asOf'],
    [{ asOf: '2026-02-30' }, 'asOf'],
    [{ asOf: '2026-03-31', windowDays: 0 }, 'windowDays'],
    [{ asOf: '2026-03-31', windowDays: 1.5 }, 'windowDays'],
    [{ asOf: '2026-03-31', lookbackDays: -1 }, 'lookbackDays'],
  ])('%j → INVALID_OPTIONS at %s', (options, path) => {
    const e = errorOf(() => memberStats([], options as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues[0]?.path).toBe(path);
  });
});
