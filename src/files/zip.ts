import { Inflate } from 'fflate';
import { fail, StoreOpsError } from '../core/errors.js';
import { FILE_LIMITS } from './limits.js';

function u16(b: Uint8Array, i: number): number {
  return (b[i] as number) | ((b[i + 1] as number) << 8);
}
function u32(b: Uint8Array, i: number): number {
  return ((b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16)) + (b[i + 3] as number) * 0x1000000;
}

const MiB = 1024 * 1024;

/** What the central directory of a zip says about its parts. @internal */
export interface ZipSummary {
  entries: number;
  expandedBytes: number;
  names: string[];
}

/**
 * Reads the zip central directory (the index at the end of an .xlsx) and refuses the file
 * before it is unzipped when the parts would expand past {@link FILE_LIMITS}: too many parts,
 * too many bytes in total, or a compression ratio no real sheet has (a zip bomb). A zip
 * without its end record is a truncated download (`FILE_CORRUPT`). ZIP64 archives (over 4 GB
 * or 65,535 parts) are refused as too large. @internal
 */
export function checkZip(bytes: Uint8Array): ZipSummary {
  const n = bytes.length;
  // End of central directory record: 22 bytes plus a comment of up to 65,535 bytes.
  let eocd = -1;
  for (let i = n - 22; i >= 0 && i >= n - 22 - 65535; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail('FILE_CORRUPT', '', 'the workbook (a zip file) is truncated or damaged: its end record is missing; download it again', { expected: 'a complete .xlsx', received: 'a zip without its central directory' });
  const entries = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    fail('FILE_EXPANDS_TOO_LARGE', '', 'the workbook is a ZIP64 archive (over 4 GB or 65,535 parts): far larger than any export', { expected: `at most ${FILE_LIMITS.maxExpandedBytes / MiB} MiB unzipped` });
  }
  if (entries > FILE_LIMITS.maxZipEntries) {
    fail('FILE_EXPANDS_TOO_LARGE', '', `the workbook holds ${entries} parts, more than the ${FILE_LIMITS.maxZipEntries} any export has`, { expected: `at most ${FILE_LIMITS.maxZipEntries} parts` });
  }
  if (cdOffset + cdSize > eocd) fail('FILE_CORRUPT', '', 'the workbook (a zip file) is damaged: its central directory points outside the file', { expected: 'a complete .xlsx' });
  let total = 0;
  const names: string[] = [];
  const decoder = new TextDecoder();
  let p = cdOffset;
  for (let e = 0; e < entries; e++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) fail('FILE_CORRUPT', '', 'the workbook (a zip file) is damaged: a central directory entry is unreadable', { expected: 'a complete .xlsx' });
    const compressed = u32(bytes, p + 20);
    const expanded = u32(bytes, p + 24);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (compressed === 0xffffffff || expanded === 0xffffffff) {
      fail('FILE_EXPANDS_TOO_LARGE', '', `the workbook part ${name} is a ZIP64 entry (over 4 GB): far larger than any export`, { expected: `at most ${FILE_LIMITS.maxExpandedBytes / MiB} MiB unzipped` });
    }
    if (expanded > MiB && expanded > compressed * FILE_LIMITS.maxCompressionRatio) {
      fail('FILE_EXPANDS_TOO_LARGE', '', `the workbook part ${name} expands ${Math.round(expanded / Math.max(compressed, 1))}× (${Math.round(expanded / MiB)} MiB): a zip bomb, not an export`, {
        expected: `a compression ratio under ${FILE_LIMITS.maxCompressionRatio}`,
        received: `${compressed} → ${expanded} bytes`,
      });
    }
    total += expanded;
    if (total > FILE_LIMITS.maxExpandedBytes) {
      fail('FILE_EXPANDS_TOO_LARGE', '', `the workbook expands to more than ${FILE_LIMITS.maxExpandedBytes / MiB} MiB when unzipped: refused before unzipping`, {
        expected: `at most ${FILE_LIMITS.maxExpandedBytes / MiB} MiB unzipped`,
        received: `over ${Math.round(total / MiB)} MiB`,
      });
    }
    const method = u16(bytes, p + 10);
    const localOffset = u32(bytes, p + 42);
    if (method === 8) inflatesWithin(bytes, localOffset, compressed, expanded, name, /^xl\/worksheets\/[^/]+\.xml$/.test(name));
    names.push(name);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, expandedBytes: total, names };
}

/** Pushed to the inflater at a time, so that one push can expand to at most ~16 MiB. */
const CHUNK = 16 * 1024;

/**
 * Inflates one deflated part without keeping its output and stops as soon as it produces more
 * than its central directory declared: a part whose stream expands past its declared size is a
 * zip bomb that lies about its sizes (the reader trusts the local header, which may say 0). The
 * work is bounded by the declared size, which {@link checkZip} has bounded. fflate's streaming
 * inflater; nothing is kept. A worksheet's `<row>` elements are counted on the way, so that a
 * sheet over {@link FILE_LIMITS}`.maxRows` is refused without being parsed.
 */
function inflatesWithin(bytes: Uint8Array, localOffset: number, compressed: number, declared: number, name: string, isSheet: boolean): void {
  if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== 0x04034b50) {
    fail('FILE_CORRUPT', '', `the workbook (a zip file) is damaged: the part ${name} is not where its index says`, { expected: 'a complete .xlsx' });
  }
  const start = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
  const end = start + compressed;
  if (end > bytes.length) fail('FILE_CORRUPT', '', `the workbook (a zip file) is truncated: the part ${name} is cut short; download it again`, { expected: 'a complete .xlsx' });
  let produced = 0;
  const tooLarge = (): never =>
    fail('FILE_EXPANDS_TOO_LARGE', '', `the workbook part ${name} expands past the ${declared} bytes its zip index declares: a zip bomb, not an export`, {
      expected: `at most ${declared} bytes`,
      received: `over ${produced} bytes`,
    });
  const rows = isSheet ? rowCounter(name) : undefined;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > declared) tooLarge();
    rows?.(chunk);
  });
  try {
    for (let off = start; off < end; off += CHUNK) inflater.push(bytes.subarray(off, Math.min(off + CHUNK, end)), off + CHUNK >= end);
    if (compressed === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof StoreOpsError) throw e;
    // fflate throws Error objects (with a code) for bad deflate data.
    fail('FILE_CORRUPT', '', `the workbook (a zip file) is damaged: the part ${name} does not unzip (${(e as Error).message})`, { expected: 'a complete .xlsx' });
  }
}

/** Counts `<row ` / `<row>` tags across the chunks of a sheet's XML and refuses the sheet past the row limit. */
function rowCounter(name: string): (chunk: Uint8Array) => void {
  let count = 0;
  // A `<` within the last 4 bytes of the previous chunk, with the bytes after it.
  let carry: Uint8Array | undefined;
  const isRowTag = (data: Uint8Array, i: number): boolean => {
    if (data[i + 1] !== 0x72 || data[i + 2] !== 0x6f || data[i + 3] !== 0x77) return false;
    const next = data[i + 4];
    return next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d;
  };
  const counted = (): void => {
    if (++count > FILE_LIMITS.maxRows) {
      fail('FILE_TOO_MANY_ROWS', 'sheet', `the sheet ${name} has more than ${FILE_LIMITS.maxRows.toLocaleString('en')} rows: export a shorter period or split the file`, { expected: `at most ${FILE_LIMITS.maxRows} rows` });
    }
  };
  return (chunk) => {
    if (carry !== undefined) {
      // The tag that straddles the two chunks: the carried bytes plus the first bytes of this one.
      const joined = new Uint8Array(carry.length + Math.min(chunk.length, 5));
      joined.set(carry);
      joined.set(chunk.subarray(0, 5), carry.length);
      if (joined.length < 5) {
        // Not told yet: the inflater hands over empty and tiny chunks too (stored blocks do).
        // The whole chunk is in `joined`; only its last `<` can still start a tag.
        carry = joined.slice(joined.lastIndexOf(0x3c));
        return;
      }
      if (isRowTag(joined, 0)) counted();
      carry = undefined;
    }
    const limit = chunk.length - 4;
    let i = chunk.indexOf(0x3c);
    while (i >= 0 && i < limit) {
      if (isRowTag(chunk, i)) counted();
      i = chunk.indexOf(0x3c, i + 1);
    }
    // A `<` in the last 4 bytes: the last one (one before it has no room for `row`).
    if (i >= 0) carry = chunk.slice(chunk.lastIndexOf(0x3c));
  };
}
