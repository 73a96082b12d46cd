import { describe, expect, it } from 'vitest';
import { StoreOpsError } from '../../src/core/internal.js';
import { assessPageHealth } from 'storeops/page-health';
import { errorOf } from '../helpers.js';

// Bounce 0.68 passes the default mark (under 0.70, domain reference §3) and fails a stricter 0.65.
const input = { bounceRate: 0.68, pagesPerVisitor: 3 };

describe('assessPageHealth with plugins', () => {
  it('applies a plugin’s page-health thresholds', () => {
    expect(assessPageHealth(input).checks[0]?.status).toBe('pass');
    const strict = { name: 'strict', thresholds: { 'page-health': { bounceRate: { pass: 0.65 } } } };
    const result = assessPageHealth(input, { plugins: [strict], locale: 'en' });
    expect(result.checks[0]).toMatchObject({ status: 'fail', thresholds: { direction: 'below', pass: 0.65, good: 0.6 } });
    expect(result.checks[0]?.message).toBe('Bounce rate 68% is not under 65%: the pages lose visitors');
    expect(result.status).toBe('fail');
  });

  it('merges in order: later plugins win over earlier ones, the caller’s thresholds over all plugins', () => {
    const strict = { name: 'strict', thresholds: { 'page-health': { bounceRate: { pass: 0.65 } } } };
    const lenient = { name: 'lenient', thresholds: { 'page-health': { bounceRate: { pass: 0.69 } } } };
    expect(assessPageHealth(input, { plugins: [strict, lenient] }).checks[0]?.thresholds?.pass).toBe(0.69);
    expect(assessPageHealth(input, { plugins: [lenient, strict] }).checks[0]?.thresholds?.pass).toBe(0.65);
    const own = assessPageHealth(input, { plugins: [strict], thresholds: { bounceRate: { pass: 0.75 } } });
    expect(own.checks[0]?.thresholds?.pass).toBe(0.75);
    // A field the caller does not override keeps the plugin's value.
    const depth = { name: 'depth', thresholds: { 'page-health': { pagesPerVisitor: { pass: 3.2 } } } };
    const both = assessPageHealth(input, { plugins: [depth], thresholds: { bounceRate: { pass: 0.75 } } });
    expect(both.checks[1]).toMatchObject({ status: 'fail', thresholds: { pass: 3.2 } });
  });

  it('ignores other modules’ sections and renders plugin messages in both locales', () => {
    const plugin = {
      name: 'wording',
      thresholds: { roles: { anything: 1 } },
      messages: { FIX_PAGES_BEFORE_PROMOTION: { 'zh-CN': '先改详情页', en: 'Fix the detail page first' } },
    };
    const failing = { bounceRate: 0.8, pagesPerVisitor: 3 };
    expect(assessPageHealth(failing, { plugins: [plugin], locale: 'en' }).advice[0]?.message).toBe('Fix the detail page first');
    expect(assessPageHealth(failing, { plugins: [plugin] }).advice[0]?.message).toBe('先改详情页');
    // The caller's messages win over the plugin's.
    const own = { FIX_PAGES_BEFORE_PROMOTION: { 'zh-CN': '自己的', en: 'own' } };
    expect(assessPageHealth(failing, { plugins: [plugin], messages: own, locale: 'en' }).advice[0]?.message).toBe('own');
  });

  it('rejects bad plugin thresholds with INVALID_PLUGIN naming the plugin and the field', () => {
    const percent = { name: 'percent-typo', thresholds: { 'page-health': { bounceRate: { pass: 70 } } } };
    const e = errorOf(() => assessPageHealth(input, { plugins: [percent] }));
    expect(e.code).toBe('INVALID_PLUGIN');
    expect(e.issues[0]?.path).toBe('plugins[0].thresholds["page-health"].bounceRate.pass');
    expect(e.issues[0]?.message).toContain('plugin "percent-typo"');
    expect(e.message).toContain('percent-typo');

    const unknownKey = { name: 'typo', thresholds: { 'page-health': { bounce: { pass: 0.6 } } } };
    expect(errorOf(() => assessPageHealth(input, { plugins: [unknownKey] })).issues[0]?.path).toBe('plugins[0].thresholds["page-health"].bounce');

    const loose = { name: 'loose', thresholds: { 'page-health': { bounceRate: { good: 0.8 } } } };
    expect(errorOf(() => assessPageHealth(input, { plugins: [loose] })).issues[0]?.path).toBe('plugins[0].thresholds["page-health"].bounceRate.good');

    const notData = { name: 'nan', thresholds: { 'page-health': { highReturningShare: Number.NaN } } };
    expect(errorOf(() => assessPageHealth(input, { plugins: [notData] })).issues[0]?.path).toBe('plugins[0].thresholds["page-health"].highReturningShare');
  });

  it('survives hostile plugins with nothing but StoreOpsError and no prototype pollution', () => {
    const polluting = JSON.parse('{"name":"evil","thresholds":{"page-health":{"__proto__":{"bounceRate":{"pass":0.1}}}}}') as never;
    expect(errorOf(() => assessPageHealth(input, { plugins: [polluting] })).code).toBe('INVALID_PLUGIN');
    expect(({} as Record<string, unknown>)['bounceRate']).toBeUndefined();
    const throwing = new Proxy({}, {
      getOwnPropertyDescriptor() {
        throw new Error('boom');
      },
      ownKeys() {
        return ['name'];
      },
    });
    expect(errorOf(() => assessPageHealth(input, { plugins: [throwing as never] })).code).toBe('INVALID_PLUGIN');
    expect(errorOf(() => assessPageHealth(input, { plugins: 'taobao' as never })).code).toBe('INVALID_OPTIONS');
    expect(errorOf(() => assessPageHealth(input, { plugins: [null as never] })).issues[0]?.path).toBe('plugins[0]');
  });
});
