import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the adapters' notes (`parseSycmRows`, and through it `readExport`) in zh-CN and
 * en, by stable code: a subtotal row taken out of a traffic-source export, a subtotal its
 * children do not add up to, a group listed only by its subtotal
 * ([domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)). Placeholders are filled
 * from each note: `{path}` is the source path (`SOURCE_PATH_STORE` for the whole store),
 * `{visitors}` and `{childrenVisitors}` are 访客数.
 *
 * @example
 * ```ts
 * import { adaptersMessages, parseSycmRows } from 'storeops/adapters';
 * const rows = [{ 一级来源: '淘内免费', 二级来源: '汇总', 访客数: '90' }, { 一级来源: '淘内免费', 二级来源: '手淘搜索', 访客数: '90' }];
 * parseSycmRows(rows, { date: '2026-05-31' }).notes[0].message //=> '淘内免费的汇总行：不计入来源（用其下各来源）'
 * parseSycmRows(rows, { date: '2026-05-31', locale: 'en' }).notes[0].message //=> 'subtotal of 淘内免费: taken out of the sources (its children are used)'
 * adaptersMessages.SOURCE_PATH_STORE.en //=> 'the store'
 * ```
 */
export const adaptersMessages = {
  SUBTOTAL_ROW: {
    'zh-CN': '{path}的汇总行：不计入来源（用其下各来源）',
    en: 'subtotal of {path}: taken out of the sources (its children are used)',
  },
  SUBTOTAL_MISMATCH: {
    'zh-CN': '{path}下各来源的访客合计 {childrenVisitors}，汇总行为 {visitors}（同一访客经两个来源进店会重复计数，或有行缺失）',
    en: 'the sources under {path} add up to {childrenVisitors} visitors, its subtotal says {visitors} (visitors who came by two sources count in both, or rows are missing)',
  },
  GROUP_TOTAL_AS_SOURCE: {
    'zh-CN': '{path}只有汇总行：作为一个来源使用',
    en: '{path} is listed by its subtotal only: used as one source',
  },
  SOURCE_PATH_STORE: { 'zh-CN': '全店', en: 'the store' },
} as const satisfies MessageCatalog;

/** A message code of the adapters. */
export type AdaptersMessageCode = keyof typeof adaptersMessages;

/** A note's `{path}`: the source path joined by ` / `, or the whole store. @internal */
export function sourcePathText(path: readonly string[], locale: 'zh-CN' | 'en'): string {
  return path.length === 0 ? adaptersMessages.SOURCE_PATH_STORE[locale] : path.join(' / ');
}
