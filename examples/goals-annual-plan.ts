// An annual plan, end to end ([domain reference §1](../docs/domain.en.md#1-the-operating-loop)): split 10,000,000 over 2026 by last year's months,
// weekends and promotion days; turn today's target into visitors per traffic entry and a target
// per team; check progress on the morning of 2026-01-11 and say why yesterday fell short.
//
//   npx tsx examples/goals-annual-plan.ts [en]
import { readFileSync } from 'node:fs';
import { attributeChange, driverTargets, planTargets, trackProgress, type PlanEvent, type TrafficEntry } from 'storeops/goals';
import { formatMoney, type Locale } from 'storeops/core';

interface StoreData {
  target: string;
  start: string;
  end: string;
  lastYearMonthlySales: Record<string, string>;
  weekdayWeights: number[];
  events: PlanEvent[];
  store: { conversionRate: number; aov: string };
  entries: TrafficEntry[];
  actuals: Record<string, string>;
  yesterday: { date: string; visitors: number; buyers: number; paidAmount: string };
}

/** Runs the annual-plan walk-through over `examples/data/goals-store.json`. */
export function runAnnualPlan(locale: Locale = 'zh-CN') {
  const data = JSON.parse(readFileSync(new URL('./data/goals-store.json', import.meta.url), 'utf8')) as StoreData;

  // 1. Split the year: months by last year's sales (同比), days by weekday and events.
  const plan = planTargets({
    total: data.target,
    start: data.start,
    end: data.end,
    monthWeights: data.lastYearMonthlySales,
    weekdayWeights: data.weekdayWeights,
    events: data.events,
  });

  // 2. The morning of 2026-01-11: where do we stand, and what is today's target now?
  const progress = trackProgress(plan, data.actuals, { asOf: data.yesterday.date, locale });
  const today = progress.replan[0];
  if (today === undefined) throw new Error('the plan has ended');

  // 3. Today's target by driver and by team, with the visitors each traffic entry must bring.
  const drivers = driverTargets(
    { target: today.target, conversionRate: data.store.conversionRate, aov: data.store.aov, entries: data.entries },
    { locale },
  );

  // 4. Why yesterday fell short: its target's drivers against what happened.
  const y = data.yesterday;
  const yesterdayTarget = plan.days.find((d) => d.date === y.date)?.target;
  if (yesterdayTarget === undefined) throw new Error('yesterday is not in the plan');
  const aov = Number(data.store.aov);
  const attribution = attributeChange(
    { visitors: yesterdayTarget.div(aov * data.store.conversionRate).toNumber(), conversionRate: data.store.conversionRate, aov },
    { visitors: y.visitors, conversionRate: y.buyers / y.visitors, aov: Number(y.paidAmount) / y.buyers },
    { locale },
  );

  return { plan, progress, today, drivers, attribution };
}

if (process.argv[1]?.endsWith('goals-annual-plan.ts')) {
  const locale: Locale = process.argv[2] === 'en' ? 'en' : 'zh-CN';
  const { plan, progress, today, drivers, attribution } = runAnnualPlan(locale);
  console.log(`Plan ${plan.start} … ${plan.end}: ${formatMoney(plan.total)}`);
  for (const q of plan.quarters) console.log(`  ${q.period}  ${formatMoney(q.target).padStart(16)}`);
  for (const m of plan.months) console.log(`  ${m.period}  ${formatMoney(m.target).padStart(16)}`);
  const double11 = plan.weeks.find((w) => w.period === '2026-11-09');
  if (double11) console.log(`  week of ${double11.period} (双11): ${formatMoney(double11.target)}`);
  console.log(`\n${progress.message}`);
  console.log(`Today ${today.date}: ${formatMoney(today.target)} (planned ${formatMoney(today.original)})`);
  for (const d of drivers.drivers) console.log(`  ${d.message}`);
  for (const e of drivers.entries ?? []) console.log(`    ${e.name}: ${e.visitors} visitors${e.impressions === null ? '' : `, ${e.impressions} impressions`}`);
  console.log(`\nYesterday: ${attribution.message}`);
}
