import { describe, expect, it } from 'vitest';
import type { StoreOpsError } from '../../src/core/internal.js';
import { funnelMetrics, mergeFunnels } from 'storeops/funnel';

describe('mergeFunnels', () => {
  it('gives 10/1000 for days of 1/100 and 9/900, not the mean of their rates', () => {
    const merged = mergeFunnels([
      { visitors: 100, buyers: 1, paidAmount: '100' },
      { visitors: 900, buyers: 9, paidAmount: '900' },
    ]);
    expect(merged.visitors).toBe(1000);
    expect(merged.buyers).toBe(10);
    const m = funnelMetrics(merged);
    expect(m.conversionRate).toBe(0.01);
    // The mean of daily rates would be (1% + 1%) / 2 here; make the days differ to see the gap:
    const uneven = funnelMetrics(mergeFunnels([
      { visitors: 100, buyers: 5, paidAmount: 0 },
      { visitors: 900, buyers: 9, paidAmount: 0 },
    ]));
    expect(uneven.conversionRate).toBe(14 / 1000);
    expect(uneven.conversionRate).not.toBe((0.05 + 0.01) / 2);
  });

  it('sums money exactly to the fen', () => {
    const merged = mergeFunnels(Array.from({ length: 10 }, () => ({ visitors: 1, buyers: 1, paidAmount: 0.1, spend: '0.07' })));
    expect(merged.paidAmount.toString()).toBe('1');
    expect(merged.spend?.toString()).toBe('0.7');
  });

  it('keeps an optional field only when every funnel has it', () => {
    const merged = mergeFunnels([
      { visitors: 10, buyers: 1, paidAmount: 1, cartAdders: 2, pageviews: 30, spend: 5 },
      { visitors: 20, buyers: 2, paidAmount: 2, cartAdders: 3 },
    ]);
    expect(merged.cartAdders).toBe(5);
    expect('pageviews' in merged).toBe(false);
    expect('spend' in merged).toBe(false);
    expect(funnelMetrics(merged).pagesPerVisitor).toBeNull();
  });

  it('marks the merge presale when any funnel is presale', () => {
    expect(mergeFunnels([{ visitors: 1, buyers: 0, paidAmount: 0, presale: true }, { visitors: 1, buyers: 0, paidAmount: 0 }]).presale).toBe(true);
    expect('presale' in mergeFunnels([{ visitors: 1, buyers: 0, paidAmount: 0, presale: false }])).toBe(false);
  });

  it('merges earlier merges (totals are funnels again)', () => {
    const a = mergeFunnels([{ visitors: 1, buyers: 1, paidAmount: '0.01', refundAmount: 0 }]);
    const b = mergeFunnels([a, a]);
    expect(b.paidAmount.toString()).toBe('0.02');
    expect(b.refundAmount?.toString()).toBe('0');
  });

  it('gives zero counts for an empty list', () => {
    const empty = mergeFunnels([]);
    expect(empty.visitors).toBe(0);
    expect(empty.paidAmount.isZero()).toBe(true);
    expect(Object.keys(empty).sort()).toEqual(['buyers', 'paidAmount', 'visitors']);
  });

  it('rejects a bad funnel with its index and field', () => {
    let error: StoreOpsError | undefined;
    try {
      mergeFunnels([{ visitors: 1, buyers: 0, paidAmount: 0 }, { visitors: 1, buyers: -2, paidAmount: 0 }]);
    } catch (e) {
      error = e as StoreOpsError;
    }
    expect(error?.code).toBe('INVALID_INPUT');
    expect(error?.issues[0]?.path).toBe('[1].buyers');
  });

  it('refuses sums beyond exact integers', () => {
    const big = Number.MAX_SAFE_INTEGER;
    let error: StoreOpsError | undefined;
    try {
      mergeFunnels([{ visitors: big, buyers: 0, paidAmount: 0 }, { visitors: big, buyers: 0, paidAmount: 0 }]);
    } catch (e) {
      error = e as StoreOpsError;
    }
    expect(error?.code).toBe('INFEASIBLE');
    expect(error?.issues[0]?.path).toBe('visitors');
  });
});
