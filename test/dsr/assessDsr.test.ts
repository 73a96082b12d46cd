import { describe, expect, it } from 'vitest';
import { assessDsr, computeDsr, defaultDsrThresholds } from 'storeops/dsr';
import { expectError } from '../helpers.js';
import { rating } from './helpers.js';

const dsr = { description: { sum: 480, count: 100 }, service: { sum: 475, count: 100 }, shipping: { sum: 460, count: 100 } };

describe('assessDsr', () => {
  it('judges each score against 4.7 (pass) and 4.8 (good), inclusive', () => {
    expect(defaultDsrThresholds.score).toEqual({ direction: 'above', pass: 4.7, good: 4.8, inclusive: true });
    const health = assessDsr(dsr);
    expect(health.status).toBe('fail');
    expect(health.checks.map((c) => [c.metric, c.code, c.status, c.value])).toEqual([
      ['description', 'DSR_GOOD', 'good', 4.8],
      ['service', 'DSR_PASS', 'pass', 4.75],
      ['shipping', 'DSR_FAIL', 'fail', 4.6],
    ]);
    // description 4.8: (480 + k)/(100 + k) ≥ 4.8 ⇔ k = 0 absorbed.
    expect(health.checks[0]?.params).toMatchObject({ buffer: '0', floor: '4.8', needed: '—' });
    // service 4.75: 25 fives reach 4.8; (475 + k)/(100 + k) ≥ 4.7 ⇔ 3.7k ≤ 5 ⇔ k ≤ 1.
    expect(health.checks[1]?.params).toMatchObject({ needed: '25', buffer: '1', floor: '4.7' });
    // shipping 4.6: (460 + 5k)/(100 + k) ≥ 4.7 ⇔ 0.3k ≥ 10 ⇔ k ≥ 34.
    expect(health.checks[2]?.params).toMatchObject({ needed: '34', buffer: '0' });
    expect(health.checks[2]?.message).toBe('卖家发货速度 4.6，低于及格线 4.7；需要再得 34 个 5 分才能回到 4.7');
    // One result shape: the scores judged, and advice for the failing score only.
    expect(health.metrics).toEqual({ description: 4.8, service: 4.75, shipping: 4.6 });
    expect(health.advice).toEqual([
      { code: 'DSR_LIFT_SCORE', message: '卖家发货速度需优先提升：再得 34 个 5 分可回到 4.7', params: { name: '卖家发货速度', needed: '34', target: '4.7' } },
    ]);
  });

  it('renders both locales', () => {
    const en = assessDsr(dsr, { locale: 'en' }).checks;
    expect(en[0]?.message).toBe('Item as described 4.8 reaches the good mark 4.8; it absorbs 0 more 1-star ratings before falling below 4.8');
    expect(en[2]?.message).toBe('Shipping speed 4.6 is below the pass mark 4.7; it needs 34 more 5-star ratings to get back to 4.7');
    const zh = assessDsr(dsr).checks;
    expect(zh[1]?.message).toBe('卖家服务态度 4.7，达到及格线 4.7；再得 25 个 5 分可到 4.8，还能承受 1 个 1 分仍不低于 4.7');
  });

  it('fails a score below its category average (飘绿) and counts the buffer against the average', () => {
    const health = assessDsr(dsr, {
      locale: 'en',
      category: { description: { average: 4.85, best: 4.95, worst: 4.6 }, service: { average: 4.61234, best: 4.9 } },
    });
    const [description, service] = health.checks;
    expect(description?.code).toBe('DSR_FAIL_BELOW_CATEGORY');
    expect(description?.status).toBe('fail');
    // (4.85 − 4.8) / (4.85 − 4.6) = 20%; (480 + 5k)/(100 + k) ≥ 4.85 ⇔ 0.15k ≥ 5 ⇔ k ≥ 34.
    expect(description?.message).toBe('Item as described 4.8 is 20.00% below the category average (shown green); it needs 34 more 5-star ratings to reach the average 4.85');
    // service above the average: (4.75 − 4.61234) / (4.9 − 4.61234) = 47.855…%; the floor is the average; (475 + k)·10⁵ ≥ 461234·(100 + k) ⇔ k ≤ 1376600 / 361234 = 3.8.
    expect(service?.status).toBe('pass');
    expect(service?.params).toMatchObject({ floor: '4.61234', buffer: '3', percent: '47.85%' });
  });

  it('is unknown for a score without ratings and takes a computeDsr result directly', () => {
    const empty = assessDsr(computeDsr([], { asOf: '2026-06-30' }), { locale: 'en' });
    expect(empty.status).toBe('unknown');
    expect(empty.checks[0]).toMatchObject({ code: 'DSR_UNKNOWN', value: null, message: 'Item as described: no counted ratings in the window, so no score is shown' });
    const one = assessDsr(computeDsr([rating({ buyerId: 'b' })], { asOf: '2026-06-30' }));
    expect(one.status).toBe('good');
  });

  it('takes threshold overrides and plugin messages', () => {
    const health = assessDsr(dsr, { thresholds: { score: { pass: 4.5, good: 4.6 } }, messages: { DSR_GOOD: { 'zh-CN': '好 {display}', en: 'ok' } } });
    expect(health.status).toBe('good');
    expect(health.checks[0]?.message).toBe('好 4.8');
  });

  it('rejects bad input and options with the path', () => {
    expectError(() => assessDsr({ ...dsr, service: { sum: 700, count: 100 } }), 'INVALID_INPUT', 'service.sum');
    expectError(() => assessDsr({ description: dsr.description } as never), 'INVALID_INPUT', 'service');
    expectError(() => assessDsr(dsr, { thresholds: { score: { pass: 0.5 } } }), 'INVALID_OPTIONS', 'thresholds.score.pass');
    expectError(() => assessDsr(dsr, { thresholds: { score: { pass: 1, good: 4 } } }), 'INVALID_OPTIONS', 'thresholds.score.pass');
    expectError(() => assessDsr(dsr, { thresholds: { bounce: {} } as never }), 'INVALID_OPTIONS', 'thresholds.bounce');
    expectError(() => assessDsr(dsr, { category: { service: { average: 4.7, best: 4.5 } } }), 'INVALID_OPTIONS', 'category.service.best');
    expectError(() => assessDsr(dsr, { locale: 'de' as never }), 'INVALID_OPTIONS', 'locale');
  });
});
