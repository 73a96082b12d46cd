import { formatNumber } from '../../core/i18n.js';
import { addFinding, type BriefContext } from '../context.js';

/**
 * What the data could not say: rows the adapters left out (bad cells; the brief runs on the good
 * rows and says how many were left out) and traffic sources the adapter could not place in a
 * category (counted as `other`: named, never folded in silently). @internal
 */
export function dataArea(ctx: BriefContext): void {
  const unplaced = [...new Set(ctx.input.sources.filter((s) => s.unplaced === true).map((s) => (s.sourcePath === undefined || s.sourcePath.length === 0 ? s.source : s.sourcePath.join('/'))))];
  if (unplaced.length > 0) {
    addFinding(ctx, {
      area: 'data',
      code: 'DATA_UNPLACED_SOURCES',
      severity: 'warning',
      owner: 'operations',
      params: { count: formatNumber(unplaced.length, 0), sources: unplaced.join(', ') },
      numbers: { count: unplaced.length, sources: unplaced.join('\n') },
    });
  }
  const leftOut = (ctx.input.leftOut ?? []).filter((l) => l.rows > 0);
  const rows = leftOut.reduce((s, l) => s + l.rows, 0);
  if (rows === 0) return;
  addFinding(ctx, {
    area: 'data',
    code: 'DATA_ROWS_LEFT_OUT',
    severity: 'warning',
    owner: 'operations',
    params: { rows: formatNumber(rows, 0), exports: leftOut.map((l) => `${l.export} ${formatNumber(l.rows, 0)}`).join(', ') },
    numbers: { rows, ...Object.fromEntries(leftOut.map((l) => [l.export, l.rows])) },
  });
}
