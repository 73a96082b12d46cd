import { isIsoDate, type IsoDate } from '../core/dates.js';

/** The days a file covers: its first and last day (the same day for a daily download). */
export interface ExportPeriod {
  /** First day, `YYYY-MM-DD`. */
  start: IsoDate;
  /** Last day, `YYYY-MM-DD` (equal to `start` for one day). */
  end: IsoDate;
  /** Where the period was read: the `date` option, a title line (统计日期), the file name, or the rows' own dates. */
  from: 'option' | 'title' | 'fileName' | 'rows';
}

const DATE = /(?<!\d)(\d{4})(?:([-/.年])(\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))(?!\d)/g;

/** Every real calendar day written in `text` (`2026-05-31`, `2026/5/31`, `2026年5月31日`, `20260531`), in order. @internal */
export function datesIn(text: string): IsoDate[] {
  const out: IsoDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const y = m[1] as string;
    const month = (m[2] !== undefined ? m[3] : m[5]) as string;
    const day = (m[2] !== undefined ? m[4] : m[6]) as string;
    const iso = `${y}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (isIsoDate(iso) && y >= '2000' && y <= '2099') out.push(iso);
  }
  return out;
}

/** The period written in `text`: two days are a range (`2026-05-25~2026-05-31`, `20260525至20260531`), one day is that day. @internal */
export function periodIn(text: string): { start: IsoDate; end: IsoDate } | undefined {
  const days = datesIn(text);
  if (days.length === 0) return undefined;
  const a = days[0] as IsoDate;
  const b = (days[1] ?? a) as IsoDate;
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

/** What a title line above the header says. @internal */
export interface TitleFacts {
  period?: { start: IsoDate; end: IsoDate };
  terminal?: string;
  reportName?: string;
}

const LABEL = /^\s*([^:：]{1,12})[:：]\s*(.*)$/;

/** Reads a title line: `统计日期：2026-05-31~2026-05-31`, `终端：无线端`, `【生意参谋平台】商品_全部`. @internal */
export function readTitleLine(text: string): TitleFacts {
  const m = LABEL.exec(text);
  if (m !== null) {
    const label = (m[1] as string).trim();
    const value = (m[2] as string).trim();
    if (/日期|时间|周期/.test(label)) {
      const period = periodIn(value);
      return period === undefined ? {} : { period };
    }
    if (/终端|设备|端口/.test(label)) return value === '' ? {} : { terminal: value };
    if (/报表|报告|名称/.test(label)) return value === '' ? {} : { reportName: value };
    return {};
  }
  const name = text.replace(/\s+/g, ' ').trim();
  if (name === '' || datesIn(name).length > 0 && name.replace(/[\d\s\-~～至到_/.年月日]/g, '') === '') {
    const period = periodIn(name);
    return period === undefined ? {} : { period };
  }
  return { reportName: name };
}

/** What a file name says: `【生意参谋平台】商品_全部_2026-05-31_2026-05-31.xls`. @internal */
export interface FileNameFacts {
  baseName: string;
  extension: string;
  period?: { start: IsoDate; end: IsoDate };
  reportName?: string;
  terminal?: string;
}

/** Reads the report name, the period and the terminal from a download's file name. @internal */
export function readFileName(fileName: string): FileNameFacts {
  const base = fileName.split(/[\\/]/).pop() as string; // split gives at least one part
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const out: FileNameFacts = { baseName: base, extension };
  const period = periodIn(stem);
  if (period !== undefined) out.period = period;
  // The report name: the stem without its dates, copy marks (` (1)`) and separators.
  const name = stem
    .replace(DATE, ' ')
    .replace(/\(\d+\)|（\d+）/g, ' ')
    .replace(/(^|\s)[~～至到_\-\s]+(?=\s|$)/g, ' ')
    .replace(/[_\-~～\s]+$/g, '')
    .replace(/^[_\-~～\s]+/g, '')
    .trim();
  if (name !== '') out.reportName = name;
  const terminal = terminalIn(stem);
  if (terminal !== undefined) out.terminal = terminal;
  return out;
}

/** The terminal a name mentions: 无线 (mobile) or PC. @internal */
export function terminalIn(text: string): string | undefined {
  if (/无线|移动|手机/.test(text)) return '无线端';
  if (/PC|电脑/i.test(text)) return 'PC端';
  if (/全部终端|所有终端/.test(text)) return '所有终端';
  return undefined;
}

/** The export kind a report name points to, if it says: 商品 → item, 来源 → source, 关键词 → keyword, 主体 → adItem (万相台), 取数/整体 → store. @internal */
export function kindOfReportName(name: string): 'store' | 'item' | 'source' | 'keyword' | 'adItem' | undefined {
  if (/来源/.test(name)) return 'source';
  if (/主体/.test(name)) return 'adItem';
  if (/关键词|词包|搜索词/.test(name)) return 'keyword';
  if (/商品|宝贝/.test(name)) return 'item';
  if (/取数|整体|店铺|首页|概况/.test(name)) return 'store';
  return undefined;
}
