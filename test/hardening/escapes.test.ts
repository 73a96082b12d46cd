// Issue 16, classes 4, 8 and 11: no Infinity in results, no TypeError from proxies and
// iterators, no NaN or megabytes in messages.
import { describe, expect, it } from 'vitest';
import { combineStatuses, formatMoney, fromMinorUnits, renderMessage, sumMoney } from '../../src/core/internal.js';
import { parseSycmRows } from 'storeops/adapters';
import { computeDsr } from 'storeops/dsr';
import { aggregateFunnels, aggregateFunnelsAsync } from 'storeops/funnel';
import { solveDrivers } from 'storeops/goals';
import { acquisitionCost } from 'storeops/members';
import { promotionBudget } from 'storeops/profit';
import { errorOf } from '../helpers.js';

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable([1, 2], {});
  revoke();
  return proxy;
};
const trapped = () =>
  new Proxy([{}], {
    get() {
      throw new Error('get trap');
    },
    has() {
      throw new Error('has trap');
    },
  });
const throwingIterator = {
  [Symbol.iterator]: () => ({
    next() {
      throw new Error('next');
    },
  }),
};
const throwingAsyncIterator = {
  [Symbol.asyncIterator]: () => ({
    next() {
      throw new Error('next');
    },
  }),
};

describe('class 4: no Infinity in results from valid input', () => {
  it('solveDrivers with conversionRate 5e-324 gives null visitors and buyers', () => {
    const r = solveDrivers({ sales: 30000, conversionRate: 5e-324, aov: 238 });
    expect(r.visitors).toBeNull(); // 30000 / (5e-324 × 238) is beyond a number (was Infinity)
    expect(r.buyers).toBeCloseTo(30000 / 238, 9); // sales / AOV (was Infinity)
    expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN/);
  });
  it('acquisitionCost().costRatio and promotionBudget().extraHeadcount stay numbers or null at the widest amounts', () => {
    const a = acquisitionCost({ newBuyers: 1, returningBuyers: 1_000_000_000, newBuyerSpend: '9999999999999999', returningBuyerSpend: '0.00000000000000001' });
    expect(Number.isFinite(a.costRatio as number)).toBe(true);
    const p = promotionBudget({ revenue: '9999999999999999', contributionMarginRate: 1, targetProfit: 0, salaryPerHead: '0.00000000000000001' });
    expect(p.extraHeadcount === null || Number.isFinite(p.extraHeadcount)).toBe(true);
    expect(JSON.stringify([a, p])).not.toMatch(/Infinity|NaN/);
  });
});

describe('class 8: proxies and iterators end in StoreOpsError', () => {
  it.each([
    ['sumMoney', (x: unknown) => sumMoney(x as never)],
    ['combineStatuses', (x: unknown) => combineStatuses(x as never)],
    ['renderMessage', (x: unknown) => renderMessage('X', 'en', {}, x as never)],
    ['parseSycmRows', (x: unknown) => parseSycmRows(x as never)],
    ['computeDsr', (x: unknown) => computeDsr(x as never, { asOf: '2026-05-31' })],
    ['aggregateFunnels', (x: unknown) => aggregateFunnels(x as never, () => 'a')],
  ])('%s: a revoked proxy and an array proxy whose traps throw', (_, call) => {
    expect(errorOf(() => call(revoked())).code).toBe('INVALID_INPUT');
    expect(errorOf(() => call(trapped())).code).toBe('INVALID_INPUT');
  });
  it('aggregateFunnels(Async): a throwing iterator names the row it stopped at', async () => {
    expect(errorOf(() => aggregateFunnels(throwingIterator as never, () => 'a')).issues[0]?.path).toBe('rows[0]');
    for (const rows of [revoked(), trapped(), throwingIterator, throwingAsyncIterator]) {
      const e = await aggregateFunnelsAsync(rows as never, () => 'a').then(
        () => null,
        (err: unknown) => err as { name: string; code: string },
      );
      expect([e?.name, e?.code]).toEqual(['StoreOpsError', 'INVALID_INPUT']);
    }
  });
});

describe('class 11: messages stay small and finite', () => {
  it('renderMessage (interpolate) refuses NaN and Infinity instead of printing them', () => {
    const catalog = { A: { 'zh-CN': '{a}', en: '{a}' } };
    expect(errorOf(() => renderMessage('A', 'en', { a: Number.NaN }, [catalog])).issues[0]?.path).toBe('params.a');
    expect(errorOf(() => renderMessage('A', 'en', { a: Infinity }, [catalog])).issues[0]?.path).toBe('params.a');
    expect(renderMessage('A', 'en', { a: 1.5 }, [catalog])).toBe('1.5');
  });
  it('formatMoney accepts what fromMinorUnits returns; fromMinorUnits refuses what is beyond money', () => {
    expect(formatMoney(fromMinorUnits(999999999999999999n))).toBe('¥9,999,999,999,999,999.99');
    expect(errorOf(() => fromMinorUnits(10n ** 18n)).issues[0]?.message).toMatch(/MAX_MONEY_INTEGER_DIGITS/);
  });
  it('a received value is quoted in at most 40 characters', () => {
    const e = errorOf(() => sumMoney(['x'.repeat(100_000)]));
    expect(e.message.length).toBeLessThan(200);
    expect(errorOf(() => sumMoney([10n ** 100n as never])).message).toMatch(/bigint of about \d+ digits/);
  });
});
