import Decimal from 'decimal.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { assessPageHealth, defaultPageHealthThresholds, pageHealthMessages, type PageHealthResult } from 'storeops/page-health';
import { errorOf } from '../helpers.js';

const statusOf = (bounceRate: number, pagesPerVisitor: number) => assessPageHealth({ bounceRate, pagesPerVisitor }).status;

describe('assessPageHealth — domain reference §3 marks', () => {
  it('uses the documented defaults', () => {
    expect(defaultPageHealthThresholds.bounceRate).toEqual({ direction: 'below', pass: 0.7, good: 0.6 });
    expect(defaultPageHealthThresholds.pagesPerVisitor).toEqual({ direction: 'above', pass: 2.5, good: 3.5 });
    expect(defaultPageHealthThresholds.aovLift).toEqual({ direction: 'above', pass: 1.3, inclusive: true });
    expect(Object.isFrozen(defaultPageHealthThresholds.bounceRate)).toBe(true);
  });

  it('fails at exactly bounce 70% and exactly depth 2.5 (the marks are strict)', () => {
    expect(statusOf(0.7, 3)).toBe('fail');
    expect(statusOf(0.6999, 3)).toBe('pass');
    expect(statusOf(0.65, 2.5)).toBe('fail');
    expect(statusOf(0.65, 2.5001)).toBe('pass');
  });

  it('is good only under 60% and above 3.5, both', () => {
    expect(statusOf(0.6, 4)).toBe('pass'); // 60% is not under 60%
    expect(statusOf(0.59, 3.5)).toBe('pass'); // 3.5 is not above 3.5
    expect(statusOf(0.59, 3.51)).toBe('good');
  });

  it('holds the store AOV against 1.3× the hero item (inclusive): the seed’s hero AOV 238', () => {
    const base = { bounceRate: 0.5, pagesPerVisitor: 4 };
    const at = assessPageHealth({ ...base, storeAov: '309.40', heroAov: 238 }); // exactly 1.3×
    expect(at.checks[2]).toMatchObject({ metric: 'aovLift', value: 1.3, status: 'pass', code: 'PAGE_AOV_LIFT_PASS' });
    expect(at.status).toBe('good'); // a check with no good mark counts as good once it passes
    const seed = assessPageHealth({ ...base, storeAov: 357, heroAov: 238 }); // about 1.5× (domain reference §3)
    expect(seed.metrics.aovLift).toBe(1.5);
    const under = assessPageHealth({ ...base, storeAov: '309.39', heroAov: new Decimal(238) });
    expect(under.checks[2]?.status).toBe('fail');
    expect(under.status).toBe('fail');
    expect(under.advice.map((a) => a.code)).toEqual(['FIX_PAGES_BEFORE_PROMOTION', 'ADD_RELATED_SALES']);
  });

  it('gives unknown checks for missing optional inputs and ignores them in the status', () => {
    const r = assessPageHealth({ bounceRate: 0.5, pagesPerVisitor: 4, storeAov: 300 });
    expect(r.checks[2]).toMatchObject({ status: 'unknown', value: null, code: 'PAGE_AOV_LIFT_UNKNOWN' });
    expect(r.status).toBe('good');
    expect(assessPageHealth({ bounceRate: 0.5, pagesPerVisitor: 4, storeAov: 300, heroAov: 0 }).checks[2]?.status).toBe('unknown');
    const zeroVisitors = assessPageHealth({ bounces: 0, sessions: 0, pageviews: 0, visitors: 0 });
    expect(zeroVisitors.status).toBe('unknown');
    expect(zeroVisitors.metrics).toEqual({ bounceRate: null, pagesPerVisitor: null, aovLift: null, returningVisitorShare: null });
  });

  it('derives rates from raw counts: bounces/sessions and pageviews/visitors', () => {
    const r = assessPageHealth({ bounces: 1420, sessions: 2000, pageviews: 5100, visitors: 1700, returningVisitors: 1000 });
    expect(r.metrics.bounceRate).toBe(0.71);
    expect(r.metrics.pagesPerVisitor).toBe(3);
    expect(r.metrics.returningVisitorShare).toBeCloseTo(1000 / 1700, 15);
    expect(r.status).toBe('fail');
    // a rate given directly wins over the counts
    expect(assessPageHealth({ bounceRate: 0.5, bounces: 1420, sessions: 2000, pagesPerVisitor: 3 }).metrics.bounceRate).toBe(0.5);
  });

  it('advises fixing pages before promotion on failure, and stopping adjustments when good', () => {
    expect(assessPageHealth({ bounceRate: 0.8, pagesPerVisitor: 4 }).advice[0]?.code).toBe('FIX_PAGES_BEFORE_PROMOTION');
    expect(assessPageHealth({ bounceRate: 0.5, pagesPerVisitor: 4 }).advice.map((a) => a.code)).toEqual(['PAGES_GOOD_STOP_ADJUSTING']);
    expect(assessPageHealth({ bounceRate: 0.65, pagesPerVisitor: 3 }).advice).toEqual([]);
  });

  it('tells a store with many returning visitors that its marks say less', () => {
    const r = assessPageHealth({ bounceRate: 0.45, pagesPerVisitor: 4.2, returningVisitorShare: 0.62 }, { locale: 'en' });
    const advice = r.advice.find((a) => a.code === 'RETURNING_VISITORS_INFLATE_MARKS');
    expect(advice?.message).toBe(
      'Returning visitors are 62% of visitors: such stores naturally sit at bounce under 50% and depth above 4.0, so the pass marks say less about the pages',
    );
    expect(assessPageHealth({ bounceRate: 0.45, pagesPerVisitor: 4.2, returningVisitorShare: 0.49 }).advice.some((a) => a.code === 'RETURNING_VISITORS_INFLATE_MARKS')).toBe(false);
  });

  it('renders messages in Chinese by default and in English on request', () => {
    const zh = assessPageHealth({ bounceRate: 0.72, pagesPerVisitor: 2.8 });
    expect(zh.checks[0]?.message).toBe('跳失率 72%，高于及格线 70%，页面留不住访客');
    expect(zh.checks[1]?.message).toBe('人均浏览量 2.8，高于及格线 2.5，但未达到良好线 3.5');
    expect(zh.advice[0]?.message).toBe('页面不合格：先优化详情页和首页，再加推广——把流量引进漏水的页面只会亏钱');
    const en = assessPageHealth({ bounceRate: 0.72, pagesPerVisitor: 2.8 }, { locale: 'en' });
    expect(en.checks[1]?.message).toBe('Pages per visitor 2.8 is above the pass mark 2.5 but not above the good mark 3.5');
    expect(en.checks[0]?.params).toEqual({ value: '72%', pass: '70%', good: '60%' });
  });

  it('has every message in both locales', () => {
    for (const [code, text] of Object.entries(pageHealthMessages)) {
      expect(text['zh-CN'], code).toMatch(/\S/);
      expect(text.en, code).toMatch(/\S/);
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(text['zh-CN']), code).toEqual(placeholders(text.en));
    }
  });

  it('accepts threshold overrides and extra messages', () => {
    const strict = { thresholds: { bounceRate: { pass: 0.5, good: 0.4 } } };
    expect(assessPageHealth({ bounceRate: 0.55, pagesPerVisitor: 4 }, strict).status).toBe('fail');
    expect(assessPageHealth({ bounceRate: 0.7, pagesPerVisitor: 4 }, { thresholds: { bounceRate: { inclusive: true } } }).checks[0]?.status).toBe('pass');
    expect(assessPageHealth({ bounceRate: 0.5, pagesPerVisitor: 4, returningVisitorShare: 0.3 }, { thresholds: { highReturningShare: 0.3 } }).advice.at(-1)?.code).toBe(
      'RETURNING_VISITORS_INFLATE_MARKS',
    );
    const custom = { PAGE_BOUNCE_FAIL: { 'zh-CN': '跳失太高', en: 'Too bouncy' } };
    expect(assessPageHealth({ bounceRate: 0.9, pagesPerVisitor: 4 }, { locale: 'en', messages: custom }).checks[0]?.message).toBe('Too bouncy');
  });

  it('has precise result types', () => {
    expectTypeOf(assessPageHealth).returns.toEqualTypeOf<PageHealthResult>();
    expectTypeOf<PageHealthResult['status']>().toEqualTypeOf<'good' | 'pass' | 'fail' | 'unknown'>();
  });
});

describe('assessPageHealth — bad input', () => {
  it.each([
    [{ bounceRate: 1.5, pagesPerVisitor: 3 }, 'bounceRate'],
    [{ bounceRate: -0.1, pagesPerVisitor: 3 }, 'bounceRate'],
    [{ bounceRate: Number.NaN, pagesPerVisitor: 3 }, 'bounceRate'],
    [{ bounceRate: '70%', pagesPerVisitor: 3 }, 'bounceRate'],
    [{ bounceRate: 0.5, pagesPerVisitor: Number.POSITIVE_INFINITY }, 'pagesPerVisitor'],
    [{ bounceRate: 0.5, pagesPerVisitor: -1 }, 'pagesPerVisitor'],
    [{ bounceRate: 0.5, pagesPerVisitor: 3, storeAov: '¥300' }, 'storeAov'],
    [{ bounceRate: 0.5, pagesPerVisitor: 3, heroAov: -238 }, 'heroAov'],
    [{ bounceRate: 0.5, pagesPerVisitor: 3, returningVisitorShare: 62 }, 'returningVisitorShare'],
    [{ pagesPerVisitor: 3 }, 'bounceRate'],
    [{ bounceRate: 0.5 }, 'pagesPerVisitor'],
    [{ bounces: 10, pagesPerVisitor: 3 }, 'bounceRate'],
    [{ bounces: 11, sessions: 10, pagesPerVisitor: 3 }, 'bounces'],
    [{ bounces: 1.5, sessions: 10, pagesPerVisitor: 3 }, 'bounces'],
    [{ bounceRate: 0.5, pageviews: -1, visitors: 10 }, 'pageviews'],
    [{ bounceRate: 0.5, pagesPerVisitor: 3, visitors: 10, returningVisitors: 11 }, 'returningVisitors'],
    [null, ''],
    ['bounce 70%', ''],
  ])('%j → INVALID_INPUT at %s', (input, path) => {
    const e = errorOf(() => assessPageHealth(input as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toBe(path);
  });

  it.each([
    [{ locale: 'fr' }, 'locale'],
    [{ thresholds: { bounceRate: { pass: 70 } } }, 'thresholds.bounceRate.pass'],
    [{ thresholds: { bounceRate: { pass: 0.7, good: 0.8 } } }, 'thresholds.bounceRate.good'],
    [{ thresholds: { pagesPerVisitor: { pass: Number.NaN } } }, 'thresholds.pagesPerVisitor.pass'],
    [{ thresholds: { bounce: { pass: 0.5 } } }, 'thresholds.bounce'],
    [{ thresholds: { highReturningShare: 1.2 } }, 'thresholds.highReturningShare'],
    [{ thresholds: 'strict' }, 'thresholds'],
    [{ messages: { X: { 'zh-CN': 'x' } } }, 'messages.X.en'],
  ])('options %j → INVALID_OPTIONS at %s', (options, path) => {
    const e = errorOf(() => assessPageHealth({ bounceRate: 0.5, pagesPerVisitor: 3 }, options as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues[0]?.path).toBe(path);
  });
});
