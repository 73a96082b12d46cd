// Reading what a user drops: 生意参谋 / 万相台 exports (store, item, traffic source, keyword)
// and the store's own sheets (the plan, product costs, DSR ratings and the category's DSR).
// Everything is a pure function on bytes, as in the library: the page hands over File bytes.
import { parse } from 'csv-parse/browser/esm/sync';
import { parseSycmRows, type SycmKind, type SycmParseResult } from 'storeops/adapters';

/** What a dropped file holds. */
export type FileKind = SycmKind | 'plan' | 'products' | 'dsr-ratings' | 'dsr-category';

/** One dropped file, read. */
export interface LoadedFile {
  name: string;
  kind: FileKind | null;
  /** The sheet's rows keyed by header (the store's own sheets). */
  table: Record<string, string>[];
  /** The adapters' result for an export (rows parsed to typed inputs, bad cells as errors). */
  parsed: SycmParseResult | null;
}

/** Files in examples/data that are other examples' inputs, not the dashboard's sample. */
export const NOT_DASHBOARD = /(?:^|\/)(?:funnel-sources|funnel-keywords|page-health-week)\.csv$/;

/** UTF-8 (with or without BOM), else GB18030, which older 生意参谋 downloads use. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Which sheet a header row belongs to; `null` when none is known. */
export function kindOf(headers: readonly string[]): FileKind | null {
  const has = (h: string) => headers.includes(h);
  if (has('目标销售额')) return 'plan';
  if (has('买家ID') && has('宝贝与描述相符')) return 'dsr-ratings';
  if (has('评分项') && has('行业均值')) return 'dsr-category';
  if (has('单位成本') && has('售价')) return 'products';
  if (has('关键词')) return 'keyword';
  if (has('流量来源') || has('来源明细')) return 'source';
  if (has('商品ID')) return 'item';
  if (has('访客数')) return 'store';
  return null;
}

/** Reads one file: CSV rows keyed by header, its kind, and the adapters' parse for an export. */
export function readFile(name: string, bytes: Uint8Array): LoadedFile {
  const table = parse(decode(bytes), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  const headers = table.length > 0 ? Object.keys(table[0]!) : [];
  const kind = kindOf(headers);
  const parsed = kind === 'store' || kind === 'item' || kind === 'source' || kind === 'keyword' ? parseSycmRows(table, { kind }) : null;
  return { name, kind, table, parsed };
}
