// The page's own words and number formats, in both locales (the library renders its messages).
import type { Locale } from 'storeops/core';

export const ui = {
  'zh-CN': {
    title: '店铺看板',
    drop: '把生意参谋 / 万相台下载的文件或整个文件夹拖到这里，或',
    choose: '选择文件',
    chooseFolder: '选择文件夹',
    sample: '载入示例数据',
    day: '日期',
    season: '上新季节',
    noSeason: '不判断',
    briefProblem: '晨报无法生成',
    language: 'English',
    headline: '当日',
    actual: '实际',
    target: '目标',
    mtd: '月累计',
    achievement: '达成率',
    met: '达标',
    missed: '未达标',
    planTitle: '目标与实际（按日，月累计）',
    dailyActual: '当日实际',
    dailyTarget: '当日目标',
    mtdActual: '累计实际',
    mtdTarget: '累计目标',
    funnelTitle: '转化漏斗',
    visitors: '访客',
    cartAdders: '加购',
    favoriters: '收藏',
    buyers: '支付买家',
    trafficTitle: '流量结构（外圈实际，内圈标准）',
    norm: '标准',
    healthTitle: '页面健康（近 7 天）',
    bounceRate: '跳失率',
    pagesPerVisitor: '人均浏览量',
    dsrTitle: 'DSR 店铺动态评分',
    description: '描述相符',
    service: '服务态度',
    shipping: '物流服务',
    briefTitle: '晨报',
    all: '全部',
    noData: '还没有数据：拖入文件或载入示例数据',
    files: '已读文件',
    rows: '行',
    leftOut: '剔除',
    filesRead: '已用文件',
    notUsed: '本页未使用',
    exportOf: '生意参谋 / 万相台导出：',
    atStake: '涉及金额',
    categories: { natural: '自然', paid: '付费', activity: '活动', member: '会员/自主访问', external: '站外', other: '其他' },
    owners: { operations: '运营', promotion: '推广', design: '美工', service: '客服', merchandising: '商品' },
    severities: { critical: '紧急', warning: '注意', info: '提示' },
  },
  en: {
    title: 'Store dashboard',
    drop: 'Drop 生意参谋 / 万相台 downloads or a whole folder here, or',
    choose: 'choose files',
    chooseFolder: 'a folder',
    sample: 'Load the sample data',
    day: 'Day',
    season: 'Launch season',
    noSeason: 'not judged',
    briefProblem: 'The brief could not be made',
    language: '中文',
    headline: 'Day',
    actual: 'Actual',
    target: 'Target',
    mtd: 'Month to date',
    achievement: 'Achievement',
    met: 'Target met',
    missed: 'Target missed',
    planTitle: 'Plan vs actual by day, month to date',
    dailyActual: 'Daily actual',
    dailyTarget: 'Daily target',
    mtdActual: 'Actual to date',
    mtdTarget: 'Target to date',
    funnelTitle: 'Conversion funnel',
    visitors: 'Visitors',
    cartAdders: 'Added to cart',
    favoriters: 'Favourited',
    buyers: 'Buyers',
    trafficTitle: 'Traffic structure (outer: actual, inner: norm)',
    norm: 'Norm',
    healthTitle: 'Page health (last 7 days)',
    bounceRate: 'Bounce rate',
    pagesPerVisitor: 'Pages per visitor',
    dsrTitle: 'DSR seller ratings',
    description: 'As described',
    service: 'Service',
    shipping: 'Shipping',
    briefTitle: 'Morning brief',
    all: 'All',
    noData: 'No data yet: drop files or load the sample data',
    files: 'Files read',
    rows: 'rows',
    leftOut: 'left out',
    filesRead: 'files used',
    notUsed: 'not used by this page',
    exportOf: '生意参谋 / 万相台 export:',
    atStake: 'at stake',
    categories: { natural: 'Natural', paid: 'Paid', activity: 'Activity', member: 'Member / direct', external: 'External', other: 'Other' },
    owners: { operations: 'Operations', promotion: 'Promotion', design: 'Design', service: 'Service', merchandising: 'Merchandising' },
    severities: { critical: 'critical', warning: 'warning', info: 'info' },
  },
} as const;

export type Words = (typeof ui)[Locale];

const intl = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'zh-CN');

/** Yuan with two decimals: ¥96,578.73 (both locales write the yuan sign). */
export function yuan(value: number | string, locale: Locale): string {
  return new Intl.NumberFormat(intl(locale), { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }).format(Number(value));
}

/** A count with the locale's grouping. */
export function count(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intl(locale)).format(value);
}

/** Axis amounts: 10万 / 100K. */
export function compact(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intl(locale), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A rate (0–1) as a percentage with up to `digits` decimals. */
export function percent(value: number | null, locale: Locale, digits = 1): string {
  return value === null ? '—' : new Intl.NumberFormat(intl(locale), { style: 'percent', maximumFractionDigits: digits }).format(value);
}
