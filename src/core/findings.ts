import type { Advice, Check } from './checks.js';
import { toDecimal, type Decimal } from './decimal.js';
import { expected, readFields } from './errors.js';
import { isDecimal, isMoneyInput } from './money.js';
import type { MessageParams } from './i18n.js';

/**
 * How urgent a finding is: `critical` (act today: money is being lost now), `warning` (act
 * this week), `info` (worth knowing).
 */
export type FindingSeverity = 'critical' | 'warning' | 'info';

/**
 * The team function a finding belongs to ([domain reference §1](../../docs/domain.en.md#1-the-operating-loop): each driver belongs to a team).
 * @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop)
 */
export type FindingOwner = 'operations' | 'promotion' | 'design' | 'service' | 'merchandising';

/**
 * A finding produced by a module for the daily brief: what, how urgent, whose job, the money at
 * stake and the evidence (checks) behind it. Messages are rendered in the requested locale.
 */
export interface ModuleFinding {
  /** The module that found it, e.g. `'service'`, `'stock'`, `'members'`. */
  area: string;
  /** Stable message code of the finding. */
  code: string;
  /** How urgent. */
  severity: FindingSeverity;
  /** Whose job it is. */
  owner: FindingOwner;
  /** What it is about (an agent id, a product id), or `null` for the whole store. */
  subject: string | null;
  /** The rendered message. */
  message: string;
  /** The values interpolated into the message. */
  params: MessageParams;
  /** Money at stake in yuan (revenue to win, sales to lose, cash tied up), or `null` when not meaningful or not known. */
  moneyAtStake: Decimal | null;
  /** The checks that support the finding. */
  checks: Check[];
  /** What to do. */
  advice: Advice[];
}

const SEVERITY_ORDER: Readonly<Record<FindingSeverity, number>> = { critical: 0, warning: 1, info: 2 };

/**
 * The one order of findings, for every module and the daily brief: by severity (critical, then
 * warning, then info); within a severity by money at stake, largest amount first (by size, so
 * a shortfall of ¥800 written −800 weighs as 800) and findings without an amount last; then by
 * area and subject, so the order is stable. Use it with `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * import { compareFindings, toDecimal } from 'storeops/core';
 * const f = (severity, money) => ({ area: 'stock', code: 'X', severity, owner: 'operations', subject: null, message: '', params: {}, moneyAtStake: money === null ? null : toDecimal(money), checks: [], advice: [] });
 * [f('info', 900), f('critical', 10), f('critical', 500), f('critical', null)].sort(compareFindings).map((x) => x.moneyAtStake?.toNumber() ?? null) //=> [500, 10, null, 900]
 * ```
 */
export function compareFindings(a: ModuleFinding, b: ModuleFinding): number {
  const fa = findingSortKeys(a, 'a');
  const fb = findingSortKeys(b, 'b');
  const bySeverity = fa.rank - fb.rank;
  if (bySeverity !== 0) return bySeverity;
  const ma = fa.money;
  const mb = fb.money;
  if (ma !== null && mb !== null) {
    const c = mb.abs().comparedTo(ma.abs());
    if (c !== 0) return c;
  } else if (ma !== null) return -1;
  else if (mb !== null) return 1;
  const ka = `${fa.area}\u0000${fa.subject}`;
  const kb = `${fb.area}\u0000${fb.subject}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Sorts findings in place in the order of {@link compareFindings}, reading and checking each
 * finding's sort keys once instead of once per comparison (thousands of stock findings). @internal
 */
export function sortFindings<F extends ModuleFinding>(findings: F[]): F[] {
  const keyed = findings.map((f, i) => {
    const k = findingSortKeys(f, `[${i}]`);
    const abs = k.money === null ? null : k.money.abs();
    return { f, rank: k.rank, abs, size: abs === null ? 0 : abs.toNumber(), tie: `${k.area}\u0000${k.subject}` };
  });
  keyed.sort(compareFindingKeys);
  for (let i = 0; i < keyed.length; i++) findings[i] = (keyed[i] as { f: F }).f;
  return findings;
}

/**
 * A finding's sort keys, made once: its severity's rank, the size of its money at stake (`abs`,
 * `null` for none, and `size`, the same as a number) and its tie text (area, then subject).
 * @internal
 */
export interface FindingKeys {
  rank: number;
  abs: Decimal | null;
  size: number;
  tie: string;
}

/**
 * The order of {@link compareFindings} on keys made once per finding: severity, then money at
 * stake by size (none last), then area and subject. @internal
 */
export function compareFindingKeys(a: FindingKeys, b: FindingKeys): number {
  const bySeverity = a.rank - b.rank;
  if (bySeverity !== 0) return bySeverity;
  if (a.abs !== null && b.abs !== null) {
    // Rounding to a number keeps order: different numbers order the amounts; equal ones are compared exactly.
    const c = b.size > a.size ? 1 : b.size < a.size ? -1 : b.abs.comparedTo(a.abs);
    if (c !== 0) return c;
  } else if (a.abs !== null) return -1;
  else if (b.abs !== null) return 1;
  return a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0;
}

/**
 * The sort keys of a finding (a ModuleFinding or the brief's), validated: a bad argument throws
 * StoreOpsError at `path`, never TypeError, and no comparison can return NaN. @internal
 */
export function findingSortKeys(finding: unknown, path: string): { rank: number; money: Decimal | null; subject: string; area: string } {
  const f = readFields(finding, ['severity', 'moneyAtStake', 'subject', 'area'], path);
  const severity = f.severity as FindingSeverity;
  if (!Object.prototype.hasOwnProperty.call(SEVERITY_ORDER, severity)) expected(`${path}.severity`, '"critical", "warning" or "info"', severity);
  let money = f.moneyAtStake ?? null;
  let finite = false;
  try {
    finite = money === null || (isDecimal(money) && typeof (money as Decimal).comparedTo === 'function' && money.isFinite());
  } catch {
    // a Decimal look-alike whose methods throw
  }
  // A finding read back from JSON ("120.00") or from structuredClone ({ s, e, d }) sorts as the Decimal it was.
  if (!finite && money !== null && !isDecimal(money) && isMoneyInput(money)) {
    money = toDecimal(money);
    finite = true;
  }
  if (!finite) expected(`${path}.moneyAtStake`, 'a finite Decimal, money (a decimal string) or null', money);
  if (f.subject !== null && f.subject !== undefined && typeof f.subject !== 'string') expected(`${path}.subject`, 'a string or null', f.subject);
  const area = f.area ?? '';
  if (typeof area !== 'string') expected(`${path}.area`, 'a string', area);
  return { rank: SEVERITY_ORDER[severity], money: money as Decimal | null, subject: (f.subject as string | null | undefined) ?? '', area };
}
