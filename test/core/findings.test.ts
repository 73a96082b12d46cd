import { describe, expect, it } from 'vitest';
import { compareFindings, toDecimal, type ModuleFinding } from '../../src/core/internal.js';

const finding = (severity: ModuleFinding['severity'], money: number | null, subject: string | null = null): ModuleFinding => ({
  area: 'stock',
  code: 'X',
  severity,
  owner: 'merchandising',
  subject,
  message: '',
  params: {},
  moneyAtStake: money === null ? null : toDecimal(money),
  checks: [],
  advice: [],
});

describe('compareFindings', () => {
  it('orders by severity, then money at stake (unknown last), then subject', () => {
    const list = [
      finding('info', 1000, 'a'),
      finding('warning', null, 'b'),
      finding('warning', 20, 'c'),
      finding('critical', 5, 'd'),
      finding('warning', 20, 'a'),
      finding('warning', null, 'a'),
    ];
    const sorted = [...list].sort(compareFindings).map((f) => `${f.severity}:${f.moneyAtStake?.toString() ?? '-'}:${f.subject}`);
    expect(sorted).toEqual(['critical:5:d', 'warning:20:a', 'warning:20:c', 'warning:-:a', 'warning:-:b', 'info:1000:a']);
  });

  it('treats a missing subject as the store (sorted first) and equal findings as equal', () => {
    expect(compareFindings(finding('info', 1, null), finding('info', 1, 'x'))).toBeLessThan(0);
    expect(compareFindings(finding('info', 1, 'x'), finding('info', 1, null))).toBeGreaterThan(0);
    expect(compareFindings(finding('info', 1, 'x'), finding('info', 1, 'x'))).toBe(0);
  });
});
