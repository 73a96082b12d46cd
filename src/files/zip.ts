import { fail } from '../core/errors.js';
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
    names.push(name);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, expandedBytes: total, names };
}
