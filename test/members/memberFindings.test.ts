import { describe, expect, it } from 'vitest';
import { StoreOpsError } from '../../src/core/internal.js';
import { memberFindings } from 'storeops/members';

const fixed = { recency: [30, 90, 180, 365], frequency: [2, 3, 5, 10], monetary: [100, 300, 1000, 3000] };

describe('memberFindings', () => {
  const orders = [
    // a loyal buyer who has gone quiet: 4 orders, 2,000 spent, last 200 days ago → R2 F3 M4 → atRisk
    ...['2025-06-01', '2025-07-01', '2025-08-01', '2025-09-12'].map((date) => ({ buyerId: 'old', date, amount: 500 })),
    // a big buyer gone for good: 6 orders, 4,200, last 300 days ago → R2 F4 M5 → cantLose
    ...Array.from({ length: 6 }, (_, i) => ({ buyerId: 'big', date: `2025-0${i + 1}-05`, amount: 700 })),
    { buyerId: 'new', date: '2026-03-20', amount: 80 },
    { buyerId: 'back', date: '2025-12-01', amount: 50 },
    { buyerId: 'back', date: '2026-03-10', amount: 50 },
  ];

  it('reports returning share, slipping buyers with their spend, and the acquisition cost', () => {
    const f = memberFindings(orders, { asOf: '2026-03-31', windowDays: 31, bands: fixed, spend: { spend: 1400 }, locale: 'en' });
    expect(f.map((x) => [x.code, x.severity, x.area, x.owner])).toEqual([
      ['MEMBERS_FINDING_SLIPPING', 'warning', 'members', 'operations'],
      ['MEMBERS_FINDING_RETURNING', 'info', 'members', 'operations'],
      ['MEMBERS_FINDING_ACQUISITION_COST', 'info', 'members', 'operations'],
    ]);
    expect(f[0]?.moneyAtStake?.toString()).toBe('6200'); // 2,000 + 4,200
    expect(f[0]?.message).toBe('Valuable buyers slipping away: 2 (they spent ¥6,200.00): win them back now');
    expect(f[0]?.advice.map((a) => a.code)).toEqual(['RFM_ADVICE_cantLose', 'RFM_ADVICE_atRisk']);
    // March: new and back bought; back also paid in December → returning 50%; no repurchase; 1 order each.
    expect(f[1]?.message).toBe('Returning buyers are 50% of this period’s buyers; repurchase rate 0%; orders per buyer: 1');
    // 1,400 / (6 × 1 + 1) = 200 per returning buyer, 1,200 per new one.
    expect(f[2]?.message).toBe('A new buyer costs about ¥1,200.00, a returning one about ¥200.00 (6×): put repurchase first');
    const zh = memberFindings(orders, { asOf: '2026-03-31', windowDays: 31, bands: fixed, spend: { newBuyerSpend: 900, returningBuyerSpend: 100 } });
    expect(zh[2]?.message).toBe('获取一个新买家约花 ¥900.00，留住一个老买家约花 ¥100.00（9 倍）：优先做老客复购');
  });

  it('says nothing without buyers, and no cost finding when a buyer type is missing', () => {
    expect(memberFindings([], { asOf: '2026-03-31', spend: { spend: 100 } })).toEqual([]);
    const onlyNew = [{ buyerId: 'n', date: '2026-03-30', amount: 5 }];
    // A total spend is split by the ratio even without returning buyers: 100 / (4 × 1 + 0) = 25 per returning buyer.
    expect(memberFindings(onlyNew, { asOf: '2026-03-31', spend: { spend: 100 }, costRatio: 4, locale: 'en' })[1]?.params).toEqual({
      costNew: '¥100.00',
      costReturning: '¥25.00',
      ratio: '4',
    });
    // A measured split needs both buyer types.
    const measured = memberFindings(onlyNew, { asOf: '2026-03-31', spend: { newBuyerSpend: 100, returningBuyerSpend: 10 } });
    expect(measured.map((x) => x.code)).toEqual(['MEMBERS_FINDING_RETURNING']);
    const custom = memberFindings(orders, { asOf: '2026-03-31', bands: fixed, slippingSegments: ['lost'] });
    expect(custom.some((x) => x.code === 'MEMBERS_FINDING_SLIPPING')).toBe(false);
    // Custom segments: a slipping segment without advice, and a plugin's message.
    const own = memberFindings(orders, {
      asOf: '2026-03-31',
      bands: fixed,
      segments: [{ name: 'quiet', recency: { max: 2 } }],
      slippingSegments: ['quiet'],
      messages: { MEMBERS_FINDING_SLIPPING: { 'zh-CN': '{count} 位沉默', en: '{count} quiet' } },
      locale: 'en',
    });
    expect(own[0]).toMatchObject({ code: 'MEMBERS_FINDING_SLIPPING', message: '2 quiet', advice: [] });
  });

  it.each([
    [{}, 'asOf'],
    [{ asOf: '2026-03-31', windowDays: 0 }, 'windowDays'],
    [{ asOf: '2026-03-31', spend: {} }, 'spend.spend'],
    [{ asOf: '2026-03-31', spend: { spend: -1 } }, 'spend.spend'],
    [{ asOf: '2026-03-31', costRatio: 0 }, 'costRatio'],
  ])('%j → INVALID_OPTIONS at %s', (options, path) => {
    try {
      memberFindings(orders, options as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StoreOpsError);
      expect((e as StoreOpsError).code).toBe('INVALID_OPTIONS');
      expect((e as StoreOpsError).issues[0]?.path).toBe(path);
    }
  });

  it('rejects undefined options with a StoreOpsError', () => {
    expect(() => memberFindings([], undefined as never)).toThrow(StoreOpsError);
  });
});
