import { describe, expect, it } from 'vitest';
import { briefMessages } from 'storeops/brief';

// A label placeholder may come per locale (`{categoryZh}` / `{categoryEn}`, `{month}` as 5月 /
// `{monthName}` as May): the same value, named for its language.
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] as string).replace(/(Zh|En)$/, '').replace(/^monthName$/, 'month')))].sort();

describe('briefMessages', () => {
  const entries = Object.entries(briefMessages);
  it('has many codes', () => expect(entries.length).toBeGreaterThan(40));
  for (const [code, text] of entries) {
    it(`${code} has zh-CN and en texts with the same placeholders`, () => {
      expect(text['zh-CN'].trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      // Separators are punctuation only: 。 and ；.
      expect(/[\u4e00-\u9fff]/.test(text['zh-CN']) || code === 'AREA_DSR' || (code.endsWith('_SEPARATOR') && /[。；]/.test(text['zh-CN']))).toBe(true);
      expect(/[\u4e00-\u9fff]/.test(text.en)).toBe(false);
      expect(placeholders(text['zh-CN'])).toEqual(placeholders(text.en));
    });
  }
});
