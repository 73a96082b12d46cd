import type { SycmKind } from '../adapters/headers.js';
import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the files module (`readExport` notes) in zh-CN and en, by stable code.
 * Placeholders are filled from each note's `params`.
 */
export const filesMessages = {
  FILE_FORMAT: {
    'zh-CN': '按{format}读取（{encoding}）',
    en: 'Read as {format} ({encoding})',
  },
  FILE_FORMAT_NOT_EXTENSION: {
    'zh-CN': '文件名是 .{extension}，但内容是{format}：已按内容读取',
    en: 'The file is named .{extension} but holds {format}: read by its content',
  },
  FILE_SHEET_READ: {
    'zh-CN': '读取了工作表“{sheet}”（共 {count} 个：{sheets}）；用 sheet 选项读取其他表',
    en: 'Read sheet "{sheet}" ({count} sheets: {sheets}); pass the sheet option to read another',
  },
  FILE_TITLE_LINE: {
    'zh-CN': '第 {line} 行是标题行：{text}',
    en: 'Line {line} is a title line: {text}',
  },
  FILE_HEADER_LINE: {
    'zh-CN': '表头在第 {line} 行',
    en: 'The header is on line {line}',
  },
  FILE_REPORT: {
    'zh-CN': '报表：{name}（来自{from}）',
    en: 'Report: {name} (from the {from})',
  },
  FILE_PERIOD: {
    'zh-CN': '统计周期 {start} 至 {end}（来自{from}）',
    en: 'Period {start} to {end} (from the {from})',
  },
  FILE_PERIOD_MISMATCH: {
    'zh-CN': '文件名的日期 {nameStart}~{nameEnd} 与标题行的 {titleStart}~{titleEnd} 不一致：以标题行为准，请核对文件',
    en: 'The file name says {nameStart}~{nameEnd} but the title line says {titleStart}~{titleEnd}: the title line is used; check the file',
  },
  FILE_TERMINAL: {
    'zh-CN': '终端：{terminal}（来自{from}）',
    en: 'Terminal: {terminal} (from the {from})',
  },
  FILE_DATE_FROM_PERIOD: {
    'zh-CN': '数据行没有日期列：按{from}的 {date} 计',
    en: 'The rows carry no date column: they are taken as {date}, from the {from}',
  },
  FILE_KIND_MISMATCH: {
    'zh-CN': '报表名“{name}”像是{nameKind}报表，但表头读作{kind}：如有误请传 kind 选项',
    en: 'The report name "{name}" suggests a {nameKind} export but the headers read as {kind}: pass the kind option if that is wrong',
  },
  FILE_KIND_FROM_NAME: {
    'zh-CN': '表头符合多种报表；按报表名“{name}”读作{kind}报表',
    en: 'The headers fit several kinds of export; read as a {kind} export, as the report name "{name}" says',
  },
  FILE_MERGED_CELLS: {
    'zh-CN': '{count} 个合并单元格已按其首格填充',
    en: '{count} merged cells were filled with the value of their range',
  },
  FILE_ERROR_CELLS: {
    'zh-CN': '{count} 个 Excel 错误单元格（如 #DIV/0!）按空值处理',
    en: '{count} Excel error cells (such as #DIV/0!) were read as empty',
  },
  FILE_BLANK_ROWS: {
    'zh-CN': '跳过了 {count} 个空行',
    en: 'Skipped {count} blank rows',
  },
  FILE_DUPLICATE_COLUMN: {
    'zh-CN': '列“{column}”出现了 {count} 次（{cells}）：取值相同的行按一列读取，取值不同的行列为错误',
    en: 'Column "{column}" appears {count} times ({cells}): rows where they agree are read once, rows where they differ are errors',
  },
  FILE_UNNAMED_COLUMN: {
    'zh-CN': '第 {column} 列有数据但没有表头：按“{name}”保留',
    en: 'Column {column} holds data but has no header: kept as "{name}"',
  },
} as const satisfies MessageCatalog;

/** A code of a {@link ExportNote}. */
export type FileNoteCode = keyof typeof filesMessages;

/** Where a fact was read, in words for messages. @internal */
export const FROM_WORDS = {
  option: { 'zh-CN': '选项', en: 'option' },
  title: { 'zh-CN': '标题行', en: 'title line' },
  fileName: { 'zh-CN': '文件名', en: 'file name' },
  rows: { 'zh-CN': '数据行', en: 'rows' },
  sheet: { 'zh-CN': '工作表名', en: 'sheet name' },
} as const;

/** Formats and encodings in words. @internal */
export const FORMAT_WORDS = {
  xls: { 'zh-CN': 'Excel 97-2003 工作簿（BIFF .xls）', en: 'an Excel 97-2003 workbook (BIFF .xls)' },
  xlsx: { 'zh-CN': 'Excel 工作簿（.xlsx）', en: 'an Excel workbook (.xlsx)' },
  html: { 'zh-CN': '网页表格（HTML，常以 .xls 命名）', en: 'an HTML table (often named .xls)' },
  xml: { 'zh-CN': 'Excel 2003 XML 表格', en: 'an Excel 2003 XML spreadsheet' },
  csv: { 'zh-CN': 'CSV 文本', en: 'CSV text' },
} as const;

/** Kinds in words. @internal */
export const KIND_WORDS: Readonly<Record<SycmKind, { 'zh-CN': string; en: string }>> = {
  store: { 'zh-CN': '店铺整体', en: 'store' },
  item: { 'zh-CN': '商品', en: 'item' },
  source: { 'zh-CN': '流量来源', en: 'traffic-source' },
  keyword: { 'zh-CN': '关键词', en: 'keyword' },
  adItem: { 'zh-CN': '万相台主体', en: '万相台 item (主体)' },
};
