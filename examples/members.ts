// Members in the morning: how many buyers came back, who is slipping away, what a new buyer costs.
// Run: npx tsx examples/members.ts
import { addDays } from 'storeops/core';
import { memberFindings, memberStats, rfmSegments } from 'storeops/members';

// A small order log (paid orders only): buyer, day, amount.
export const orders = [
  { buyerId: 'u1', date: '2026-01-12', amount: '158.00' },
  { buyerId: 'u1', date: '2026-03-08', amount: '99.00' },
  { buyerId: 'u1', date: '2026-03-25', amount: '120.00' },
  { buyerId: 'u2', date: '2026-03-18', amount: '89.00' },
  { buyerId: 'u3', date: '2025-11-11', amount: '699.00' },
  { buyerId: 'u3', date: '2026-03-02', amount: '259.00' },
  { buyerId: 'u4', date: '2026-03-29', amount: '45.00' },
  // a regular who has not come back since autumn
  ...[0, 30, 60, 90, 120].map((d) => ({ buyerId: 'u5', date: addDays('2025-05-01', d), amount: '300.00' })),
  { buyerId: 'u6', date: '2025-04-20', amount: '35.00' },
];

const bands = { recency: [30, 90, 180, 365], frequency: [2, 3, 5, 10], monetary: [100, 300, 1000, 3000] };

export const march = memberStats(orders, { asOf: '2026-03-31', windowDays: 31 });
export const rfm = rfmSegments(orders, { asOf: '2026-03-31', bands, locale: 'en' });
export const findings = memberFindings(orders, { asOf: '2026-03-31', windowDays: 31, bands, spend: { spend: '1500.00' }, locale: 'en' });

console.log(`March: ${march.buyers} buyers, ${march.returningBuyers} returning (${((march.returningBuyerShare ?? 0) * 100).toFixed(0)}%), repurchase rate ${((march.repurchaseRate ?? 0) * 100).toFixed(0)}%`);
for (const b of rfm.buyers) console.log(`- ${b.buyerId}: RFM ${b.score} → ${b.segment}`);
for (const f of findings) console.log(`[${f.severity}] ${f.message}`);
