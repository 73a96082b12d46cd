// The shared timing harness of `npm run bench` (bench/*.bench.ts), built for a noisy shared
// machine: contenders are interleaved (each runs once per round), their order rotates from
// round to round, the garbage collector runs before every timed run (`node --expose-gc`, which
// `npm run bench` passes), and each contender is reported as the median of its per-round
// ratios to a baseline measured in the same round, with the min–max spread of those ratios.
// A slow patch of the machine then hurts the contenders of one round alike instead of one
// contender's whole measurement ("best of 3, one after another" gave 1.01× and 2.16× for the
// same code here).
//
// Usage:
//   const r = await compare({ baseline: 'hand loop', rounds: 7, contenders: { 'hand loop': () => hand(rows), storeops: () => lib(rows) } });
//   printComparison(r);

/** A contender: a function whose run is timed (a returned promise is awaited inside the time). */
export type Run = () => unknown;

/** Options of {@link compare}. */
export interface CompareOptions {
  /** The contenders by name, in their first-round order. */
  contenders: Record<string, Run>;
  /** The name of the contender every ratio is taken against. */
  baseline: string;
  /** Timed rounds (default `BENCH_ROUNDS` or 7). */
  rounds?: number;
  /** Untimed rounds first, so the JIT has seen every contender (default 1). */
  warmup?: number;
  /**
   * Called with each contender's result of the first warm-up round, before anything is timed
   * (check that the contenders agree here: a fast wrong answer is no answer).
   */
  check?: (results: Record<string, unknown>) => void;
}

/** One contender's figures. */
export interface ContenderResult {
  name: string;
  /** Median wall time of one run, in milliseconds. */
  medianMs: number;
  /** Per-round time ÷ the baseline's time in the same round: median, min and max. */
  ratio: { median: number; min: number; max: number };
  /** Every timed run, in milliseconds, in round order. */
  runsMs: number[];
}

/** The figures of one {@link compare}. */
export interface Comparison {
  baseline: string;
  rounds: number;
  gc: boolean;
  results: ContenderResult[];
}

const gc = (globalThis as { gc?: () => void }).gc;

/** True when the collector can be run between runs (node --expose-gc). */
export const canCollect = typeof gc === 'function';

function collect(): void {
  if (gc !== undefined) {
    gc();
    gc();
  }
}

/** The median of a list of numbers (mean of the middle two for an even count). */
export function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function timeOne(run: Run): Promise<{ ms: number; result: unknown }> {
  collect();
  const t0 = performance.now();
  let result = run();
  if (result instanceof Promise) result = await result;
  return { ms: performance.now() - t0, result };
}

/**
 * Times the contenders in interleaved, rotated rounds with a GC before each run, and gives each
 * one's median per-round ratio to the baseline with its min–max spread.
 */
export async function compare(options: CompareOptions): Promise<Comparison> {
  const names = Object.keys(options.contenders);
  if (!names.includes(options.baseline)) throw new Error(`baseline ${options.baseline} is not a contender`);
  const rounds = options.rounds ?? Number(process.env['BENCH_ROUNDS'] ?? 7);
  const warmup = options.warmup ?? 1;
  for (let w = 0; w < warmup; w++) {
    const results: Record<string, unknown> = {};
    for (const name of names) results[name] = (await timeOne(options.contenders[name] as Run)).result;
    if (w === 0) options.check?.(results);
  }
  const runs: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    // Rotate: round r starts with contender r mod n, so none always runs first (or last).
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length] as string;
      (runs[name] as number[]).push((await timeOne(options.contenders[name] as Run)).ms);
    }
  }
  const base = runs[options.baseline] as number[];
  const results = names.map((name): ContenderResult => {
    const own = runs[name] as number[];
    const ratios = own.map((ms, r) => ms / (base[r] as number));
    return { name, medianMs: medianOf(own), ratio: { median: medianOf(ratios), min: Math.min(...ratios), max: Math.max(...ratios) }, runsMs: own };
  });
  return { baseline: options.baseline, rounds, gc: canCollect, results };
}

/** `1.23× (1.10–1.41)`: a ratio with its spread. */
export function formatRatio(r: { median: number; min: number; max: number }): string {
  return `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
}

/** Prints a comparison as a table: median time, and the ratio to the baseline with its spread. */
export function printComparison(c: Comparison, title?: string): void {
  if (title !== undefined) console.log(title);
  console.log(`${c.rounds} interleaved rounds, order rotated, ${c.gc ? 'GC before each run' : 'NO GC between runs (run with node --expose-gc)'}; ratio = median of per-round ratios to “${c.baseline}” (min–max)`);
  const width = Math.max(...c.results.map((r) => r.name.length), 10) + 2;
  console.log(`${'contender'.padEnd(width)}${'median'.padStart(11)}  ratio to baseline`);
  for (const r of c.results) {
    console.log(`${r.name.padEnd(width)}${`${r.medianMs.toFixed(r.medianMs < 10 ? 2 : 0)} ms`.padStart(11)}  ${formatRatio(r.ratio)}`);
  }
}

/** The figures of one contender by name. */
export function resultOf(c: Comparison, name: string): ContenderResult {
  const r = c.results.find((x) => x.name === name);
  if (r === undefined) throw new Error(`no contender ${name}`);
  return r;
}

/** Prints `target … met/MISSED` for a contender's median ratio. */
export function printTarget(c: Comparison, name: string, max: number, against = c.baseline): void {
  const r = resultOf(c, name);
  const base = resultOf(c, against);
  // Against another contender than the baseline: the ratio of the two per-round ratios.
  const ratios = r.runsMs.map((ms, i) => ms / (base.runsMs[i] as number));
  const ratio = { median: medianOf(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
  console.log(`target: ${name} ≤ ${max}× ${against}: ${formatRatio(ratio)} — ${ratio.median <= max ? 'met' : 'MISSED'}`);
}

/**
 * Median wall time of `fn` over `runs` runs, after `warmup` unmeasured runs, in milliseconds
 * (GC before each run when exposed). For one contender alone; prefer {@link compare}.
 */
export function median(fn: () => unknown, runs = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return medianOf(times);
}
