import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSycmRows } from 'storeops/adapters';

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

describe('parseSycmRows properties', () => {
  it('formatting a count with separators, then parsing, gives the count back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const r = parseSycmRows([{ 统计日期: '2026-10-31', 访客数: group(n) }]);
        expect(r.rows[0]?.visitors).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('a percentage with two decimals parses to the nearest double of its basis points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (bp) => {
        const r = parseSycmRows([{ 统计日期: '2026-10-31', 支付转化率: `${(bp / 100).toFixed(2)}%` }]);
        expect(r.rows[0]?.conversionRate).toBe(Number(`${bp}e-4`));
      }),
      { numRuns: 200 },
    );
  });

  it('money in fen formatted with separators parses to the exact decimal string', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (fen) => {
        const text = `¥${group(Math.floor(fen / 100))}.${String(fen % 100).padStart(2, '0')}`;
        const r = parseSycmRows([{ 统计日期: '2026-10-31', 支付金额: text }]);
        expect(r.rows[0]?.paidAmount).toBe(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);
      }),
      { numRuns: 200 },
    );
  });

  it('every input row is either in rows or named by an error, never both', () => {
    const cell = fc.oneof(fc.constant('-'), fc.constant(''), fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 5000 }).map(String), fc.double().map(String), fc.constant('3.2%'));
    const row = fc.oneof(
      fc.record({ 统计日期: fc.oneof(fc.constant('2026-10-31'), fc.constant('2026-02-30'), fc.string({ maxLength: 10 })), 访客数: cell, 支付转化率: cell, 支付金额: cell, 备注: cell }, { requiredKeys: [] }),
      fc.constant(null),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        // The kind is told from the headers of the first 20 records: when they have headers but
        // none storeops knows (only 备注), the whole call is refused, not read as some kind.
        const headers = new Set(rows.filter((x): x is Record<string, string> => x !== null && typeof x === 'object').slice(0, 20).flatMap((x) => Object.keys(x)));
        if (headers.size > 0 && [...headers].every((h) => h === '备注')) {
          expect(() => parseSycmRows(rows as never)).toThrow(expect.objectContaining({ code: 'AMBIGUOUS_KIND' }));
          return;
        }
        const r = parseSycmRows(rows as never);
        const good = new Set(r.rows.map((x) => x.index));
        const bad = new Set(r.errors.map((e) => e.row));
        expect(good.size + bad.size).toBe(rows.length);
        for (const i of good) expect(bad.has(i)).toBe(false);
        expect(r.leftOut).toBe(bad.size);
        for (const x of r.rows) {
          for (const v of [x.visitors, x.conversionRate]) if (v !== undefined) expect(Number.isFinite(v) && v >= 0).toBe(true);
          if (x.conversionRate !== undefined) expect(x.conversionRate).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
