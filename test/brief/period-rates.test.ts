// Issue 16, class 5: a period rate is combined from the days' counts exactly, so float noise
// cannot flip a verdict: seven days at exactly 70% bounce are a week at exactly 70%, which is
// not "under 70%".
import { describe, expect, it } from 'vitest';
import { dailyBrief } from 'storeops/brief';
import { addDays } from 'storeops/core';

describe('the week of page health', () => {
  it('seven days at exactly 70% bounce give exactly 0.7 and fail "under 70%" (a float sum gave 0.6999999999999998)', () => {
    const D = '2026-05-31'; // a Sunday: the page-health day
    const visitors = [544, 597, 650, 703, 756, 809, 862];
    // The float sum this used to be: below 0.7.
    expect(visitors.reduce((s, v) => s + 0.7 * v, 0) / visitors.reduce((s, v) => s + v, 0)).toBeLessThan(0.7);
    const store = visitors.map((v, i) => ({ date: addDays(D, i - 6), visitors: v, buyers: 10, paidAmount: '1000', pageviews: v * 4, bounceRate: 0.7 }));
    const b = dailyBrief({ date: D, store }, { locale: 'en' });
    const page = b.findings.find((f) => f.area === 'page-health' && f.checks.some((c) => c.metric === 'bounceRate'));
    const check = page?.checks.find((c) => c.metric === 'bounceRate');
    expect(check?.value).toBe(0.7);
    expect(check?.status).toBe('fail'); // 0.7 is not below the 0.7 pass mark (domain reference §3)
  });
});
