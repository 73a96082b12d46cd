/** A cell as `readExport` hands it on: text as the file shows it, a typed number, an `IsoDate`, or empty. @internal */
export type GridCell = string | number | null;

/** A sheet as rows of cells, with what reading it involved. @internal */
export interface Grid {
  rows: GridCell[][];
  /** Cells filled from a merged range (the value of its top-left cell). */
  mergedCells: number;
  /** Excel error cells (`#DIV/0!`, `#N/A`) read as empty. */
  errorCells: number;
  /** Date cells turned into `IsoDate`s. */
  dateCells: number;
}

/** `A`, `B`, …, `Z`, `AA` … for a 0-based column index. @internal */
export function columnLetter(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
