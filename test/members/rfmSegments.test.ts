import { describe, expect, it } from 'vitest';
import { defaultRfmSegments, membersMessages, rfmSegments } from 'storeops/members';
import { errorOf } from '../helpers.js';

const fixed = { recency: [30, 90, 180, 365], frequency: [2, 3, 5, 10], monetary: ['100', '300', '1000', '3000'] };

describe('rfmSegments', () => {
  it('computes recency, frequency and monetary per buyer up to asOf', () => {
    const r = rfmSegments(
      [
        { buyerId: 'a', date: '2026-03-01', amount: '10.50' },
        { buyerId: 'a', date: '2026-03-21', amount: '20.25' },
        { buyerId: 'b', date: '2025-12-31', amount: 5 },
        { buyerId: 'a', date: '2026-04-02', amount: 99 }, // after asOf: ignored
      ],
      { asOf: '2026-03-31' },
    );
    expect(r.buyers.map((b) => [b.buyerId, b.recencyDays, b.frequency, b.monetary.toFixed(2)])).toEqual([
      ['a', 10, 2, '30.75'],
      ['b', 90, 1, '5.00'],
    ]);
  });

  it('scores with fixed breaks: 1 + breaks reached; recency reached within the days', () => {
    const r = rfmSegments(
      [
        { buyerId: 'x', date: '2026-03-01', amount: 3000 }, // 30 days: within every recency break → 5
        ...Array.from({ length: 10 }, () => ({ buyerId: 'x', date: '2026-02-01', amount: 0 })), // 11 orders → 5
        { buyerId: 'y', date: '2025-03-30', amount: '99.99' }, // 366 days → 1; 1 order → 1; under 100 → 1
        { buyerId: 'z', date: '2025-12-31', amount: 300 }, // 90 days → 4
        { buyerId: 'z', date: '2025-12-01', amount: 0 }, // 2 orders → 2; 300 → 3
      ],
      { asOf: '2026-03-31', bands: fixed },
    );
    expect(r.buyers.map((b) => [b.buyerId, b.score])).toEqual([
      ['x', '555'],
      ['y', '111'],
      ['z', '423'],
    ]);
  });

  it('scores by quantiles by default, equal values sharing a score', () => {
    // Ten buyers, one order each on different days, amounts 10..100.
    const orders = Array.from({ length: 10 }, (_, i) => ({ buyerId: `b${i}`, date: `2026-03-${String(10 + i).padStart(2, '0')}`, amount: (i + 1) * 10 }));
    const r = rfmSegments(orders, { asOf: '2026-03-31' });
    // 1 + floor(5 × worse / 10): worse = i → scores 1,1,2,2,3,3,4,4,5,5
    expect(r.buyers.map((b) => b.monetaryScore)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(r.buyers.map((b) => b.recencyScore)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(r.buyers.every((b) => b.frequencyScore === 1)).toBe(true); // all tie at one order
    const three = rfmSegments(orders, { asOf: '2026-03-31', bands: { monetary: 3 } });
    // 1 + floor(3 × i / 10): 1,1,1,1,2,2,2,3,3,3
    expect(three.buyers.map((b) => b.monetaryScore)).toEqual([1, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
  });

  it('assigns the default segments in order, first match wins', () => {
    const within = (range: { min?: number; max?: number } | undefined, v: number) =>
      range === undefined || ((range.min ?? -Infinity) <= v && v <= (range.max ?? Infinity));
    const seg = (r: number, f: number, m: number) =>
      defaultRfmSegments.find((s) => within(s.recency, r) && within(s.frequency, f) && within(s.monetary, m))?.name;
    expect(seg(5, 5, 5)).toBe('champions');
    expect(seg(5, 5, 1)).toBe('loyal');
    expect(seg(1, 5, 5)).toBe('cantLose');
    expect(seg(2, 3, 1)).toBe('atRisk');
    expect(seg(5, 1, 5)).toBe('newCustomers');
    expect(seg(3, 2, 2)).toBe('potential');
    expect(seg(2, 2, 5)).toBe('hibernating');
    expect(seg(1, 1, 1)).toBe('lost');
    // the defaults cover every score combination of 1–5
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) expect(seg(r, f, m)).toBeDefined();
  });

  it('summarises segments with labels and advice in both locales; buyers add up', () => {
    const orders = [
      { buyerId: 'x', date: '2026-03-30', amount: 5000 },
      ...Array.from({ length: 11 }, () => ({ buyerId: 'x', date: '2026-03-01', amount: 100 })),
      { buyerId: 'y', date: '2025-01-01', amount: 20 },
    ];
    const en = rfmSegments(orders, { asOf: '2026-03-31', bands: fixed, locale: 'en' });
    expect(en.segments.map((s) => s.name)).toEqual([...defaultRfmSegments.map((s) => s.name), 'other']);
    const champions = en.segments[0]!;
    expect(champions).toMatchObject({ name: 'champions', label: 'Champions', buyers: 1, share: 0.5 });
    expect(champions.monetary.toString()).toBe('6100');
    expect(champions.advice[0]?.message).toBe('Reward them with member perks, ask for reviews, offer new items first');
    const lost = en.segments.find((s) => s.name === 'lost')!;
    expect(lost.buyers).toBe(1);
    expect(en.segments.reduce((n, s) => n + s.buyers, 0)).toBe(2);
    expect(en.segments.find((s) => s.name === 'other')).toMatchObject({ buyers: 0, label: 'Other', advice: [] });
    const zh = rfmSegments(orders, { asOf: '2026-03-31', bands: fixed });
    expect(zh.segments[0]?.label).toBe('核心客户');
    expect(zh.segments.find((s) => s.name === 'lost')?.advice[0]?.message).toBe('不必再投入，偶尔触达即可');
    for (const text of Object.values(membersMessages)) expect(text['zh-CN'].length * text.en.length).toBeGreaterThan(0);
  });

  it('accepts custom segments; unmatched buyers go to other; labels fall back to the name', () => {
    const r = rfmSegments(
      [
        { buyerId: 'a', date: '2026-03-30', amount: 1 },
        { buyerId: 'b', date: '2024-03-30', amount: 1 },
      ],
      {
        asOf: '2026-03-31',
        bands: fixed,
        segments: [{ name: 'vip', recency: { min: 5 } }],
        messages: { RFM_SEGMENT_vip: { 'zh-CN': '贵宾', en: 'VIP' } },
        locale: 'en',
      },
    );
    expect(r.buyers.map((b) => b.segment)).toEqual(['vip', 'other']);
    expect(r.segments.map((s) => [s.name, s.label, s.buyers, s.advice])).toEqual([
      ['vip', 'VIP', 1, []],
      ['other', 'Other', 1, []],
    ]);
    const plain = rfmSegments([{ buyerId: 'a', date: '2026-03-30', amount: 1 }], { asOf: '2026-03-31', segments: [{ name: 'all' }] });
    expect(plain.segments[0]).toMatchObject({ name: 'all', label: 'all', share: 1 });
  });

  it('limits orders to lookbackDays and returns nothing for no buyers', () => {
    const orders = [
      { buyerId: 'a', date: '2026-03-30', amount: 1 },
      { buyerId: 'b', date: '2025-03-30', amount: 1 },
    ];
    expect(rfmSegments(orders, { asOf: '2026-03-31', lookbackDays: 365 }).buyers.map((b) => b.buyerId)).toEqual(['a']);
    const none = rfmSegments([], { asOf: '2026-03-31' });
    expect(none.buyers).toEqual([]);
    expect(none.segments.every((s) => s.buyers === 0 && s.share === null && s.monetary.isZero())).toBe(true);
  });

  it.each([
    [{ asOf: '2026-02-30' }, 'asOf'],
    [{ asOf: '2026-03-31', bands: { recency: [90, 30] } }, 'bands.recency[1]'],
    [{ asOf: '2026-03-31', bands: { monetary: ['100', '100'] } }, 'bands.monetary[1]'],
    [{ asOf: '2026-03-31', bands: { frequency: [1, 1] } }, 'bands.frequency[1]'],
    [{ asOf: '2026-03-31', bands: { frequency: 1 } }, 'bands.frequency'],
    [{ asOf: '2026-03-31', bands: { frequency: 11 } }, 'bands.frequency'],
    [{ asOf: '2026-03-31', bands: { age: 3 } }, 'bands.age'],
    [{ asOf: '2026-03-31', segments: [{ name: '' }] }, 'segments[0].name'],
    [{ asOf: '2026-03-31', segments: [{ name: 'x', recency: { min: '3' } }] }, 'segments[0].recency.min'],
    [{ asOf: '2026-03-31', locale: 'fr' }, 'locale'],
  ])('%j → INVALID_OPTIONS at %s', (options, path) => {
    const e = errorOf(() => rfmSegments([{ buyerId: 'a', date: '2026-03-01', amount: 1 }], options as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues[0]?.path).toBe(path);
  });

  it('rejects an order without a buyer', () => {
    const e = errorOf(() => rfmSegments([{ date: '2026-03-01', amount: 1 }] as never, { asOf: '2026-03-31' }));
    expect([e.code, e.issues[0]?.path]).toEqual(['INVALID_INPUT', '[0].buyerId']);
  });
});
