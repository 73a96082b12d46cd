import * as z from 'zod/mini';
import type { Decimal } from '../core/decimal.js';
import { isDecimal } from '../core/money.js';

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
export const tableCellSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.string(),
  /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.refine(Number.isFinite, { error: 'expected a finite number' })),
  /* @__PURE__ */ z.boolean(),
  /* @__PURE__ */ z.null(),
  /* @__PURE__ */ z.undefined(),
  /* @__PURE__ */ z.custom<Decimal>(isFiniteDecimal, { error: 'expected a finite Decimal' }),
]);

/** zod schema of table rows. @internal */
export const tableRowsSchema = /* @__PURE__ */ z.array(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), tableCellSchema));

/** zod schema of a column list. @internal */
export const columnsSchema = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string()));

/** The columns of a table: the given ones, or every key in order of first appearance. @internal */
export function columnsOf(rows: readonly TableRow[], columns: readonly string[] | undefined): string[] {
  if (columns !== undefined) return [...columns];
  const seen = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) seen.add(k);
  return [...seen];
}
