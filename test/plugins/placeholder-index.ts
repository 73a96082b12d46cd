// The placeholder index of every storeops message code, computed from the catalogs themselves
// (used by scripts/message-placeholders.ts to write src/plugins/placeholders.ts, and by the test
// that keeps that file in step with the catalogs).
import { briefCatalogs } from '../../src/brief/catalogs.js';
import { filesMessages } from '../../src/files/messages.js';
import { profitMessages } from '../../src/profit/messages.js';
import { rolesMessages } from '../../src/roles/messages.js';
import type { MessageCatalog } from '../../src/core/i18n.js';

export function placeholderIndex(): string {
  const catalogs: readonly MessageCatalog[] = [...briefCatalogs(), rolesMessages, profitMessages, filesMessages];
  const map = new Map<string, Set<string>>();
  for (const catalog of catalogs) {
    for (const [code, text] of Object.entries(catalog)) {
      const names = map.get(code) ?? new Set<string>();
      for (const t of [text['zh-CN'], text.en]) for (const m of t.matchAll(/\{([A-Za-z0-9_]+)\}/g)) names.add(m[1] as string);
      map.set(code, names);
    }
  }
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, names]) => `${code}:${[...names].sort().join(',')}`).join(';');
}
