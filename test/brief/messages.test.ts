import { describe, expect, it } from 'vitest';
import { briefMessages } from 'storeops/brief';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('briefMessages', () => {
  const entries = Object.entries(briefMessages);
  it('has many codes', () => expect(entries.length).toBeGreaterThan(40));
  for (const [code, text] of entries) {
    it(`${code} has zh-CN and en texts with the same placeholders`, () => {
      expect(text['zh-CN'].trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(text['zh-CN']) || code === 'AREA_DSR').toBe(true);
      expect(/[\u4e00-\u9fff]/.test(text.en)).toBe(false);
      expect(placeholders(text['zh-CN'])).toEqual(placeholders(text.en));
    });
  }
});
