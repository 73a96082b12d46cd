// Small public helpers on inputs the other tests do not give them.
import { describe, expect, it } from 'vitest';
import { compareFindings, isIsoDate, toDecimal } from 'storeops/core';
import { sycmSourceCategory } from 'storeops/adapters';
import { expectError } from '../helpers.js';

const finding = (area: unknown, money: number | null) => ({ area, code: 'X', severity: 'warning', owner: 'operations', subject: null, message: '', params: {}, moneyAtStake: money === null ? null : toDecimal(money), checks: [], advice: [] });

describe('compareFindings', () => {
  it('orders findings of one severity and no money by area, no area first; an area that is not text is refused at a.area', () => {
    // Same severity, no money: by area, '' (none) first.
    const list = [finding('stock', null), finding(undefined, null), finding('ads', null)];
    expect([...list].sort(compareFindings as never).map((f) => f.area)).toEqual([undefined, 'ads', 'stock']);
    expectError(() => compareFindings(finding(5, null) as never, finding('ads', null) as never), 'INVALID_INPUT', 'a.area');
  });
});

describe('isIsoDate', () => {
  it('is false for what is not YYYY-MM-DD text: a number, a slash date, a day that does not exist', () => {
    expect(isIsoDate(20260531 as never)).toBe(false);
    expect(isIsoDate('2026/05/31')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});

describe('sycmSourceCategory', () => {
  it('a level that is not text is INVALID_INPUT at its name', () => {
    expectError(() => sycmSourceCategory('淘内免费', '手淘搜索', 5 as never), 'INVALID_INPUT', 'level3');
  });

  it('past 4,096 names seen the lookup is still right (its memory is bounded)', () => {
    // 4,200 names no table knows: each is other; known names stay known after them.
    for (let i = 0; i < 4200; i++) expect(sycmSourceCategory(`新渠道${i}`)).toBe('other');
    expect(sycmSourceCategory('淘内免费', '手 淘 搜 索')).toBe('natural');
    expect(sycmSourceCategory('淘外APP')).toBe('external');
  });
});
