// `npx tsx bench/index.ts roles`: classifyProducts over a catalogue of 10,000 products, against a
// hand-written loop in the same rounds (bench/timing.ts) that gives every product the same role
// and tags: money as integer fen, the measures as plain numbers (price percentile by one sort,
// the median margin, the indexes and shares), the default rules written out as comparisons; no
// validation, no checks, no messages, no portfolio. Target (issue 17): ≤ 2× the loop.
import { classifyProducts, defaultRoleThresholds as t, type ProductInput } from '../src/roles/index.js';
import { compare, printComparison, printTarget } from './timing.js';

const N = Number(process.env['BENCH_PRODUCTS'] ?? 10_000);

function generate(): ProductInput[] {
  let seed = 17;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  return Array.from({ length: N }, (_, i) => {
    const priceFen = 990 + rand(60_000);
    const visitors = rand(20) === 0 ? 20_000 + rand(80_000) : rand(5_000);
    return {
      id: `item${i}`,
      price: priceFen / 100,
      unitCost: Math.round(priceFen * (0.2 + rand(70) / 100)) / 100,
      visitors,
      buyers: Math.floor((visitors * rand(120)) / 1000),
    };
  });
}

interface Hand {
  role: string;
  tags: string[];
}

function loop(products: readonly ProductInput[]): Hand[] {
  const n = products.length;
  const price = new Float64Array(n);
  const margin = new Float64Array(n);
  const revenue = new Float64Array(n); // fen
  let visitors = 0;
  let buyers = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = products[i] as ProductInput;
    const priceFen = Math.round((p.price as number) * 100);
    const costFen = Math.round((p.unitCost as number) * 100);
    price[i] = priceFen;
    margin[i] = (priceFen - costFen) / priceFen;
    revenue[i] = priceFen * p.buyers;
    visitors += p.visitors;
    buyers += p.buyers;
    total += priceFen * p.buyers;
  }
  // Price percentile: mid-rank of equal prices.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (price[a] as number) - (price[b] as number));
  const pct = new Float64Array(n);
  for (let s = 0; s < n; ) {
    let e = s;
    while (e + 1 < n && price[order[e + 1] as number] === price[order[s] as number]) e++;
    for (let k = s; k <= e; k++) pct[order[k] as number] = (s + e) / 2 / (n - 1);
    s = e + 1;
  }
  const sorted = Float64Array.from(margin).sort();
  const median = n % 2 === 1 ? (sorted[n >> 1] as number) : ((sorted[(n >> 1) - 1] as number) + (sorted[n >> 1] as number)) / 2;
  const out: Hand[] = [];
  for (let i = 0; i < n; i++) {
    const p = products[i] as ProductInput;
    const pp = pct[i] as number;
    const mvm = (margin[i] as number) - median;
    const buyerIndex = (p.buyers * n) / buyers;
    const visitorIndex = (p.visitors * n) / visitors;
    const conversionIndex = p.visitors === 0 ? null : (p.buyers * visitors) / (p.visitors * buyers);
    const revenueShare = (revenue[i] as number) / total;
    const revenueIndex = ((revenue[i] as number) * n) / total;
    let role = 'regular';
    if (pp > t.flagshipMinPricePercentile && buyerIndex <= t.flagshipMaxBuyerIndex) role = 'flagship';
    else if (pp <= t.trafficMaxPricePercentile && mvm < t.trafficMaxMarginVsMedian && visitorIndex >= t.trafficMinVisitorIndex && conversionIndex !== null && conversionIndex >= t.trafficMinConversionIndex) role = 'traffic';
    else if (pp >= t.profitMinPricePercentile && mvm >= t.profitMinMarginVsMedian && revenueShare > 0) role = 'profit';
    const tags: string[] = [];
    if (revenueShare >= t.hitMinRevenueShare && revenueIndex >= t.hitMinRevenueIndex) tags.push('hit');
    if (revenueIndex < t.slowMaxRevenueIndex) tags.push('slow');
    out.push({ role, tags });
  }
  return out;
}

export default async function rolesBench(): Promise<void> {
  const products = generate();
  console.log(`${N.toLocaleString('en')} products, the default rules`);
  const c = await compare({
    baseline: 'hand loop',
    rounds: Number(process.env['BENCH_ROUNDS'] ?? 7),
    contenders: { 'hand loop': () => loop(products), classifyProducts: () => classifyProducts(products) },
    check: (r) => {
      const h = r['hand loop'] as Hand[];
      const s = (r['classifyProducts'] as ReturnType<typeof classifyProducts>).products;
      const bad = h.findIndex((x, i) => x.role !== s[i]?.role || x.tags.join() !== s[i]?.tags.join());
      if (bad >= 0) throw new Error(`classifyProducts and the hand loop disagree on product ${bad}: ${JSON.stringify(h[bad])} vs ${s[bad]?.role} ${s[bad]?.tags}`);
    },
  });
  printComparison(c);
  printTarget(c, 'classifyProducts', 2);
}
