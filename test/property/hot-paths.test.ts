// The shared helpers issue 17 made faster, held to the implementations they replaced (kept here
// verbatim): formatNumber without split/regex per call, interpolate on templates split once,
// sortFindings reading each finding's keys once. Same output for every input, same errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInteger } from '../../src/core/errors.js';
import { sortFindings } from '../../src/core/findings.js';
import { compareFindings, formatNumber, interpolate, isStoreOpsError, StoreDecimal, type ModuleFinding } from '../../src/core/internal.js';

function referenceFormatNumber(value: number | null, digits = 2): string {
  expectInteger(digits, 'digits', 0, 20, 'INVALID_OPTIONS');
  if (value === null || !Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 1e21) return value.toExponential(digits).replace(/\.?0+e/, 'e');
  const factor = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [int = '0', frac = ''] = rounded.toFixed(digits).split('.');
  const trimmed = frac.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${trimmed === '' ? '' : `.${trimmed}`}`;
}

function referenceInterpolate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (typeof value !== 'string' && typeof value !== 'number') throw new Error('bad');
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('bad');
    return String(value);
  });
}

const outcome = (fn: () => unknown) => {
  try {
    return { ok: fn() };
  } catch (e) {
    return { error: isStoreOpsError(e) ? e.code : 'other' };
  }
};

describe('formatNumber', () => {
  it('prints what the split-and-regex version printed, for any number and digits', () => {
    const valueArb = fc.oneof(
      fc.double(),
      fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
      fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
      fc.constantFrom(0, -0, 0.5, 1.005, 2.675, -0.04, 999.95, 999.9999, 1e15 + 0.3, 2 ** 51, 2 ** 52 + 1, 1e20, 9.99e20, 1e21, -1e22, 5e-324),
    );
    fc.assert(
      fc.property(valueArb, fc.integer({ min: 0, max: 20 }), (value, digits) => {
        expect(formatNumber(value, digits)).toBe(referenceFormatNumber(value, digits));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses digits outside 0–20 as before', () => {
    for (const digits of [-1, 21, 1.5, Number.NaN, '2' as unknown as number]) {
      expect(outcome(() => formatNumber(1, digits))).toEqual({ error: 'INVALID_OPTIONS' });
    }
    expect(formatNumber(null)).toBe('—');
  });
});

describe('interpolate', () => {
  const nameArb = fc.constantFrom('a', 'b', 'item_1', 'X');
  const templateArb = fc
    .array(fc.oneof(fc.constantFrom('库存 ', ' days', '{', '}', '{}', '{a', 'b}', '{-x}', ''), nameArb.map((n) => `{${n}}`)), { maxLength: 8 })
    .map((parts) => parts.join(''));
  const paramsArb = fc.dictionary(nameArb, fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.double()), { maxKeys: 3 });

  it('fills the placeholders as the regex version did (unknown ones left as they are)', () => {
    fc.assert(
      fc.property(templateArb, paramsArb, (template, params) => {
        const want = outcome(() => referenceInterpolate(template, params));
        const got = outcome(() => interpolate(template, params as Record<string, string | number>));
        expect('ok' in got).toBe('ok' in want);
        if ('ok' in want) expect(got).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a param that is no string or finite number, or cannot be read, as before', () => {
    expect(outcome(() => interpolate('{a}', { a: Number.NaN }))).toEqual({ error: 'INVALID_INPUT' });
    expect(outcome(() => interpolate('{a}', { a: {} as never }))).toEqual({ error: 'INVALID_INPUT' });
    const hostile = Object.defineProperty({}, 'a', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(outcome(() => interpolate('x {a}', hostile))).toEqual({ error: 'INVALID_INPUT' });
    expect(outcome(() => interpolate(7 as never))).toEqual({ error: 'INVALID_INPUT' });
    expect(outcome(() => interpolate('x', null as never))).toEqual({ error: 'INVALID_INPUT' });
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('keeps rendering right after its cache of split templates starts afresh', () => {
    for (let i = 0; i < 1100; i++) expect(interpolate(`#${i} {n}`, { n: i })).toBe(`#${i} ${i}`);
    expect(interpolate('#3 {n}', { n: 'x' })).toBe('#3 x');
  });
});

describe('sortFindings', () => {
  const findingArb = fc.record({
    area: fc.constantFrom('stock', 'ads'),
    code: fc.constant('X'),
    severity: fc.constantFrom<'critical' | 'warning' | 'info'>('critical', 'warning', 'info'),
    owner: fc.constant('merchandising' as const),
    subject: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
    message: fc.constant(''),
    params: fc.constant({}),
    // Amounts that round to the same number (1e17 + 1 and 1e17) are ordered exactly.
    moneyAtStake: fc.option(
      fc.oneof(fc.integer({ min: -500, max: 500 }).map((n) => new StoreDecimal(n).div(4)), fc.constantFrom('100000000000000001', '100000000000000000', '-100000000000000002').map((s) => new StoreDecimal(s))),
      { nil: null },
    ),
    checks: fc.constant<ModuleFinding['checks']>([]),
    advice: fc.constant<ModuleFinding['advice']>([]),
  });

  it('orders as sort(compareFindings) does', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 30 }), (findings) => {
        const want = [...findings].sort(compareFindings);
        const list = [...findings];
        expect(sortFindings(list)).toBe(list);
        expect(list).toEqual(want);
        list.forEach((f, i) => expect(f).toBe(want[i]));
      }),
      { numRuns: 500 },
    );
  });
});
