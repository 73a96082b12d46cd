/**
 * Files (读取下载文件): the files operators download from 生意参谋 and 万相台 — BIFF `.xls`,
 * HTML-as-`.xls`, `.xlsx`, UTF-8 or GBK CSV — read from their bytes into the typed rows of
 * `parseSycmRows`. Pure functions on bytes (no I/O, no Node built-ins): they run in a browser on
 * a dropped file and in Node on `readFile`. Pulls in SheetJS and csv-parse, so it is reached by
 * its subpath `storeops/files` and not re-exported from the package root.
 *
 * @module files
 */
export {
  readExport,
  type ExportFileInfo,
  type ExportNote,
  type ExportPeriod,
  type ExportReadResult,
  type ExportRowError,
  type FileFormat,
  type ReadExportOptions,
  type TextEncoding,
} from './readExport.js';
export { FILE_LIMITS } from './limits.js';
export { filesMessages, type FileNoteCode } from './messages.js';
