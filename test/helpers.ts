// Shared test helpers.
import { expect } from 'vitest';
import { isStoreOpsError, type StoreOpsError } from '../src/core/internal.js';

/** Runs `fn`, asserts it throws a StoreOpsError (and nothing else), and returns the error. */
export function errorOf(fn: () => unknown): StoreOpsError {
  try {
    fn();
  } catch (e) {
    expect(isStoreOpsError(e), `expected a StoreOpsError, got ${String(e)}`).toBe(true);
    return e as StoreOpsError;
  }
  throw new Error('expected a StoreOpsError, but nothing was thrown');
}

/** Runs `fn`, asserts it throws a StoreOpsError, and returns its code and the first issue's path. */
export function errorAt(fn: () => unknown): { code: string; path: string | undefined } {
  const e = errorOf(fn);
  return { code: e.code, path: e.issues[0]?.path };
}

/** Asserts that `fn` throws a StoreOpsError with `code` whose first issue is at `path`. */
export function expectError(fn: () => unknown, code: string, path: string): void {
  const e = errorOf(fn);
  expect(e.code).toBe(code);
  expect(e.issues[0]?.path).toBe(path);
}

/** What a call gives, as data to compare: `{ ok: result }`, or `{ error: { code, issues } }` for a StoreOpsError (anything else is rethrown). */
export function outcomeOf(fn: () => unknown): { ok: unknown } | { error: { code: string; issues: unknown } } {
  try {
    return { ok: fn() };
  } catch (e) {
    if (!isStoreOpsError(e)) throw e;
    return { error: { code: e.code, issues: e.issues } };
  }
}
