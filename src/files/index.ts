/**
 * Files in and out: tables written as CSV (formula-injection safe) or xlsx bytes, pure so they
 * run in browsers as in Node.
 *
 * @module files
 */
export { type TableCell, type TableRow } from './cells.js';
export { writeCsv, type WriteCsvOptions } from './writeCsv.js';
export { writeXlsx, type XlsxSheet } from './writeXlsx.js';
export { readExport, type ReadExportOptions, type ReadExportResult } from './readExport.js';
