import { fail } from '../core/errors.js';

/** Text encodings `readExport` reads. `gb18030` covers GBK and GB2312. */
export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** One way of decoding a file's bytes. @internal */
export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** True when a UTF-8 byte-order mark was stripped. */
  bom: boolean;
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  try {
    // ignoreBOM: the BOM is handled by the caller, so that `bom` can be reported.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** True when the bytes hold a NUL in their first 8 KiB: binary, not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * The ways the bytes decode cleanly as text, most likely first: a byte-order mark decides
 * (UTF-8, UTF-16); otherwise UTF-8 when the bytes are valid UTF-8, then GB18030 (GBK) when they
 * are valid GB18030. A decoding that needs replacement characters is never offered: garbled
 * text (乱码) is not read as data. With `forced`, only that encoding is tried, and when it garbles
 * the text the error says what the bytes look like. @internal
 */
export function decodeCandidates(bytes: Uint8Array, forced?: TextEncoding): Iterable<Decoded> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    if (text === undefined) fail('FILE_ENCODING', '', 'the file starts with a UTF-8 byte-order mark but is not valid UTF-8', { expected: 'UTF-8 text', received: 'invalid UTF-8' });
    return [{ text, encoding: 'utf-8', bom: true }];
  }
  for (const [b0, b1, encoding] of [[0xff, 0xfe, 'utf-16le'], [0xfe, 0xff, 'utf-16be']] as const) {
    if (bytes[0] === b0 && bytes[1] === b1) {
      const text = decodeStrict(bytes.subarray(2), encoding);
      if (text === undefined) fail('FILE_ENCODING', '', `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`, { expected: `${encoding} text` });
      return [{ text, encoding, bom: true }];
    }
  }
  if (looksBinary(bytes)) fail('FILE_UNSUPPORTED', '', 'the file is binary data, not a spreadsheet or CSV export', { expected: 'xls, xlsx, HTML-as-xls or CSV', received: 'binary data' });
  if (forced !== undefined) {
    const text = decodeStrict(bytes, forced);
    if (text !== undefined) return [{ text, encoding: forced, bom: false }];
    const other: TextEncoding = forced === 'utf-8' ? 'gb18030' : 'utf-8';
    const looks = decodeStrict(bytes, other) !== undefined ? `looks like ${other === 'gb18030' ? 'GBK' : 'UTF-8'}` : 'is not text in either UTF-8 or GBK';
    return fail('FILE_ENCODING', 'encoding', `the file ${looks}, decoded as ${forced === 'utf-8' ? 'UTF-8' : 'GBK'} it is garbled (乱码): leave \`encoding\` unset to detect it`, {
      expected: `${forced} text`,
      received: looks,
    });
  }
  return lazyCandidates(bytes);
}

/** UTF-8 first, then GB18030, each decoded only when the one before did not do. */
function* lazyCandidates(bytes: Uint8Array): Generator<Decoded, void, undefined> {
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== undefined) yield { text: utf8, encoding: 'utf-8', bom: false };
  const gbk = decodeStrict(bytes, 'gb18030');
  // Pure ASCII decodes the same both ways: offer it once.
  if (gbk !== undefined && gbk !== utf8) yield { text: gbk, encoding: 'gb18030', bom: false };
  else if (utf8 === undefined) fail('FILE_ENCODING', '', 'the text is neither valid UTF-8 nor valid GBK/GB18030: the file is damaged or in another encoding', { expected: 'UTF-8 or GBK text' });
}
