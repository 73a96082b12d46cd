import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  fromMinorUnits,
  isMoneyInput,
  moneyRatio,
  moneyToNumber,
  ratio,
  roundToUnit,
  StoreDecimal,
  StoreOpsError,
  sumMoney,
  toDecimal,
  toMinorUnits,
} from '../../src/core/internal.js';

describe('money', () => {
  it('never touches the global decimal.js configuration', () => {
    const before = { precision: Decimal.precision, rounding: Decimal.rounding };
    toDecimal('1').div(3);
    roundToUnit('2.345');
    expect({ precision: Decimal.precision, rounding: Decimal.rounding }).toEqual(before);
    expect(StoreDecimal).not.toBe(Decimal);
    expect(StoreDecimal.precision).toBe(40);
  });

  it('reads a negative zero as 0, so no amount comes back as "-0" in JSON', () => {
    for (const z of [-0, '-0', '-0.00', new Decimal('-0')]) {
      const d = toDecimal(z as never);
      expect(Object.is(d.toNumber(), 0)).toBe(true);
      expect(JSON.stringify(d)).toBe('"0.00"');
    }
  });

  it('accepts the host application’s Decimal instances', () => {
    const host = new Decimal('12.34');
    expect(isMoneyInput(host)).toBe(true);
    expect(toDecimal(host).toFixed(2)).toBe('12.34');
    expect(moneyToNumber(host)).toBe(12.34);
    expect(isMoneyInput(new Decimal(NaN))).toBe(false);
  });

  it('rejects percent strings, thousands separators, NaN and Infinity with a path', () => {
    for (const bad of ['12%', '1,234', 'abc', '', Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}, [], true]) {
      try {
        toDecimal(bad as never, 'paidAmount');
        expect.unreachable(String(bad));
      } catch (e) {
        expect(e).toBeInstanceOf(StoreOpsError);
        expect((e as StoreOpsError).issues[0]?.path).toBe('paidAmount');
      }
    }
  });

  it('is exact where floating point is not', () => {
    expect(sumMoney(Array.from({ length: 10 }, () => 0.1)).toString()).toBe('1');
    expect(toDecimal('0.1').plus('0.2').eq('0.3')).toBe(true);
    expect(moneyRatio('7140', 30)?.toString()).toBe('238');
    expect(moneyRatio('1', 3)?.times(3).toDecimalPlaces(2).toString()).toBe('1');
    expect(moneyRatio(null, 3)).toBeNull();
  });

  it('rounds to a unit half-up by default', () => {
    expect(roundToUnit('0.125').toFixed(2)).toBe('0.13');
    expect(roundToUnit('-0.125').toFixed(2)).toBe('-0.13');
    expect(roundToUnit('0.125', '0.01', 'half-even').toFixed(2)).toBe('0.12');
    expect(roundToUnit('149', 100).toString()).toBe('100');
    expect(() => roundToUnit('1', 0)).toThrow(StoreOpsError);
    expect(() => roundToUnit('1', '0.01', 'sideways' as never)).toThrow(StoreOpsError);
  });

  it('converts to and from integer fen exactly', () => {
    expect(toMinorUnits(7.14)).toBe(714);
    expect(toMinorUnits(0.29)).toBe(29); // 0.29 * 100 = 28.999999999999996
    expect(toMinorUnits('19.999')).toBeNull();
    expect(toMinorUnits(Number.NaN)).toBeNull();
    expect(toMinorUnits(1e16)).toBeNull(); // beyond safe integers in fen
    expect(toMinorUnits(-0)).toBe(0);
    expect(fromMinorUnits(-1).toString()).toBe('-0.01');
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        const yuan = fen / 100;
        expect(toMinorUnits(yuan)).toBe(fen === 0 ? 0 : fen);
        expect(toMinorUnits(fromMinorUnits(fen).toFixed(2))).toBe(fen === 0 ? 0 : fen);
      }),
      { numRuns: 500 },
    );
  });

  it('takes a number at its decimal value: sub-fen digits are refused, not rounded away', () => {
    expect(toMinorUnits(7.140000001)).toBeNull(); // as toMinorUnits('7.140000001')
    expect(toMinorUnits(1e-9)).toBeNull();
    expect(toMinorUnits(5100485596.1)).toBe(510048559610);
    // Above 2^51 fen, value × 100 itself rounds: 37587960968116.27 × 100 is 3758796096811627.5.
    expect(toMinorUnits(37587960968116.27)).toBe(3758796096811627);
    expect(toMinorUnits(-37587960968116.27)).toBe(-3758796096811627);
    expect(toMinorUnits(37587960968116.3)).toBe(3758796096811630);
    expect(toMinorUnits(1e25)).toBeNull(); // '1e+25'
    expect(toMinorUnits(0.001, 3)).toBe(1);
  });

  it('formats amounts for messages', () => {
    expect(formatMoney('10000000')).toBe('¥10,000,000.00');
    expect(formatMoney('-0.001')).toBe('¥0.00');
    expect(formatMoney(999.995)).toBe('¥1,000.00');
  });
});

describe('ratio', () => {
  it('is null, never NaN or Infinity, without a denominator', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 5)).toBeNull();
    expect(ratio(5, undefined)).toBeNull();
    expect(ratio(0, 10)).toBe(0);
    expect(ratio(1e308, 1e-308)).toBeNull();
  });
});
