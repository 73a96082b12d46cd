// Apache ECharts, tree-shaken: echarts/core plus only the charts and components drawn here.
import { BarChart, FunnelChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Locale } from 'storeops/core';
import type { ShareNorm, TrafficCategory } from 'storeops/funnel';
import { compact, count, percent, ui, yuan } from './i18n.js';
import type { Dashboard } from './model.js';

use([BarChart, LineChart, PieChart, FunnelChart, GaugeChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const GOOD = '#2e7d32';
const PASS = '#f9a825';
const FAIL = '#c62828';
const INK = '#37474f';

export type ChartName = 'plan' | 'funnel' | 'traffic' | 'health' | 'dsr';

const charts = new Map<ChartName, EChartsType>();

/** The chart drawn in `el` (made once; a locale switch redraws with a new option). */
export function chartIn(name: ChartName, el: HTMLElement): EChartsType {
  let c = charts.get(name);
  if (c === undefined) {
    c = init(el, undefined, { renderer: 'canvas' });
    charts.set(name, c);
  }
  return c;
}

/** Every chart by name: the e2e test reads their options (`window.__dashboard.charts`). */
export function allCharts(): ReadonlyMap<ChartName, EChartsType> {
  return charts;
}

export function resizeAll(): void {
  for (const c of charts.values()) c.resize();
}

const base = { animation: false, textStyle: { fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif' } };

/** Bars: the day's actual and target; lines: actual and target to date (right axis). */
export function planOption(d: Dashboard, locale: Locale) {
  const w = ui[locale];
  const money = (v: unknown) => (typeof v === 'number' ? yuan(v, locale) : '—');
  return {
    ...base,
    tooltip: { trigger: 'axis', valueFormatter: money },
    legend: { top: 0 },
    grid: { left: 56, right: 64, top: 36, bottom: 56 },
    xAxis: { type: 'category', data: d.plan.map((p) => d.dayLabels[p.date] ?? p.date), axisLabel: { rotate: 45, interval: 'auto', fontSize: 10 } },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => compact(v, locale) } },
      { type: 'value', axisLabel: { formatter: (v: number) => compact(v, locale) }, splitLine: { show: false } },
    ],
    series: [
      { id: 'dailyActual', name: w.dailyActual, type: 'bar', data: d.plan.map((p) => p.actual), itemStyle: { color: '#1e88e5' } },
      { id: 'dailyTarget', name: w.dailyTarget, type: 'bar', data: d.plan.map((p) => p.target), itemStyle: { color: '#b0bec5' } },
      { id: 'mtdActual', name: w.mtdActual, type: 'line', yAxisIndex: 1, data: d.plan.map((p) => p.actualToDate), symbolSize: 4, lineStyle: { width: 3 }, itemStyle: { color: '#0d47a1' } },
      { id: 'mtdTarget', name: w.mtdTarget, type: 'line', yAxisIndex: 1, data: d.plan.map((p) => p.targetToDate), symbol: 'none', lineStyle: { type: 'dashed' }, itemStyle: { color: '#78909c' } },
    ],
  };
}

/** Visitors → added to cart / favourited → buyers, the day's counts (order kept). */
export function funnelOption(d: Dashboard, locale: Locale) {
  const w = ui[locale];
  const f = d.funnel;
  const data = f === null ? [] : [
    { name: w.visitors, value: f.visitors },
    { name: w.cartAdders, value: f.cartAdders },
    { name: w.favoriters, value: f.favoriters },
    { name: w.buyers, value: f.buyers },
  ];
  return {
    ...base,
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => `${p.name}: ${count(p.value, locale)}${f === null ? '' : ` (${percent(p.value / f.visitors, locale, 2)})`}` },
    series: [
      {
        id: 'funnel',
        type: 'funnel',
        sort: 'none',
        minSize: '6%',
        left: '4%',
        width: '56%',
        label: {
          position: 'right',
          color: INK,
          formatter: (p: { name: string; value: number }) => `${p.name} ${count(p.value, locale)}${f === null || f.visitors === 0 ? '' : ` · ${percent(p.value / f.visitors, locale, 2)}`}`,
        },
        labelLine: { show: true },
        itemStyle: { borderColor: '#fff' },
        color: ['#1565c0', '#42a5f5', '#90caf9', '#2e7d32'],
        data,
      },
    ],
  };
}

/** The norm's middle as a share, and its text (≥ 70%, 5%–10%). */
function normOf(n: ShareNorm | undefined, locale: Locale): { share: number; text: string } | null {
  if (n === undefined) return null;
  if (n.min !== undefined && n.max !== undefined) return { share: (n.min + n.max) / 2, text: `${percent(n.min, locale)}–${percent(n.max, locale)}` };
  if (n.min !== undefined) return { share: n.min, text: `≥ ${percent(n.min, locale)}` };
  if (n.max !== undefined) return { share: n.max / 2, text: `${n.maxInclusive === false ? '<' : '≤'} ${percent(n.max, locale)}` };
  return null;
}

const CATEGORY_COLORS: Record<TrafficCategory, string> = { natural: '#2e7d32', paid: '#1e88e5', activity: '#fb8c00', member: '#8e24aa', external: '#00897b', other: '#9e9e9e' };

/** Outer ring: each category's share of visitors, red-edged when out of its norm; inner ring: the norms. */
export function trafficOption(d: Dashboard, locale: Locale) {
  const w = ui[locale];
  const cats = d.traffic?.categories ?? [];
  const norms = cats.map((c) => ({ c, norm: normOf(d.marks?.traffic[c.category], locale) }));
  return {
    ...base,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        id: 'actual',
        type: 'pie',
        radius: ['52%', '72%'],
        center: ['50%', '46%'],
        label: {
          formatter: (p: { name: string; data: { share: number | null; norm: string | null } }) =>
            `${p.name} ${percent(p.data.share, locale)}${p.data.norm === null ? '' : `\n${w.norm} ${p.data.norm}`}`,
        },
        data: norms
          .filter(({ c }) => c.visitors > 0)
          .map(({ c, norm }) => ({
            name: w.categories[c.category],
            value: c.visitors,
            share: c.share,
            norm: norm?.text ?? null,
            status: c.check?.status ?? null,
            itemStyle: { color: CATEGORY_COLORS[c.category], borderColor: c.check?.status === 'fail' ? FAIL : '#fff', borderWidth: c.check?.status === 'fail' ? 3 : 1 },
          })),
      },
      {
        id: 'norm',
        type: 'pie',
        radius: ['30%', '44%'],
        center: ['50%', '46%'],
        label: { show: false },
        tooltip: { formatter: (p: { name: string; data: { text: string } }) => `${w.norm} · ${p.name}: ${p.data.text}` },
        data: norms
          .filter((n) => n.norm !== null)
          .map(({ c, norm }) => ({ name: w.categories[c.category], value: norm!.share, text: norm!.text, itemStyle: { color: CATEGORY_COLORS[c.category], opacity: 0.55 } })),
      },
    ],
  };
}

/** Axis colours of a gauge from min to max: fail, pass, good bands at the marks (grey before any file). */
function bands(min: number, max: number, m: { direction: 'above' | 'below'; pass: number; good?: number } | undefined): [number, string][] {
  if (m === undefined) return [[1, '#cfd8dc']];
  const at = (v: number) => Math.min(1, Math.max(0, (v - min) / (max - min)));
  const good = m.good ?? m.pass;
  return m.direction === 'above'
    ? [[at(m.pass), FAIL], [at(good), PASS], [1, GOOD]]
    : [[at(good), GOOD], [at(m.pass), PASS], [1, FAIL]];
}

function gauge(id: string, name: string, value: number | null, min: number, max: number, colors: [number, string][], center: string, text: (v: number) => string, radius = '70%', splitNumber = 4) {
  return {
    id,
    name,
    type: 'gauge',
    min,
    max,
    center: [center, '55%'],
    radius,
    startAngle: 200,
    endAngle: -20,
    splitNumber,
    axisLine: { lineStyle: { width: 12, color: colors } },
    axisTick: { show: false },
    splitLine: { length: 10, lineStyle: { color: '#fff', width: 2 } },
    axisLabel: { distance: 18, fontSize: 9, color: '#78909c', formatter: (v: number) => text(v) },
    pointer: { width: 4, itemStyle: { color: INK } },
    title: { offsetCenter: [0, '72%'], fontSize: 12 },
    detail: { valueAnimation: false, offsetCenter: [0, '40%'], fontSize: 16, formatter: (v: number) => (value === null ? '—' : text(v)) },
    data: value === null ? [] : [{ value, name }],
  };
}

/** Bounce rate and pages per visitor over 7 days against their marks ([domain reference §3](../../../docs/domain.en.md#3-page-health)). */
export function healthOption(d: Dashboard, locale: Locale) {
  const w = ui[locale];
  const m = d.pageHealth?.result.metrics;
  return {
    ...base,
    series: [
      gauge('bounceRate', w.bounceRate, m?.bounceRate ?? null, 0, 1, bands(0, 1, d.marks?.bounceRate), '25%', (v) => percent(v, locale)),
      gauge('pagesPerVisitor', w.pagesPerVisitor, m?.pagesPerVisitor ?? null, 0, 6, bands(0, 6, d.marks?.pagesPerVisitor), '75%', (v) => v.toFixed(2)),
    ],
  };
}

/** The three DSR scores (exact means) on 4–5 against pass 4.7 and good 4.8 ([domain reference §4](../../../docs/domain.en.md#4-dsr)). */
export function dsrOption(d: Dashboard, locale: Locale) {
  const w = ui[locale];
  const s = d.dsr?.scores;
  const g = (id: 'description' | 'service' | 'shipping', center: string) =>
    gauge(id, w[id], s?.[id] ?? null, 4, 5, bands(4, 5, d.marks?.dsr), center, (v) => v.toFixed(2), '62%', 2);
  return { ...base, series: [g('description', '17%'), g('service', '50%'), g('shipping', '83%')] };
}
