import { describe, expect, it } from 'vitest';
import { isProblem, readChange, readCount, readDate, readId, readMoney, readNumber, readRate, readSeconds, readSignedCount, readText, plainDecimal, shiftDecimal, unitDecimal } from '../../src/adapters/cells.js';

describe('plainDecimal', () => {
  it('reads digits with and without thousands separators', () => {
    expect(plainDecimal('1,234')).toBe('1234');
    expect(plainDecimal('1,234,567.89')).toBe('1234567.89');
    expect(plainDecimal('1234.5')).toBe('1234.5');
    expect(plainDecimal('.5')).toBe('0.5');
  });
  it('rejects misgrouped commas, signs, exponents and stray text', () => {
    for (const bad of ['1,23', '12,3456', '1234,567', ',123', '1,', '-5', '1e3', '1.2.3', '1.', '.', '', '12a', '1 234']) {
      expect(plainDecimal(bad), bad).toBeNull();
    }
  });
});

describe('cell readers', () => {
  it('treat the empty markers of exports as missing', () => {
    for (const empty of ['', '-', '--', '—', '  -  ', null, undefined]) {
      expect(readCount(empty)).toBeUndefined();
      expect(readRate(empty)).toBeUndefined();
      expect(readMoney(empty)).toBeUndefined();
      expect(readDate(empty)).toBeUndefined();
    }
  });
  it('read counts', () => {
    expect(readCount('1,234')).toBe(1234);
    expect(readCount(' 42 ')).toBe(42);
    expect(readCount(7)).toBe(7);
    expect(readCount('12.0')).toBe(12);
    for (const bad of ['1.5', '-3', 'abc', '3.21%', Number.NaN, Infinity, -1, true, {}, '99999999999999999']) {
      expect(isProblem(readCount(bad)), String(bad)).toBe(true);
    }
  });
  it('read rates from percentages and fractions', () => {
    expect(readRate('3.21%')).toBe(0.0321);
    expect(readRate('70%')).toBe(0.7);
    expect(readRate('100.00%')).toBe(1);
    expect(readRate('0%')).toBe(0);
    expect(readRate('3.21％')).toBe(0.0321);
    expect(readRate('0.0321')).toBe(0.0321);
    expect(readRate(0.5)).toBe(0.5);
    for (const bad of ['150%', '3.21', '-1%', 'x%', '%', 1.2]) {
      expect(isProblem(readRate(bad)), String(bad)).toBe(true);
    }
  });
  it('read money as exact strings', () => {
    expect(readMoney('¥12,345.60')).toBe('12345.60');
    expect(readMoney('￥ 99')).toBe('99');
    expect(readMoney(1234.5)).toBe('1234.5');
    for (const bad of ['12%', '-5', '1,2', 'abc', '1234567890123456']) expect(isProblem(readMoney(bad)), bad).toBe(true);
  });
  it('read plain numbers and durations', () => {
    expect(readNumber('2.85')).toBe(2.85);
    expect(readSeconds('38.5')).toBe(38.5);
    expect(readSeconds('01:05')).toBe(65);
    expect(readSeconds('1:00:05')).toBe(3605);
    for (const bad of ['1:2:3:4', '00:75', '1.5:00', 'a:00']) expect(isProblem(readSeconds(bad)), bad).toBe(true);
    expect(isProblem(readNumber('x'))).toBe(true);
  });
  it('read dates in the forms exports use and reject impossible days', () => {
    expect(readDate('2026-10-31')).toBe('2026-10-31');
    expect(readDate('2026/1/5')).toBe('2026-01-05');
    expect(readDate('20261031')).toBe('2026-10-31');
    expect(readDate('2026年10月31日')).toBe('2026-10-31');
    for (const bad of ['2026-02-30', '2026-13-01', '31/10/2026', '20260230', 2026]) expect(isProblem(readDate(bad)), String(bad)).toBe(true);
  });
  it('read text', () => {
    expect(readText(' 连衣裙 ')).toBe('连衣裙');
    expect(readText(612345678901)).toBe('612345678901');
    expect(isProblem(readText({}))).toBe(true);
  });
});

describe('cell readers for the real exports', () => {
  it('万 and 亿 move the decimal point exactly', () => {
    expect(shiftDecimal('2.5', 4)).toBe('25000');
    expect(shiftDecimal('0.0001', 4)).toBe('1');
    expect(shiftDecimal('1.23456789', 4)).toBe('12345.6789');
    expect(unitDecimal('1,234.5万')).toBe('12345000');
    expect(unitDecimal('3亿')).toBe('300000000');
    expect(unitDecimal('万')).toBeNull();
    expect(readNumber('1.5万')).toBe(15000);
  });
  it('signed changes and counts', () => {
    expect(readChange('-12.50%')).toBe(-0.125);
    expect(readChange('+250%')).toBe(2.5);
    expect(readChange(-0.04)).toBe(-0.04);
    expect(readSignedCount('-1,031')).toBe(-1031);
    expect(readSignedCount('+7')).toBe(7);
    for (const bad of ['1.5', '--5', 'x']) expect(isProblem(readSignedCount(bad)), bad).toBe(true);
    expect(isProblem(readChange('12.5%%'))).toBe(true);
  });
  it('dates: Excel serials from 1970 on, Date cells by their UTC day, ranges', () => {
    expect(readDate(25569)).toBe('1970-01-01');
    expect(readDate(46173)).toBe('2026-05-31');
    expect(readDate(new Date(Date.UTC(2026, 4, 31)))).toBe('2026-05-31');
    expect(isProblem(readDate(new Date(Number.NaN)))).toBe(true);
    expect(isProblem(readDate(25568))).toBe(true);
    expect(readDate('2026-05-25 至 2026-05-31')).toEqual({ start: '2026-05-25', end: '2026-05-31' });
    expect(readDate('2026/5/1～2026/5/31')).toEqual({ start: '2026-05-01', end: '2026-05-31' });
    for (const bad of ['2026-05-31~', '至2026-05-31', '2026-05-31~2026-02-30', '2026年2月30日']) expect(isProblem(readDate(bad)), bad).toBe(true);
  });
  it('IDs: digits kept as text; scientific notation and unsafe numbers refused', () => {
    expect(readId('612345678901')).toBe('612345678901');
    expect(readId(612345678901)).toBe('612345678901');
    for (const bad of ['1.03262E+12', '6.12e11', 2 ** 60, 1.5, -1]) expect(isProblem(readId(bad)), String(bad)).toBe(true);
  });
});
