// Reading what a user drops — any file, any folder — and saying what each one is. The library
// classifies it: the store's own sheets (plan, costs, DSR ratings, the category's DSR, the event
// calendar, campaign caps) by their headers, 生意参谋 / 万相台 downloads (xls, HTML saved as xls,
// xlsx or CSV, UTF-8 or GBK) by `readExport`, which names their kind from the headers that
// parseSycmRows knows. A file the page does not draw from is listed as "not used by this page"
// with the library's reason, never dropped. Everything is a pure function on bytes, as in the
// library. This module (with SheetJS and csv-parse) is loaded with the first file: the page
// itself comes up without it.
import { parse } from 'csv-parse/browser/esm/sync';
import { isStoreOpsError } from 'storeops/core';
import type { SycmKind } from 'storeops/adapters';
import { readExport } from 'storeops/files';
import type { FileKind, LoadedFile } from './files.js';

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
  if (has('日期') && has('目标销售额')) return 'plan';
  if (has('买家ID') && has('宝贝与描述相符')) return 'dsr-ratings';
  if (has('评分项') && has('行业均值')) return 'dsr-category';
  if (has('商品ID') && has('单位成本') && has('售价')) return 'products';
  if (has('商品ID') && has('包装费')) return 'item-costs';
  if (has('日期') && has('活动') && has('预热天数')) return 'events';
  if (has('统计日期') && has('计划名称') && has('日限额')) return 'campaigns';
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Which of the brief's own JSON inputs a parsed file is, by its shape (the brief validates the
 * fields): the morning check gate (`checks`, an object with its `asOf`), each item's monthly units
 * (`catalog`) or rival snapshots (`rivals.snapshots`); `null` when none.
 */
export function ownJsonOf(value: unknown): FileKind | null {
  if (isRecord(value)) return typeof value['asOf'] === 'string' ? 'morning-checks' : null;
  if (!Array.isArray(value) || value.length === 0 || !value.every(isRecord)) return null;
  const all = (...keys: string[]) => value.every((v) => keys.every((k) => k in v));
  if (all('id', 'units')) return 'catalog';
  if (all('rival', 'itemId', 'date')) return 'rival-snapshots';
  return null;
}

/** The export kinds the page draws from (the brief's store, items, sources and keywords). */
const USED_EXPORTS: ReadonlySet<SycmKind> = new Set(['store', 'item', 'source', 'keyword']);

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

/**
 * Reads one file: one of the store's own CSV sheets (by its headers), else an export through
 * readExport. `path` is where it was dropped (`data/traffic/….xls` from a folder); the name the
 * library reads (dates, report names) is its last part.
 */
export function readFile(path: string, bytes: Uint8Array, locale: 'zh-CN' | 'en' = 'zh-CN'): LoadedFile {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.(csv|txt)$/i.test(name)) {
    try {
      const table = parse(decode(bytes), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
      const kind = ownSheetOf(table.length > 0 ? Object.keys(table[0]!) : []);
      if (kind !== null) return { name: path, kind, used: true, table, parsed: null, reason: null };
    } catch {
      // Not a plain table with one header line (a 生意参谋 CSV has title lines): an export.
    }
  }
  if (/\.json$/i.test(name)) {
    try {
      const json: unknown = JSON.parse(decode(bytes));
      const kind = ownJsonOf(json);
      if (kind !== null) return { name: path, kind, used: true, table: [], json, parsed: null, reason: null };
    } catch {
      // Not JSON after all: readExport says what it is.
    }
  }
  try {
    let parsed;
    try {
      parsed = readExport(bytes, { fileName: name, locale });
    } catch (e) {
      // Headers that fit several kinds (an item id and a keyword): the file's name may say which.
      const hint = isStoreOpsError(e) && e.code === 'AMBIGUOUS_KIND' ? kindHint(name, String(e.issues[0]?.expected ?? '')) : null;
      if (hint === null) throw e;
      parsed = readExport(bytes, { fileName: name, locale, kind: hint });
    }
    const used = USED_EXPORTS.has(parsed.kind);
    return { name: path, kind: parsed.kind, used, table: [], parsed: used ? parsed : null, reason: null };
  } catch (e) {
    if (!isStoreOpsError(e)) throw e;
    // Not a download storeops reads (a JSON file, another tool's table, a damaged file): listed
    // with the library's reason.
    return { name: path, kind: null, used: false, table: [], parsed: null, reason: e.issues[0]?.message ?? e.message };
  }
}
