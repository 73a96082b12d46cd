/**
 * Builds a module-level value (a schema, a frozen table, a catalog) when the module loads. Each
 * call is annotated `/* @__PURE__ *\/`, so a bundler drops the value, and every call inside
 * `build`, when nothing imports it: one annotation per value instead of one per call inside it.
 * @internal
 */
export function pure<T>(build: () => T): T {
  return build();
}
