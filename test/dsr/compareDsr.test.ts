import { describe, expect, it } from 'vitest';
import { compareDsr, displayDsr } from 'storeops/dsr';
import { expectError } from '../helpers.js';

describe('compareDsr', () => {
  it('4.71234 against average 4.61234 and best 4.91234 is 33.33% above (domain reference §4)', () => {
    const c = compareDsr(4.71234, { average: 4.61234, best: 4.91234, worst: 4.2 });
    expect(c.direction).toBe('above');
    expect(c.percent).toBeCloseTo(1 / 3, 15);
    expect(c.display).toBe('33.33%');
    expect(c.message).toBe('高于同行业平均 33.33%');
  });

  it('below uses (average − shop) / (average − worst)', () => {
    const c = compareDsr(4.6, { average: 4.7, best: 4.9, worst: 4.4 }, { locale: 'en' });
    expect(c).toEqual({ direction: 'below', percent: 1 / 3, display: '33.33%', message: '33.33% below the category average' });
    expect(compareDsr(4.6, { average: 4.7, worst: 4.4 }).message).toBe('低于同行业平均 33.33%');
  });

  it('is exact at equality: a tally of 96 / 20 equals an average of 4.8', () => {
    expect(compareDsr({ sum: 96, count: 20 }, { average: 4.8, best: 4.9, worst: 4.5 })).toEqual({
      direction: 'equal',
      percent: 0,
      display: '0.00%',
      message: '与同行业平均持平',
    });
    // 0.1 + 0.2 style binary noise does not matter: 4.3 is read as the decimal 4.3.
    expect(compareDsr(4.3, { average: 4.3 }).direction).toBe('equal');
    expect(compareDsr({ sum: 959, count: 200 }, { average: 4.8, worst: 4.7 }).display).toBe('5.00%');
  });

  it('truncates the percentage to two decimals instead of rounding it', () => {
    // (4.89998 − 4.5) / (4.9 − 4.5) = 0.99995 → 99.99%, never 100.00%.
    expect(compareDsr(4.89998, { average: 4.5, best: 4.9 }).display).toBe('99.99%');
    expect(compareDsr(4.9, { average: 4.5, best: 4.9 }).display).toBe('100.00%');
    // 2/3 = 66.666…% → 66.66%.
    expect(compareDsr(4.7, { average: 4.5, best: 4.8 }).display).toBe('66.66%');
  });

  it('gives a null percentage when the needed bound is missing or equals the average', () => {
    expect(compareDsr(4.8, { average: 4.7 })).toMatchObject({ direction: 'above', percent: null, display: null, message: '高于同行业平均 —' });
    expect(compareDsr(4.8, { average: 4.7, best: 4.7 }).percent).toBeNull();
    expect(compareDsr(4.6, { average: 4.7, worst: 4.7 }).percent).toBeNull();
  });

  it('rejects bad input with the path', () => {
    expectError(() => compareDsr(5.5, { average: 4.7 }), 'INVALID_INPUT', '');
    expectError(() => compareDsr('4.7' as never, { average: 4.7 }), 'INVALID_INPUT', '');
    expectError(() => compareDsr({ sum: 0, count: 0 }, { average: 4.7 }), 'INVALID_INPUT', 'count');
    expectError(() => compareDsr({ sum: 600, count: 100 }, { average: 4.7 }), 'INVALID_INPUT', 'sum');
    expectError(() => compareDsr(4.7, { average: 47 }), 'INVALID_INPUT', 'category.average');
    expectError(() => compareDsr(4.7, {} as never), 'INVALID_INPUT', 'category.average');
    expectError(() => compareDsr(4.7, { average: 4.7, best: 4.6 }), 'INVALID_INPUT', 'category.best');
    expectError(() => compareDsr(4.7, { average: 4.7, worst: 4.8 }), 'INVALID_INPUT', 'category.worst');
    expectError(() => compareDsr(4.7, { average: Number.NaN }), 'INVALID_INPUT', 'category.average');
    expectError(() => compareDsr(4.7, { average: 4.7 }, { locale: 'fr' as never }), 'INVALID_OPTIONS', 'locale');
  });

  it('takes plugin messages', () => {
    const messages = { DSR_ABOVE_CATEGORY: { 'zh-CN': '飘红 {percent}', en: 'red {percent}' } };
    expect(compareDsr(4.71234, { average: 4.61234, best: 4.91234 }, { messages }).message).toBe('飘红 33.33%');
  });
});

describe('displayDsr', () => {
  it('truncates to one decimal, exact at the boundary', () => {
    expect(displayDsr(4.77616)).toBe('4.7');
    expect(displayDsr(4.79999)).toBe('4.7');
    expect(displayDsr(4.8)).toBe('4.8');
    expect(displayDsr(4.1)).toBe('4.1');
    expect(displayDsr(1)).toBe('1.0');
    expect(displayDsr({ sum: 96, count: 20 })).toBe('4.8');
    expect(displayDsr({ sum: 479_999, count: 100_000 })).toBe('4.7');
    expect(displayDsr({ sum: 14, count: 3 })).toBe('4.6');
  });

  it('rejects bad input', () => {
    expectError(() => displayDsr(0.5), 'INVALID_INPUT', '');
    expectError(() => displayDsr(Number.POSITIVE_INFINITY), 'INVALID_INPUT', '');
    expectError(() => displayDsr(null as never), 'INVALID_INPUT', '');
    expectError(() => displayDsr({ sum: 3, count: 1.5 }), 'INVALID_INPUT', 'count');
  });
});
