import * as z from 'zod/mini';
import type { Decimal } from '../core/decimal.js';
import { isDecimal } from '../core/money.js';
import { pure } from '../core/pure.js';

/** A cell a writer takes: text, a finite number, a boolean, a `Decimal` (written as its digits) or empty (`null`/`undefined`). */
export type TableCell = string | number | boolean | Decimal | null | undefined;

/** A table row: column name → cell. */
export type TableRow = Readonly<Record<string, TableCell>>;

function isFiniteDecimal(value: unknown): boolean {
  try {
    return isDecimal(value) && (value as Decimal).isFinite() && typeof (value as Decimal).toString() === 'string';
  } catch {
    return false;
  }
}

/** zod schema of a table cell: NaN and Infinity are refused (they are not values). @internal */
export const tableCellSchema = /* @__PURE__ */ pure(() => z.union([
  z.string(),
  z.number().check(z.refine(Number.isFinite, { error: 'expected a finite number' })),
  z.boolean(),
  z.null(),
  z.undefined(),
  z.custom<Decimal>(isFiniteDecimal, { error: 'expected a finite Decimal' }),
]));

/** zod schema of table rows. @internal */
export const tableRowsSchema = /* @__PURE__ */ pure(() => z.array(z.record(z.string(), tableCellSchema)));

/** zod schema of a column list. @internal */
export const columnsSchema = /* @__PURE__ */ pure(() => z.optional(z.array(z.string())));

/** The columns of a table: the given ones, or every key in order of first appearance. @internal */
export function columnsOf(rows: readonly TableRow[], columns: readonly string[] | undefined): string[] {
  if (columns !== undefined) return [...columns];
  const seen = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) seen.add(k);
  return [...seen];
}
