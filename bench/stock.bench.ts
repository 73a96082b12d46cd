// `npx tsx bench/index.ts stock`: stockCover over 10,000 items × 90 days of history, against a
// hand-written loop in the same rounds (bench/timing.ts): a date → day-number cache, the 28-day
// in-stock sales rate, cover, reorder point and quantity, no validation, no messages.
// Target (issue 17): ≤ 2× the loop.
import { dayNumberOf } from '../src/core/dates.js';
import { stockCover, type StockItemInput } from '../src/stock/index.js';
import { compare, printComparison, printTarget } from './timing.js';

const ITEMS = Number(process.env['BENCH_ITEMS'] ?? 10_000);
const DAYS = 90;

function generate(): StockItemInput[] {
  let seed = 5;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const t0 = Date.UTC(2026, 2, 1);
  const dates = Array.from({ length: DAYS }, (_, d) => new Date(t0 + d * 86_400_000).toISOString().slice(0, 10));
  return Array.from({ length: ITEMS }, (_, i) => ({
    id: `sku${i}`,
    onHand: rand(2000),
    leadTimeDays: 7 + rand(20),
    safetyDays: 3 + rand(10),
    price: (990 + rand(50_000)) / 100,
    unitCost: (500 + rand(20_000)) / 100,
    history: dates.map((date) => (rand(30) === 0 ? { date, units: 0, inStock: false } : { date, units: rand(40) })),
  }));
}

function loop(items: readonly StockItemInput[]) {
  const cache = new Map<string, number>();
  const day = (d: string) => {
    let n = cache.get(d);
    if (n === undefined) cache.set(d, (n = dayNumberOf(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)))));
    return n;
  };
  return items.map((item) => {
    const h = item.history ?? [];
    let last = -Infinity;
    for (const x of h) last = Math.max(last, day(x.date));
    const start = last - 27;
    let units = 0;
    let out = 0;
    for (const x of h) {
      const d = day(x.date);
      if (d < start) continue;
      if (x.inStock === false || x.onHand === 0) out++;
      else units += x.units;
    }
    const rate = units / (28 - out);
    const L = item.leadTimeDays + item.safetyDays;
    const reorderPoint = rate * L;
    return { id: item.id, dailySales: rate, daysOfCover: rate > 0 ? item.onHand / rate : null, reorderNow: item.onHand <= reorderPoint, suggestedQuantity: Math.ceil(rate * (L + 30) - Math.min(item.onHand, reorderPoint)) };
  });
}

export default async function stockBench(): Promise<void> {
  const items = generate();
  console.log(`${ITEMS.toLocaleString('en')} items × ${DAYS} days of history`);
  const c = await compare({
    baseline: 'hand loop',
    rounds: Number(process.env['BENCH_ROUNDS'] ?? 7),
    contenders: { 'hand loop': () => loop(items), stockCover: () => stockCover(items) },
    check: (r) => {
      const h = r['hand loop'] as ReturnType<typeof loop>;
      const s = (r['stockCover'] as ReturnType<typeof stockCover>).items;
      if (h.some((x, i) => x.dailySales !== s[i]?.dailySales || x.reorderNow !== s[i]?.reorderNow)) throw new Error('stockCover and the hand loop disagree');
    },
  });
  printComparison(c);
  printTarget(c, 'stockCover', 2);
}
