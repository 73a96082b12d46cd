// A small CSV reader and writer for the examples (RFC 4180: quoted fields, doubled quotes,
// commas and line breaks inside quotes, CRLF or LF, a UTF-8 BOM). The library itself reads
// rows, not files: this is the caller's side, shown once.
import { readFileSync, writeFileSync } from 'node:fs';

/** Parses CSV text into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Reads a CSV file with a header line into objects keyed by header (what `parseSycmRows` takes). */
export function readCsvObjects(path: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(readFileSync(path, 'utf8'));
  if (header === undefined) return [];
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

function quote(cell: string | number): string {
  const s = String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes rows (the first is the header) as CSV with LF line ends. */
export function writeCsv(path: string, rows: readonly (readonly (string | number)[])[]): void {
  writeFileSync(path, `${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`);
}
