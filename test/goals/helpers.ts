import { expect } from 'vitest';
import { isStoreOpsError } from '../../src/core/errors.js';

/** Asserts that `run` throws a StoreOpsError with `code` whose first issue is at `path`. */
export function expectError(run: () => unknown, code: string, path: string): void {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(isStoreOpsError(error), `expected a StoreOpsError, got ${String(error)}`).toBe(true);
  const e = error as { code: string; issues: { path: string }[] };
  expect(e.code).toBe(code);
  expect(e.issues[0]?.path).toBe(path);
}
