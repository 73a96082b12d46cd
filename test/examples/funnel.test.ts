import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFunnelExample } from '../../examples/funnel.js';

// Independent figures, recomputed here from the CSV text with plain integer arithmetic.
const csv = readFileSync(fileURLToPath(new URL('../../examples/data/funnel-sources.csv', import.meta.url)), 'utf8').trim().split('\n').slice(1);
const cells = csv.map((line) => line.split(','));
const flagship = cells.filter((c) => c[1] === '旗舰店');
const sum = (rows: string[][], i: number) => rows.reduce((s, c) => s + Number(c[i]), 0);
const fen = (rows: string[][]) => rows.reduce((s, c) => s + Math.round(Number(c[8]) * 100), 0);

describe('examples/funnel.ts', () => {
  const ex = runFunnelExample('en');

  it('gives each store’s week funnel as ratios of the summed CSV columns', () => {
    const m = ex.weeks.get('旗舰店');
    expect(m?.conversionRate).toBe(sum(flagship, 5) / sum(flagship, 4));
    // Money per unit to the fen, half-up (issue 12 item 6): ⌊(2·fen + n) / 2n⌋ fen, in integers.
    const perUnit = (n: number) => {
      const q = (2n * BigInt(fen(flagship)) + BigInt(n)) / (2n * BigInt(n));
      return `${q / 100n}.${String(q % 100n).padStart(2, '0')}`;
    };
    expect(m?.aov?.toFixed(2)).toBe(perUnit(sum(flagship, 5)));
    expect(m?.aov?.decimalPlaces()).toBeLessThanOrEqual(2);
    expect(m?.revenuePerVisitor?.toFixed(2)).toBe(perUnit(sum(flagship, 4)));
    expect(ex.conversion.ofSums).toBe(sum(flagship, 5) / sum(flagship, 4));
    const sources = [...new Set(flagship.map((c) => c[2]))];
    const mean = sources.map((s) => flagship.filter((c) => c[2] === s)).reduce((acc, rows) => acc + sum(rows, 5) / sum(rows, 4), 0) / sources.length;
    expect(ex.conversion.meanOfSources).toBeCloseTo(mean, 12);
    expect(ex.conversion.meanOfSources).toBeGreaterThan(ex.conversion.ofSums as number);
  });

  it('flags the presale balance day of the second store and keeps it', () => {
    const odd = cells.filter((c) => Number(c[5]) > Number(c[4]));
    expect(odd).toHaveLength(1);
    expect(ex.flags[0]).toBe(`Buyers (${odd[0]?.[5]}) exceed visitors (${odd[0]?.[4]}): kept — possible on a presale balance-payment day; check the data`);
    const second = cells.filter((c) => c[1] === '专营店');
    expect(ex.weeks.get('专营店')?.paymentConversionRate).toBe(sum(second, 5) / sum(second, 4));
  });

  it('holds the flagship’s traffic mix against the seed norms', () => {
    const natural = sum(flagship.filter((c) => c[3] === 'natural'), 4) / sum(flagship, 4);
    expect(ex.traffic.categories[0]?.share).toBe(natural);
    expect(natural).toBeGreaterThanOrEqual(0.7);
    expect(ex.traffic.checks[0]?.status).toBe('pass');
    expect(ex.traffic.sources[0]?.source).toBe('购物车');
  });

  it('decides each keyword by domain reference §7 with break-even ROI 2.5', () => {
    // ROI 4522/1260 = 3.59 ≥ 3 → raise; 952/405 = 2.35 < 2.5 → lower; 900 impressions, no click, 7 days → delete;
    // 24 clicks, no sale, 8 days → delete; 1 day → observe; 595/210 = 2.83 → keep.
    expect(ex.keywords.map((k) => k.action)).toEqual(['raise', 'lower', 'delete', 'delete', 'observe', 'keep']);
  });

  it('runs as a script', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/funnel.ts', '--locale', 'en'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(out).toContain('法式 复古 裙: delete — 24 clicks in 8 days and no sale: delete the keyword');
    expect(runFunnelExample('zh-CN').keywords[3]?.why).toBe('8 天 24 次点击没有成交：删除该词');
  });
});
