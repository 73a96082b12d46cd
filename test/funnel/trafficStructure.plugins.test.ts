import { describe, expect, it } from 'vitest';
import { trafficStructure } from 'storeops/funnel';
import { definePlugin } from 'storeops/plugins';
import { errorOf } from '../helpers.js';

const sources = [
  { category: 'natural', visitors: 500 },
  { category: 'paid', visitors: 300 },
  { category: 'member', visitors: 200 },
] as const;

const paidCheck = (r: ReturnType<typeof trafficStructure>) => r.categories.find((c) => c.category === 'paid')?.check;

describe('trafficStructure with plugins', () => {
  it('applies a plugin’s norms, then the caller’s', () => {
    expect(paidCheck(trafficStructure(sources))?.status).toBe('fail'); // 30% paid > 10% (seed)
    const agency = definePlugin({ name: 'agency', thresholds: { 'traffic-structure': { norms: 'practitioner' } } });
    expect(paidCheck(trafficStructure(sources, { plugins: [agency] }))?.status).toBe('pass'); // 30% ≤ 35%
    // the caller's norms come after the plugin's
    expect(paidCheck(trafficStructure(sources, { plugins: [agency], norms: 'seed' }))?.status).toBe('fail');
    const custom = definePlugin({ name: 'custom', thresholds: { 'traffic-structure': { norms: { paid: { max: 0.25 } } } } });
    expect(paidCheck(trafficStructure(sources, { plugins: [agency, custom] }))?.status).toBe('fail'); // the later plugin wins
  });

  it('applies a plugin’s advice marks and messages', () => {
    const rows = [
      { category: 'natural', source: '手淘搜索', visitors: 900, buyers: 9 },
      { category: 'paid', source: '直通车', visitors: 100, buyers: 10 },
    ] as const;
    const growCodes = (r: ReturnType<typeof trafficStructure>) => r.advice.filter((a) => a.code === 'GROW_CONVERTING_SOURCE').length;
    expect(growCodes(trafficStructure(rows))).toBe(1);
    const picky = definePlugin({
      name: 'picky',
      thresholds: { 'traffic-structure': { advice: { minVisitors: 500 } } },
      messages: { GROW_CONVERTING_SOURCE: { 'zh-CN': '加大 {source}', en: 'Grow {source}' } },
    });
    expect(growCodes(trafficStructure(rows, { plugins: [picky] }))).toBe(0); // 直通车 has under 500 visitors
    const wording = definePlugin({ name: 'wording', messages: { GROW_CONVERTING_SOURCE: { 'zh-CN': '加大 {source}', en: 'Grow {source}' } } });
    expect(trafficStructure(rows, { plugins: [wording], locale: 'en' }).advice.find((a) => a.code === 'GROW_CONVERTING_SOURCE')?.message).toBe('Grow 直通车');
    expect(trafficStructure(rows, { plugins: [wording] }).advice.find((a) => a.code === 'GROW_CONVERTING_SOURCE')?.message).toBe('加大 直通车');
  });

  it('rejects a bad plugin section with INVALID_PLUGIN naming the plugin and field', () => {
    const bad = { name: 'bad-norms', thresholds: { 'traffic-structure': { norms: { paid: { max: 35 } } } } };
    const e = errorOf(() => trafficStructure(sources, { plugins: [bad] }));
    expect(e.code).toBe('INVALID_PLUGIN');
    expect(e.issues[0]?.path).toBe('plugins[0].thresholds["traffic-structure"].norms.paid.max');
    expect(e.issues[0]?.message).toMatch(/bad-norms/);
    const empty = { name: 'empty-norm', thresholds: { 'traffic-structure': { norms: { paid: {} } } } };
    expect(errorOf(() => trafficStructure(sources, { plugins: [empty] })).issues[0]?.path).toBe('plugins[0].thresholds["traffic-structure"].norms.paid');
    const typo = { name: 'typo', thresholds: { 'traffic-structure': { advise: {} } } };
    expect(errorOf(() => trafficStructure(sources, { plugins: [typo] })).issues[0]?.path).toBe('plugins[0].thresholds["traffic-structure"].advise');
    expect(errorOf(() => trafficStructure(sources, { norms: { paid: {} } })).issues[0]?.path).toBe('norms.paid');
  });
});
