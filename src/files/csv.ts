import { parse } from '#csv-parse-sync';
import { describeValue, fail } from '../core/errors.js';
import type { Grid, GridCell } from './grid.js';
import { FILE_LIMITS } from './limits.js';

/** The delimiter of a CSV text: a tab when its first lines hold more tabs than commas (Excel's "Unicode text"). */
function sniffDelimiter(text: string): ',' | '\t' {
  const head = text.slice(0, 16384);
  let commas = 0;
  let tabs = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 44) commas++;
    else if (c === 9) tabs++;
  }
  return tabs > commas ? '\t' : ',';
}

/**
 * Reads CSV text into rows of text cells with csv-parse (its sync browser build, which runs in
 * Node too): quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF, rows of any
 * length (title lines are one cell wide). Reads at most {@link FILE_LIMITS}`.maxRows` + 1 rows,
 * so an over-long file is refused without reading it all. @internal
 */
export function csvGrid(text: string): Grid {
  const delimiter = sniffDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
      to: FILE_LIMITS.maxRows + 1,
    }) as string[][];
  } catch (e) {
    const reason = e instanceof Error ? e.message : describeValue(e);
    const line = (e as { lines?: unknown } | null)?.lines;
    return fail('FILE_CORRUPT', typeof line === 'number' ? `line ${line}` : '', `the CSV could not be read${typeof line === 'number' ? ` at line ${line}` : ''} (${reason.slice(0, 160)})`, {
      expected: 'CSV text',
      received: reason.slice(0, 120),
    });
  }
  if (records.length > FILE_LIMITS.maxRows) {
    fail('FILE_TOO_MANY_ROWS', '', `the CSV has more than ${FILE_LIMITS.maxRows.toLocaleString('en')} rows: export a shorter period or split the file`, { expected: `at most ${FILE_LIMITS.maxRows} rows` });
  }
  let cells = 0;
  for (const r of records) cells += r.length;
  if (cells > FILE_LIMITS.maxCells) {
    fail('FILE_TOO_MANY_ROWS', '', `the CSV has more than ${FILE_LIMITS.maxCells.toLocaleString('en')} cells: export a shorter period or split the file`, { expected: `at most ${FILE_LIMITS.maxCells} cells` });
  }
  return { rows: records as GridCell[][], mergedCells: 0, errorCells: 0, dateCells: 0 };
}
