// Timing for the benchmarks: the median of several runs after warm-up, in milliseconds.

/** Median wall time of `fn` over `runs` runs, after `warmup` unmeasured runs. */
export function median(fn: () => unknown, runs = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}
