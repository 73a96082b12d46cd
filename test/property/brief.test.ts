import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyBrief, renderBrief, type BriefSourceDay } from 'storeops/brief';
import { StoreDecimal } from '../../src/core/internal.js';

const D = '2026-05-31';
const B = '2026-05-24';
const names = ['手淘搜索', '直通车', '购物车', '淘宝客'];
const categories = ['natural', 'paid', 'member', 'paid'];

const sourceDays = fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 2_000_000 })), { minLength: 1, maxLength: 4 });

describe('dailyBrief properties', () => {
  it('source effects add up to each source’s change, the sources to the store’s change; no NaN; ordered by money', () => {
    fc.assert(
      fc.property(sourceDays, fc.integer({ min: 0, max: 100_000_00 }), (list, targetFen) => {
        const sources: BriefSourceDay[] = [];
        let v0 = 0;
        let v1 = 0;
        let r0 = 0;
        let r1 = 0;
        list.forEach(([a, fa, b, fb], i) => {
          sources.push({ date: B, source: names[i]!, category: categories[i]!, visitors: a, paidAmount: (fa / 100).toFixed(2) });
          sources.push({ date: D, source: names[i]!, category: categories[i]!, visitors: b, paidAmount: (fb / 100).toFixed(2) });
          v0 += a;
          v1 += b;
          r0 += fa;
          r1 += fb;
        });
        const store = [
          { date: B, visitors: v0, buyers: 0, paidAmount: (r0 / 100).toFixed(2) },
          { date: D, visitors: v1, buyers: 0, paidAmount: (r1 / 100).toFixed(2) },
        ];
        const brief = dailyBrief({ date: D, store, sources, plan: [{ date: D, target: (targetFen / 100).toFixed(2) }] }, { thresholds: { minShare: 0 } });
        for (const f of brief.findings.filter((x) => x.area === 'sources')) {
          const n = f.numbers;
          const parts = new StoreDecimal(n['visitorEffect'] as string).plus(n['valueEffect'] as string);
          expect(parts.eq(new StoreDecimal(n['sales'] as string).minus(n['baseSales'] as string))).toBe(true);
          expect(n['unattributed']).toBe('0.00');
          expect(Number.isFinite(n['share'] as number)).toBe(true);
        }
        for (const f of brief.findings) {
          for (const v of Object.values(f.numbers)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
          expect(f.message).not.toMatch(/NaN|Infinity|undefined/);
        }
        const money = brief.findings.map((f) => f.moneyAtStake?.toNumber() ?? -1);
        expect(money).toEqual([...money].sort((a, b) => b - a));
        expect(renderBrief(brief, { locale: 'en' })).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 150 },
    );
  });
});
