// storeops' calendar code (src/core/dates.ts: day numbers, Hinnant's civil-from-days) against the
// same operations done with date-fns (on local Dates at noon: fine for timing in this zone; a
// TZ-free version would need a UTC date class on top), to decide where date-fns could take over. Contenders are interleaved
// in every round, their order rotated, with a GC before each run when node runs with
// --expose-gc; printed: the median of the per-round ratios date-fns / storeops, with min–max.
//   node --expose-gc --import tsx bench/index.ts dates
import { addDays as dfAddDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { eachDayOfInterval } from 'date-fns/eachDayOfInterval';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { getISODay } from 'date-fns/getISODay';
import { getQuarter } from 'date-fns/getQuarter';
import { lightFormat } from 'date-fns/lightFormat';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { addDays, daysBetween, eachDay, fromDayNumber, isIsoDate, isoWeekday, quarterOf, weekOf } from '../src/core/dates.js';
import { planTargets } from '../src/goals/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
const utc = (d: string) => new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)), 12);
const iso = (d: Date) => lightFormat(d, 'yyyy-MM-dd');

// Two years of days, and as many strings that look like days but are not (2026-02-30, 2026-13-01).
const days = Array.from({ length: 730 }, (_, i) => fromDayNumber(20454 + i));
const bad = days.map((d, i) => (i % 2 === 0 ? `${d.slice(0, 8)}3${i % 3}` : `${d.slice(0, 5)}13${d.slice(7)}`));
const strings = days.flatMap((d, i) => [d, bad[i] as string]);
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDateFns(value: string): boolean {
  const m = ISO.exec(value);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= getDaysInMonth(new Date(y, mo - 1, 1, 12));
}

type Case = { name: string; reps: number; ours: () => unknown; fns: () => unknown; check: () => boolean };
let sink: unknown;
const cases: Case[] = [
  {
    name: 'isIsoDate (1,460 strings, half not days)',
    reps: 40,
    ours: () => strings.filter((s) => isIsoDate(s)).length,
    fns: () => strings.filter(isIsoDateFns).length,
    check: () => strings.every((s) => isIsoDate(s) === isIsoDateFns(s)),
  },
  {
    name: 'weekOf (730 days)',
    reps: 20,
    ours: () => days.map(weekOf),
    fns: () => days.map((d) => iso(startOfISOWeek(utc(d)))),
    check: () => days.every((d) => weekOf(d) === iso(startOfISOWeek(utc(d)))),
  },
  {
    name: 'quarterOf (730 days)',
    reps: 20,
    ours: () => days.map(quarterOf),
    fns: () => days.map((d) => `${d.slice(0, 4)}-Q${getQuarter(utc(d))}`),
    check: () => days.every((d) => quarterOf(d) === `${d.slice(0, 4)}-Q${getQuarter(utc(d))}`),
  },
  {
    name: 'addDays (730 days, −6)',
    reps: 20,
    ours: () => days.map((d) => addDays(d, -6)),
    fns: () => days.map((d) => iso(dfAddDays(utc(d), -6))),
    check: () => days.every((d) => addDays(d, -6) === iso(dfAddDays(utc(d), -6))),
  },
  {
    name: 'daysBetween (730 pairs)',
    reps: 20,
    ours: () => days.map((d) => daysBetween('2026-01-01', d)),
    fns: () => days.map((d) => differenceInCalendarDays(utc(d), utc('2026-01-01'))),
    check: () => days.every((d) => daysBetween('2026-01-01', d) === differenceInCalendarDays(utc(d), utc('2026-01-01'))),
  },
  {
    name: 'isoWeekday (730 days)',
    reps: 20,
    ours: () => days.map(isoWeekday),
    fns: () => days.map((d) => getISODay(utc(d))),
    check: () => days.every((d) => isoWeekday(d) === getISODay(utc(d))),
  },
  {
    name: 'eachDay (one year)',
    reps: 20,
    ours: () => eachDay('2026-01-01', '2026-12-31'),
    fns: () => eachDayOfInterval({ start: utc('2026-01-01'), end: utc('2026-12-31') }).map(iso),
    check: () => eachDay('2026-01-01', '2026-12-31').join() === eachDayOfInterval({ start: utc('2026-01-01'), end: utc('2026-12-31') }).map(iso).join(),
  },
];

function time(fn: () => unknown, reps: number): number {
  gc?.();
  const t = performance.now();
  for (let i = 0; i < reps; i++) sink = fn();
  return performance.now() - t;
}

const ROUNDS = 15;

export default function run(): void {
  console.log(`${ROUNDS} rounds, contenders interleaved, order rotated; GC between runs: ${gc === undefined ? 'no (run node with --expose-gc)' : 'yes'}`);
  for (const c of cases) {
    if (!c.check()) throw new Error(`${c.name}: date-fns and storeops disagree`);
    for (let w = 0; w < 3; w++) (c.ours(), c.fns());
    const ratios: number[] = [];
    let oursMs = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? (['ours', 'fns'] as const) : (['fns', 'ours'] as const);
      const t: Record<string, number> = {};
      for (const k of order) t[k] = time(c[k], c.reps);
      ratios.push((t['fns'] as number) / (t['ours'] as number));
      oursMs += (t['ours'] as number) / c.reps;
    }
    ratios.sort((a, b) => a - b);
    const med = ratios[Math.floor(ROUNDS / 2)] as number;
    console.log(`${c.name.padEnd(44)} date-fns ${med.toFixed(2)}× storeops (min–max ${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)}); storeops ${((oursMs / ROUNDS) * 1000).toFixed(0)} µs a run`);
  }
  // The measured hot path that calls weekOf and quarterOf once per day (bench/goals.bench.ts).
  const input = { total: '10000000.00', start: '2026-01-01', end: '2026-12-31' };
  const t = [] as number[];
  for (let r = 0; r < ROUNDS; r++) t.push(time(() => planTargets(input), 5) / 5);
  t.sort((a, b) => a - b);
  console.log(`planTargets (365 days; weekOf + quarterOf per day): ${t[Math.floor(ROUNDS / 2)]!.toFixed(2)} ms (min–max ${t[0]!.toFixed(2)}–${t.at(-1)!.toFixed(2)})`);
  void sink;
}
