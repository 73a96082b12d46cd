import * as z from 'zod/mini';
import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import { fail, formatPath } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { columnsOf, columnsSchema, tableRowsSchema, type TableCell, type TableRow } from './cells.js';
import { pure } from '../core/pure.js';

/** One sheet of a workbook for {@link writeXlsx}. */
export interface XlsxSheet {
  /** The sheet's name: 1–31 characters, none of `[ ] : * ? / \`, unique in the workbook. */
  name: string;
  /** The rows, column name → cell. */
  rows: readonly TableRow[];
  /** The columns, in order (default: every key of the rows, in order of first appearance). */
  columns?: readonly string[];
}

const sheetsSchema = /* @__PURE__ */ pure(() => z.array(
  z.object({
    name: z.string().check(
      z.minLength(1),
      z.maxLength(31),
      z.refine((n) => !/[[\]:*?/\\]/.test(n), { error: 'a sheet name cannot hold [ ] : * ? / \\' }),
    ),
    rows: tableRowsSchema,
    columns: columnsSchema,
  }),
));

/** A cell as a typed worksheet cell: numbers (and Decimals) as numbers, text always as text — never a formula. */
function xlsxCell(cell: TableCell): CellObject | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'string') return { t: 's', v: cell };
  if (typeof cell === 'number') return { t: 'n', v: cell };
  if (typeof cell === 'boolean') return { t: 'b', v: cell };
  // Money: shown to the fen (a Decimal does not keep trailing zeros), or to its own decimals if finer.
  const places = Math.max(2, cell.decimalPlaces());
  return { t: 'n', v: cell.toNumber(), z: `0.${'0'.repeat(places)}` };
}

function sheetOf(rows: readonly TableRow[], columns: readonly string[]): WorkSheet {
  const ws: WorkSheet = {};
  columns.forEach((c, j) => {
    ws[utils.encode_cell({ r: 0, c: j })] = { t: 's', v: c };
  });
  rows.forEach((row, i) => {
    columns.forEach((c, j) => {
      const cell = xlsxCell(Object.hasOwn(row, c) ? row[c] : undefined);
      if (cell !== undefined) ws[utils.encode_cell({ r: i + 1, c: j })] = cell;
    });
  });
  ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: Math.max(columns.length - 1, 0) } });
  return ws;
}

/**
 * Writes tables as an `.xlsx` workbook (through SheetJS), one sheet per table, and returns its
 * bytes — pure, so it runs in a browser as in Node (save them with `fs.writeFile` or a download).
 * Text is written as text cells, never as formulas, so a name starting with `=` stays text;
 * numbers as numbers; a `Decimal` as a number shown to the fen (`0.00`), or to its own decimals
 * when finer. The first row of each sheet holds the column names.
 *
 * @param sheets - `{ name, rows, columns? }` per sheet.
 * @returns the workbook's bytes.
 * @throws StoreOpsError `INVALID_INPUT` for a bad sheet name (or one given twice), no sheets, or a
 *   bad cell (path `[sheet].rows[row].column`).
 * @example
 * ```ts
 * import { writeXlsx } from 'storeops/files';
 * const bytes = writeXlsx([{ name: '联赛', rows: [{ 店铺: '=A1', 达成率: 0.9 }] }]);
 * [bytes[0], bytes[1]] //=> [0x50, 0x4b]
 * writeXlsx([{ name: 'a/b', rows: [] }]) //=> throws INVALID_INPUT
 * ```
 */
export function writeXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  const list = parseInput(sheetsSchema, sheets);
  if (list.length === 0) fail('INVALID_INPUT', '', 'a workbook needs at least one sheet');
  const wb = utils.book_new();
  const names = new Set<string>();
  list.forEach((s, i) => {
    const key = s.name.toLowerCase();
    if (names.has(key)) fail('INVALID_INPUT', formatPath([i, 'name']), `sheet name ${JSON.stringify(s.name)} is given twice`);
    names.add(key);
    utils.book_append_sheet(wb, sheetOf(s.rows, columnsOf(s.rows, s.columns)), s.name);
  });
  const out: unknown = write(wb, { type: 'array', bookType: 'xlsx', compression: true });
  return new Uint8Array(out as ArrayBuffer);
}
