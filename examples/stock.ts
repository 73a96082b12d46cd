// Stock in the morning: what sells out before the next delivery, what ties up cash.
// Run: npx tsx examples/stock.ts
import { addDays } from 'storeops/core';
import { stockCover } from 'storeops/stock';

// 28 days of a hit's sales; it was sold out on the last 4 days (inStock: false), which must not
// count as days of zero demand.
const hitHistory = Array.from({ length: 28 }, (_, i) => ({
  date: addDays('2026-03-04', i),
  units: i < 24 ? 40 : 0,
  inStock: i < 24,
}));

export const items = [
  { id: 'hit-tee', name: 'Hit T-shirt', onHand: 0, history: hitHistory, leadTimeDays: 7, safetyDays: 3, price: '89.00', unitCost: '32.00' },
  { id: 'socks', name: 'Socks 3-pack', onHand: 260, dailySales: 22, leadTimeDays: 10, safetyDays: 3, price: '29.90', unitCost: '9.00' },
  { id: 'jacket', name: 'Winter jacket', onHand: 900, dailySales: 3, leadTimeDays: 30, safetyDays: 7, price: '399.00', unitCost: '160.00' },
  { id: 'cap', name: 'Cap', onHand: 400, dailySales: 12, leadTimeDays: 7, safetyDays: 3, price: '59.00', unitCost: '18.00' },
];

export const cover = stockCover(items, { asOf: '2026-03-31', locale: 'en' });

for (const item of cover.items) {
  console.log(`${item.name}: ${item.dailySales?.toFixed(1)} a day, cover ${item.daysOfCover?.toFixed(1) ?? '—'} days, reorder point ${item.reorderPoint}, order ${item.suggestedQuantity}`);
}
console.log('Alerts, worst first:');
for (const a of cover.findings) console.log(`[${a.severity}] ${a.message}`);
