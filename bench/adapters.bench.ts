// parseSycmRows over 100,000 store-export rows (12 cells each, '1,234' / '3.21%' / '¥…' /
// '-' cells), against a baseline measured in the same run: a bare loop that only strips commas
// and calls Number() on every cell — the least any reader of these exports must do.
import { parseSycmRows } from 'storeops/adapters';

const N = 100_000;

function rows(): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let i = 0; i < N; i++) {
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

function time(fn: () => void): number {
  fn();
  const start = performance.now();
  for (let k = 0; k < 3; k++) fn();
  return (performance.now() - start) / 3;
}

export default function bench(): void {
  const data = rows();
  let sink = 0;
  const baseline = time(() => {
    for (const r of data) for (const key in r) sink += Number((r[key] as string).replace(/[,%¥]/g, '')) || 0;
  });
  const parsed = time(() => {
    sink += parseSycmRows(data).rows.length;
  });
  console.log(`rows: ${N.toLocaleString('en-US')}, 12 cells each`);
  console.log(`baseline (strip + Number per cell): ${baseline.toFixed(1)} ms`);
  console.log(`parseSycmRows: ${parsed.toFixed(1)} ms — ${(parsed / baseline).toFixed(2)}× the baseline (${((parsed * 1e6) / N / 1e3).toFixed(2)} µs per row)`);
  if (sink === -1) console.log(sink);
}
