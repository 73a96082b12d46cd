import { describe, expect, it } from 'vitest';
import { funnelQuery } from 'storeops/sql';
import { errorOf } from '../helpers.js';

describe('funnelQuery: where filters at the edges', () => {
  it('a range with only its end: one <= condition, its value bound', () => {
    const q = funnelQuery({ table: 't', groupBy: ['store'], where: { day: { to: '2026-11-30' } } });
    expect(q.sql).toContain('WHERE "day" <= $1 GROUP BY');
    expect(q.params).toEqual(['2026-11-30']);
  });

  it('a value that is not finite is refused by the schema at its filter, never bound', () => {
    for (const bad of [Number.POSITIVE_INFINITY, Number.NaN]) {
      const e = errorOf(() => funnelQuery({ table: 't', groupBy: ['store'], where: { visitors: bad } }));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]?.path).toMatch(/^where\.visitors/);
    }
  });
});
