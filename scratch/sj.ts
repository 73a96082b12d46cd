import { read } from '@e965/xlsx';
import { itemSheet, xlsxBytes } from '../test/fixtures/exports.js';
import { itemDay } from '../test/fixtures/exports.js';
const its = Array.from({ length: 5000 }, (_, i) => ({ ...itemDay('2026-05-01', 1)[0]!, id: String(650100000001 + i) }));
const bytes = xlsxBytes(itemSheet(its));
for (const opts of [{}, { dense: true }, { dense: true, cellText: false }, { dense: true, cellText: false, cellNF: true, raw: true }]) {
  const t = performance.now(); read(bytes, { type: 'array', ...opts }); console.log(JSON.stringify(opts), Math.round(performance.now() - t));
}
