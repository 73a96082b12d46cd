// Reading what a user drops: 生意参谋 / 万相台 downloads (store, item, traffic source, keyword;
// xls, HTML saved as xls, xlsx or CSV, UTF-8 or GBK) through `readExport` from storeops/files,
// and the store's own sheets (the plan, product costs, DSR ratings and the category's DSR) as
// CSV. Everything is a pure function on bytes, as in the library: the page hands over File bytes.
import { parse } from 'csv-parse/browser/esm/sync';
import { isStoreOpsError } from 'storeops/core';
import type { ExportReadResult } from 'storeops/files';
import type { SycmKind } from 'storeops/adapters';

/** What a dropped file holds. */
export type FileKind = SycmKind | 'plan' | 'products' | 'dsr-ratings' | 'dsr-category';

/** One dropped file, read. */
export interface LoadedFile {
  name: string;
  kind: FileKind | null;
  /** The sheet's rows keyed by header (the store's own sheets). */
  table: Record<string, string>[];
  /** readExport's result for an export: rows parsed to typed inputs, bad cells as errors. */
  parsed: ExportReadResult | null;
  /** Why the file could not be read, when it could not. */
  problem: string | null;
}

/** Files in examples/data that are other examples' inputs, not the dashboard's sample. */
export const NOT_DASHBOARD = /(?:^|\/)(?:funnel-sources|funnel-keywords|page-health-week|campaigns|item-costs|events)\.csv$/;

/** UTF-8 (with or without BOM), else GB18030. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Which of the store's own sheets a header row belongs to; `null` when none. */
export function ownSheetOf(headers: readonly string[]): FileKind | null {
  const has = (h: string) => headers.includes(h);
  if (has('目标销售额')) return 'plan';
  if (has('买家ID') && has('宝贝与描述相符')) return 'dsr-ratings';
  if (has('评分项') && has('行业均值')) return 'dsr-category';
  if (has('单位成本') && has('售价')) return 'products';
  return null;
}

// storeops/files carries SheetJS (~119 kB gzip of the ~170 kB readExport weighs): it is loaded
// with the first file, so the page itself comes up without it.
let files: Promise<typeof import('storeops/files')> | undefined;

const HINTS: [RegExp, SycmKind][] = [
  [/关键词|keyword/i, 'keyword'],
  [/流量来源|traffic|source/i, 'source'],
  [/商品|item/i, 'item'],
  [/店铺整体|store/i, 'store'],
];

/** The kind a file's name names, among the candidates readExport found (`'item | keyword'`). */
export function kindHint(name: string, candidates: string): SycmKind | null {
  const allowed = candidates.split('|').map((c) => c.trim());
  return HINTS.find(([re, kind]) => re.test(name) && allowed.includes(kind))?.[1] ?? null;
}

/** Reads one file: one of the store's own CSV sheets, else an export through readExport. */
export async function readFile(name: string, bytes: Uint8Array, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<LoadedFile> {
  if (/\.(csv|txt)$/i.test(name)) {
    try {
      const table = parse(decode(bytes), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
      const kind = ownSheetOf(table.length > 0 ? Object.keys(table[0]!) : []);
      if (kind !== null) return { name, kind, table, parsed: null, problem: null };
    } catch {
      // Not a plain table with one header line (a 生意参谋 CSV has title lines): an export.
    }
  }
  try {
    files ??= import('storeops/files');
    const { readExport } = await files;
    try {
      const parsed = readExport(bytes, { fileName: name, locale });
      return { name, kind: parsed.kind, table: [], parsed, problem: null };
    } catch (e) {
      // Headers that fit several kinds (an item id and a keyword): the file's name may say which.
      const hint = isStoreOpsError(e) && e.code === 'AMBIGUOUS_KIND' ? kindHint(name, String(e.issues[0]?.expected ?? '')) : null;
      if (hint === null) throw e;
      const parsed = readExport(bytes, { fileName: name, locale, kind: hint });
      return { name, kind: parsed.kind, table: [], parsed, problem: null };
    }
  } catch (e) {
    if (!isStoreOpsError(e)) throw e;
    return { name, kind: null, table: [], parsed: null, problem: e.issues[0]?.message ?? e.message };
  }
}
