// Regressions found by fuzzing the public surface (test/fuzz).
import { describe, expect, it } from 'vitest';
import { errorAt } from '../helpers.js';
import { compareFindings, toDecimal } from '../../src/core/internal.js';


const finding = (money: unknown, severity: unknown = 'warning', subject: unknown = null) =>
  ({ area: 'x', code: 'X', severity, owner: 'operations', subject, message: '', params: {}, numbers: {}, moneyAtStake: money, checks: [], advice: [] }) as never;

describe('compareFindings validates what it compares (brief findings too)', () => {
  it('rejects a missing finding (TypeError before) and a "__proto__" severity (NaN before)', () => {
    expect(errorAt(() => compareFindings(undefined as never, finding(null)))).toEqual({ code: 'INVALID_INPUT', path: 'a' });
    expect(errorAt(() => compareFindings(finding(null), finding(null, '__proto__')))).toEqual({ code: 'INVALID_INPUT', path: 'b.severity' });
    expect(errorAt(() => compareFindings(finding('12%'), finding(null)))).toEqual({ code: 'INVALID_INPUT', path: 'a.moneyAtStake' });
    // A finding read back from JSON ("12.00") or structuredClone ({ s, e, d }) compares as the amount it was (issue 12 item 6).
    expect(compareFindings(finding('12.00'), finding(JSON.parse(JSON.stringify(structuredClone(toDecimal(900))))))).toBe(1);
    expect(compareFindings(finding(structuredClone(toDecimal('900.5'))), finding('12.00'))).toBe(-1);
  });
  it('orders by severity, then money at stake (largest first, by size; none last), then subject', () => {
    const list = [finding(toDecimal(10)), finding(null, 'info', 'b'), finding(toDecimal(-900)), finding(null, 'critical'), finding(null, 'info', 'a')];
    const sorted = (list as { severity: string; moneyAtStake: { toString(): string } | null; subject: string | null }[]).sort(compareFindings as never);
    expect(sorted.map((f) => f.moneyAtStake?.toString() ?? `${f.severity} ${f.subject}`)).toEqual(['critical null', '-900', '10', 'info a', 'info b']);
  });
});
