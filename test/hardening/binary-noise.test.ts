// Issue 16, class 7: one rule for binary noise, for a number and for the string it prints as
// (what parseSycmRows makes of a number cell).
import { describe, expect, it } from 'vitest';
import { toMinorUnits } from '../../src/core/internal.js';
import { parseSycmRows } from 'storeops/adapters';
import { aggregateFunnels } from 'storeops/funnel';

describe('binary noise in money: a number and its printed string are read alike', () => {
  it.each([
    [0.1 + 0.2, 30],
    [309.40000000000003, 30940],
    [7.14 * 100, 71400],
  ])('toMinorUnits(%s) = toMinorUnits(String(%s)) = %i fen', (n, fen) => {
    expect(toMinorUnits(n)).toBe(fen);
    expect(toMinorUnits(String(n))).toBe(fen);
  });

  it('real sub-fen digits are refused in both forms', () => {
    expect(toMinorUnits(7.140000001)).toBeNull();
    expect(toMinorUnits('7.140000001')).toBeNull();
    // A string that is not how a number prints is read exactly: 0.300000000000000040 is no whole fen.
    expect(toMinorUnits('0.300000000000000040')).toBeNull();
  });

  it('a cell that parseSycmRows turns into the string is summed like the number', () => {
    const asNumber = aggregateFunnels([{ visitors: 10, buyers: 1, paidAmount: 0.1 + 0.2 }], () => 'a', { onError: 'collect' });
    const parsed = parseSycmRows([{ 日期: '2026-05-31', 访客数: 10, 支付买家数: 1, 支付金额: 0.1 + 0.2 }]);
    const asString = aggregateFunnels(
      parsed.rows.map((r) => ({ visitors: r.visitors as number, buyers: r.buyers as number, paidAmount: r.paidAmount as string })),
      () => 'a',
      { onError: 'collect' },
    );
    expect(parsed.rows[0]?.paidAmount).toBe('0.30000000000000004');
    expect(asString.errors).toEqual([]);
    expect(asString.get('a')?.paidAmount.toString()).toBe('0.3');
    expect(asString.get('a')?.paidAmount.toString()).toBe(asNumber.get('a')?.paidAmount.toString());
  });
});
