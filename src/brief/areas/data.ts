import { formatNumber } from '../../core/i18n.js';
import { addFinding, type BriefContext } from '../context.js';

/** Rows the adapters left out (bad cells): the brief runs on the good rows and says how many were left out. @internal */
export function dataArea(ctx: BriefContext): void {
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
