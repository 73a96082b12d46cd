// The judging core's option checks (threshold overrides, message catalogs) through a judging
// function (assessPageHealth: bounce rate passes under 70%, good under 60%, docs/domain.en.md
// §3), and the helpers plugin authors use (storeops/core/internal) on bad arguments.
import { describe, expect, it } from 'vitest';
import { assessPageHealth } from 'storeops/page-health';
import { dailyChecks } from 'storeops/checks';
import { renderMessage } from 'storeops/core';
import { combineStatuses, evaluateThreshold, makeCheck, resolveThreshold } from '../../src/core/internal.js';
import { interpolate } from '../../src/core/i18n.js';
import { errorOf, expectError } from '../helpers.js';

const page = { bounceRate: 0.55, pagesPerVisitor: 3.8 };
const bounceCheck = (r: ReturnType<typeof assessPageHealth>) => r.checks.find((c) => c.metric === 'bounceRate');

describe('options.thresholds of a judging function: a threshold override', () => {
  it('must be an object of direction / pass / good / inclusive', () => {
    expectError(() => assessPageHealth(page, { thresholds: { bounceRate: 0.65 } } as never), 'INVALID_OPTIONS', 'thresholds.bounceRate');
    expectError(() => assessPageHealth(page, { thresholds: { bounceRate: { passs: 0.65 } } } as never), 'INVALID_OPTIONS', 'thresholds.bounceRate.passs');
    expectError(() => assessPageHealth(page, { thresholds: { bounceRate: { direction: 'up' } } } as never), 'INVALID_OPTIONS', 'thresholds.bounceRate.direction');
    expectError(() => assessPageHealth(page, { thresholds: { bounceRate: { inclusive: 'yes' } } } as never), 'INVALID_OPTIONS', 'thresholds.bounceRate.inclusive');
  });

  it('turning the direction makes the default good mark (60%) laxer than pass (70%): refused at good', () => {
    const e = errorOf(() => assessPageHealth(page, { thresholds: { bounceRate: { direction: 'above' } } }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues[0]).toMatchObject({ path: 'thresholds.bounceRate.good', message: 'good must be at least as strict as pass' });
  });

  it('a field given as undefined keeps its default; good: 0.5 makes a 55% bounce rate pass, not good', () => {
    expect(bounceCheck(assessPageHealth(page))?.status).toBe('good');
    const r = assessPageHealth(page, { thresholds: { bounceRate: { pass: undefined, good: 0.5 } } } as never);
    expect(bounceCheck(r)?.status).toBe('pass');
    expect(bounceCheck(r)?.thresholds).toEqual({ direction: 'below', pass: 0.7, good: 0.5 });
  });

  it('inclusive: a bounce rate of exactly 70% passes (it fails the strict default)', () => {
    const edge = { bounceRate: 0.7, pagesPerVisitor: 3.8 };
    expect(bounceCheck(assessPageHealth(edge))?.status).toBe('fail');
    expect(bounceCheck(assessPageHealth(edge, { thresholds: { bounceRate: { inclusive: true } } }))?.status).toBe('pass');
  });

  it('a plain-number mark refuses null unless it may be null', () => {
    expectError(() => assessPageHealth(page, { thresholds: { highReturningShare: null } } as never), 'INVALID_OPTIONS', 'thresholds.highReturningShare');
    // dailyChecks' stockWarningDays may be null: each item's lead time + safety days (5 + 2) is its warning level.
    const gate = dailyChecks({ asOf: '2026-05-31 09:00', hitItems: [{ id: 'A1', name: '连衣裙', onHand: 600, dailySales: 123, leadTimeDays: 5, safetyDays: 2 }] }, { locale: 'en', thresholds: { stockWarningDays: null } });
    expect(gate.checks.find((c) => c.code === 'GATE_STOCK_LOW')?.message).toContain('below the warning level of 7 days');
  });
});

describe('options.messages: a message catalog', () => {
  it('is an object of { "zh-CN", en } texts, nothing else', () => {
    expectError(() => assessPageHealth(page, { messages: 'x' as never }), 'INVALID_OPTIONS', 'messages');
    expectError(() => assessPageHealth(page, { messages: { PAGE_OK: 'ok' } as never }), 'INVALID_OPTIONS', 'messages.PAGE_OK');
    expectError(() => assessPageHealth(page, { messages: { PAGE_OK: { 'zh-CN': '好', en: 'ok', fr: 'bien' } } as never }), 'INVALID_OPTIONS', 'messages.PAGE_OK.fr');
  });
});

describe('renderMessage and interpolate on bad arguments', () => {
  const catalog = { HELLO: { 'zh-CN': '你好，{name}', en: 'Hello, {name}' } };

  it('a parameter that is neither text nor a number is INVALID_INPUT at params.name', () => {
    expectError(() => renderMessage('HELLO', 'en', { name: true as never }, [catalog]), 'INVALID_INPUT', 'params.name');
  });

  it('catalogs: a hole is skipped, a non-object is refused at its index', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(renderMessage('HELLO', 'en', { name: 'Li' }, [catalog, , ] as never)).toBe('Hello, Li');
    expectError(() => renderMessage('HELLO', 'en', { name: 'Li' }, [catalog, 7] as never), 'INVALID_INPUT', 'catalogs[1]');
  });

  it('interpolate wants a string template and an object of params', () => {
    expectError(() => interpolate(5 as never), 'INVALID_INPUT', 'template');
    expectError(() => interpolate('{a}', 'x' as never), 'INVALID_INPUT', 'params');
  });
});

describe('threshold helpers for plugin authors', () => {
  const rise = { direction: 'above', pass: 0.02, good: 0.04 } as const;

  it('an "above" threshold: good at or above pass; its good mark checked that way', () => {
    expect(evaluateThreshold(0.05, rise)).toBe('good');
    expect(evaluateThreshold(0.03, rise)).toBe('pass');
    expect(evaluateThreshold(0.01, rise)).toBe('fail');
    expectError(() => evaluateThreshold(0.05, { direction: 'above', pass: 0.04, good: 0.02 }), 'INVALID_INPUT', 'threshold');
    expectError(() => resolveThreshold(rise, { good: 0.01 }, ['thresholds', 'ctr']), 'INVALID_OPTIONS', 'thresholds.ctr.good');
  });

  it('inclusive: the mark itself passes, below and above', () => {
    expect(evaluateThreshold(0.7, { direction: 'below', pass: 0.7, inclusive: true })).toBe('pass');
    expect(evaluateThreshold(0.02, { ...rise, inclusive: true })).toBe('pass');
    expect(evaluateThreshold(0.04, { ...rise, inclusive: true })).toBe('good');
    expect(evaluateThreshold(0.04, rise)).toBe('pass');
  });

  it('a path may hold indices: the override error is at that path', () => {
    expectError(() => resolveThreshold(rise, { pass: 'x' }, ['rows', 2, 'ctr']), 'INVALID_OPTIONS', 'rows[2].ctr.pass');
  });

  it('a value that is not a number is INVALID_INPUT at value', () => {
    expectError(() => evaluateThreshold('70%' as never, rise), 'INVALID_INPUT', 'value');
  });

  it('bounds must be [smallest, largest]', () => {
    expectError(() => resolveThreshold(rise, undefined, ['x'], [1, 0]), 'INVALID_INPUT', 'bounds');
  });

  it('combineStatuses wants an array of booleans for goodWhenPassed', () => {
    expectError(() => combineStatuses(['pass'], 'yes' as never), 'INVALID_INPUT', 'goodWhenPassed');
  });

  it('makeCheck names the bad field of its spec', () => {
    const ok = { code: 'X', metric: 'm', value: 1, status: 'pass', thresholds: null, params: {} } as const;
    expectError(() => makeCheck({ ...ok, code: 5 as never }, 'en', []), 'INVALID_INPUT', 'spec.code');
    expectError(() => makeCheck({ ...ok, metric: null as never }, 'en', []), 'INVALID_INPUT', 'spec.metric');
    expectError(() => makeCheck({ ...ok, status: 'ok' as never }, 'en', []), 'INVALID_INPUT', 'spec.status');
    expectError(() => makeCheck({ ...ok, thresholds: { direction: 'below' } as never }, 'en', []), 'INVALID_INPUT', 'spec.thresholds');
    expect(makeCheck(ok, 'en', []).message).toBe('X');
  });
});
