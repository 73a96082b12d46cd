// Regressions found by fuzzing the public surface (test/fuzz).
import { describe, expect, it } from 'vitest';
import { errorAt } from '../helpers.js';
import { parseSycmRows, sycmSourceCategory } from 'storeops/adapters';

describe('sycmSourceCategory', () => {
  it('rejects a level that is not a string (it threw TypeError: level1?.trim is not a function)', () => {
    expect(errorAt(() => sycmSourceCategory(0 as never))).toEqual({ code: 'INVALID_INPUT', path: 'level1' });
    expect(errorAt(() => sycmSourceCategory('淘内免费', 7 as never))).toEqual({ code: 'INVALID_INPUT', path: 'level2' });
  });
  it('still maps the 生意参谋 names (淘内免费 → natural, an unknown name → other)', () => {
    expect(sycmSourceCategory('淘内免费')).toBe('natural');
    expect(sycmSourceCategory(' 付费流量 ')).toBe('paid');
    expect(sycmSourceCategory('新渠道')).toBe('other');
  });
});

describe('parseSycmRows never throws for a bad row: it reports it', () => {
  it('an unknown column whose cell cannot be turned into text (TypeError before)', () => {
    const r = parseSycmRows([{ 统计日期: '2026-05-31', 访客数: '1,234', 备注: [{ toString: 'x' }] }] as never);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ visitors: 1234, extra: { 备注: 'array(1)' } });
  });
  it('a row whose getter or proxy throws (the getter\'s Error escaped before)', () => {
    const getter = Object.defineProperty({}, '访客数', { enumerable: true, get: () => { throw new Error('getter'); } });
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('keys'); } });
    const r = parseSycmRows([getter, hostile, { 统计日期: '2026-05-31', 访客数: '12' }] as never);
    expect(r.errors.map((e) => e.row)).toEqual([0, 1]);
    expect(r.errors[0]?.message).toBe('could not be read (a getter or proxy threw)');
    expect(r.rows).toHaveLength(1);
  });
});

describe('parseSycmRows stays fast on hostile cells', () => {
  it('a 200,000-character date cell or header is an error or an unknown column within milliseconds, not a regex blow-up', () => {
    const t = performance.now();
    const r = parseSycmRows([{ 统计日期: `1${' '.repeat(200_000)}x`, 访客数: '1' }, { 统计日期: '2026-05-31', 访客数: '1', [`访${' '.repeat(200_000)}x`]: '1' }]);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[0, '统计日期']]);
    expect(r.rows).toHaveLength(1);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
