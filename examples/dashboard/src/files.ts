// What the page knows about a dropped file (types only: the reader itself, with SheetJS, is
// loaded with the first file).
import type { SycmKind } from 'storeops/adapters';
import type { ExportReadResult } from 'storeops/files';

/** What a dropped file holds: an export's kind, or one of the store's own sheets. */
export type FileKind = SycmKind | 'plan' | 'products' | 'item-costs' | 'dsr-ratings' | 'dsr-category' | 'events' | 'campaigns' | 'morning-checks' | 'catalog' | 'rival-snapshots';

/** One dropped file, read. */
export interface LoadedFile {
  /** Its name, or its path inside a dropped folder. */
  name: string;
  /** What the library read it as; `null` when it is not a download or sheet storeops reads. */
  kind: FileKind | null;
  /** Whether the page draws from it; the others are listed as "not used by this page". */
  used: boolean;
  /** The sheet's rows keyed by header (the store's own sheets). */
  table: Record<string, string>[];
  /** The JSON the store keeps in the brief's own shapes (the morning gate, the catalogue's units, rival snapshots). */
  json?: unknown;
  /** readExport's result for an export the page uses: rows parsed to typed inputs, bad cells as errors. */
  parsed: ExportReadResult | null;
  /** Why the library could not read it, when it could not. */
  reason: string | null;
}
