import { formatPath } from '../core/errors.js';
import { formatNumber, renderMessage, type Locale, type MessageCatalog } from '../core/i18n.js';
import { PLAUSIBILITY_RULES, type FunnelFlag } from './counts.js';
import { labelParams } from './messages.js';

/** Makes a {@link FunnelFlag}. @internal */
export function makeFlag(
  code: string,
  path: readonly PropertyKey[],
  params: Record<string, string | number>,
  locale: Locale,
  catalogs: readonly MessageCatalog[],
): FunnelFlag {
  return { code, path: formatPath(path), message: renderMessage(code, locale, params, catalogs), params };
}

/**
 * Flags of counts that are implausible but possible (kept, not rejected): buyers above
 * visitors, clicks above impressions, refunds above the paid amount …
 *
 * @param v - the counts.
 * @param refunds - the formatted refund and paid amounts when refunds exceed the paid amount, else `null`.
 * @param prefix - path segments before the field (a row index in batches).
 * @internal
 */
export function plausibilityFlags(
  v: Readonly<Record<string, unknown>>,
  refunds: { value: string; baseValue: string } | null,
  prefix: readonly PropertyKey[],
  locale: Locale,
  catalogs: readonly MessageCatalog[],
): FunnelFlag[] {
  const flags: FunnelFlag[] = [];
  for (const [field, base] of PLAUSIBILITY_RULES) {
    const c = v[field];
    const b = v[base];
    if (typeof c === 'number' && typeof b === 'number' && c > b) {
      const params = { value: formatNumber(c, 0), baseValue: formatNumber(b, 0), ...labelParams('field', field), ...labelParams('base', base) };
      const code = field === 'buyers' ? 'BUYERS_EXCEED_VISITORS' : 'COUNT_EXCEEDS_BASE';
      flags.push(makeFlag(code, [...prefix, field], params, locale, catalogs));
    }
  }
  if (refunds !== null) flags.push(makeFlag('REFUNDS_EXCEED_PAID', [...prefix, 'refundAmount'], refunds, locale, catalogs));
  return flags;
}
