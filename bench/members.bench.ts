// `npx tsx bench/index.ts members`: memberStats and rfmSegments over 1,000,000 paid orders
// (250,000 buyers, 400 days), each against a hand-written loop doing the same sums in the same
// rounds (bench/timing.ts): a date → day-number cache, a Set and a Map, money as integer fen,
// no validation. Target (issue 17): each ≤ 2× its loop.
import { dayNumberOf } from '../src/core/dates.js';
import { defaultRfmSegments, memberStats, rfmSegments, type MemberOrder, type RfmScoreRange } from '../src/members/index.js';
import { compare, printComparison, printTarget } from './timing.js';

const N = Number(process.env['BENCH_ORDERS'] ?? 1_000_000);
const BUYERS = N / 4;
const asOf = '2026-06-30';

function generate(): MemberOrder[] {
  let seed = 99;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const t0 = Date.UTC(2025, 4, 27);
  const days = Array.from({ length: 400 }, (_, d) => new Date(t0 + d * 86_400_000).toISOString().slice(0, 10));
  const ids = Array.from({ length: BUYERS }, (_, i) => `b${i}`);
  return Array.from({ length: N }, (_, i) => ({ buyerId: ids[rand(BUYERS)] as string, date: days[Math.floor((i * 400) / N)] as string, amount: (990 + rand(50_000)) / 100 }));
}

const dayCache = (cache: Map<string, number>, date: string): number => {
  let d = cache.get(date);
  if (d === undefined) cache.set(date, (d = dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))));
  return d;
};

/** memberStats by hand: returning buyers, repeat buyers, paid amounts for the 30 days to asOf. */
function statsLoop(orders: readonly MemberOrder[]) {
  const cache = new Map<string, number>();
  const end = dayCache(cache, asOf);
  const start = end - 29;
  const before = new Set<string>();
  const days = new Map<string, Set<number>>();
  let paid = 0;
  const periodOrders: MemberOrder[] = [];
  for (const o of orders) {
    const day = dayCache(cache, o.date);
    if (day > end || day < start - 365) continue;
    if (day < start) before.add(o.buyerId);
    else {
      periodOrders.push(o);
      let s = days.get(o.buyerId);
      if (s === undefined) days.set(o.buyerId, (s = new Set()));
      s.add(day);
    }
  }
  let returningPaid = 0;
  for (const o of periodOrders) {
    const fen = Math.round((o.amount as number) * 100);
    paid += fen;
    if (before.has(o.buyerId)) returningPaid += fen;
  }
  let returning = 0;
  let repeat = 0;
  for (const [b, s] of days) {
    if (before.has(b)) returning++;
    if (s.size >= 2) repeat++;
  }
  return { buyers: days.size, returning, repeat, paid, returningPaid };
}

const inRange = (s: number, r: RfmScoreRange | undefined) => r === undefined || ((r.min === undefined || s >= r.min) && (r.max === undefined || s <= r.max));

/**
 * Scores 1–5 as R's rfm (and rfmSegments by default): cut points at the type-7 quantiles
 * Q(j/5) plus one unit (`one`: 1 day or order, 100 fen), half-open; integers only.
 */
function quintiles(values: readonly number[], one: number): number[] {
  const n = values.length;
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const sorted = order.map((i) => values[i] as number);
  const first: number[] = [];
  for (let j = 1; j < 5; j++) {
    const h = (n - 1) * j;
    const lo = sorted[Math.floor(h / 5)] as number;
    const rem = h % 5;
    const hi = rem === 0 ? lo : (sorted[Math.floor(h / 5) + 1] as number);
    // v ≥ lo + (hi − lo) × rem / 5 + one, in integers: 5 × (v − lo − one) ≥ (hi − lo) × rem.
    let left = 0;
    let right = n;
    while (left < right) {
      const mid = (left + right) >>> 1;
      if (5 * ((sorted[mid] as number) - lo - one) >= (hi - lo) * rem) right = mid;
      else left = mid + 1;
    }
    first.push(left);
  }
  const out = new Array<number>(n);
  let reached = 0;
  for (let r = 0; r < n; r++) {
    while (reached < 4 && (first[reached] as number) <= r) reached++;
    out[order[r] as number] = 1 + reached;
  }
  return out;
}

/** rfmSegments by hand: per buyer last day, count and fen; quintile scores; first matching default rule. */
function rfmLoop(orders: readonly MemberOrder[]) {
  const cache = new Map<string, number>();
  const end = dayCache(cache, asOf);
  const byBuyer = new Map<string, { last: number; count: number; fen: number }>();
  for (const o of orders) {
    const day = dayCache(cache, o.date);
    if (day > end) continue;
    let b = byBuyer.get(o.buyerId);
    if (b === undefined) byBuyer.set(o.buyerId, (b = { last: day, count: 0, fen: 0 }));
    if (day > b.last) b.last = day;
    b.count++;
    b.fen += Math.round((o.amount as number) * 100);
  }
  const stats = [...byBuyer.values()];
  const r = quintiles(stats.map((s) => end - s.last), 1).map((x) => 6 - x); // fewer days since is better
  const f = quintiles(stats.map((s) => s.count), 1);
  const m = quintiles(stats.map((s) => s.fen), 100);
  const segments = stats.map((_, i) => defaultRfmSegments.find((x) => inRange(r[i] as number, x.recency) && inRange(f[i] as number, x.frequency) && inRange(m[i] as number, x.monetary))?.name ?? 'other');
  return { buyers: stats.length, segments };
}

export default async function membersBench(): Promise<void> {
  const orders = generate();
  console.log(`${N.toLocaleString('en')} paid orders, ${BUYERS.toLocaleString('en')} buyers, 400 days`);
  const stats = await compare({
    baseline: 'hand loop',
    rounds: Number(process.env['BENCH_ROUNDS'] ?? 5),
    contenders: { 'hand loop': () => statsLoop(orders), memberStats: () => memberStats(orders, { asOf }) },
    check: (r) => {
      const h = r['hand loop'] as ReturnType<typeof statsLoop>;
      const s = r['memberStats'] as ReturnType<typeof memberStats>;
      if (h.buyers !== s.buyers || h.returning !== s.returningBuyers || h.repeat !== s.repeatBuyers || s.paidAmount.times(100).toNumber() !== h.paid) throw new Error('memberStats and the hand loop disagree');
    },
  });
  printComparison(stats, 'memberStats (30 days to asOf, 365-day lookback)');
  printTarget(stats, 'memberStats', 2);
  const rfm = await compare({
    baseline: 'hand loop',
    rounds: Number(process.env['BENCH_ROUNDS'] ?? 5),
    contenders: { 'hand loop': () => rfmLoop(orders), rfmSegments: () => rfmSegments(orders, { asOf }) },
    check: (r) => {
      const h = r['hand loop'] as ReturnType<typeof rfmLoop>;
      const s = r['rfmSegments'] as ReturnType<typeof rfmSegments>;
      if (h.buyers !== s.buyers.length || h.segments.some((seg, i) => seg !== s.buyers[i]?.segment)) throw new Error('rfmSegments and the hand loop disagree');
    },
  });
  printComparison(rfm, '\nrfmSegments (5 quantile bands, default segments)');
  printTarget(rfm, 'rfmSegments', 2);
}
