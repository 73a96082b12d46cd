import { fail } from '../core/errors.js';

/** How a file's bytes are laid out, found from the bytes themselves (never only from the name). */
export type FileFormat = 'xls' | 'xlsx' | 'html' | 'xml' | 'csv';

/** Magic numbers of files that are not spreadsheets, so the error can name what was dropped. */
const NOT_SPREADSHEETS: readonly (readonly [string, readonly number[]])[] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP or RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a BMP image', [0x42, 0x4d]],
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** The binary container of a workbook, or `undefined` for text (CSV, HTML, XML). @internal */
export function sniffBinary(bytes: Uint8Array): 'xls' | 'xlsx' | undefined {
  // Compound File Binary (OLE2): BIFF5/8 .xls workbooks.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  // Zip local file header or an empty archive: .xlsx (and .ods).
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'xlsx';
  // A bare BIFF2–4 stream starts with its BOF record (0x0009 / 0x0209 / 0x0409 / 0x0809).
  if (bytes.length >= 4 && bytes[0] === 0x09 && (bytes[1] === 0x00 || bytes[1] === 0x02 || bytes[1] === 0x04 || bytes[1] === 0x08) && bytes[3] === 0x00) return 'xls';
  for (const [name, magic] of NOT_SPREADSHEETS) {
    if (startsWith(bytes, magic)) fail('FILE_UNSUPPORTED', '', `the file is ${name}, not a spreadsheet or CSV export`, { expected: 'xls, xlsx, HTML-as-xls or CSV', received: name });
  }
  return undefined;
}

/** The format of decoded text: an HTML table, SpreadsheetML 2003 XML, or CSV. @internal */
export function sniffText(text: string): 'html' | 'xml' | 'csv' {
  let i = 0;
  while (i < text.length && i < 4096 && /\s/.test(text.charAt(i))) i++;
  if (text.charCodeAt(i) !== 60 /* < */) return 'csv';
  const head = text.slice(i, i + 65536).toLowerCase();
  if (head.includes('<table')) return 'html';
  if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml';
  if (head.startsWith('<html') || head.startsWith('<!doctype') || head.startsWith('<?xml')) {
    return fail('FILE_UNSUPPORTED', '', 'the file is an HTML or XML document without a table: not a spreadsheet export', { expected: 'a table', received: 'markup without <table>' });
  }
  return 'csv';
}
