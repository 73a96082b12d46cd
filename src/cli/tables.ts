// Writing a table where the user asked: a file (.csv, .xlsx, .json by its extension) or stdout.
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { writeCsv, writeXlsx, type TableRow } from '../files/index.js';
import type { CliIo } from './io.js';

/** The format of an output file, from its extension (CSV when none is given). @internal */
export function formatOf(out: string | undefined, json: boolean): 'csv' | 'xlsx' | 'json' {
  if (json) return 'json';
  const ext = out === undefined ? '' : extname(out).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.json' ? 'json' : 'csv';
}

/** Writes sheets of rows to `out` (or stdout): xlsx holds every sheet, CSV and JSON the first (the commands give several sheets only for xlsx). @internal */
export async function writeTables(sheets: { name: string; rows: TableRow[]; columns?: string[] }[], out: string | undefined, json: boolean, io: CliIo): Promise<void> {
  const format = formatOf(out, json);
  let data: string | Uint8Array;
  const first = sheets[0] as { rows: TableRow[]; columns?: string[] };
  if (format === 'xlsx') data = writeXlsx(sheets);
  else if (format === 'json') data = `${JSON.stringify(first.rows, null, 2)}\n`;
  else {
    data = writeCsv(first.rows, { ...(first.columns === undefined ? {} : { columns: first.columns }), bom: out !== undefined });
  }
  // xlsx comes only from an --out file name ending in .xlsx, so stdout only ever gets text.
  if (out === undefined) io.stdout.write(data as string);
  else await writeFile(out, data);
}
