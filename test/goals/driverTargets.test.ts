import { describe, expect, it } from 'vitest';
import { driverTargets } from 'storeops/goals';
import { expectError } from '../helpers.js';

describe('driverTargets (each driver belongs to a team function, domain reference §1)', () => {
  it('gives promotion its visitors, design and service the conversion, merchandising the AOV', () => {
    const t = driverTargets({ target: 30000, conversionRate: 0.03, aov: 238 }, { locale: 'en' });
    expect(t.target.toNumber()).toBe(30000);
    expect(t.visitors).toBeCloseTo(4201.68, 2);
    expect(t.drivers.map((d) => [d.driver, d.owners])).toEqual([
      ['visitors', ['promotion']],
      ['conversionRate', ['design', 'service']],
      ['aov', ['merchandising']],
    ]);
    expect(t.drivers[0]?.value).toBe(4202);
    expect(t.drivers[1]?.value).toBe(0.03);
    expect((t.drivers[2]?.value as { toNumber(): number }).toNumber()).toBe(238);
    expect(t.drivers.map((d) => d.message)).toEqual([
      'Promotion: bring 4,202 visitors to reach ¥30,000.00 at 3% conversion and ¥238.00 AOV',
      'Design and service: hold the conversion rate at 3% or better (detail pages, answering inquiries)',
      'Merchandising: hold AOV at ¥238.00 or better (bundles, related sales, pricing)',
    ]);
  });

  it('renders in Chinese by default', () => {
    const t = driverTargets({ target: 30000, conversionRate: 0.03, aov: 238 });
    expect(t.drivers[0]?.message).toBe('推广：需要带来 4,202 个访客，才能在转化率 3%、客单价 ¥238.00 下完成 ¥30,000.00');
    expect(t.drivers[2]?.message).toBe('运营（商品）：客单价保持在 ¥238.00 以上（搭配套餐、关联销售、定价）');
  });

  it('splits the visitors over traffic entries and accepts replacement messages', () => {
    const t = driverTargets(
      { target: 7140, conversionRate: 0.03, aov: 238, entries: [{ name: 'search', visitors: 600 }, { name: 'paid', visitors: 200 }] },
      { locale: 'en', messages: { DRIVER_AOV: { 'zh-CN': '客单价 {aov}', en: 'AOV {aov}' } } },
    );
    // 7,140 / 7.14 = 1,000 visitors: 750 from search, 250 from paid.
    expect(t.entries?.map((e) => [e.name, e.visitors])).toEqual([
      ['search', 750],
      ['paid', 250],
    ]);
    expect(t.drivers[2]?.message).toBe('AOV ¥238.00');
  });

  it('needs no visitors for a zero target', () => {
    expect(driverTargets({ target: 0, conversionRate: 0, aov: 238 }).drivers[0]?.value).toBe(0);
  });

  it('rejects bad input', () => {
    expectError(() => driverTargets({ conversionRate: 0.03, aov: 238 } as never), 'INVALID_INPUT', 'target');
    expectError(() => driverTargets({ target: 30000, conversionRate: 3, aov: 238 }), 'INVALID_INPUT', 'conversionRate');
    expectError(() => driverTargets({ target: 30000, conversionRate: 0.03, aov: '-1' }), 'INVALID_INPUT', 'aov');
    expectError(() => driverTargets({ target: 30000, conversionRate: 0, aov: 238 }), 'INFEASIBLE', 'conversionRate');
    expectError(() => driverTargets({ target: 30000, conversionRate: 0.03, aov: 238, entries: [{ name: 'x' }] }), 'INVALID_INPUT', 'entries[0].visitors');
    expectError(() => driverTargets({ target: 30000, conversionRate: 0.03, aov: 238 }, { locale: 'fr' as never }), 'INVALID_OPTIONS', 'locale');
  });
});
