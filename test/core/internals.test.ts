// Internal helpers that every module's error messages rely on.
import Decimal from 'decimal.js';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describeValue, formatPath } from '../../src/core/errors.js';
import { isDecimal, isMoneyInput, isNonNegativeMoney } from '../../src/core/money.js';
import { parseInput } from '../../src/core/validate.js';
import type { StoreOpsError } from '../../src/core/errors.js';

const issueOf = (schema: Parameters<typeof parseInput>[0], value: unknown) => {
  try {
    parseInput(schema, value);
  } catch (e) {
    return (e as StoreOpsError).issues[0];
  }
  return undefined;
};

describe('describeValue', () => {
  it('describes every kind of value briefly and safely', () => {
    expect(describeValue(-0)).toBe('number -0');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue('x'.repeat(100))).toBe(`string "${'x'.repeat(40)}…"`);
    expect(describeValue(10n)).toBe('bigint 10');
    expect(describeValue(true)).toBe('boolean true');
    expect(describeValue([1, 2])).toBe('array(2)');
    expect(describeValue(() => 1)).toBe('function');
    expect(describeValue(Symbol('s'))).toBe('symbol');
    expect(describeValue({})).toBe('object');
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(describeValue(revoked.proxy)).toBe('unknown value');
  });

  it('formats paths', () => {
    expect(formatPath(['rows', 3, 'paidAmount'])).toBe('rows[3].paidAmount');
    expect(formatPath(['thresholds', '支付转化率'])).toBe('thresholds["支付转化率"]');
    expect(formatPath([Symbol('s')])).toBe('s');
  });
});

describe('zod issue messages', () => {
  it('covers unions, multiples, keys and refinements', () => {
    expect(issueOf(z.union([z.number(), z.string()]), true)?.message).toBe('does not match any accepted form, received boolean true');
    expect(issueOf(z.number().check(z.multipleOf(5)), 7)?.message).toBe('must be a multiple of 5, received number 7');
    expect(issueOf(z.record(z.string().check(z.minLength(2)), z.number()), { b: 1 })).toEqual({ path: 'b', message: 'invalid key' });
    expect(issueOf(z.array(z.number()).check(z.minLength(1)), [])?.message).toBe('length must be >= 1, received array(0)');
    expect(issueOf(z.array(z.number()).check(z.maxLength(1)), [1, 2])?.message).toBe('length must be <= 1, received array(2)');
    expect(issueOf(z.number().check(z.gt(0)), 0)?.message).toBe('must be > 0, received number 0');
    expect(issueOf(z.number().check(z.lt(1)), 1)?.message).toBe('must be < 1, received number 1');
    expect(issueOf(z.string().check(z.refine(() => false)), 'x')?.message).toBe('invalid value string "x"');
    expect(issueOf(z.object({ a: z.object({ b: z.number() }) }), { a: 5 })?.path).toBe('a');
  });
});

describe('money recognition', () => {
  it('recognises decimal.js instances without loading decimal.js, and never throws', () => {
    expect(isDecimal(new Decimal(1))).toBe(true);
    expect(isDecimal({ toStringTag: '[object Decimal]' })).toBe(false);
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
    expect(isDecimal(hostile)).toBe(false);
    const fake = { toStringTag: '[object Decimal]', isFinite: () => { throw new Error('no'); } };
    expect(isMoneyInput(fake)).toBe(false);
  });

  it('knows which money is not negative', () => {
    expect(isNonNegativeMoney('-0')).toBe(true);
    expect(isNonNegativeMoney('-0.00')).toBe(true);
    expect(isNonNegativeMoney('-0.01')).toBe(false);
    expect(isNonNegativeMoney(new Decimal('-0'))).toBe(true);
    expect(isNonNegativeMoney(new Decimal('-1'))).toBe(false);
    expect(isNonNegativeMoney(-1)).toBe(false);
    expect(isNonNegativeMoney('abc')).toBe(false);
  });
});
