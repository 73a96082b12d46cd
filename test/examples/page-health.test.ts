import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageInput, readPageWeek, weekVerdict } from '../../examples/page-health.js';

// Independent recomputation from the raw CSV text (plain arithmetic, not the library).
const lines = readFileSync(new URL('../../examples/data/page-health-week.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);
const col = (i: number) => lines.map((l) => Number(l.split(',')[i]));
const total = (i: number) => col(i).reduce((a, b) => a + b, 0);

describe('examples/page-health.ts over the sample week', () => {
  it('reads all seven days', () => {
    expect(readPageWeek().map((d) => d.date)).toEqual(['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15']);
  });

  it('judges the week on summed counts, not on averaged daily rates', () => {
    const week = weekVerdict(readPageWeek(), 'en');
    const bounce = total(4) / total(3); // bounces / sessions
    const meanOfDaily = col(4).reduce((s, b, i) => s + b / (col(3)[i] ?? 1), 0) / lines.length;
    expect(week.metrics.bounceRate).toBeCloseTo(bounce, 12);
    expect(bounce).toBeLessThan(0.7);
    // 双11 (73% bounce on 6,320 visits) weighs by its visits; a mean of daily rates would hide it.
    expect(meanOfDaily).toBeLessThan(bounce - 0.005);
    expect(week.metrics.pagesPerVisitor).toBeCloseTo(total(2) / total(1), 12);
    const lift = (total(6) / total(7)) / (total(8) / total(9));
    expect(week.metrics.aovLift).toBeCloseTo(lift, 10);
    expect(week.status).toBe('pass');
  });

  it('fails the boundary days: bounce exactly 70% on 11-12, depth exactly 2.5 on 11-10', () => {
    const days = readPageWeek();
    expect(weekVerdict([days[3]!], 'en').checks[0]).toMatchObject({ value: 0.7, status: 'fail' });
    expect(pageInput([days[1]!])).toMatchObject({ pageviews: 4400, visitors: 1760 });
    expect(weekVerdict([days[1]!], 'en').checks[1]).toMatchObject({ value: 2.5, status: 'fail' });
  });
});
