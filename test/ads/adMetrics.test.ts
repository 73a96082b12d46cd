import { describe, expect, it } from 'vitest';
import { adMetrics } from 'storeops/ads';
import { errorAt, errorOf } from '../helpers.js';

describe('adMetrics', () => {
  it('computes CTR, CPC, CPM and ROI by domain reference §7', () => {
    const m = adMetrics({ impressions: 12500, clicks: 250, spend: '312.50', sales: '1093.75', orders: 5 });
    expect(m.ctr).toBe(0.02);
    expect(m.cpc?.toString()).toBe('1.25');
    expect(m.cpm?.toString()).toBe('25');
    expect(m.roi).toBe(3.5);
    expect(m.conversionRate).toBe(0.02);
    expect(m.costPerOrder?.toString()).toBe('62.5');
  });

  it('keeps money exact', () => {
    const m = adMetrics({ impressions: 3, clicks: 3, spend: 0.3, sales: 0.9 });
    expect(m.cpc?.toString()).toBe('0.1');
    expect(m.roi).toBe(3);
  });

  it('gives null, never NaN or Infinity, for zero denominators and missing orders', () => {
    const m = adMetrics({ impressions: 0, clicks: 0, spend: 0, sales: 100 });
    expect(m).toEqual({ ctr: null, cpc: null, cpm: null, roi: null, conversionRate: null, costPerOrder: null });
    expect(adMetrics({ impressions: 10, clicks: 1, spend: 1, sales: 0, orders: 0 }).costPerOrder).toBeNull();
  });

  it('gives no Infinity for a ROI at the edge of the exact range of money, and refuses amounts beyond it', () => {
    // '1e999' and '1e-999' are beyond the exact range of money (docs/hardening.md): refused at their path.
    expect(errorAt(() => adMetrics({ impressions: 10, clicks: 1, spend: '1e-999', sales: '1e999' }))).toEqual({ code: 'INVALID_INPUT', path: 'spend' });
    // The widest quotient inside the range: 9999999999999999 / 1e-17 ≈ 1e33, a number.
    expect(adMetrics({ impressions: 10, clicks: 1, spend: '1e-17', sales: '9999999999999999' }).roi).toBeCloseTo(9999999999999999e17, -20);
    expect(adMetrics({ impressions: 10, clicks: 1, spend: '1e-17', sales: '1e-17' }).roi).toBe(1);
  });

  it('rejects bad input with paths', () => {
    const cases: [unknown, string][] = [
      [{ impressions: -1, clicks: 0, spend: 0, sales: 0 }, 'impressions'],
      [{ impressions: 10, clicks: 1.5, spend: 0, sales: 0 }, 'clicks'],
      [{ impressions: 10, clicks: 11, spend: 0, sales: 0 }, 'clicks'],
      [{ impressions: 10, clicks: 1, spend: Number.NaN, sales: 0 }, 'spend'],
      [{ impressions: 10, clicks: 1, spend: 1, sales: '12%' }, 'sales'],
      [{ impressions: 10, clicks: 1, spend: 1 }, 'sales'],
      [{ impressions: 10, clicks: 1, spend: 1, sales: 1, orders: -2 }, 'orders'],
    ];
    for (const [input, path] of cases) {
      const e = errorOf(() => adMetrics(input as never));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]?.path, JSON.stringify(input)).toBe(path);
    }
  });
});
