// Reading an agency's folder: one sub-folder per store holding that store's downloads and its plan.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import type { BriefPlanDay, BriefProduct } from '../brief/index.js';
import { isStoreOpsError, isIsoDate, type ErrorIssue } from '../core/index.js';
import { readExport, type ExportReadResult } from '../files/index.js';
import { planTargets, type PlanTargetsInput } from '../goals/index.js';

/** File extensions read as exports. */
export const EXPORT_EXTENSIONS = /* @__PURE__ */ new Set(['.xls', '.xlsx', '.csv', '.html', '.htm']);
/** Files of a store folder that are its settings, not downloads. */
const SETTINGS = /* @__PURE__ */ new Set(['store.json', 'plan.csv', 'plan.xlsx']);

/** A file that was read. */
export interface FileRead {
  file: string;
  result: ExportReadResult;
}

/** A problem with one file (or the folder): what it is and where. */
export interface FileProblem {
  file: string;
  code: string;
  message: string;
  issues?: readonly ErrorIssue[];
}

/** A store's settings from its store.json. */
export interface StoreConfig {
  name?: string;
  yearTarget?: string | number;
  year?: number;
  start?: string;
  end?: string;
  monthWeights?: PlanTargetsInput['monthWeights'];
  weekdayWeights?: readonly number[];
  events?: PlanTargetsInput['events'];
  heroItemId?: string;
  breakEvenRoi?: number;
  products?: readonly BriefProduct[];
}

/** Everything read from one store folder. */
export interface StoreFolder {
  id: string;
  dir: string;
  reads: FileRead[];
  /** Files that could not be read: the store is skipped when there is any. */
  problems: FileProblem[];
  /** Files in the folder that are neither downloads nor settings (listed, never silently dropped). */
  ignored: string[];
  config: StoreConfig;
  /** The plan's days from plan.csv / plan.xlsx, or made from store.json; `null` when there is none. */
  plan: BriefPlanDay[] | null;
  /** Where the plan came from. */
  planSource: string | null;
}

/** The store folders of an agency folder: its sub-folders, except those starting with `.` or `_` (outputs). @internal */
export async function listStores(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort();
}

function problemOf(file: string, error: unknown): FileProblem {
  if (isStoreOpsError(error)) return { file, code: error.code, message: error.message, issues: error.issues };
  const e = error as NodeJS.ErrnoException;
  return { file, code: e.code ?? 'READ_FAILED', message: e.message ?? String(error) };
}

const PLAN_COLUMNS: Record<string, 'date' | 'target' | 'visitors' | 'conversionRate'> = {
  日期: 'date',
  date: 'date',
  目标销售额: 'target',
  目标: 'target',
  target: 'target',
  目标访客数: 'visitors',
  visitors: 'visitors',
  目标转化率: 'conversionRate',
  conversionRate: 'conversionRate',
};

/** Reads a plan table (plan.csv or plan.xlsx): 日期 and 目标销售额, optionally 目标访客数 and 目标转化率. @internal */
export function readPlanTable(bytes: Uint8Array, file: string): BriefPlanDay[] {
  // A CSV is decoded here (UTF-8, with or without BOM), so SheetJS never guesses its encoding.
  const wb = file.toLowerCase().endsWith('.csv')
    ? read(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), { type: 'string', raw: true, dense: true })
    : read(bytes, { type: 'array', raw: true, dense: true });
  const ws = wb.Sheets[wb.SheetNames[0] as string];
  const rows = ws === undefined ? [] : utils.sheet_to_json<Record<string, unknown>>(ws, { raw: false, defval: '' });
  const issues: ErrorIssue[] = [];
  const days: BriefPlanDay[] = [];
  rows.forEach((row, i) => {
    const day: Record<string, unknown> = {};
    for (const [header, cell] of Object.entries(row)) {
      const field = PLAN_COLUMNS[header.replace(/^\uFEFF/, '').trim()];
      if (field === undefined) continue;
      const text = String(cell).trim().replace(/^¥/, '').replace(/,/g, '');
      const at = `${file}: row ${i + 2}, column ${header}`;
      if (field === 'date') {
        if (isIsoDate(text)) day['date'] = text;
        else issues.push({ path: at, message: `expected a day written YYYY-MM-DD, received ${JSON.stringify(String(cell))}` });
      } else if (field === 'target') {
        if (text !== '' && /^\d+(?:\.\d+)?$/.test(text)) day['target'] = text;
        else issues.push({ path: at, message: `expected an amount in yuan, received ${JSON.stringify(String(cell))}` });
      } else if (text !== '') {
        const pct = /%$/.test(text);
        const n = Number(pct ? text.slice(0, -1) : text);
        if (!Number.isFinite(n) || n < 0) issues.push({ path: at, message: `expected a number, received ${JSON.stringify(String(cell))}` });
        else day[field] = field === 'conversionRate' && pct ? Number(`${n}e-2`) : n;
      }
    }
    if (day['date'] !== undefined && day['target'] !== undefined) days.push(day as unknown as BriefPlanDay);
    else if (!issues.some((x) => x.path.includes(`row ${i + 2},`))) issues.push({ path: `${file}: row ${i + 2}`, message: 'needs 日期 and 目标销售额' });
  });
  if (issues.length > 0) throw Object.assign(new Error(`${file}: ${issues.length} bad cell(s): ${issues.slice(0, 3).map((x) => `${x.path}: ${x.message}`).join('; ')}`), { code: 'INVALID_PLAN', issues });
  if (days.length === 0) throw Object.assign(new Error(`${file}: no plan days (columns 日期 and 目标销售额)`), { code: 'INVALID_PLAN' });
  return days;
}

/** The plan made from store.json: planTargets over the year (or start..end) from the yearly target and weights. @internal */
export function planFromConfig(config: StoreConfig, year: number): BriefPlanDay[] {
  const input: PlanTargetsInput = {
    total: config.yearTarget as string | number,
    start: config.start ?? `${year}-01-01`,
    end: config.end ?? `${year}-12-31`,
  };
  if (config.monthWeights !== undefined) input.monthWeights = config.monthWeights;
  if (config.weekdayWeights !== undefined) input.weekdayWeights = config.weekdayWeights;
  if (config.events !== undefined) input.events = config.events;
  return planTargets(input).days.map((d) => ({ date: d.date, target: d.target.toFixed(2) }));
}

/** The latest day of a store's store-export rows, or undefined. @internal */
export function latestStoreDay(reads: readonly FileRead[]): string | undefined {
  let last: string | undefined;
  for (const r of reads) {
    if (r.result.kind !== 'store') continue;
    for (const row of r.result.rows) if (row.date !== undefined && (last === undefined || row.date > last)) last = row.date;
  }
  return last;
}

/** Reads one store folder: every download through `readExport`, the settings, the plan. @internal */
export async function readStoreFolder(root: string, id: string, options: { date?: string } = {}): Promise<StoreFolder> {
  const dir = join(root, id);
  const names = (await readdir(dir)).sort();
  const folder: StoreFolder = { id, dir, reads: [], problems: [], ignored: [], config: {}, plan: null, planSource: null };
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) {
      folder.ignored.push(name);
      continue;
    }
    if (SETTINGS.has(name)) continue;
    if (!EXPORT_EXTENSIONS.has(extname(name).toLowerCase())) {
      folder.ignored.push(name);
      continue;
    }
    try {
      const bytes = new Uint8Array(await readFile(path));
      folder.reads.push({ file: name, result: readExport(bytes, { fileName: name }) });
    } catch (error) {
      folder.problems.push(problemOf(name, error));
    }
  }
  if (names.includes('store.json')) {
    try {
      const parsed: unknown = JSON.parse(await readFile(join(dir, 'store.json'), 'utf8'));
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw Object.assign(new Error('store.json must hold an object'), { code: 'INVALID_CONFIG' });
      folder.config = parsed as StoreConfig;
    } catch (error) {
      folder.problems.push(problemOf('store.json', error instanceof SyntaxError ? Object.assign(error, { code: 'INVALID_CONFIG' }) : error));
    }
  }
  const planFile = names.find((n) => n === 'plan.csv' || n === 'plan.xlsx');
  try {
    if (planFile !== undefined) {
      folder.plan = readPlanTable(new Uint8Array(await readFile(join(dir, planFile))), planFile);
      folder.planSource = planFile;
    } else if (folder.config.yearTarget !== undefined) {
      const day = options.date ?? latestStoreDay(folder.reads);
      const year = folder.config.year ?? (day === undefined ? Number.NaN : Number(day.slice(0, 4)));
      if (Number.isInteger(year)) {
        folder.plan = planFromConfig(folder.config, year);
        folder.planSource = 'store.json';
      }
    }
  } catch (error) {
    folder.problems.push(problemOf(planFile ?? 'store.json', error));
  }
  return folder;
}
