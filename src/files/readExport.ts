// PROVISIONAL: a minimal stand-in for i13-files' readExport (same contract), so the CLI can be
// built and tested before that branch lands; replaced wholesale by it on merge.
import { read, utils } from '@e965/xlsx';
import { parse } from 'csv-parse/browser/esm/sync';
import { parseSycmRows, type SycmCellError, type SycmKind, type SycmRow } from '../adapters/parseSycmRows.js';
import { fieldOfHeader } from '../adapters/headers.js';
import { fail } from '../core/errors.js';
import type { IsoDate } from '../core/dates.js';

/** Options of {@link readExport}. @internal */
export interface ReadExportOptions {
  fileName?: string;
  kind?: SycmKind;
  date?: IsoDate;
  sheet?: string;
}

/** What {@link readExport} returns. @internal */
export interface ReadExportResult {
  kind: SycmKind;
  period: { start: IsoDate; end: IsoDate } | null;
  rows: SycmRow[];
  errors: SycmCellError[];
  notes: string[];
  unknownColumns: string[];
  unplacedSources: string[];
}

const ALIASES: Record<string, string> = { 商品访客数: '访客数', 商品浏览量: '浏览量', 商品支付转化率: '支付转化率', '词名字/词包名字': '关键词', 计划名字: '计划名称' };

function header(h: string): string {
  const t = h.trim();
  return ALIASES[t] ?? t;
}

/** A stand-in for the real reader. @internal */
export function readExport(data: Uint8Array | ArrayBuffer, options: ReadExportOptions = {}): ReadExportResult {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) fail('INVALID_INPUT', '', 'the file is empty');
  let grid: string[][];
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  let text: string | undefined;
  if (!isZip && !isOle) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
    }
    text = text.replace(/^\uFEFF/, '');
  }
  try {
    if (text !== undefined && !/^\s*</.test(text)) {
      grid = parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
    } else {
      const wb = read(text ?? bytes, { type: text === undefined ? 'array' : 'string', raw: true, cellDates: false, dense: true });
      const ws = wb.Sheets[options.sheet ?? (wb.SheetNames[0] as string)];
      if (ws === undefined) fail('INVALID_INPUT', 'sheet', 'no such sheet');
      grid = utils.sheet_to_json<string[]>(ws, { header: 1, raw: false, defval: '' });
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'StoreOpsError') throw error;
    return fail('INVALID_INPUT', '', `the file could not be read as a spreadsheet or CSV: ${String((error as Error).message).slice(0, 80)}`);
  }
  let h = -1;
  for (let i = 0; i < Math.min(grid.length, 30); i++) {
    const known = (grid[i] ?? []).filter((c) => fieldOfHeader(header(String(c))) !== undefined).length;
    if (known >= 2) {
      h = i;
      break;
    }
  }
  if (h < 0) fail('INVALID_INPUT', '', 'no header row with known column names in the first 30 lines');
  const notes = grid.slice(0, h).map((r) => r.join(' ').trim()).filter((t) => t !== '');
  const heads = (grid[h] as string[]).map((c) => header(String(c)));
  const m = /(\d{4}-\d{2}-\d{2})[_~至](\d{4}-\d{2}-\d{2})/.exec(`${options.fileName ?? ''} ${notes.join(' ')}`);
  const period = m === null ? null : { start: m[1] as string, end: m[2] as string };
  const objects: Record<string, unknown>[] = [];
  const carry: string[] = [];
  for (const r of grid.slice(h + 1)) {
    if (r.every((c) => String(c).trim() === '')) continue;
    const o: Record<string, unknown> = {};
    let subtotal = false;
    heads.forEach((k, j) => {
      let v = String(r[j] ?? '');
      if (k === '一级来源' || k === '流量来源') {
        if (v.trim() === '') v = carry[0] ?? '';
        else carry[0] = v;
      }
      if (v.trim() === '汇总') subtotal = true;
      if (k !== '') o[k] = v;
    });
    if (subtotal) continue;
    objects.push(o);
  }
  const date = options.date ?? (period !== null && period.start === period.end ? period.start : undefined);
  const parsed = parseSycmRows(objects, { ...(options.kind === undefined ? {} : { kind: options.kind }), ...(date === undefined ? {} : { date }) });
  const unplaced = [...new Set(parsed.rows.filter((x) => x.kind === 'source' && x.category === 'other').map((x) => x.source as string))];
  return { kind: parsed.kind, period, rows: parsed.rows, errors: parsed.errors, notes, unknownColumns: parsed.unknownColumns, unplacedSources: unplaced };
}
