/**
 * The limits `readExport` holds a file to, so that a bad or hostile file is refused in bounded
 * time and memory instead of hanging a browser tab or a batch job. A real 生意参谋 or 万相台
 * download is far below each of them (a month of a large store's item export is a few MB).
 */
export const FILE_LIMITS = {
  /** Largest file accepted, in bytes (50 MiB); checked before anything is parsed. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Largest total size a zipped workbook (.xlsx) may expand to, in bytes (320 MiB), read from its central directory before it is unzipped. */
  maxExpandedBytes: 320 * 1024 * 1024,
  /** Most files inside a zipped workbook. */
  maxZipEntries: 10_000,
  /** Highest compression ratio of one zipped part (uncompressed ÷ compressed); real sheets stay far below it, zip bombs far above. */
  maxCompressionRatio: 200,
  /** Most rows of a sheet or CSV, title lines included. */
  maxRows: 200_000,
  /** Most cells of a sheet (rows × columns). */
  maxCells: 10_000_000,
  /** How many rows from the top are searched for the header row. */
  headerScanRows: 30,
} as const;
