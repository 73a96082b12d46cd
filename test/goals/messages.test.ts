import { describe, expect, it } from 'vitest';
import { goalsMessages } from 'storeops/goals';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('goalsMessages', () => {
  it('has every code in zh-CN and en, with the same placeholders', () => {
    for (const [code, text] of Object.entries(goalsMessages)) {
      expect(text['zh-CN'].length, code).toBeGreaterThan(0);
      expect(text.en.length, code).toBeGreaterThan(0);
      expect(placeholders(text['zh-CN']), code).toEqual(placeholders(text.en));
    }
  });
});
