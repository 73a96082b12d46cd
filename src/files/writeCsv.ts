import * as z from 'zod/mini';
import { parseInput } from '../core/validate.js';
import { columnsOf, columnsSchema, tableRowsSchema, type TableCell, type TableRow } from './cells.js';
import { pure } from '../core/pure.js';

/** Options of {@link writeCsv}. */
export interface WriteCsvOptions {
  /** The columns, in order (default: every key of the rows, in order of first appearance). */
  columns?: readonly string[];
  /** Start with a UTF-8 byte-order mark, so Excel opens Chinese text correctly (default `false`). */
  bom?: boolean;
}

const optionsSchema = /* @__PURE__ */ pure(() => z.strictObject({ columns: columnsSchema, bom: z.optional(z.boolean()) }));

/** A number written as digits: never a formula, so it is left as it is (`-800.00` stays a number). */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
/** First characters a spreadsheet reads as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text: formula-like text prefixed with `'`, and quoted when it holds a comma, quote, line break or that prefix. */
function csvCell(cell: TableCell): string {
  if (cell === null || cell === undefined) return '';
  let text = typeof cell === 'string' ? cell : typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : cell.toFixed(Math.max(2, cell.decimalPlaces()));
  let quote = /[",\r\n]/.test(text);
  if (typeof cell === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) {
    text = `'${text}`;
    quote = true;
  }
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV text (RFC 4180: comma-separated, CRLF line ends, a header line), safe to open
 * in a spreadsheet: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * prefixed with `'` and quoted, as OWASP recommends against CSV (formula) injection, so a product
 * named `=HYPERLINK(…)` opens as text; plain numbers such as `-800.00` are left as numbers.
 * A `Decimal` (money) is written to the fen (`7200.50`), or to its own decimals when finer;
 * `null`/`undefined` as an empty cell.
 *
 * @param rows - the rows, column name → cell.
 * @param options - `columns` (order and choice), `bom` (a UTF-8 BOM for Excel).
 * @returns the CSV text.
 * @throws StoreOpsError `INVALID_INPUT` for a cell that is not text, a finite number, a boolean,
 *   a Decimal or empty (path `[row].column`); `INVALID_OPTIONS` for bad options.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 * @example
 * ```ts
 * import { writeCsv } from 'storeops/files';
 * writeCsv([{ 商品: '=1+2', 金额: '-800.00', 备注: 'a,b' }]) //=> '商品,金额,备注\r\n"\'=1+2",-800.00,"a,b"\r\n'
 * writeCsv([{ a: 1 }, { b: null }], { columns: ['b', 'a'] }) //=> 'b,a\r\n,1\r\n,\r\n'
 * writeCsv([{ a: Number.NaN }]) //=> throws INVALID_INPUT
 * ```
 */
export function writeCsv(rows: readonly TableRow[], options: WriteCsvOptions = {}): string {
  const table = parseInput(tableRowsSchema, rows);
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const columns = columnsOf(table, opts.columns);
  const lines = [columns.map(csvCell).join(',')];
  for (const row of table) lines.push(columns.map((c) => csvCell(Object.hasOwn(row, c) ? row[c] : undefined)).join(','));
  return `${opts.bom === true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
