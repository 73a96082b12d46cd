// DSR (店铺动态评分) from a store's rating export: the three scores as the platform computes them,
// the comparison with the category, and what it takes to reach 4.9 or to turn green.
// Run: npx tsx examples/dsr.ts
import { readFileSync } from 'node:fs';
import { assessDsr, compareDsr, computeDsr, ratingsBuffer, ratingsNeeded, type DsrRating } from 'storeops/dsr';

const ratings = JSON.parse(readFileSync(new URL('./data/dsr-ratings.json', import.meta.url), 'utf8')) as (DsrRating & { orderId: string })[];
const category = { average: 4.78, best: 4.95, worst: 4.5 };

export const dsr = computeDsr(ratings, { asOf: '2026-06-30', explain: true });
export const vsCategory = compareDsr(dsr.description, category, { locale: 'en' });
export const toReach49 = ratingsNeeded(dsr.description, 4.9);
export const beforeGreen = ratingsBuffer(dsr.description, category.average);
export const health = assessDsr(dsr, { category: { description: category }, locale: 'en' });

console.log(`Window ${dsr.window.start} … ${dsr.window.end}: ${dsr.counted} ratings counted, ${dsr.ignored.total} ignored`);
for (const { index, reason } of dsr.ignoredRatings ?? []) console.log(`  ignored ${ratings[index]?.orderId}: ${reason}`);
console.log(`Item as described ${dsr.description.display} (${dsr.description.sum}/${dsr.description.count}), service ${dsr.service.display}, shipping ${dsr.shipping.display}`);
console.log(`Against the category: ${vsCategory.message}`);
console.log(`5-star ratings to reach 4.9: ${toReach49}; 1-star ratings before turning green: ${beforeGreen}`);
for (const check of health.checks) console.log(`[${check.status}] ${check.message}`);
