import * as z from 'zod/mini';
import { fieldOfHeader } from '../adapters/headers.js';
import { sourcePathText } from '../adapters/messages.js';
import { parseSycmRows, type SycmCellError, type SycmKind, type SycmParseOptions, type SycmRow } from '../adapters/parseSycmRows.js';
import { describeValue, fail, formatPath } from '../core/errors.js';
import { isoDateSchema, type IsoDate } from '../core/dates.js';
import { renderMessage, resolveLocale, type Locale, type MessageParams } from '../core/i18n.js';
import { parseInput } from '../core/validate.js';
import { csvGrid } from './csv.js';
import { decodeCandidates, type TextEncoding } from './decode.js';
import { sniffBinary, sniffText, type FileFormat } from './detect.js';
import { columnLetter, type Grid, type GridCell } from './grid.js';
import { FILE_LIMITS } from './limits.js';
import { filesMessages, FORMAT_WORDS, FROM_WORDS, KIND_WORDS, type FileNoteCode } from './messages.js';
import { kindOfReportName, readFileName, readTitleLine, terminalIn, type ExportPeriod, type FileNameFacts } from './meta.js';
import { openWorkbook, type OpenWorkbook } from './workbook.js';
import { checkZip } from './zip.js';
import { pure } from '../core/pure.js';

export type { ExportPeriod } from './meta.js';
export type { FileFormat } from './detect.js';
export type { TextEncoding } from './decode.js';

/** Options of {@link readExport}. */
export interface ReadExportOptions {
  /** The download's file name, e.g. `【生意参谋平台】商品_全部_2026-05-31_2026-05-31.xls`: read for the report name, the period and the terminal. */
  fileName?: string;
  /** The export kind, when the headers alone do not say it (passed to `parseSycmRows`). */
  kind?: SycmKind;
  /** The day of rows that carry no date (overrides the file name and the 统计日期 title line), `YYYY-MM-DD`. */
  date?: IsoDate;
  /** The sheet to read in a workbook, by name (`'无线流量来源'`) or 0-based index; by default the first sheet with a header. */
  sheet?: string | number;
  /** The text encoding of a CSV or HTML file; detected by default (UTF-8, with or without BOM, or GBK/GB18030). */
  encoding?: 'utf-8' | 'gbk' | 'gb18030';
  /** Language of the notes' messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
}

/** Something `readExport` noticed and did: a title line read, a sheet chosen, merged cells filled. Never a data problem (those are `errors`). */
export interface ExportNote {
  /** Stable code, e.g. `FILE_TITLE_LINE`. */
  code: FileNoteCode | (string & {});
  /** The note in the requested locale. */
  message: string;
  /** The data the message was made from. */
  params: MessageParams;
  /** The data row it concerns (0-based below the header, as `rows[].index` and `errors[].row`), if one: a subtotal row taken out is named here. */
  row?: number;
  /** The 1-based line (sheet row) of the file it concerns, if one. */
  line?: number;
}

/** A bad cell or row of the file: the `parseSycmRows` error plus where it sits in the file. */
export interface ExportRowError extends SycmCellError {
  /** The 1-based line of the file (the sheet row as Excel numbers it, or the CSV record). */
  line: number;
  /** The cell's address, e.g. `D7`, when the error names a column. */
  cell?: string;
}

/** How the file was read. */
export interface ExportFileInfo {
  /** The layout found in the bytes (not taken from the file name). */
  format: FileFormat;
  /** The text encoding (CSV and HTML), `undefined` for binary workbooks. */
  encoding?: TextEncoding;
  /** The sheet read (workbooks). */
  sheet?: string;
  /** Every sheet of the workbook. */
  sheets: string[];
  /** The 1-based line of the header row. */
  headerLine: number;
  /** The report's name, from a title line or the file name (`【生意参谋平台】商品_全部`). */
  reportName?: string;
  /** The terminal, from a title line, the sheet name or the file name (`无线端`, `PC端`). */
  terminal?: string;
}

/** What {@link readExport} returns: every data row is in `rows` or named in `errors`. */
export interface ExportReadResult {
  /** The export kind the rows were read as. */
  kind: SycmKind;
  /** The days the file covers, or `null` when neither the file nor its rows say. */
  period: ExportPeriod | null;
  /** The typed rows, as `parseSycmRows` gives them (`index` is the data row's position below the header). */
  rows: SycmRow[];
  /** Every bad cell and row, with its line and cell address in the file. */
  errors: ExportRowError[];
  /** How many data rows were left out because of errors. */
  leftOut: number;
  /** What was noticed and done while reading (title lines, the sheet chosen, merged cells …). */
  notes: ExportNote[];
  /** Headers storeops does not know (their cells are in each row's `extra`). */
  unknownColumns: string[];
  /** Traffic-source names that could not be placed in a category (counted as `other`). */
  unplacedSources: string[];
  /** How the file was read. */
  file: ExportFileInfo;
}

const optionsSchema = /* @__PURE__ */ pure(() => z.strictObject({
  fileName: z.optional(z.string()),
  kind: z.optional(z.string()),
  date: z.optional(isoDateSchema),
  sheet: z.optional(z.union([z.string(), z.int().check(z.nonnegative())])),
  encoding: z.optional(z.enum(['utf-8', 'gbk', 'gb18030'])),
  locale: z.optional(z.string()),
}));

/** The bytes of `data` as a Uint8Array (no copy), or a `StoreOpsError` for anything else. */
function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return fail('INVALID_INPUT', '', `expected the file's bytes (Uint8Array or ArrayBuffer), received ${describeValue(data)}`, { expected: 'Uint8Array | ArrayBuffer', received: describeValue(data) });
}

function isEmptyCell(cell: GridCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function knownHeader(cell: GridCell | undefined): boolean {
  return typeof cell === 'string' && fieldOfHeader(cell.trim()) !== undefined;
}

/** The 0-based index of the header row: of the top rows, the first with the most known column names (at least two). */
function findHeader(rows: readonly GridCell[][]): number {
  const n = Math.min(rows.length, FILE_LIMITS.headerScanRows);
  let best = -1;
  let bestScore = 1;
  for (let r = 0; r < n; r++) {
    let known = 0;
    for (const cell of rows[r] as GridCell[]) if (knownHeader(cell)) known++;
    if (known > bestScore) {
      best = r;
      bestScore = known;
    }
  }
  return best;
}

/** A short sample of the top of a grid for error messages. */
function sampleOf(rows: readonly GridCell[][]): string {
  for (const row of rows.slice(0, FILE_LIMITS.headerScanRows)) {
    const cells = row.filter((c) => !isEmptyCell(c)).map(String);
    if (cells.length > 0) return cells.join(',').slice(0, 60);
  }
  return '';
}

interface Source {
  format: FileFormat;
  encoding?: TextEncoding;
  sheets: string[];
  sheet?: string;
  grid: Grid;
  headerIndex: number;
}

function noHeader(what: string, sample: string, encoding?: TextEncoding): never {
  const hint = encoding === undefined ? '' : ` (decoded as ${encoding === 'gb18030' ? 'GBK' : encoding.toUpperCase()})`;
  return fail(
    'FILE_NO_HEADER',
    '',
    `no header row found in the first ${FILE_LIMITS.headerScanRows} rows of the ${what}${hint}: it is not a 生意参谋 / 万相台 export storeops knows, or its columns were renamed${sample === '' ? '' : `; the top reads "${sample}"`}`,
    { expected: 'a header row with known column names (统计日期, 访客数, 支付金额 …)', received: sample === '' ? 'no text' : `string ${JSON.stringify(sample)}` },
  );
}

/** Picks the sheet of a workbook: the one asked for, or the first whose top rows hold a header. */
function pickSheet(wb: OpenWorkbook, format: FileFormat, what: string, wanted: string | number | undefined, encoding?: TextEncoding): Source {
  const base = { format, sheets: wb.sheetNames, ...(encoding === undefined ? {} : { encoding }) };
  if (wanted !== undefined) {
    const name = typeof wanted === 'number' ? wb.sheetNames[wanted] : wb.sheetNames.includes(wanted) ? wanted : undefined;
    if (name === undefined) {
      fail('INVALID_OPTIONS', 'sheet', `no sheet ${JSON.stringify(wanted)} in the workbook; its sheets are ${wb.sheetNames.map((s) => JSON.stringify(s)).join(', ')}`, {
        expected: wb.sheetNames.map((s) => JSON.stringify(s)).join(' | '),
        received: describeValue(wanted),
      });
    }
    const grid = wb.grid(name);
    const headerIndex = findHeader(grid.rows);
    if (headerIndex < 0) noHeader(`sheet "${name}"`, sampleOf(grid.rows), encoding);
    return { ...base, sheet: name, grid, headerIndex };
  }
  for (const name of wb.sheetNames) {
    if (findHeader(wb.head(name, FILE_LIMITS.headerScanRows)) < 0) continue;
    const grid = wb.grid(name);
    return { ...base, sheet: name, grid, headerIndex: findHeader(grid.rows) };
  }
  return noHeader(what, sampleOf(wb.head(wb.sheetNames[0] as string, FILE_LIMITS.headerScanRows)), encoding);
}

/** Finds the layout in the bytes and reads them into a grid with its header row. */
function openSource(bytes: Uint8Array, sheet: string | number | undefined, encoding: TextEncoding | undefined): Source {
  const binary = sniffBinary(bytes);
  if (binary === 'xlsx') {
    const zip = checkZip(bytes);
    if (!zip.names.some((n) => n === 'xl/workbook.xml' || n === 'xl/workbook.bin' || n === 'content.xml')) {
      fail('FILE_UNSUPPORTED', '', 'the file is a zip archive but not a workbook (it has no xl/workbook.xml)', { expected: 'xls, xlsx, HTML-as-xls or CSV', received: 'a zip archive' });
    }
    return pickSheet(openWorkbook(bytes, 'workbook (.xlsx)'), 'xlsx', 'workbook', sheet);
  }
  if (binary === 'xls') return pickSheet(openWorkbook(bytes, 'workbook (.xls)'), 'xls', 'workbook', sheet);
  let first: { what: string; sample: string; encoding: TextEncoding } | undefined;
  for (const decoded of decodeCandidates(bytes, encoding)) {
    const format = sniffText(decoded.text);
    if (format === 'csv') {
      if (sheet !== undefined) fail('INVALID_OPTIONS', 'sheet', 'the file is CSV text: it has no sheets', { expected: 'no sheet option for CSV', received: describeValue(sheet) });
      const grid = csvGrid(decoded.text);
      if (grid.rows.every((r) => r.every(isEmptyCell))) fail('FILE_EMPTY', '', 'the CSV holds no rows', { expected: 'a header and rows' });
      const headerIndex = findHeader(grid.rows);
      if (headerIndex >= 0) return { format, encoding: decoded.encoding, sheets: [], grid, headerIndex };
      first ??= { what: 'CSV', sample: sampleOf(grid.rows), encoding: decoded.encoding };
      continue;
    }
    if (format === 'html') refuseLongTable(decoded.text);
    const wb = openWorkbook(decoded.text, format === 'html' ? 'HTML table' : 'XML spreadsheet');
    try {
      return pickSheet(wb, format, format === 'html' ? 'HTML table' : 'XML spreadsheet', sheet, decoded.encoding);
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'FILE_NO_HEADER') throw e;
      first ??= { what: format === 'html' ? 'HTML table' : 'XML spreadsheet', sample: sampleOf(wb.head(wb.sheetNames[0] as string, FILE_LIMITS.headerScanRows)), encoding: decoded.encoding };
    }
  }
  // Every candidate returned, threw, or set `first`, and there is at least one (decodeCandidates
  // throws when the bytes decode no way): `first` is set here.
  const unread = first as { what: string; sample: string; encoding: TextEncoding };
  return noHeader(unread.what, unread.sample, unread.encoding);
}

/** Refuses an HTML table with more rows than the limit before it is parsed (counts `<tr` tags). */
function refuseLongTable(text: string): void {
  let count = 0;
  for (const tag of ['<tr', '<TR', '<Tr', '<tR']) {
    for (let i = text.indexOf(tag); i >= 0; i = text.indexOf(tag, i + 3)) {
      const next = text.charCodeAt(i + 3);
      if ((next === 32 || next === 62 || next === 9 || next === 10 || next === 13) && ++count > FILE_LIMITS.maxRows) {
        fail('FILE_TOO_MANY_ROWS', '', `the HTML table has more than ${FILE_LIMITS.maxRows.toLocaleString('en')} rows: export a shorter period or split the file`, { expected: `at most ${FILE_LIMITS.maxRows} rows` });
      }
    }
  }
}

function cellText(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell);
}

/** The cells of a title line, without the repeats a merged title leaves. */
function titleText(row: readonly GridCell[]): string {
  const parts: string[] = [];
  for (const cell of row) {
    const t = cellText(cell).trim();
    if (t !== '' && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join(' ');
}

/** The kinds a report name and the headers are compared for (万相台 主体 reports are named by their plan, not their kind). */
const KINDS_FROM_NAME: ReadonlySet<SycmKind> = /* @__PURE__ */ new Set<SycmKind>(['store', 'item', 'source', 'keyword']);

/**
 * Reads a downloaded 生意参谋 or 万相台 export — the file's bytes, as dropped in a browser or read
 * in Node — into the typed rows of `parseSycmRows`. The layout is found in the bytes, not the
 * name: BIFF `.xls`, an HTML table saved as `.xls`, `.xlsx` (read with SheetJS), or CSV in UTF-8
 * (with or without BOM) or GBK/GB18030 (detected; text that would decode garbled is never read
 * as data). The header row is found among the top rows by its known column names; the title
 * lines above it are read for the report name, the period (`统计日期：2026-05-31~2026-05-31`) and
 * the terminal (`终端：无线端`) and reported in `notes`. The file name is read too
 * (`【生意参谋平台】商品_全部_2026-05-31_2026-05-31.xls`): when the rows carry no date (traffic
 * sources), the one day of the period is their date. Merged cells are filled with their range's
 * value; date cells become `YYYY-MM-DD` from their calendar fields (the same under any time zone).
 * Files over {@link FILE_LIMITS} are refused before they are parsed. No I/O, no Node built-ins.
 *
 * @param data - the file's bytes (`Uint8Array`, a Node `Buffer`, or an `ArrayBuffer`).
 * @param options - `fileName`, `kind`, `date`, `sheet`, `encoding`, `locale`.
 * @returns the kind, period, rows, errors (with line and cell), notes, unknown columns and unplaced sources.
 * @throws StoreOpsError `FILE_EMPTY`, `FILE_TOO_LARGE`, `FILE_EXPANDS_TOO_LARGE`, `FILE_TOO_MANY_ROWS`, `FILE_UNSUPPORTED`,
 *   `FILE_CORRUPT`, `FILE_ENCODING`, `FILE_NO_HEADER` for a file that cannot be read; `INVALID_INPUT` when `data` is not bytes;
 *   `INVALID_OPTIONS` for bad options (an unknown sheet).
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { readExport } from 'storeops/files';
 * const csv = '统计日期：2026-05-31~2026-05-31\n来源,来源明细,访客数,支付金额\n淘内免费,手淘搜索,"5,811","40,140.61"\n';
 * const r = readExport(new TextEncoder().encode(csv), { fileName: '【生意参谋平台】无线店铺流量来源-2026-05-31_2026-05-31.csv' });
 * r.kind //=> 'source'
 * r.period //=> { start: '2026-05-31', end: '2026-05-31', from: 'title' }
 * r.rows[0] //=> { date: '2026-05-31', source: '手淘搜索', visitors: 5811, paidAmount: '40140.61' }
 * r.file //=> { format: 'csv', encoding: 'utf-8', headerLine: 2, terminal: '无线端' }
 * r.notes[0].code //=> 'FILE_FORMAT'
 * readExport(new Uint8Array(0)) //=> throws FILE_EMPTY
 * readExport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])) //=> throws FILE_UNSUPPORTED
 * ```
 */
export function readExport(data: Uint8Array | ArrayBuffer, options: ReadExportOptions = {}): ExportReadResult {
  const bytes = toBytes(data);
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale);
  if (bytes.byteLength === 0) fail('FILE_EMPTY', '', 'the file is empty (0 bytes): download it again', { expected: 'a non-empty file', received: '0 bytes' });
  if (bytes.byteLength > FILE_LIMITS.maxFileBytes) {
    fail('FILE_TOO_LARGE', '', `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB, over the ${FILE_LIMITS.maxFileBytes / 1024 / 1024} MiB limit: export a shorter period or split it`, {
      expected: `at most ${FILE_LIMITS.maxFileBytes} bytes`,
      received: `${bytes.byteLength} bytes`,
    });
  }
  const notes: ExportNote[] = [];
  const note = (code: FileNoteCode, params: MessageParams, line?: number): void => {
    notes.push({ code, message: renderMessage(code, locale, params, [filesMessages]), params, ...(line === undefined ? {} : { line }) });
  };
  const from = (where: keyof typeof FROM_WORDS): string => FROM_WORDS[where][locale];

  const forced: TextEncoding | undefined = opts.encoding === undefined ? undefined : opts.encoding === 'utf-8' ? 'utf-8' : 'gb18030';
  const src = openSource(bytes, opts.sheet, forced);
  const named: FileNameFacts | undefined = opts.fileName === undefined ? undefined : readFileName(opts.fileName);

  note('FILE_FORMAT', { format: FORMAT_WORDS[src.format][locale], encoding: src.encoding === undefined ? 'binary' : src.encoding === 'gb18030' ? 'GBK/GB18030' : src.encoding.toUpperCase() });
  if (named !== undefined && named.extension !== '') {
    const ext = named.extension;
    const fits = src.format === 'csv' ? ext === 'csv' || ext === 'txt' : src.format === 'xlsx' ? ext === 'xlsx' || ext === 'xlsm' || ext === 'ods' : ext === 'xls';
    if (!fits) note('FILE_FORMAT_NOT_EXTENSION', { extension: ext, format: FORMAT_WORDS[src.format][locale] });
  }
  if (src.sheet !== undefined && src.sheets.length > 1) note('FILE_SHEET_READ', { sheet: src.sheet, count: src.sheets.length, sheets: src.sheets.join(', ') });

  // Title lines above the header: report name, period, terminal; never data.
  const rows = src.grid.rows;
  let titlePeriod: { start: IsoDate; end: IsoDate } | undefined;
  let reportName: { name: string; from: 'title' | 'fileName' } | undefined;
  let terminal: { terminal: string; from: 'title' | 'sheet' | 'fileName' } | undefined;
  for (let r = 0; r < src.headerIndex; r++) {
    const text = titleText(rows[r] as GridCell[]);
    if (text === '') continue;
    note('FILE_TITLE_LINE', { line: r + 1, text: text.slice(0, 200) }, r + 1);
    const facts = readTitleLine(text);
    if (facts.period !== undefined) titlePeriod ??= facts.period;
    if (facts.terminal !== undefined) terminal ??= { terminal: facts.terminal, from: 'title' };
    if (facts.reportName !== undefined) reportName ??= { name: facts.reportName, from: 'title' };
  }
  note('FILE_HEADER_LINE', { line: src.headerIndex + 1 }, src.headerIndex + 1);
  if (terminal === undefined && src.sheet !== undefined && src.sheets.length > 1) {
    const t = terminalIn(src.sheet);
    if (t !== undefined) terminal = { terminal: t, from: 'sheet' };
  }
  if (named?.reportName !== undefined) reportName ??= { name: named.reportName, from: 'fileName' };
  if (terminal === undefined && named?.reportName !== undefined) {
    const t = terminalIn(named.reportName);
    if (t !== undefined) terminal = { terminal: t, from: 'fileName' };
  }
  if (reportName !== undefined) note('FILE_REPORT', { name: reportName.name, from: from(reportName.from) });
  if (terminal !== undefined) note('FILE_TERMINAL', { terminal: terminal.terminal, from: from(terminal.from) });

  // The period: the date option, else the 统计日期 title line, else the file name (else the rows, below).
  let period: ExportPeriod | null = null;
  if (opts.date !== undefined) period = { start: opts.date, end: opts.date, from: 'option' };
  else if (titlePeriod !== undefined) period = { ...titlePeriod, from: 'title' };
  else if (named?.period !== undefined) period = { ...named.period, from: 'fileName' };
  if (titlePeriod !== undefined && named?.period !== undefined && (titlePeriod.start !== named.period.start || titlePeriod.end !== named.period.end)) {
    note('FILE_PERIOD_MISMATCH', { nameStart: named.period.start, nameEnd: named.period.end, titleStart: titlePeriod.start, titleEnd: titlePeriod.end });
  }

  // The header: each column's name as written (the adapters trim, and judge near-duplicates).
  const header = rows[src.headerIndex] as GridCell[];
  let width = header.length;
  for (let r = src.headerIndex + 1; r < rows.length; r++) width = Math.max(width, (rows[r] as GridCell[]).length);
  const keys: (string | undefined)[] = [];
  const columnsOf = new Map<string, number[]>();
  for (let c = 0; c < width; c++) {
    let key: string | undefined = cellText(header[c]);
    if (key.trim() === '') {
      let used = false;
      for (let r = src.headerIndex + 1; r < rows.length && !used; r++) used = !isEmptyCell((rows[r] as GridCell[])[c]);
      if (!used) key = undefined;
      else {
        key = `(${columnLetter(c)})`;
        note('FILE_UNNAMED_COLUMN', { column: columnLetter(c), name: key });
      }
    }
    keys.push(key);
    if (key !== undefined) columnsOf.set(key, [...(columnsOf.get(key) ?? []), c]);
  }
  const duplicates = [...columnsOf].filter(([, cols]) => cols.length > 1);
  for (const [column, cols] of duplicates) {
    note('FILE_DUPLICATE_COLUMN', { column, count: cols.length, cells: cols.map((c) => `${columnLetter(c)}${src.headerIndex + 1}`).join(', ') });
  }
  const dateColumn = keys.some((k) => k !== undefined && fieldOfHeader(k.trim())?.field === 'date');

  // Data rows: every non-blank row below the header, as header → cell records.
  const records: Record<string, unknown>[] = [];
  const lines: number[] = [];
  const ownErrors: ExportRowError[] = [];
  const conflicted = new Set<number>();
  let blank = 0;
  for (let r = src.headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] as GridCell[];
    let empty = true;
    for (const cell of row) {
      if (!isEmptyCell(cell)) {
        empty = false;
        break;
      }
    }
    if (empty) {
      blank++;
      continue;
    }
    const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const index = records.length;
    for (let c = 0; c < row.length; c++) {
      const key = keys[c];
      const cell = row[c];
      if (key === undefined || cell === null || cell === undefined || cell === '') continue;
      if (key in record) {
        if (record[key] !== cell) {
          conflicted.add(index);
          const col = columnsOf.get(key) as number[];
          ownErrors.push({
            row: index,
            column: key,
            path: formatPath([index, key]),
            message: `the columns ${col.map(columnLetter).join(' and ')} are both "${key}" and disagree (${describeValue(record[key])} vs ${describeValue(cell)})`,
            expected: 'the same value in every column of one name',
            received: describeValue(cell),
            line: r + 1,
            cell: `${columnLetter(c)}${r + 1}`,
          });
        }
        continue;
      }
      record[key] = cell;
    }
    records.push(record);
    lines.push(r + 1);
  }
  if (blank > 0) note('FILE_BLANK_ROWS', { count: blank });
  if (src.grid.mergedCells > 0) note('FILE_MERGED_CELLS', { count: src.grid.mergedCells });
  if (src.grid.errorCells > 0) note('FILE_ERROR_CELLS', { count: src.grid.errorCells });

  const day = period !== null && period.start === period.end ? period.start : undefined;
  const parseOptions: SycmParseOptions = { locale };
  if (opts.kind !== undefined) parseOptions.kind = opts.kind as SycmKind;
  if (day !== undefined) parseOptions.date = day;
  // The kind the report name (title line or file name) points to, if it says one.
  let byName: { name: string; kind: SycmKind } | undefined;
  if (reportName !== undefined) {
    const kind = kindOfReportName(reportName.name);
    if (kind !== undefined) byName = { name: reportName.name, kind };
  }
  let parsed: ReturnType<typeof parseSycmRows>;
  try {
    parsed = parseSycmRows(records, parseOptions);
  } catch (e) {
    // Headers that fit several kinds: the report name decides, if it says.
    if ((e as { code?: unknown }).code !== 'AMBIGUOUS_KIND' || byName === undefined) throw e;
    parsed = parseSycmRows(records, { ...parseOptions, kind: byName.kind });
    note('FILE_KIND_FROM_NAME', { name: byName.name, kind: KIND_WORDS[byName.kind][locale] });
  }
  if (!dateColumn && day !== undefined && period !== null && records.length > 0) note('FILE_DATE_FROM_PERIOD', { date: day, from: from(period.from) });
  if (opts.kind === undefined && byName !== undefined && KINDS_FROM_NAME.has(parsed.kind) && byName.kind !== parsed.kind) {
    note('FILE_KIND_MISMATCH', { name: byName.name, nameKind: KIND_WORDS[byName.kind][locale], kind: KIND_WORDS[parsed.kind][locale] });
  }

  const columnIndex = (column: string): number | undefined => {
    const exact = columnsOf.get(column);
    if (exact !== undefined) return exact[0];
    for (const [key, cols] of columnsOf) if (key.trim() === column) return cols[0];
    return undefined;
  };
  const errors: ExportRowError[] = [];
  const badRows = new Set<number>();
  for (const e of parsed.errors) {
    // Every record is an object, so each error names a record (its row) and a column ('' never:
    // that is a row that is not an object, and no column key trims to '').
    const line = lines[e.row] as number;
    const c = columnIndex(e.column);
    errors.push({ ...e, line, ...(c === undefined ? {} : { cell: `${columnLetter(c)}${line}` }) });
    badRows.add(e.row);
  }
  errors.push(...ownErrors);
  errors.sort((a, b) => a.row - b.row);
  const kept = conflicted.size === 0 ? parsed.rows : parsed.rows.filter((row) => !conflicted.has(row.index));
  let leftOut = parsed.leftOut;
  for (const i of conflicted) if (!badRows.has(i)) leftOut++;

  // Notes of the adapters (subtotal rows taken out and cross-checked …), placed on their lines.
  for (const n of parsed.notes) {
    const { code, message, sourcePath, ...rest } = n;
    notes.push({ code, message, params: { ...rest, sourcePath: sourcePath.join('/'), path: sourcePathText(sourcePath, locale) }, row: n.row, line: lines[n.row] as number });
  }

  if (period === null) {
    let start: IsoDate | undefined;
    let end: IsoDate | undefined;
    // A day row covers its day; a week or month summary row (a range in its date cell) its days.
    for (const row of kept) {
      const span = row.period ?? (row.date === undefined ? undefined : { start: row.date, end: row.date });
      if (span === undefined) continue;
      if (start === undefined || span.start < start) start = span.start;
      if (end === undefined || span.end > end) end = span.end;
    }
    if (start !== undefined && end !== undefined) period = { start, end, from: 'rows' };
  }
  if (period !== null) note('FILE_PERIOD', { start: period.start, end: period.end, from: from(period.from) });

  const file: ExportFileInfo = {
    format: src.format,
    ...(src.encoding === undefined ? {} : { encoding: src.encoding }),
    ...(src.sheet === undefined ? {} : { sheet: src.sheet }),
    sheets: src.sheets,
    headerLine: src.headerIndex + 1,
    ...(reportName === undefined ? {} : { reportName: reportName.name }),
    ...(terminal === undefined ? {} : { terminal: terminal.terminal }),
  };
  return {
    kind: parsed.kind,
    period,
    rows: kept,
    errors,
    leftOut,
    notes,
    unknownColumns: parsed.unknownColumns,
    unplacedSources: parsed.unplacedSources,
    file,
  };
}
