// Regressions found by fuzzing the public surface (test/fuzz): each bad argument below used to
// escape as a TypeError, RangeError or DecimalError, return NaN, or be silently misread. Each
// must now be a StoreOpsError with a stable code and the path of the bad argument.
import { describe, expect, it } from 'vitest';
import { errorAt } from '../helpers.js';
import {
  addDays,
  combineStatuses,
  daysInMonth,
  evaluateThreshold,
  formatMoney,
  formatNumber,
  formatPercent,
  fromDayNumber,
  fromMinorUnits,
  isLeapYear,
  isStoreOpsError,
  makeAdvice,
  makeCheck,
  moneyToNumber,
  rateSchema,
  ratio,
  renderMessage,
  resolveThreshold,
  roundToUnit,
  sumMoney,
  toDecimal,
  toMinorUnits,
  assertIsoDate,
  compareFindings,
  weekOf,
  StoreDecimal,
} from '../../src/core/internal.js';


const hostile = new Proxy({}, { get: () => { throw new Error('trap'); }, getOwnPropertyDescriptor: () => { throw new Error('trap'); } });
/** Claims to be a decimal.js instance (toStringTag) but is not a number. */
const fakeDecimal = { toStringTag: '[object Decimal]', isFinite: () => true, isNegative: () => false, isZero: () => false, toNumber: () => { throw new Error('x'); }, toString: () => 'abc' };
const bounce = { direction: 'below', pass: 0.7, good: 0.6 } as const;
const catalog = { HELLO: { 'zh-CN': '你好 {name}', en: 'Hello {name}' } };

describe('dates reject what is not a calendar value', () => {
  it('isLeapYear and daysInMonth want whole numbers (Symbol used to throw TypeError)', () => {
    expect(errorAt(() => isLeapYear(Symbol() as never))).toEqual({ code: 'INVALID_INPUT', path: 'year' });
    expect(errorAt(() => isLeapYear(2028.5))).toEqual({ code: 'INVALID_INPUT', path: 'year' });
    expect(errorAt(() => daysInMonth(2026, 13))).toEqual({ code: 'INVALID_INPUT', path: 'month' });
    expect(errorAt(() => daysInMonth(2026, 1.5))).toEqual({ code: 'INVALID_INPUT', path: 'month' });
    expect(daysInMonth(2024, 2)).toBe(29);
  });
  it('fromDayNumber stays inside 1000-01-01..9999-12-31 (NaN used to give "NaN-NaN-NaN")', () => {
    expect(errorAt(() => fromDayNumber(Number.NaN))).toEqual({ code: 'INVALID_INPUT', path: 'dayNumber' });
    expect(errorAt(() => fromDayNumber(1.5))).toEqual({ code: 'INVALID_INPUT', path: 'dayNumber' });
    expect(errorAt(() => fromDayNumber(2_932_897))).toEqual({ code: 'INVALID_INPUT', path: 'dayNumber' });
    expect(fromDayNumber(2_932_896)).toBe('9999-12-31');
    expect(fromDayNumber(-354_285)).toBe('1000-01-01');
  });
  it('addDays wants whole days and a result in range', () => {
    expect(errorAt(() => addDays('2026-11-11', 0.5))).toEqual({ code: 'INVALID_INPUT', path: 'days' });
    expect(errorAt(() => addDays('9999-12-31', 1))).toEqual({ code: 'INVALID_INPUT', path: 'days' });
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
  });
  it('weekOf of the first days of year 1000 says why it cannot answer (a Monday before 1000-01-01)', () => {
    expect(errorAt(() => weekOf('1000-01-01'))).toEqual({ code: 'INVALID_INPUT', path: 'date' });
    expect(weekOf('1000-01-06')).toBe('1000-01-06');
    expect(weekOf('9999-12-31')).toBe('9999-12-27');
  });
  it('a path that is not a string still gives a string path (a number used to leak through)', () => {
    expect(errorAt(() => assertIsoDate('2026-02-30', 7 as never))).toEqual({ code: 'INVALID_INPUT', path: '7' });
  });
});

describe('money helpers', () => {
  it('toDecimal rejects a fake Decimal (used to throw DecimalError)', () => {
    expect(errorAt(() => toDecimal(fakeDecimal, 'price'))).toEqual({ code: 'INVALID_INPUT', path: 'price' });
    expect(moneyToNumber(fakeDecimal)).toBeNull();
  });
  it('money has a bounded exponent (formatMoney of 1e9000000000000000 ran out of memory)', () => {
    const huge = new StoreDecimal('1e999').pow(1e6); // finite for decimal.js, 1e999000000 (toDecimal('1e999') is refused now: beyond the exact range)
    expect(errorAt(() => formatMoney(huge))).toEqual({ code: 'INVALID_INPUT', path: 'value' });
    expect(formatMoney('1e3')).toBe('¥1,000.00');
  });
  it('roundToUnit does not look rounding modes up on Object.prototype', () => {
    expect(errorAt(() => roundToUnit('2.345', '0.01', '__proto__' as never))).toEqual({ code: 'INVALID_OPTIONS', path: 'mode' });
    expect(errorAt(() => roundToUnit('2.345', '0.01', 'constructor' as never))).toEqual({ code: 'INVALID_OPTIONS', path: 'mode' });
  });
  it('scales and decimals are small whole numbers (RangeError before)', () => {
    expect(errorAt(() => toMinorUnits(1, 400))).toEqual({ code: 'INVALID_OPTIONS', path: 'scale' });
    expect(errorAt(() => toMinorUnits(1, Symbol() as never))).toEqual({ code: 'INVALID_OPTIONS', path: 'scale' });
    expect(errorAt(() => formatMoney(1, -1))).toEqual({ code: 'INVALID_OPTIONS', path: 'decimals' });
    expect(errorAt(() => formatNumber(1, 101))).toEqual({ code: 'INVALID_OPTIONS', path: 'digits' });
    expect(errorAt(() => formatPercent(0.5, Number.NaN))).toEqual({ code: 'INVALID_OPTIONS', path: 'digits' });
  });
  it('fromMinorUnits wants whole minor units (NaN used to come back as Decimal NaN)', () => {
    expect(errorAt(() => fromMinorUnits(Number.NaN))).toEqual({ code: 'INVALID_INPUT', path: 'units' });
    expect(errorAt(() => fromMinorUnits(1.5))).toEqual({ code: 'INVALID_INPUT', path: 'units' });
    expect(fromMinorUnits(150).toString()).toBe('1.5');
  });
  it('sumMoney wants an array (TypeError before)', () => {
    expect(errorAt(() => sumMoney(null as never))).toEqual({ code: 'INVALID_INPUT', path: '' });
  });
  it('ratio counts a non-number as missing (a Symbol or BigInt used to throw TypeError)', () => {
    expect(ratio(Symbol() as never, 1)).toBeNull();
    expect(ratio(1, 10n as never)).toBeNull();
    expect(ratio('6' as never, 3)).toBeNull();
    expect(ratio(3, 4)).toBe(0.75);
  });
});

describe('checks and messages', () => {
  it('evaluateThreshold wants a threshold and a number', () => {
    expect(errorAt(() => evaluateThreshold(0.5, undefined as never))).toEqual({ code: 'INVALID_INPUT', path: 'threshold' });
    expect(errorAt(() => evaluateThreshold(0.5, { direction: 'below', pass: Number.NaN } as never))).toEqual({ code: 'INVALID_INPUT', path: 'threshold' });
    expect(errorAt(() => evaluateThreshold('0.5' as never, bounce))).toEqual({ code: 'INVALID_INPUT', path: 'value' });
  });
  it('combineStatuses wants an array of statuses', () => {
    expect(errorAt(() => combineStatuses(undefined as never))).toEqual({ code: 'INVALID_INPUT', path: 'statuses' });
    expect(errorAt(() => combineStatuses(['good', 'great' as never]))).toEqual({ code: 'INVALID_INPUT', path: 'statuses[1]' });
  });
  it('makeCheck validates its spec (NaN used to be echoed into the result)', () => {
    const spec = { code: 'HELLO', metric: 'm', value: 1, status: 'pass', thresholds: null } as const;
    expect(errorAt(() => makeCheck({ ...spec, value: Number.NaN }, 'en', [catalog]))).toEqual({ code: 'INVALID_INPUT', path: 'spec.value' });
    expect(errorAt(() => makeCheck(hostile as never, 'en', [catalog]))).toEqual({ code: 'INVALID_INPUT', path: 'spec' });
    expect(errorAt(() => makeCheck(spec, 'fr' as never, [catalog]))).toEqual({ code: 'INVALID_OPTIONS', path: 'locale' });
  });
  it('renderMessage and makeAdvice validate their arguments', () => {
    expect(errorAt(() => renderMessage('HELLO', 'en', {}, null as never))).toEqual({ code: 'INVALID_INPUT', path: 'catalogs' });
    expect(errorAt(() => renderMessage('HELLO', 'en', {}, [{ HELLO: { 'zh-CN': 'x' } } as never]))).toEqual({ code: 'INVALID_INPUT', path: 'catalogs[0].HELLO.en' });
    expect(errorAt(() => makeAdvice('HELLO', 'en', [hostile as never]))).toEqual({ code: 'INVALID_INPUT', path: 'catalogs[0]' });
    expect(renderMessage('HELLO', 'en', { name: 'Li' }, [catalog])).toBe('Hello Li');
  });
  it('resolveThreshold validates the default, the path and the bounds too', () => {
    expect(errorAt(() => resolveThreshold({ direction: 'below', pass: Number.NaN }, undefined, ['x']))).toEqual({ code: 'INVALID_INPUT', path: 'base' });
    expect(errorAt(() => resolveThreshold(bounce, { pass: 0.65 }, 5 as never))).toEqual({ code: 'INVALID_INPUT', path: 'path' });
    expect(errorAt(() => resolveThreshold(bounce, { pass: 0.65 }, ['x'], null as never))).toEqual({ code: 'INVALID_INPUT', path: 'bounds' });
  });
  it('isStoreOpsError answers false for a hostile proxy instead of throwing', () => {
    expect(isStoreOpsError(hostile)).toBe(false);
  });
});

describe('compareFindings (found by fuzzing)', () => {
  const finding = (severity: unknown, money: unknown, subject: unknown = null) => ({ area: 'stock', code: 'X', severity, owner: 'operations', subject, message: '', params: {}, moneyAtStake: money, checks: [], advice: [] }) as never;
  it('rejects what is not a finding instead of throwing TypeError or returning NaN', () => {
    expect(errorAt(() => compareFindings(undefined as never, finding('info', null)))).toEqual({ code: 'INVALID_INPUT', path: 'a' });
    expect(errorAt(() => compareFindings(finding('info', null), finding('__proto__', null)))).toEqual({ code: 'INVALID_INPUT', path: 'b.severity' });
    expect(errorAt(() => compareFindings(finding('info', Number.NaN), finding('info', null)))).toEqual({ code: 'INVALID_INPUT', path: 'a.moneyAtStake' });
    expect(errorAt(() => compareFindings(finding('info', { s: 1, e: 0, d: [12, 1] }), finding('info', null)))).toEqual({ code: 'INVALID_INPUT', path: 'a.moneyAtStake' });
    expect(errorAt(() => compareFindings(finding('info', toDecimal(1).div(0)), finding('info', null)))).toEqual({ code: 'INVALID_INPUT', path: 'a.moneyAtStake' });
    expect(errorAt(() => compareFindings(finding('info', null, 5), finding('info', null)))).toEqual({ code: 'INVALID_INPUT', path: 'a.subject' });
  });
  it('still orders by severity, then money (largest first, exact), then subject', () => {
    const list = [finding('info', toDecimal(900)), finding('critical', toDecimal('10.00000000000000001')), finding('critical', toDecimal(10)), finding('critical', null, 'b'), finding('critical', null, 'a')];
    const sorted = (list as { severity: string; moneyAtStake: { toString(): string } | null; subject: string | null }[]).sort(compareFindings as never);
    expect(sorted.map((f) => `${f.severity} ${f.moneyAtStake?.toString() ?? f.subject}`)).toEqual(['critical 10.00000000000000001', 'critical 10', 'critical a', 'critical b', 'info 900']);
  });
});
