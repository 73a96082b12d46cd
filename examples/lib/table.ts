// The examples' own tables (plan, products, DSR, sample weeks) are plain UTF-8 CSV with a header
// line, read with csv-parse. The platform's downloads are read with `readExport` instead.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** Reads a CSV file with a header line into objects keyed by header. */
export function readTable(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}
