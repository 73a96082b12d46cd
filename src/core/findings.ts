import type { Advice, Check } from './checks.js';
import type { Decimal } from './decimal.js';
import type { MessageParams } from './i18n.js';

/**
 * How urgent a finding is: `critical` (act today: money is being lost now), `warning` (act
 * this week), `info` (worth knowing).
 */
export type FindingSeverity = 'critical' | 'warning' | 'info';

/**
 * The team function a finding belongs to (DOMAIN.md §1: each driver belongs to a team).
 * @see DOMAIN.md §1
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
 * Orders findings for a reader: by severity (critical first), then by money at stake (largest
 * first; unknown money last), then by subject. Use it with `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * import { compareFindings, toDecimal } from 'storeops/core';
 * const f = (severity, money) => ({ area: 'stock', code: 'X', severity, owner: 'operations', subject: null, message: '', params: {}, moneyAtStake: money === null ? null : toDecimal(money), checks: [], advice: [] });
 * [f('info', 900), f('critical', 10), f('critical', 500), f('critical', null)].sort(compareFindings).map((x) => x.moneyAtStake?.toNumber() ?? null) //=> [500, 10, null, 900]
 * ```
 */
export function compareFindings(a: ModuleFinding, b: ModuleFinding): number {
  const bySeverity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const ma = a.moneyAtStake;
  const mb = b.moneyAtStake;
  if (ma !== null && mb !== null) {
    const c = mb.comparedTo(ma);
    if (c !== 0) return c;
  } else if (ma !== null) return -1;
  else if (mb !== null) return 1;
  const sa = a.subject ?? '';
  const sb = b.subject ?? '';
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
