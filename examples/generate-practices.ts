// Sample data for the seed practices of the brief (the morning check gate, the sales curve and the
// rivals) of the sample store 山岚女装 on 2026-05-31, written as JSON to examples/data/. The story:
// - the gate: the 618 run-up is live at ¥199 (listed ¥219); the 6/1 full-reduction starts
//   tomorrow; 高腰阔腿裤 (600 on hand, 123 a day, lead time 5 + safety 2) is below its reorder
//   point: 4.9 days of cover, 261 to confirm with purchasing; an order paid 50 hours ago is late;
// - the curve: 100 items, one over 10,000 a month, none at 3,000–10,000, nine at 1,000–3,000
//   (the best 2,400): a gap at the promotion tier;
// - the rivals: four womenswear stores; A cut its summer dress from ¥199 to ¥169 and sold 90
//   against a 40 a day week; A, B and C launched summer items at about 45, 60 and 5 a day, D has
//   not: three of four launched, median 45 → time to launch.
// Run: npx tsx examples/generate-practices.ts (examples/generate-data.ts runs it too).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = (name: string) => fileURLToPath(new URL(`./data/${name}`, import.meta.url));

export const morningChecks = {
  asOf: '2026-05-31 09:00',
  activities: [
    { name: '618 预热', start: '2026-05-28', end: '2026-06-03', price: '199.00', listedPrice: '219.00', live: true },
    { name: '6.1 满300减40', start: '2026-06-01', end: '2026-06-03' },
  ],
  hitItems: [
    { id: '650100000001', name: '高腰阔腿裤', onHand: 600, dailySales: 123, leadTimeDays: 5, safetyDays: 2 },
    { id: '650100000007', name: '纯棉连衣裙', onHand: 2400, dailySales: 96, leadTimeDays: 7, safetyDays: 3 },
  ],
  unshippedOrders: [
    { orderId: '3926051112345', paidAt: '2026-05-29 07:00', reason: '缺货' },
    { orderId: '3926053098765', paidAt: '2026-05-30 20:15' },
    { orderId: '3926053154321', paidAt: '2026-05-31 08:40' },
  ],
  penalties: [{ kind: '投诉', points: 0, at: '2026-05-12' }],
  pages: [
    { name: '首页', ok: true },
    { name: '618 预热活动页', ok: true },
  ],
  dsr: { today: { description: 4.8123, service: 4.7988, shipping: 4.8511 }, yesterday: { description: 4.8131, service: 4.7990, shipping: 4.8507 } },
  afterSales: { today: { refundRate: 0.052, disputeRate: 0.001 }, yesterday: { refundRate: 0.05, disputeRate: 0.001 } },
};

export function catalogMonthlyUnits(): { id: string; name: string; units: number }[] {
  const named = ['高腰阔腿裤', '纯棉连衣裙', '真丝衬衫', '针织开衫', '百褶半身裙', '基础款T恤', '羊毛混纺大衣', '打底背心', '防晒衣', '牛仔短裤'];
  const units = [12_400, 2_400, 2_050, 1_880, 1_620, 1_450, 1_310, 1_190, 1_080, 1_020];
  const head = units.map((u, i) => ({ id: `6501000000${String(i + 1).padStart(2, '0')}`, name: named[i] as string, units: u }));
  // The long tail: 90 profit items tapering from 960 to 15 units a month.
  const tail = Array.from({ length: 90 }, (_, i) => ({ id: `6501000001${String(i).padStart(2, '0')}`, name: `利润款 ${i + 1}`, units: Math.round(960 * 0.955 ** i) }));
  return [...head, ...tail];
}

export function rivalSnapshots(): Record<string, unknown>[] {
  const days = ['2026-05-24', '2026-05-25', '2026-05-26', '2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30', '2026-05-31'];
  const rows: Record<string, unknown>[] = [];
  const item = (rival: string, itemId: string, title: string, season: string | undefined, listedAt: string, price: (d: number) => string, units: (d: number) => number) =>
    days.forEach((date, d) => {
      if (date < listedAt) return;
      rows.push({ rival, itemId, title, date, price: price(d), unitsSold: units(d), listedAt, ...(season === undefined ? {} : { season }) });
    });
  item('衣间', 'A-1', '法式碎花连衣裙', '夏季', '2026-05-10', (d) => (d === 7 ? '169.00' : '199.00'), (d) => (d === 7 ? 90 : 40 + (d % 3)));
  item('衣间', 'A-2', '冰丝阔腿裤', '夏季', '2026-05-15', () => '129.00', (d) => 44 + (d % 2));
  item('茉里', 'B-1', '亚麻衬衫', '夏季', '2026-05-12', () => '159.00', (d) => 58 + (d % 5));
  item('南屿', 'C-1', '吊带背心', '夏季', '2026-05-20', () => '59.00', (d) => 4 + (d % 3));
  item('素舍', 'D-1', '针织开衫', '春季', '2026-03-01', () => '189.00', (d) => 30 + (d % 4));
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(out('morning-checks.json'), `${JSON.stringify(morningChecks, null, 2)}\n`);
  writeFileSync(out('catalog-monthly-units.json'), `${JSON.stringify(catalogMonthlyUnits(), null, 2)}\n`);
  writeFileSync(out('rival-snapshots.json'), `${JSON.stringify(rivalSnapshots(), null, 2)}\n`);
  console.log('wrote examples/data/morning-checks.json, catalog-monthly-units.json, rival-snapshots.json');
}
