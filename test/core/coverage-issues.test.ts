// How many issues one error carries (DESIGN: at most MAX_ISSUES = 100, then one last issue that
// says what was left out), through public functions that take arrays: allocate's weights (an
// array of money, prefix `weights`) and mergeFunnels' list (an array of funnel records).
import { describe, expect, it } from 'vitest';
import { allocate } from 'storeops/goals';
import { mergeFunnels } from 'storeops/funnel';
import { funnelMetrics } from 'storeops/funnel';
import { errorOf } from '../helpers.js';

const LIMIT_NOTE = ' (limit MAX_ISSUES = 100 per error)';

describe('an array of up to 1,000 elements: zod checks it all, the error lists 100 and counts the rest', () => {
  it('150 negative weights: weights[0] … weights[99], then "50 more issues not listed"', () => {
    const e = errorOf(() => allocate('100.00', Array.from({ length: 150 }, () => -1)));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toHaveLength(101);
    expect(e.issues.slice(0, 100).map((i) => i.path)).toEqual(Array.from({ length: 100 }, (_, i) => `weights[${i}]`));
    expect(e.issues[100]).toEqual({ path: '', message: `50 more issues not listed${LIMIT_NOTE}` });
  });
});

describe('a longer array is checked element by element, and checking stops at the limit', () => {
  it('2,000 negative weights: 100 issues, then the notice where checking stopped (at weights, not replaced by a count)', () => {
    const e = errorOf(() => allocate('100.00', Array.from({ length: 2000 }, () => -1)));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toHaveLength(101);
    expect(e.issues.slice(0, 100).map((i) => i.path)).toEqual(Array.from({ length: 100 }, (_, i) => `weights[${i}]`));
    // Element [100] is the 101st bad one: it and the 1,899 after it are not listed.
    expect(e.issues[100]).toEqual({
      path: 'weights',
      message: `checking stopped at element [100], bad too: the elements before it gave 100 issues (the first 100 are listed); the elements after it were not checked${LIMIT_NOTE}`,
    });
  });

  it('a long array with a few bad elements: exactly those, wherever they are', () => {
    const weights: unknown[] = Array.from({ length: 2000 }, () => 1);
    weights[5] = -1;
    weights[1999] = '70%';
    const e = errorOf(() => allocate('100.00', weights as number[]));
    expect(e.issues.map((i) => i.path)).toEqual(['weights[5]', 'weights[1999]']);
    // Good long arrays pass on to zod and are allocated: 2,000 equal weights of 100.00 → 0.05 each.
    expect(allocate('100.00', Array.from({ length: 2000 }, () => 1)).every((d) => d.toString() === '0.05')).toBe(true);
  });

  it('elements with two bad fields each: stopped after the 50th such element, the notice counts the issues found', () => {
    const bad = { visitors: -1, buyers: 'x', paidAmount: '10.00' };
    const list = [...Array.from({ length: 60 }, () => bad), ...Array.from({ length: 1000 }, () => ({ visitors: 10, buyers: 1, paidAmount: '10.00' }))];
    const e = errorOf(() => mergeFunnels(list as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toHaveLength(101);
    expect(e.issues.slice(0, 4).map((i) => i.path)).toEqual(['[0].visitors', '[0].buyers', '[1].visitors', '[1].buyers']);
    expect(e.issues[99]?.path).toBe('[49].buyers');
    expect(e.issues[100]).toEqual({
      path: '',
      message: `checking stopped at element [50], bad too: the elements before it gave 100 issues (the first 100 are listed); the elements after it were not checked${LIMIT_NOTE}`,
    });
  });

  it('no bad element after the 100th issue: nothing stopped, the issues past 100 are counted', () => {
    // 49 elements with two bad fields and one with three: 101 issues, the last element the last bad one.
    const list = [
      ...Array.from({ length: 49 }, () => ({ visitors: -1, buyers: 'x', paidAmount: '10.00' })),
      { visitors: -1, buyers: 'x', paidAmount: '-5' },
      ...Array.from({ length: 1000 }, () => ({ visitors: 10, buyers: 1, paidAmount: '10.00' })),
    ];
    const e = errorOf(() => mergeFunnels(list as never));
    expect(e.issues).toHaveLength(101);
    expect(e.issues[99]?.path).toBe('[49].buyers');
    expect(e.issues[100]).toEqual({ path: '', message: `1 more issues not listed${LIMIT_NOTE}` });
  });

  it('a long array where a record is expected is one issue, not one per element', () => {
    const e = errorOf(() => funnelMetrics(Array.from({ length: 1500 }, () => 0) as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ path: '', received: 'array(1500)' });
  });
});
