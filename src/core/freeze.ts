/**
 * Freezes a tree of plain objects and arrays (the default marks, presets): one call per module,
 * annotated `/* @__PURE__ *\/` where it sits at the top level, instead of one per literal. @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
