// parseSycmRows against a baseline measured in the same rounds: a bare loop that only strips
// commas and calls Number() on every cell — the least any reader of these exports must do.
// Cases: 100,000 store-export rows (12 cells: '1,234' / '3.21%' / '¥…' / '-'), 20,000
// 商品_全部 rows (38 columns), and 20,000 three-level source rows (汇总 rows and carried-down
// cells: the tree pass). The contenders alternate within each round, their order rotating, with
// a GC before each run when node runs with --expose-gc; the figure is the median of the
// per-round ratios with their min–max.
import { parseSycmRows } from 'storeops/adapters';

function storeRows(n: number): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let i = 0; i < n; i++) {
    const v = 10_000 + (i % 5000);
    out.push({
      统计日期: `2026-05-${String((i % 28) + 1).padStart(2, '0')}`,
      访客数: v.toLocaleString('en-US'),
      浏览量: (v * 3).toLocaleString('en-US'),
      跳失率: `${(60 + (i % 10)).toFixed(2)}%`,
      人均浏览量: '2.85',
      下单买家数: '420',
      支付买家数: '380',
      支付金额: `¥${(v * 8).toLocaleString('en-US')}.50`,
      支付转化率: '3.08%',
      客单价: '250.00',
      成功退款金额: i % 7 === 0 ? '-' : '1,200.00',
      较前一日: '+3.2%',
    });
  }
  return out;
}

const ITEM_HEADERS =
  '统计日期, 商品ID, 商品名称, 主商品ID, 商品类型, 货号, 商品状态, 商品标签, 商品访客数, 商品浏览量, 平均停留时长, 商品详情页跳出率, 商品收藏人数, 商品加购件数, 商品加购人数, 下单买家数, 下单件数, 下单金额, 下单转化率, 支付买家数, 支付件数, 支付金额, 商品支付转化率, 支付新买家数, 支付老买家数, 老买家支付金额, 聚划算支付金额, 访客平均价值, 成功退款金额, 竞争力评分, 年累计支付金额, 月累计支付金额, 月累计支付件数, 搜索引导支付转化率, 搜索引导访客数, 搜索引导支付买家数, 结构化详情引导转化率, 结构化详情引导成交占比'.split(', ');

function itemRows(n: number): Record<string, string>[] {
  const kinds = ['date', 'id', 'text', 'id', 'text', 'text', 'text', 'text', 'n', 'n', 'n', 'p', 'n', 'n', 'n', 'n', 'n', 'm', 'p', 'n', 'n', 'm', 'p', 'n', 'n', 'm', 'm', 'm', 'm', 'n', 'm', 'm', 'n', 'p', 'n', 'n', 'p', 'p'];
  const out: Record<string, string>[] = [];
  for (let i = 0; i < n; i++) {
    const row: Record<string, string> = {};
    ITEM_HEADERS.forEach((h, k) => {
      const v = (i * 31 + k * 7) % 5000;
      const kind = kinds[k];
      row[h] =
        kind === 'date' ? '2026-05-31' : kind === 'id' ? String(612345678901 + i) : kind === 'text' ? `商品${i % 100}` : kind === 'p' ? `${(v / 100).toFixed(2)}%` : kind === 'm' ? `${v.toLocaleString('en-US')}.00` : v.toLocaleString('en-US');
    });
    out.push(row);
  }
  return out;
}

function sourceRows(n: number): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let d = 0; out.length < n; d++) {
    const date = new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10);
    const day = (l1: string, l2: string, l3: string, v: number) => out.push({ 统计日期: date, 一级来源: l1, 二级来源: l2, 三级来源: l3, 访客数: v.toLocaleString('en-US'), 访客数变化: '-3.20%', 支付金额: `${(v * 7).toLocaleString('en-US')}.00` });
    day('汇总', '汇总', '汇总', 10000);
    day('淘内免费', '汇总', '汇总', 6000);
    day('淘内免费', '手淘搜索', '', 4000);
    day('', '手淘推荐', '', 2000);
    day('付费流量', '汇总', '汇总', 3000);
    day('付费流量', '直通车', '', 1000);
    day('付费流量', '万相台', '汇总', 2000);
    day('付费流量', '万相台', '关键词推广', 1500);
    day('', '万相台', '人群推广', 500);
    day('自主访问', '购物车', '', 1000);
  }
  return out;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function compare(label: string, data: Record<string, string>[], rounds = 5): void {
  let sink = 0;
  const contenders: [string, () => void][] = [
    ['baseline', () => {
      for (const r of data) for (const key in r) sink += Number((r[key] as string).replace(/[,%¥]/g, '')) || 0;
    }],
    ['parseSycmRows', () => {
      sink += parseSycmRows(data).rows.length;
    }],
  ];
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const [, fn] of contenders) fn();
  const times: number[][] = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const c = (round + k) % contenders.length;
      gc?.();
      const t = performance.now();
      (contenders[c] as [string, () => void])[1]();
      (times[c] as number[]).push(performance.now() - t);
    }
  }
  const ratios = (times[1] as number[]).map((t, i) => t / ((times[0] as number[])[i] as number));
  const ms = median(times[1] as number[]);
  console.log(
    `${label}: parseSycmRows ${ms.toFixed(1)} ms (${((ms * 1e3) / data.length).toFixed(2)} µs per row) — ${median(ratios).toFixed(2)}× the baseline (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}; ${rounds} rounds)`,
  );
  if (sink === -1) console.log(sink);
}

export default function bench(): void {
  compare('store export, 100,000 rows × 12 cells', storeRows(100_000));
  compare('商品_全部, 20,000 rows × 38 cells', itemRows(20_000));
  const sources = sourceRows(20_000);
  if (parseSycmRows(sources).errors.length > 0) throw new Error('the source bench data must read without errors');
  compare('three-level sources, 20,000 rows (汇总 rows, carried-down cells)', sources);
}
