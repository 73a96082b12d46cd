import { read, SSF, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { describeValue, fail } from '../core/errors.js';
import { dayNumberOf, fromDayNumber } from '../core/dates.js';
import type { Grid, GridCell } from './grid.js';
import { FILE_LIMITS } from './limits.js';

/** A workbook opened with SheetJS: its sheet names and a reader per sheet. @internal */
export interface OpenWorkbook {
  sheetNames: string[];
  grid(name: string): Grid;
  /** The first rows of a sheet as text, for finding its header without converting it all. */
  head(name: string, rows: number): GridCell[][];
}

/** Opens a workbook (BIFF .xls, .xlsx, HTML or SpreadsheetML text) with SheetJS. @internal */
export function openWorkbook(data: Uint8Array | string, what: string): OpenWorkbook {
  let wb: WorkBook;
  try {
    wb = read(data, {
      type: typeof data === 'string' ? 'string' : 'array',
      dense: true,
      // Text cells of HTML tables stay as the page showed them ('11,269', '78.15%'); the adapters read them.
      raw: true,
      cellNF: true,
      cellText: false,
      // Date cells come as serial numbers with their format (never `t: 'd'`): read below by their calendar fields.
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      // One row more than allowed, so that an over-long sheet is seen without reading it all.
      sheetRows: FILE_LIMITS.maxRows + 1,
      WTF: false,
    });
  } catch (e) {
    // SheetJS throws Errors, and strings in places ("XLS Xnum Buffer underflow").
    const reason = e instanceof Error ? e.message : describeValue(e);
    return fail('FILE_CORRUPT', '', `the ${what} could not be read (${reason.slice(0, 120)}): it is damaged or truncated; download it again`, { expected: `a readable ${what}`, received: reason.slice(0, 120) });
  }
  // A sheet SheetJS could not parse is left out of Sheets (WTF: false); an XML spreadsheet may have none.
  const names = wb.SheetNames.filter((n) => wb.Sheets[n] !== undefined);
  if (names.length === 0) fail('FILE_EMPTY', '', `the ${what} holds no sheet`, { expected: 'a sheet with rows' });
  return {
    sheetNames: names,
    grid: (name) => sheetGrid(wb.Sheets[name] as WorkSheet, name),
    head: (name, rows) => {
      const data = denseRows(wb.Sheets[name] as WorkSheet);
      const out: GridCell[][] = [];
      const stats = { mergedCells: 0, errorCells: 0, dateCells: 0 };
      for (let r = 0; r < Math.min(rows, data.length); r++) out.push(rowCells(data[r], stats));
      return out;
    },
  };
}

function denseRows(ws: WorkSheet): (CellObject[] | undefined)[] {
  const data = (ws as { '!data'?: (CellObject[] | undefined)[] })['!data'];
  return Array.isArray(data) ? data : [];
}

const dateFormats = /* @__PURE__ */ new Map<string, boolean>();

/** True when a number format shows a date (`yyyy-mm-dd`, `m/d/yy`, format 14 …). */
function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === 'General') return false;
  let known = dateFormats.get(format);
  if (known === undefined) {
    try {
      known = SSF.is_date(format) === true;
    } catch {
      known = false;
    }
    if (dateFormats.size < 1000) dateFormats.set(format, known);
  }
  return known;
}

/** An Excel serial day (1900 system) as an `IsoDate`, from its calendar fields: no time zone involved. */
function serialToIsoDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  // parse_date_code returns null only outside [0, 2958465], ruled out above.
  const parts = SSF.parse_date_code(serial) as { y: number; m: number; d: number };
  return fromDayNumber(dayNumberOf(parts.y, parts.m, parts.d));
}

function rowCells(row: CellObject[] | undefined, stats: { errorCells: number; dateCells: number }): GridCell[] {
  if (row === undefined) return [];
  const out: GridCell[] = new Array(row.length).fill(null);
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell === undefined || cell === null) continue;
    switch (cell.t) {
      case 's':
        out[c] = typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
        break;
      case 'n': {
        const v = cell.v as number;
        if (isDateFormat(cell.z)) {
          const iso = serialToIsoDate(v);
          if (iso !== undefined) {
            out[c] = iso;
            stats.dateCells++;
            break;
          }
        }
        out[c] = Number.isFinite(v) ? v : null;
        break;
      }
      case 'b':
        out[c] = cell.v === true ? 'TRUE' : 'FALSE';
        break;
      case 'e':
        stats.errorCells++;
        break;
      default:
        break;
    }
  }
  return out;
}

function sheetGrid(ws: WorkSheet, name: string): Grid {
  const data = denseRows(ws);
  const full = (ws as { '!fullref'?: string })['!fullref'];
  if (data.length > FILE_LIMITS.maxRows || (typeof full === 'string' && rowsOfRange(full) > FILE_LIMITS.maxRows)) {
    fail('FILE_TOO_MANY_ROWS', 'sheet', `the sheet "${name}" has more than ${FILE_LIMITS.maxRows.toLocaleString('en')} rows: export a shorter period or split the file`, { expected: `at most ${FILE_LIMITS.maxRows} rows` });
  }
  const stats = { mergedCells: 0, errorCells: 0, dateCells: 0 };
  const rows: GridCell[][] = [];
  let cells = 0;
  for (let r = 0; r < data.length; r++) {
    const row = rowCells(data[r], stats);
    cells += row.length;
    if (cells > FILE_LIMITS.maxCells) {
      fail('FILE_TOO_MANY_ROWS', 'sheet', `the sheet "${name}" has more than ${FILE_LIMITS.maxCells.toLocaleString('en')} cells: export a shorter period or split the file`, { expected: `at most ${FILE_LIMITS.maxCells} cells` });
    }
    rows.push(row);
  }
  // Merged ranges: every cell of the range takes the value of its top-left cell (a level-1
  // source written once for its group, a title spread over the width).
  const merges = (ws as { '!merges'?: { s: { r: number; c: number }; e: { r: number; c: number } }[] })['!merges'];
  if (Array.isArray(merges)) {
    for (const m of merges) {
      const top = rows[m.s.r];
      const value = top?.[m.s.c] ?? null;
      if (value === null) continue;
      const lastRow = Math.min(m.e.r, rows.length - 1);
      for (let r = m.s.r; r <= lastRow; r++) {
        const row = rows[r] as GridCell[];
        for (let c = m.s.c; c <= m.e.c && c < m.s.c + 1024; c++) {
          if (r === m.s.r && c === m.s.c) continue;
          if (row[c] === null || row[c] === undefined || row[c] === '') {
            while (row.length < c) row.push(null);
            row[c] = value;
            stats.mergedCells++;
          }
        }
      }
    }
  }
  return { rows, ...stats };
}

/** The rows a range spans (`A1:B300000` → 300,000); SheetJS sets `!fullref` from the sheet's own dimension when it cut the sheet at `sheetRows`. */
function rowsOfRange(ref: string): number {
  const range = utils.decode_range(ref);
  return range.e.r - range.s.r + 1;
}
