// computeDsr over a year of 1,000,000 ratings (250,000 buyers, orders spread over 365 days,
// rated 0–20 days later) against a hand-written loop that does the same sums on the same data:
// string date comparisons and a Map keyed by buyer and month, with no validation and relying on
// the input being sorted by createdAt (computeDsr needs neither). Prints the ratio of medians.
import { addDays } from '../src/core/dates.js';
import { computeDsr, type DsrRating } from '../src/dsr/index.js';
import { median } from './timing.js';

const N = 1_000_000;
const BUYERS = 250_000;
const asOf = '2026-06-30';
const first = addDays(asOf, -364);

function generate(): DsrRating[] {
  let seed = 42;
  const rand = (n: number) => {
    // mulberry32: a small, well-mixed generator, so runs are reproducible.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
  const days = Array.from({ length: 386 }, (_, i) => addDays(first, i));
  const out: DsrRating[] = new Array(N);
  for (let i = 0; i < N; i++) {
    const created = Math.floor((i * 365) / N);
    const stars = () => (rand(10) < 8 ? 5 : 1 + rand(5));
    out[i] = {
      buyerId: `buyer${rand(BUYERS)}`,
      createdAt: days[created] as string,
      ratedAt: days[created + rand(21)] as string,
      description: stars(),
      service: stars(),
      shipping: stars(),
    };
  }
  // Sorted by createdAt, then ratedAt: the order in which the baseline takes "the first three".
  return out.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.ratedAt < b.ratedAt ? -1 : a.ratedAt > b.ratedAt ? 1 : 0));
}

function baseline(ratings: readonly DsrRating[]) {
  const start = addDays(asOf, -179);
  const seen = new Map<string, number>();
  let description = 0;
  let service = 0;
  let shipping = 0;
  let count = 0;
  for (const r of ratings) {
    if (r.ratedAt > asOf) continue;
    const key = `${r.buyerId}|${r.createdAt.slice(0, 7)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 3 || r.ratedAt < start) continue;
    description += r.description;
    service += r.service;
    shipping += r.shipping;
    count++;
  }
  return { description, service, shipping, count };
}

export default function run(): void {
  const ratings = generate();
  const dsr = computeDsr(ratings, { asOf });
  const ref = baseline(ratings);
  if (dsr.counted !== ref.count || dsr.description.sum !== ref.description || dsr.service.sum !== ref.service || dsr.shipping.sum !== ref.shipping) {
    throw new Error('computeDsr and the baseline disagree');
  }
  const base = median(() => baseline(ratings));
  const lib = median(() => computeDsr(ratings, { asOf }));
  console.log(`ratings: ${N.toLocaleString('en')}, counted ${dsr.counted.toLocaleString('en')}, over the buyer-month limit ${dsr.ignored.overBuyerMonthLimit}`);
  console.log(`hand-written loop (no validation, sorted input): ${base.toFixed(0)} ms`);
  console.log(`computeDsr (validated, any order):               ${lib.toFixed(0)} ms  (${(lib / base).toFixed(2)}× the loop)`);
}
