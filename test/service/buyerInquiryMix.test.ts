import { describe, expect, it } from 'vitest';
import { StoreOpsError } from '../../src/core/internal.js';
import { buyerInquiryMix } from 'storeops/service';

describe('buyerInquiryMix', () => {
  it('splits buyers into silent and inquiry buyers (domain reference §2 definitions)', () => {
    const m = buyerInquiryMix({ buyers: 250, inquiryBuyers: 50, visitors: 5000, inquirers: 125 });
    expect(m).toEqual({
      silentBuyers: 200,
      inquiryBuyerShare: 0.2,
      silentBuyerShare: 0.8,
      inquiryRate: 0.025, // 125 / 5000
      inquiryConversionRate: 0.4, // 50 / 125
      silentConversionRate: 0.04, // 200 / 5000
    });
  });

  it('returns null, never NaN, for missing or zero denominators', () => {
    expect(buyerInquiryMix({ buyers: 0, inquiryBuyers: 0, visitors: 0, inquirers: 0 })).toEqual({
      silentBuyers: 0,
      inquiryBuyerShare: null,
      silentBuyerShare: null,
      inquiryRate: null,
      inquiryConversionRate: null,
      silentConversionRate: null,
    });
  });

  it.each([
    [{ buyers: -1, inquiryBuyers: 0 }, 'buyers'],
    [{ buyers: 10, inquiryBuyers: Number.NaN }, 'inquiryBuyers'],
    [{ buyers: 10, inquiryBuyers: 11 }, 'inquiryBuyers'],
    [{ buyers: 10, inquiryBuyers: 5, inquirers: 4 }, 'inquirers'],
    [{ buyers: 10, inquiryBuyers: 5, inquirers: 40, visitors: 30 }, 'inquirers'],
    [{ buyers: 10, inquiryBuyers: 5, visitors: 9 }, 'buyers'],
    [{ buyers: '10', inquiryBuyers: 5 }, 'buyers'],
  ])('%j → INVALID_INPUT at %s', (input, path) => {
    try {
      buyerInquiryMix(input as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StoreOpsError);
      expect((e as StoreOpsError).code).toBe('INVALID_INPUT');
      expect((e as StoreOpsError).issues[0]?.path).toBe(path);
    }
  });
});
