// Generates an agency's folder of stores, one folder per store, each holding that store's
// downloads in the layouts 生意参谋 and 万相台 really use (see ../shared/EXPORTS.md):
//   【生意参谋平台】取数_店铺整体_<start>_<end>.xls      BIFF .xls, 3 title lines, text cells ('11,269', '3.21%')
//   【生意参谋平台】商品_全部_<start>_<end>.xlsx         4 title lines, 商品访客数 / 商品支付转化率 headers
//   【生意参谋平台】无线店铺流量来源-<day>_<day>.xls    one per day, an HTML table saved as .xls, three
//                                                       levels with 汇总 subtotal rows and merged first
//                                                       cells; the day only in the file name
//   万相台_关键词报表_<start>_<end>.csv                  GBK, header on line 1, one row per keyword and day
// and the store's plan: a store.json with the yearly target and monthly weights (most stores),
// or a plan.csv / plan.xlsx of daily targets.
//
//   npx tsx examples/agency/generate.ts <dir> [--stores 20] [--days 90] [--end 2026-05-31]
//
// Deterministic (seeded per store). Options add a store with a corrupt file and one with a bad
// cell, for the error paths.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { utils, write } from '@e965/xlsx';
import { mulberry32 } from '../lib/random.js';

/** What {@link generateAgency} writes. */
export interface AgencyOptions {
  /** How many stores (default 20). */
  stores?: number;
  /** Days of downloads per store, ending on `end` (default 90). */
  days?: number;
  /** The last day of the downloads (default 2026-05-31). */
  end?: string;
  /** Make the last store's item workbook a truncated file (it must be skipped, the others run). */
  corruptStore?: boolean;
  /** Put a misread visitors cell ('1,23') in the second store's item workbook. */
  badCell?: boolean;
}

/** What was written, for tests: the store ids and the files of a store. */
export interface AgencyLayout {
  stores: string[];
  corrupt: string | null;
  badCell: { store: string; file: string; row: number; column: string } | null;
}

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const yuan = (fen: number) => `${group(Math.floor(fen / 100))}.${String(fen % 100).padStart(2, '0')}`;
const pct = (num: number, den: number) => (den === 0 ? '-' : `${((num / den) * 100).toFixed(2)}%`);

function dayList(end: string, count: number): string[] {
  const [y, m, d] = end.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(y, m - 1, d - (count - 1 - i))).toISOString().slice(0, 10));
}

let gbkTable: Map<string, number[]> | undefined;
/** Encodes text as GBK (what 万相台 CSV downloads are in), from the platform's own GB18030 decoder run backwards. */
export function encodeGbk(text: string): Uint8Array {
  if (gbkTable === undefined) {
    gbkTable = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (bytes === undefined) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

// Traffic leaves: level 1, level 2, level 3 ('' where the branch ends at 二级), share of visitors, conversion, AOV.
const SOURCES = [
  ['淘内免费', '手淘搜索', '', 0.36, 0.028, 1],
  ['淘内免费', '手淘推荐', '', 0.2, 0.013, 0.92],
  ['付费流量', '万相台', '关键词推广', 0.14, 0.03, 1.04],
  ['付费流量', '万相台', '人群推广', 0.06, 0.012, 0.97],
  ['付费流量', '淘宝客', '', 0.05, 0.04, 0.85],
  ['自主访问', '购物车', '', 0.1, 0.09, 1.08],
  ['自主访问', '我的淘宝', '', 0.06, 0.06, 1.05],
  ['淘外流量', '抖音', '', 0.03, 0.008, 0.9],
] as const;

const ITEM_NAMES = ['高腰阔腿裤', '羊毛混纺大衣', '真丝衬衫', '基础款T恤', '百褶半身裙'];
const KEYWORDS = ['阔腿裤女', '大衣女 冬', '衬衫 真丝'];
const SHOPS = ['山岚', '青禾', '木棉', '素野', '云栖', '南枝', '北屿', '栖木', '拾光', '初夏'];
const KINDS = ['女装', '家居', '母婴', '茶叶', '箱包'];

function xlsBytes(aoa: (string | number)[][], bookType: 'xls' | 'xlsx', sheet: string): Uint8Array {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet(aoa), sheet);
  return new Uint8Array(write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function htmlXls(title: string[], aoa: string[][]): string {
  const tr = (cells: string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table>\n${title.map((t) => tr([t], 'td')).join('\n')}\n${tr(aoa[0] as string[], 'th')}\n${aoa
    .slice(1)
    .map((r) => tr(r, 'td'))
    .join('\n')}\n</table></body></html>\n`;
}

/** Writes `options.stores` store folders under `dir` and returns their ids. */
export function generateAgency(dir: string, options: AgencyOptions = {}): AgencyLayout {
  const count = options.stores ?? 20;
  const days = dayList(options.end ?? '2026-05-31', options.days ?? 90);
  const start = days[0] as string;
  const end = days[days.length - 1] as string;
  mkdirSync(dir, { recursive: true });
  const stores: string[] = [];
  let corrupt: string | null = null;
  let badCell: AgencyLayout['badCell'] = null;
  for (let s = 0; s < count; s++) {
    const id = `store-${String(s + 1).padStart(3, '0')}`;
    stores.push(id);
    const rand = mulberry32(1000 + s);
    const jitter = (spread: number) => 1 + (rand() * 2 - 1) * spread;
    const folder = join(dir, id);
    mkdirSync(folder, { recursive: true });
    const name = `${SHOPS[s % SHOPS.length]}${KINDS[Math.floor(s / SHOPS.length) % KINDS.length]}${s >= 50 ? s : ''}`;
    const baseVisitors = 1500 + Math.floor(rand() * 9000);
    const aov = 120 + Math.floor(rand() * 200);
    // The last day: some stores' paid budget ran out (paid traffic down), which the brief must find.
    const budgetOut = s % 3 === 0;

    const storeRows: string[][] = [['统计日期', '访客数', '浏览量', '跳失率', '人均浏览量（访问深度）', '下单买家数', '支付买家数', '支付金额', '支付转化率', '客单价', '卖家昵称']];
    const itemRows: string[][] = [['统计日期', '商品ID', '商品名称', '主商品ID', '商品访客数', '商品浏览量', '商品详情页跳出率', '下单买家数', '支付买家数', '支付件数', '支付金额', '商品支付转化率']];
    const keywordRows: string[][] = [['日期', '场景ID', '场景名字', '计划ID', '计划名字', '宝贝ID', '宝贝名称', '词类型', '词名字/词包名字', '展现量', '点击量', '花费', '点击率', '总成交金额', '总成交笔数', '投入产出比']];
    const salesByDay: number[] = [];
    days.forEach((date, d) => {
      const weekend = new Date(`${date}T00:00:00Z`).getUTCDay() % 6 === 0;
      const dayVisitors = baseVisitors * (weekend ? 1.2 : 1) * jitter(0.05);
      const leaves = SOURCES.map(([l1, l2, l3, share, conv, aovFactor]) => {
        let visitors = Math.round(dayVisitors * share * jitter(0.08));
        if (budgetOut && d === days.length - 1 && l1 === '付费流量') visitors = Math.round(visitors * 0.4);
        const buyers = Math.round(visitors * conv * jitter(0.1));
        const fen = Math.round(buyers * aov * aovFactor * jitter(0.05) * 100);
        return { l1, l2, l3, visitors, buyers, fen, orderAmount: Math.round(fen * 1.1) };
      });
      const tot = leaves.reduce((a, l) => ({ visitors: a.visitors + l.visitors, buyers: a.buyers + l.buyers, fen: a.fen + l.fen, orderAmount: a.orderAmount + l.orderAmount }), { visitors: 0, buyers: 0, fen: 0, orderAmount: 0 });
      salesByDay.push(tot.fen);
      const pv = Math.round(tot.visitors * 2.6 * jitter(0.05));
      storeRows.push([date, group(tot.visitors), group(pv), `${(64 * jitter(0.05)).toFixed(2)}%`, (pv / tot.visitors).toFixed(2), group(Math.round(tot.buyers * 1.1)), group(tot.buyers), yuan(tot.fen), pct(tot.buyers, tot.visitors), tot.buyers === 0 ? '-' : yuan(Math.round(tot.fen / tot.buyers)), name]);

      // Traffic: three levels, subtotals labelled 汇总, level 1 written on its group's first row only.
      const traffic: string[][] = [['一级来源', '二级来源', '三级来源', '访客数', '访客数变化', '下单金额', '支付买家数', '支付金额', '支付转化率']];
      const line = (l1: string, l2: string, l3: string, a: { visitors: number; buyers: number; fen: number; orderAmount: number }) =>
        traffic.push([l1, l2, l3, group(a.visitors), `${(jitter(0.1) * 10 - 10).toFixed(2)}%`, yuan(a.orderAmount), group(a.buyers), yuan(a.fen), pct(a.buyers, a.visitors)]);
      const sumOf = (ls: typeof leaves) => ls.reduce((a, l) => ({ visitors: a.visitors + l.visitors, buyers: a.buyers + l.buyers, fen: a.fen + l.fen, orderAmount: a.orderAmount + l.orderAmount }), { visitors: 0, buyers: 0, fen: 0, orderAmount: 0 });
      line('汇总', '汇总', '汇总', tot);
      for (const l1 of [...new Set(leaves.map((l) => l.l1))]) {
        const mine = leaves.filter((l) => l.l1 === l1);
        line(l1, '汇总', '汇总', sumOf(mine));
        let first = true;
        for (const l2 of [...new Set(mine.map((l) => l.l2))]) {
          const under = mine.filter((l) => l.l2 === l2);
          if (under.length > 1 || (under[0] as { l3: string }).l3 !== '') {
            line(first ? '' : '', l2, '汇总', sumOf(under));
            for (const l of under) line('', l2, l.l3, l);
          } else line('', l2, '', under[0] as (typeof leaves)[number]);
          first = false;
        }
      }
      const trafficFile = `【生意参谋平台】无线店铺流量来源-${date}_${date}.xls`;
      writeFileSync(join(folder, trafficFile), htmlXls(['【生意参谋平台】店铺来源', `统计日期：${date}~${date}`, '终端：无线端', ''], traffic));

      // Items: five items share the day's paid amount.
      let left = tot.fen;
      ITEM_NAMES.forEach((itemName, k) => {
        const fen = k === ITEM_NAMES.length - 1 ? left : Math.round(tot.fen * [0.34, 0.22, 0.18, 0.14][k]! * jitter(0.05));
        left -= fen;
        const buyers = Math.max(1, Math.round(fen / (aov * 100)));
        const visitors = Math.max(buyers, Math.round(buyers / (0.03 * jitter(0.1))));
        const itemId = `6${String(s + 1).padStart(3, '0')}0000000${k + 1}`;
        const visitorsCell = options.badCell === true && s === 1 && d === 3 && k === 2 ? '1,23' : group(visitors);
        if (visitorsCell === '1,23') badCell = { store: id, file: `【生意参谋平台】商品_全部_${start}_${end}.xlsx`, row: itemRows.length, column: '商品访客数' };
        itemRows.push([date, itemId, itemName, itemId, visitorsCell, group(Math.round(visitors * 1.7)), `${(55 * jitter(0.1)).toFixed(2)}%`, group(Math.round(buyers * 1.1)), group(buyers), group(Math.round(buyers * 1.05)), yuan(fen), pct(buyers, visitors)]);
      });

      // Keywords (万相台 关键词推广): spend and sales per keyword and day.
      KEYWORDS.forEach((kw, k) => {
        const cut = budgetOut && d === days.length - 1 ? 0.4 : 1;
        const impressions = Math.round((4000 + k * 1500) * cut * jitter(0.1));
        const clicks = Math.round(impressions * 0.03 * jitter(0.1));
        const spend = Math.round(clicks * (90 + k * 40) * jitter(0.08));
        const orders = Math.round(clicks * 0.03 * jitter(0.3));
        const sales = Math.round(orders * aov * jitter(0.05) * 100);
        const itemId = `6${String(s + 1).padStart(3, '0')}0000000${k + 1}`;
        keywordRows.push([date, '1001', '关键词推广', `2${k}01`, '日常推广', itemId, ITEM_NAMES[k] as string, '关键词', kw, String(impressions), String(clicks), (spend / 100).toFixed(2), clicks === 0 ? '' : (clicks / impressions).toFixed(4), (sales / 100).toFixed(2), String(orders), spend === 0 ? '' : (sales / spend).toFixed(2)]);
      });
    });

    writeFileSync(join(folder, `【生意参谋平台】取数_店铺整体_${start}_${end}.xls`), xlsBytes([['【生意参谋平台】取数'], [`统计日期：${start}~${end}`], [], ...storeRows], 'xls', '店铺整体'));
    let items = xlsBytes([['【生意参谋平台】商品_全部'], [`统计日期：${start}~${end}`], ['终端：所有终端'], [], ...itemRows], 'xlsx', '商品');
    if (options.corruptStore === true && s === count - 1) {
      items = items.subarray(0, Math.floor(items.length / 2));
      corrupt = id;
    }
    writeFileSync(join(folder, `【生意参谋平台】商品_全部_${start}_${end}.xlsx`), items);
    writeFileSync(join(folder, `万相台_关键词报表_${start}_${end}.csv`), encodeGbk(`${keywordRows.map((r) => r.join(',')).join('\r\n')}\r\n`));

    // The plan: most stores give a yearly target and monthly weights; some a daily plan file.
    const year = Number(end.slice(0, 4));
    const averageDay = salesByDay.reduce((a, b) => a + b, 0) / salesByDay.length / 100;
    const yearTarget = Math.round(averageDay * 365 * (0.95 + rand() * 0.15));
    if (s % 5 === 4) {
      const plan = [['日期', '目标销售额'], ...days.map((date, d) => [date, (((salesByDay[d] as number) * (0.9 + rand() * 0.2)) / 100).toFixed(2)])];
      if (s % 10 === 9) writeFileSync(join(folder, 'plan.xlsx'), xlsBytes(plan, 'xlsx', '计划'));
      else writeFileSync(join(folder, 'plan.csv'), `${plan.map((r) => r.join(',')).join('\r\n')}\r\n`);
      writeFileSync(join(folder, 'store.json'), `${JSON.stringify({ name }, null, 2)}\n`);
    } else {
      const monthWeights = [8, 7, 9, 9, 10, 11, 8, 8, 9, 10, 14, 12];
      writeFileSync(join(folder, 'store.json'), `${JSON.stringify({ name, yearTarget: String(yearTarget), year, monthWeights }, null, 2)}\n`);
    }
  }
  return { stores, corrupt, badCell };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (dir === undefined || dir.startsWith('--')) {
    console.error('usage: tsx examples/agency/generate.ts <dir> [--stores 20] [--days 90] [--end 2026-05-31]');
    process.exit(2);
  }
  const layout = generateAgency(dir, { stores: Number(arg('stores') ?? 20), days: Number(arg('days') ?? 90), end: arg('end') ?? '2026-05-31' });
  console.log(`${layout.stores.length} stores written to ${dir}`);
}
