// The CLI's own words, in both locales (the briefs carry their own messages).
import { briefMessages } from '../brief/index.js';
import { renderMessage, type Locale, type MessageParams } from '../core/index.js';

const cliMessages = {
  INDEX_TITLE: { 'zh-CN': '店铺晨报汇总 · {date}', en: 'Stores · morning briefs · {date}' },
  INDEX_TITLE_UNDATED: { 'zh-CN': '店铺晨报汇总', en: 'Stores · morning briefs' },
  INDEX_SUMMARY: { 'zh-CN': '共 {total} 家店铺：{ran} 家已生成晨报，{skipped} 家跳过。', en: '{total} stores: {ran} briefed, {skipped} skipped.' },
  INDEX_LEAGUE: { 'zh-CN': '排行（最差在前）', en: 'League (worst first)' },
  INDEX_SKIPPED: { 'zh-CN': '跳过的店铺', en: 'Stores skipped' },
  INDEX_IGNORED: { 'zh-CN': '未读取的文件', en: 'Files not read' },
  COL_RANK: { 'zh-CN': '排名', en: 'Rank' },
  COL_STORE: { 'zh-CN': '店铺', en: 'Store' },
  COL_ACHIEVEMENT: { 'zh-CN': '达成率', en: 'Achievement' },
  COL_ACTUAL: { 'zh-CN': '实际', en: 'Actual' },
  COL_TARGET: { 'zh-CN': '目标', en: 'Target' },
  COL_GAP: { 'zh-CN': '差额', en: 'Gap' },
  COL_MTD: { 'zh-CN': '月累计达成', en: 'Month to date' },
  COL_CAUSE: { 'zh-CN': '首要原因', en: 'Top cause' },
  COL_OWNER: { 'zh-CN': '负责', en: 'Owner' },
  COL_REASON: { 'zh-CN': '原因', en: 'Reason' },
  SKIP_FILE: { 'zh-CN': '文件无法读取：{file}：{message}', en: 'file could not be read: {file}: {message}' },
  SKIP_NO_PLAN: { 'zh-CN': '没有计划（plan.csv、plan.xlsx，或 store.json 中的 yearTarget）', en: 'no plan (plan.csv, plan.xlsx, or yearTarget in store.json)' },
  SKIP_STRICT: { 'zh-CN': '--strict：{cells} 个坏单元格（{files}）', en: '--strict: {cells} bad cells ({files})' },
  SKIP_INPUT: { 'zh-CN': '数据无法生成晨报：{message}', en: 'the data cannot be briefed: {message}' },
  DONE_BRIEF: { 'zh-CN': '{ran}/{total} 家店铺已生成晨报 → {out}', en: '{ran}/{total} stores briefed → {out}' },
  PROGRESS_READ: { 'zh-CN': '读取', en: 'reading' },
  PROGRESS_BRIEF: { 'zh-CN': '晨报', en: 'briefing' },
} as const;

/** A code of the CLI's catalog. */
export type CliCode = keyof typeof cliMessages;

/** Renders a CLI message, or a brief label (owners, severities), in `locale`. @internal */
export function t(locale: Locale, code: CliCode | keyof typeof briefMessages, params: MessageParams = {}): string {
  return renderMessage(code, locale, params, [briefMessages, cliMessages]);
}
