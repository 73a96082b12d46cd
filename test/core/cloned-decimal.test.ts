// Issue 12 item 6: storeops Decimals survive structuredClone / postMessage, write money with its
// scale in JSON, and a cloned Decimal ({ s, e, d }) is accepted back as money — strictly.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatMoney, isMoneyInput, moneySchema, nonNegativeMoneySchema, sumMoney, toDecimal } from '../../src/core/internal.js';
import { aggregateFunnels, mergeFunnels } from '../../src/funnel/index.js';
import { StoreDecimal, decimalJson, moneyPerUnit } from '../../src/core/decimal.js';
import { clonedDecimalText, isNonNegativeMoney, moneyProblem, moneyToNumber } from '../../src/core/money.js';
import { errorAt } from '../helpers.js';

const cloned = (v: string) => structuredClone(new StoreDecimal(v)) as unknown as { s: number; e: number; d: number[] };

describe('storeops Decimals as data', () => {
  it('hold only s, e and d, so structuredClone gives the plain { s, e, d } (no DataCloneError)', () => {
    const d = toDecimal('8219.18');
    expect(Object.keys(d)).toEqual(['s', 'e', 'd']);
    expect(d.plus(1).times(3).constructor).toBe(StoreDecimal);
    expect(Object.keys(d.sqrt())).toEqual(['s', 'e', 'd']);
    // decimal.js: 8219.18 is e = 3 and the words 8219 | 1800000 (base 10^7, the point on a word boundary).
    expect(structuredClone(d)).toEqual({ s: 1, e: 3, d: [8219, 1800000] });
    expect(structuredClone({ paid: d, days: [d] })).toEqual({ paid: { s: 1, e: 3, d: [8219, 1800000] }, days: [{ s: 1, e: 3, d: [8219, 1800000] }] });
  });

  it('leave the host application’s decimal.js alone: its prototype, its JSON and its configuration', () => {
    const host = new Decimal('1.50');
    expect(JSON.stringify(host)).toBe('"1.5"');
    expect(Object.keys(host)).toContain('constructor');
    expect(Decimal.precision).toBe(20);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(toDecimal(1)))).toBe(Decimal.prototype);
    // Still decimal.js instances to the host, and the host's instances are money to storeops.
    expect(toDecimal(1) instanceof Decimal).toBe(true);
    expect(new Decimal(toDecimal('2.5')).times(2).toString()).toBe('5');
    expect(toDecimal(host).toFixed(2)).toBe('1.50');
  });

  it('write money in JSON with at least two decimals, exactly, in plain notation', () => {
    expect(JSON.stringify([toDecimal('88235.3'), toDecimal(3000000), toDecimal('0.001'), toDecimal('-800'), toDecimal('-0')])).toBe('["88235.30","3000000.00","0.001","-800.00","0.00"]');
    expect(JSON.stringify(new StoreDecimal('1e30'))).toBe('"1000000000000000000000000000000.00"');
    expect(JSON.stringify(new StoreDecimal('1e-15'))).toBe('"0.000000000000001"');
    // Not finite (never in a result: the fuzz suite checks): written as decimal.js writes it.
    expect(decimalJson.call(new StoreDecimal(Number.NaN))).toBe('NaN');
    expect(decimalJson.call(new StoreDecimal(-Infinity))).toBe('-Infinity');
  });

  it('round money per unit to the fen, half-up', () => {
    expect(moneyPerUnit(toDecimal('7140').div(30))?.toFixed(4)).toBe('238.0000');
    expect(moneyPerUnit(toDecimal('0.125'))?.toString()).toBe('0.13');
    expect(moneyPerUnit(toDecimal('-0.125'))?.toString()).toBe('-0.13');
    expect(moneyPerUnit(toDecimal('100').div(3))?.toString()).toBe('33.33');
    expect(moneyPerUnit(null)).toBeNull();
  });
});

describe('a cloned Decimal { s, e, d } is money', () => {
  it('is read as the amount it was, by every money reader', () => {
    for (const v of ['88235.30', '0', '-0.005', '12345678.1234567', '9999999999999999.99', '0.00000000000000001', '33.33333333333333333333333333333333333333']) {
      const c = cloned(v);
      expect(clonedDecimalText(c), v).not.toBeNull();
      expect(toDecimal(c as never).eq(v), v).toBe(true);
      expect(isMoneyInput(c), v).toBe(true);
      expect(moneyToNumber(c), v).toBe(Number(v));
      expect(isNonNegativeMoney(c), v).toBe(!v.startsWith('-'));
    }
    expect(formatMoney(cloned('1234567.891') as never)).toBe('¥1,234,567.89');
    expect(sumMoney([cloned('0.1') as never, cloned('0.2') as never]).toString()).toBe('0.3');
    expect(moneySchema.safeParse(cloned('-1')).success).toBe(true);
    expect(nonNegativeMoneySchema.safeParse(cloned('-1')).success).toBe(false);
    expect(nonNegativeMoneySchema.safeParse(cloned('-0')).success).toBe(true);
    // JSON.parse of a clone, and an object without a prototype, are the same data.
    expect(toDecimal(JSON.parse(JSON.stringify(cloned('7.14')))).toFixed(2)).toBe('7.14');
    expect(toDecimal(Object.assign(Object.create(null), { d: [714], e: 2, s: 1 })).toString()).toBe('714');
  });

  it('reaches the batch paths too (integer fen)', () => {
    const rows = [{ visitors: 10, buyers: 1, paidAmount: cloned('99.90') }, { visitors: 5, buyers: 1, paidAmount: cloned('0.1') }];
    expect(aggregateFunnels(rows as never, () => 'all').get('all')?.paidAmount.toFixed(2)).toBe('100.00');
    expect(mergeFunnels(rows as never).paidAmount.toFixed(2)).toBe('100.00');
    const fine = [{ visitors: 10, buyers: 1, paidAmount: cloned('0.001') }];
    expect(errorAt(() => aggregateFunnels(fine as never, () => 'all'))).toEqual({ code: 'INVALID_INPUT', path: '[0].paidAmount' });
  });

  it('is judged as the Decimal it was: beyond 10^16 yuan or 40 significant digits it is refused', () => {
    expect(moneyProblem(structuredClone(new StoreDecimal('1e16')))).toMatch(/exact range of money/);
    expect(moneyProblem({ s: 1, e: 0, d: [1, 1111111, 1111111, 1111111, 1111111, 1111111, 1111111] })).toMatch(/significant digits/);
    expect(moneyProblem({ s: 1, e: 0, d: [1, 1111111, 1111111, 1111111, 1111111, 1111111, 1111000] })).toBeNull();
  });

  it('is strictly the shape decimal.js writes: anything else is refused with INVALID_INPUT, never a TypeError', () => {
    const bad: unknown[] = [
      null,
      'x',
      [1, 0, [1]],
      new Map(),
      new (class Parts {
        s = 1;
        e = 0;
        d = [1];
      })(),
      { s: 1, e: 0 },
      { s: 1, e: 0, d: [1], x: 1 },
      { s: 1, e: 0, x: [1] },
      { s: 2, e: 0, d: [1] },
      { s: '1', e: 0, d: [1] },
      { s: 1, e: 0.5, d: [1] },
      { s: 1, e: Number.NaN, d: [1] },
      { s: 1, e: 0, d: '1' },
      { s: 1, e: 0, d: [] },
      { s: 1, e: 0, d: new Array(17).fill(1) },
      { s: 1, e: 0, d: [1.5] },
      { s: 1, e: 0, d: [-1] },
      { s: 1, e: 6, d: [10_000_000] },
      { s: 1, e: 0, d: [null] },
      { s: 1, e: 1, d: [0] },
      { s: 1, e: 0, d: [0, 1] },
      { s: 1, e: 1, d: [5] }, // 5 has one digit: its exponent is 0 mod 7
      { s: 1, e: 0, d: [12] },
      {
        s: 1,
        e: 0,
        get d(): number[] {
          throw new Error('getter');
        },
      },
      new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }),
    ];
    for (const [i, v] of bad.entries()) {
      expect(clonedDecimalText(v), `bad[${i}]`).toBeNull();
      expect(isMoneyInput(v), `bad[${i}]`).toBe(false);
      expect(errorAt(() => toDecimal(v as never, 'paid'))).toEqual({ code: 'INVALID_INPUT', path: 'paid' });
    }
    // Consistent shapes of other exponents are fine: 1234567 is e = 6 in one word, 0.5 is e = -1.
    expect(clonedDecimalText({ s: 1, e: 6, d: [1234567] })).toBe('1234567e0');
    expect(clonedDecimalText({ s: -1, e: -1, d: [5000000] })).toBe('-5000000e-7');
  });
});
