// Regressions found by fuzzing the public surface (test/fuzz).
import { describe, expect, it } from 'vitest';
import { errorAt } from '../helpers.js';
import { toDecimal } from 'storeops/core';
import { compareByMoneyAtStake } from 'storeops/brief';


const finding = (money: unknown, severity: unknown = 'warning', subject: unknown = null) =>
  ({ area: 'x', code: 'X', severity, owner: 'operations', subject, message: '', params: {}, numbers: {}, moneyAtStake: money, checks: [], advice: [] }) as never;

describe('compareByMoneyAtStake validates what it compares', () => {
  it('rejects a missing finding (TypeError before) and a "__proto__" severity (NaN before)', () => {
    expect(errorAt(() => compareByMoneyAtStake(undefined as never, finding(null)))).toEqual({ code: 'INVALID_INPUT', path: 'a' });
    expect(errorAt(() => compareByMoneyAtStake(finding(null), finding(null, '__proto__')))).toEqual({ code: 'INVALID_INPUT', path: 'b.severity' });
    expect(errorAt(() => compareByMoneyAtStake(finding('12'), finding(null)))).toEqual({ code: 'INVALID_INPUT', path: 'a.moneyAtStake' });
  });
  it('still orders by money at stake (largest first, by size), then severity, then subject', () => {
    const list = [finding(toDecimal(10)), finding(null, 'info', 'b'), finding(toDecimal(-900)), finding(null, 'critical'), finding(null, 'info', 'a')];
    const sorted = (list as { severity: string; moneyAtStake: { toString(): string } | null; subject: string | null }[]).sort(compareByMoneyAtStake as never);
    expect(sorted.map((f) => f.moneyAtStake?.toString() ?? `${f.severity} ${f.subject}`)).toEqual(['-900', '10', 'critical null', 'info a', 'info b']);
  });
});
