// Writes the sample data of the examples (examples/sample-data.ts: 山岚女装, May 2026) as the files
// an operator downloads — the layouts of ../shared/EXPORTS.md, read back by `readExport`:
//   取数 store daily          BIFF .xls, 3 title lines (report, 统计日期 range, blank)
//   商品_全部 items           HTML table saved as .xls, 4 title lines (report, 统计日期, 终端, blank),
//                              商品访客数 / 商品浏览量 / 商品支付转化率 headers
//   店铺流量来源, one per day  BIFF .xls, no date anywhere but the file name, level 1 merged down
//                              its group, under a 汇总 row per group and one for the store (三级 blank)
//   万相台 keyword report      GBK CSV, header on line 1 (日期, 场景名字, 计划名字, 词名字/词包名字 …)
// and the caller's own tables (plan, products, DSR) as plain UTF-8 CSV.
//
//   npx tsx examples/generate-data.ts      (rewrites examples/data; deterministic)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvBytes, htmlXlsBytes, xlsBytes, type FixtureCell, type FixtureSheet } from '../test/fixtures/exports.js';
import { generateSampleData, type Table } from './sample-data.js';

/** Where the files go. */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

/** The file names of the downloads (traffic sources: one file per day). */
export const FILES = {
  store: '【生意参谋平台】取数-店铺整体_2026-05-01_2026-05-31.xls',
  items: '【生意参谋平台】商品_全部_2026-05-01_2026-05-31.xls',
  keywords: '万相台_关键词报表_20260501_20260531.csv',
  trafficDir: 'traffic',
  traffic: (date: string) => `【生意参谋平台】无线店铺流量来源-${date}_${date}.xls`,
} as const;

const num = (cell: string | number | undefined): number => Number(String(cell ?? '').replace(/,/g, ''));
const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const yuan = (fen: number) => `${group(Math.floor(fen / 100))}.${String(fen % 100).padStart(2, '0')}`;
const pct = (n: number, d: number) => (d === 0 ? '-' : `${((n / d) * 100).toFixed(2)}%`);

/** The store and item exports: title lines above the table as the platform writes them. */
function withTitles(table: Table, titles: string[][]): FixtureSheet['rows'] {
  return [...titles, ...table];
}

/**
 * The traffic-source layout the files are written in: the three-level 店铺来源 form with its 汇总
 * subtotal rows (read by the adapters' source tree), or the older two-level 店铺流量来源 form.
 * Either way the day is only in the file name.
 */
const TRAFFIC_LEVELS: 2 | 3 = 3;

/** A table with its header renamed (the generator's names → the export's own), columns added before others. */
function renamed(table: Table, names: Record<string, string>, added: { before: string; header: string; value: string }[] = []): Table {
  const header = (table[0] as string[]).map((h) => names[h] ?? h);
  const at = added.map((a) => header.indexOf(names[a.before] ?? a.before));
  const insert = <T>(row: T[], cells: T[]): T[] => {
    const out = [...row];
    for (let i = added.length - 1; i >= 0; i--) out.splice(at[i] as number, 0, cells[i] as T);
    return out;
  };
  return [insert<string | number>(header, added.map((a) => a.header)), ...table.slice(1).map((row) => insert(row, added.map((a) => a.value)))];
}

/** 商品_全部 names its measures 商品访客数, 商品浏览量, 商品支付转化率 and its buyers 买家数. */
const ITEM_HEADERS = { 访客数: '商品访客数', 浏览量: '商品浏览量', 支付转化率: '商品支付转化率', 下单用户数: '下单买家数', 支付用户数: '支付买家数' };
/** The 万相台 keyword report: 日期, 计划名字, 宝贝ID, 词名字/词包名字, with its scene and word type. */
const KEYWORD_HEADERS = { 统计日期: '日期', 计划名称: '计划名字', 关键词: '词名字/词包名字', 商品ID: '宝贝ID' };

/**
 * One day of the source table as a 店铺流量来源 download, level 1 written on its group's first row
 * only (a merged cell). Three-level form: `汇总,汇总,汇总` for the store and `一级,汇总,汇总` per
 * group, each level-2 source below with 三级 blank. The day is not in the file.
 */
function trafficDay(sources: Table, date: string): FixtureSheet {
  const header = sources[0] as string[];
  const col = (name: string) => header.indexOf(name);
  const rows = sources.slice(1).filter((r) => r[col('统计日期')] === date);
  const measures = ['访客数', '下单买家数', '支付买家数', '支付金额'] as const;
  const totals = (list: Table) => measures.map((m) => list.reduce((s, r) => s + Math.round(num(r[col(m)]) * (m === '支付金额' ? 100 : 1)), 0));
  const three = TRAFFIC_LEVELS === 3;
  const cells = ([visitors, orderBuyers, buyers, fen]: number[]): FixtureCell[] => [group(visitors as number), group(orderBuyers as number), group(buyers as number), yuan(fen as number), pct(buyers as number, visitors as number)];
  const levels = three ? ['一级来源', '二级来源', '三级来源'] : ['流量来源', '来源明细'];
  const out: FixtureCell[][] = [['【生意参谋平台】无线店铺流量来源'], ['终端：无线端'], [], [...levels, '访客数', '下单买家数', '支付买家数', '支付金额', '支付转化率']];
  if (three) out.push(['汇总', '汇总', '汇总', ...cells(totals(rows))]);
  const merges: NonNullable<FixtureSheet['merges']> = [];
  for (const level1 of [...new Set(rows.map((r) => String(r[col('流量来源')])))]) {
    const inGroup = rows.filter((r) => r[col('流量来源')] === level1);
    const start = out.length;
    if (three) out.push([level1, '汇总', '汇总', ...cells(totals(inGroup))]);
    for (const [i, r] of inGroup.entries()) {
      const name: FixtureCell[] = three ? [null, String(r[col('来源明细')]), null] : [i === 0 ? level1 : null, String(r[col('来源明细')])];
      out.push([...name, ...['访客数', '下单买家数', '支付买家数', '支付金额', '支付转化率'].map((m) => r[col(m)] ?? null)]);
    }
    if (out.length - 1 > start) merges.push({ s: { r: start, c: 0 }, e: { r: out.length - 1, c: 0 } });
  }
  return { name: '无线流量来源', rows: out, merges };
}

/** Every file of examples/data, by path relative to it. */
export function sampleFiles(): Map<string, Uint8Array> {
  const d = generateSampleData();
  const files = new Map<string, Uint8Array>();
  const plain = (table: Table): FixtureSheet => ({ name: 'S', rows: table });
  files.set(FILES.store, xlsBytes({ name: '取数', rows: withTitles(d.store, [['【生意参谋平台】取数-店铺整体'], ['统计日期：2026-05-01~2026-05-31'], []]) }));
  files.set(FILES.items, htmlXlsBytes({ name: '商品_全部', rows: withTitles(renamed(d.items, ITEM_HEADERS), [['【生意参谋平台】商品_全部'], ['统计日期：2026-05-01~2026-05-31'], ['终端：所有终端'], []]) }));
  const dates = [...new Set(d.sources.slice(1).map((r) => String(r[0])))];
  for (const date of dates) files.set(`${FILES.trafficDir}/${FILES.traffic(date)}`, xlsBytes(trafficDay(d.sources, date)));
  const keywords = renamed(d.keywords, KEYWORD_HEADERS, [
    { before: '计划名称', header: '场景名字', value: '关键词推广' },
    { before: '关键词', header: '词类型', value: '关键词' },
  ]);
  files.set(FILES.keywords, csvBytes(plain(keywords), { encoding: 'gbk', eol: '\r\n' }));
  files.set('plan.csv', csvBytes(plain(d.plan)));
  files.set('products.csv', csvBytes(plain(d.products)));
  files.set('dsr-ratings.csv', csvBytes(plain(d.dsrRatings)));
  files.set('dsr-category.csv', csvBytes(plain(d.dsrCategory)));
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The downloads of earlier versions (clean CSVs) go; the examples' own inputs stay.
  for (const old of ['store-daily.csv', 'item-daily.csv', 'traffic-sources.csv', 'keywords.csv']) rmSync(join(DATA_DIR, old), { force: true });
  rmSync(join(DATA_DIR, FILES.trafficDir), { recursive: true, force: true });
  for (const name of readdirSync(DATA_DIR)) if (name.startsWith('【生意参谋平台】') || name.includes('关键词报表_20260501_20260531')) rmSync(join(DATA_DIR, name));
  mkdirSync(join(DATA_DIR, FILES.trafficDir), { recursive: true });
  for (const [name, bytes] of sampleFiles()) writeFileSync(join(DATA_DIR, name), bytes);
  console.log(`wrote ${DATA_DIR}`);
}
