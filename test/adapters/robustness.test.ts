// Regressions found by fuzzing the public surface (test/fuzz).
import { describe, expect, it } from 'vitest';
import { isStoreOpsError } from 'storeops/core';
import { sycmSourceCategory } from 'storeops/adapters';

describe('sycmSourceCategory', () => {
  it('rejects a level that is not a string (it threw TypeError: level1?.trim is not a function)', () => {
    for (const [args, path] of [[[0], 'level1'], [['淘内免费', 7], 'level2']] as const) {
      let error: unknown;
      try {
        sycmSourceCategory(...(args as unknown as [string, string]));
      } catch (e) {
        error = e;
      }
      expect(isStoreOpsError(error)).toBe(true);
      expect((error as { issues: { path: string }[] }).issues[0]?.path).toBe(path);
    }
  });
  it('still maps the 生意参谋 names (淘内免费 → natural, an unknown name → other)', () => {
    expect(sycmSourceCategory('淘内免费')).toBe('natural');
    expect(sycmSourceCategory(' 付费流量 ')).toBe('paid');
    expect(sycmSourceCategory('新渠道')).toBe('other');
  });
});
