// planTargets over a 365-day year with last year's monthly sales, weekend weights and six
// promotion days, against a baseline measured in the same run: the spreadsheet way — the same
// month and day shares in floating point, each day rounded to the fen, no validation and no
// guarantee the days add up (they often miss by a few fen). Also times trackProgress over the
// year and attributeChange for one day. Prints medians and the ratio to the baseline.
import { dayNumberOf, daysInMonth, isoWeekdayOfDayNumber } from '../src/core/dates.js';
import { attributeChange, planTargets, trackProgress } from '../src/goals/index.js';
import { median } from './timing.js';

const lastYear = [520, 380, 640, 700, 720, 900, 560, 580, 720, 820, 1450, 990].map((k) => k * 1000);
const monthWeights = Object.fromEntries(lastYear.map((s, i) => [`2025-${String(i + 1).padStart(2, '0')}`, s]));
const weekdayWeights = [1, 1, 1, 1, 1.1, 1.3, 1.3];
const events = [
  { date: '2026-01-16', multiplier: 1.5, name: '年货节' },
  { date: '2026-02-17', multiplier: 0.4, name: '春节' },
  { date: '2026-06-18', multiplier: 3, name: '618' },
  { date: '2026-09-08', multiplier: 2, name: '店庆' },
  { date: '2026-11-11', multiplier: 4, name: '双11' },
  { date: '2026-12-12', multiplier: 2.5, name: '双12' },
];
const input = { total: '10000000.00', start: '2026-01-01', end: '2026-12-31', monthWeights, weekdayWeights, events };

function baseline(): number[] {
  const eventByDay = new Map(events.map((e) => [dayNumberOf(2026, Number(e.date.slice(5, 7)), Number(e.date.slice(8, 10))), e.multiplier]));
  const total = 10_000_000;
  const W = lastYear.reduce((s, x) => s + x, 0);
  const fen: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const monthTarget = (total * (lastYear[m - 1] as number)) / W;
    const first = dayNumberOf(2026, m, 1);
    const weights: number[] = [];
    for (let d = 0; d < daysInMonth(2026, m); d++) weights.push((weekdayWeights[isoWeekdayOfDayNumber(first + d) - 1] as number) * (eventByDay.get(first + d) ?? 1));
    const sum = weights.reduce((s, x) => s + x, 0);
    for (const w of weights) fen.push(Math.round((monthTarget * w * 100) / sum));
  }
  return fen;
}

export default function run(): void {
  const plan = planTargets(input);
  const fen = baseline();
  const missedBy = fen.reduce((s, x) => s + x, 0) - 1_000_000_000;
  const base = median(baseline, 31, 5);
  const lib = median(() => planTargets(input), 31, 5);
  const actuals = Object.fromEntries(plan.days.slice(0, 180).map((d) => [d.date, d.target.times(0.9).toFixed(2)]));
  const track = median(() => trackProgress(plan, actuals, { asOf: '2026-06-29' }), 31, 5);
  const factors = [{ visitors: 4200, conversionRate: 0.03, aov: 238 }, { visitors: 3500, conversionRate: 0.032, aov: 236 }] as const;
  const shapley = median(() => attributeChange(factors[0], factors[1]), 101, 5);
  const lmdi = median(() => attributeChange(factors[0], factors[1], { method: 'lmdi' }), 101, 5);
  console.log(`planTargets, 365 days, 6 events:  ${lib.toFixed(2)} ms (baseline float loop ${base.toFixed(3)} ms; ratio ${(lib / base).toFixed(1)}×)`);
  console.log(`  baseline's days add up to the total ${missedBy === 0 ? 'exactly' : `off by ${missedBy} fen`}; planTargets' exactly (${plan.total.toFixed(2)})`);
  console.log(`trackProgress, 180 days in, replan 185: ${track.toFixed(2)} ms (${(track / base).toFixed(1)}× the baseline plan)`);
  console.log(`attributeChange, 3 factors: shapley ${(shapley * 1000).toFixed(0)} µs, lmdi ${(lmdi * 1000).toFixed(0)} µs`);
}
