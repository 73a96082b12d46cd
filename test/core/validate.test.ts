import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  combineStatuses,
  coreMessages,
  countSchema,
  evaluateThreshold,
  formatNumber,
  formatPercent,
  isStoreOpsError,
  localeSchema,
  makeAdvice,
  makeCheck,
  moneySchema,
  rateSchema,
  renderMessage,
  resolveLocale,
  resolveThreshold,
  statusRank,
  StoreOpsError,
} from '../../src/core/internal.js';
import { interpolate } from '../../src/core/i18n.js';
import { parseInput } from '../../src/core/validate.js';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(isStoreOpsError(e)).toBe(true);
    return (e as StoreOpsError).issues;
  }
  throw new Error('did not throw');
}

describe('parseInput turns zod failures into StoreOpsError issues', () => {
  const schema = z.object({
    visitors: countSchema,
    conversionRate: rateSchema,
    paid: moneySchema,
    rows: z.array(z.object({ n: countSchema })),
    locale: z.optional(localeSchema),
  });
  const good = { visitors: 10, conversionRate: 0.1, paid: '1.00', rows: [{ n: 1 }] };

  it('passes good input through', () => {
    expect(parseInput(schema, good)).toEqual(good);
  });

  it.each([
    [{ ...good, visitors: -1 }, 'visitors', /must be >= 0/],
    [{ ...good, visitors: 1.5 }, 'visitors', /expected integer/],
    [{ ...good, visitors: Number.NaN }, 'visitors', /expected number, received NaN/],
    [{ ...good, conversionRate: 1.5 }, 'conversionRate', /must be <= 1/],
    [{ ...good, conversionRate: '3.2%' }, 'conversionRate', /expected number, received string "3.2%"/],
    [{ ...good, paid: '12%' }, 'paid', /expected money/],
    [{ ...good, rows: [{ n: 1 }, { n: -2 }] }, 'rows[1].n', /must be >= 0/],
    [{ ...good, locale: 'fr' }, 'locale', /must be one of/],
    [{ conversionRate: 0.1, paid: 1, rows: [] }, 'visitors', /required number is missing/],
  ])('%j → %s', (input, path, message) => {
    const issues = issuesOf(() => parseInput(schema, input));
    expect(issues[0]?.path).toBe(path);
    expect(issues[0]?.message).toMatch(message);
  });

  it('uses the given code and prefix', () => {
    try {
      parseInput(rateSchema, 2, { code: 'INVALID_OPTIONS', prefix: ['thresholds', 'bounceRate', 'pass'] });
    } catch (e) {
      expect((e as StoreOpsError).code).toBe('INVALID_OPTIONS');
      expect((e as StoreOpsError).issues[0]?.path).toBe('thresholds.bounceRate.pass');
      expect((e as StoreOpsError).message).toBe('INVALID_OPTIONS: thresholds.bounceRate.pass: must be <= 1, received number 2');
    }
  });

  it('survives input whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'visitors', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    expect(issuesOf(() => parseInput(schema, hostile))[0]?.message).toMatch(/could not be read/);
  });
});

describe('thresholds and checks', () => {
  const bounce = { direction: 'below', pass: 0.7, good: 0.6 } as const;
  it('compares strictly unless inclusive', () => {
    expect(evaluateThreshold(0.7, bounce)).toBe('fail');
    expect(evaluateThreshold(0.6, bounce)).toBe('pass');
    expect(evaluateThreshold(0.7, { ...bounce, inclusive: true })).toBe('pass');
    expect(evaluateThreshold(2.5, { direction: 'above', pass: 2.5 })).toBe('fail');
    expect(evaluateThreshold(Number.NaN, bounce)).toBe('unknown');
  });

  it('combines statuses', () => {
    expect(combineStatuses([])).toBe('unknown');
    expect(combineStatuses(['good', 'pass'], [false, true])).toBe('good');
    expect(combineStatuses(['pass', 'unknown'])).toBe('pass');
    expect(statusRank('unknown')).toBe(-1);
  });

  it('merges and validates threshold overrides with paths', () => {
    expect(resolveThreshold(bounce, undefined, ['t'])).toBe(bounce);
    expect(issuesOf(() => resolveThreshold(bounce, { good: 0.8 }, ['thresholds', 'bounceRate']))[0]?.path).toBe('thresholds.bounceRate.good');
    expect(issuesOf(() => resolveThreshold(bounce, { pass: '70%' }, ['thresholds', 'bounceRate']))[0]?.path).toBe('thresholds.bounceRate.pass');
    expect(issuesOf(() => resolveThreshold(bounce, { pass: 0.7, colour: 'red' }, ['x']))[0]?.path).toBe('x.colour');
    expect(issuesOf(() => resolveThreshold(bounce, { pass: 1.2, good: 0.6 }, ['x'], [0, 1]))[0]?.path).toBe('x.pass');
    expect(resolveThreshold(bounce, { direction: 'below', inclusive: true, good: 0.5 }, ['x'])).toEqual({ direction: 'below', pass: 0.7, good: 0.5, inclusive: true });
  });
});

describe('messages', () => {
  const catalog = { LOW: { 'zh-CN': '{metric} 偏低：{value}', en: '{metric} is low: {value}' } };
  it('renders both locales and falls back to the code', () => {
    expect(renderMessage('LOW', 'zh-CN', { metric: '转化率', value: '2%' }, [catalog])).toBe('转化率 偏低：2%');
    expect(renderMessage('LOW', 'en', { metric: 'conversion', value: '2%' }, [catalog])).toBe('conversion is low: 2%');
    expect(renderMessage('MISSING', 'en', {}, [catalog])).toBe('MISSING');
    expect(renderMessage('toString', 'en', {}, [catalog])).toBe('toString');
    expect(renderMessage('LOW', 'en', {}, [catalog, { LOW: { 'zh-CN': '覆盖', en: 'override' } }])).toBe('override');
    expect(interpolate('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('builds checks and advice in the requested locale', () => {
    const check = makeCheck({ code: 'LOW', metric: 'cr', value: 0.02, status: 'fail', thresholds: null, params: { metric: 'CR', value: '2%' } }, 'en', [catalog]);
    expect(check).toEqual({ code: 'LOW', metric: 'cr', value: 0.02, status: 'fail', thresholds: null, message: 'CR is low: 2%', params: { metric: 'CR', value: '2%' } });
    expect(makeAdvice('LOW', 'zh-CN', [catalog], { metric: '深度', value: 2 }).message).toBe('深度 偏低：2');
  });

  it('has every core message in both locales', () => {
    for (const [code, text] of Object.entries(coreMessages)) {
      expect(text['zh-CN'].length, code).toBeGreaterThan(0);
      expect(text.en.length, code).toBeGreaterThan(0);
    }
  });

  it('validates the locale', () => {
    expect(resolveLocale('en')).toBe('en');
    expect(issuesOf(() => resolveLocale('EN'))[0]?.path).toBe('locale');
  });

  it('formats numbers and percentages', () => {
    expect(formatPercent(0.6)).toBe('60%');
    expect(formatPercent(0.705)).toBe('70.5%');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(-0.004, 2)).toBe('0');
    expect(formatNumber(null)).toBe('—');
  });

  it('formats numbers of 1e21 and more in exponent form without losing the exponent', () => {
    // toFixed writes these as '4.9999999999999997e+300': splitting at '.' and trimming zeros
    // printed '4.9999999999999997e+3', and 1.7e308 × 100 overflowed to 'Infinity'.
    expect(formatNumber(4.9999999999999997e300, 1)).toBe('5e+300');
    expect(formatNumber(1.7e308, 2)).toBe('1.7e+308');
    expect(formatNumber(-2.5e25, 2)).toBe('-2.5e+25');
    expect(formatNumber(1e21, 0)).toBe('1e+21');
  });
});

describe('StoreOpsError', () => {
  it('summarises many issues', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: `rows[${i}]`, message: 'bad' }));
    const e = new StoreOpsError('INVALID_INPUT', issues);
    expect(e.message).toBe('INVALID_INPUT: rows[0]: bad; rows[1]: bad; rows[2]: bad; rows[3]: bad; rows[4]: bad (+2 more)');
    expect(new StoreOpsError('INTERNAL', []).message).toBe('INTERNAL');
    expect(e.name).toBe('StoreOpsError');
    expect(isStoreOpsError({ name: 'StoreOpsError', code: 'X', issues: [] })).toBe(true);
    expect(isStoreOpsError(null)).toBe(false);
  });
});
