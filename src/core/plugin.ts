import { describeValue, fail, formatPath, isStoreOpsError, StoreOpsError, type ErrorIssue } from './errors.js';
import { readCatalog, type MessageCatalog } from './i18n.js';
import { isDecimal } from './money.js';

/**
 * A plugin as the judging functions receive it (`options.plugins`): plain data — a name, threshold
 * overrides keyed by module (`'page-health'`, `roles`, …), classifier rules and roles, and
 * messages. Write one with `definePlugin` from `storeops/plugins` to get types per module; any
 * object of this shape (e.g. parsed from JSON) is accepted too and validated when used.
 */
export interface StoreOpsPlugin {
  /** A unique name, shown in errors about the plugin. */
  readonly name: string;
  /** What the plugin is for (free text). */
  readonly description?: string;
  /** Threshold overrides by module key, e.g. `{ 'page-health': { bounceRate: { pass: 0.65 } } }`. */
  readonly thresholds?: object;
  /** Rules for the product-role classifier (`storeops/roles`). */
  readonly rules?: readonly object[];
  /** Roles and tags the plugin adds to the classifier, by id. */
  readonly roles?: object;
  /** Messages by code in zh-CN and en; they add to or replace the modules' messages. */
  readonly messages?: MessageCatalog;
}

/**
 * A plugin after validation: a frozen, plain copy, so a getter or proxy in the original is read
 * once and cannot change what was validated. @internal
 */
export interface PluginData {
  /** Position in `options.plugins`, or -1 outside a list (e.g. in `definePlugin`). */
  readonly index: number;
  readonly name: string;
  readonly description?: string;
  readonly thresholds: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly rules: readonly Readonly<Record<string, unknown>>[];
  readonly roles: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly messages: MessageCatalog;
}

/** Keys that could reach `Object.prototype` if a consumer ever assigned them. */
const FORBIDDEN_KEYS = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 16;

/**
 * Copies plugin data into fresh, frozen plain objects and arrays. Rejects functions, symbols,
 * class instances (other than `Decimal`), accessor properties (getters are never called),
 * `__proto__` / `constructor` / `prototype` keys and nesting deeper than 16 levels (cycles).
 */
function plainCopy(value: unknown, path: PropertyKey[], depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === undefined) {
    return value;
  }
  if (typeof value !== 'object') {
    return fail('INVALID_PLUGIN', formatPath(path), `a plugin is plain data: ${describeValue(value)} is not allowed`);
  }
  if (depth > MAX_DEPTH) fail('INVALID_PLUGIN', formatPath(path), `nested more than ${MAX_DEPTH} levels deep (a cycle?)`);
  if (isDecimal(value)) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(plainCopy(readOwn(value, String(i), [...path, i]), [...path, i], depth + 1));
    return Object.freeze(out);
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    fail('INVALID_PLUGIN', formatPath(path), 'expected a plain object');
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) fail('INVALID_PLUGIN', formatPath([...path, key]), 'this key is not allowed in a plugin');
    out[key] = plainCopy(readOwn(value, key, [...path, key]), [...path, key], depth + 1);
  }
  return Object.freeze(out);
}

function readOwn(obj: object, key: string, path: PropertyKey[]): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(obj, key);
  if (descriptor === undefined) return undefined;
  if (!('value' in descriptor)) fail('INVALID_PLUGIN', formatPath(path), 'accessor properties (getters) are not allowed in a plugin');
  return descriptor.value;
}

const PLUGIN_KEYS = /* @__PURE__ */ new Set(['name', 'description', 'thresholds', 'rules', 'roles', 'messages']);

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isDecimal(value);
}

/** Checks the shape of a plain copy (hand-written: smaller in a bundle than a zod schema). */
function checkShape(p: Readonly<Record<string, unknown>>): void {
  for (const key of Object.keys(p)) if (!PLUGIN_KEYS.has(key)) fail('INVALID_PLUGIN', formatPath([key]), 'unknown field');
  const name = p['name'];
  if (typeof name !== 'string' || name.length === 0 || name.length > 100) {
    fail('INVALID_PLUGIN', 'name', `expected a name of 1 to 100 characters, received ${describeValue(name)}`);
  }
  if (p['description'] !== undefined && typeof p['description'] !== 'string') {
    fail('INVALID_PLUGIN', 'description', `expected a string, received ${describeValue(p['description'])}`);
  }
  for (const key of ['thresholds', 'roles'] as const) {
    const section = p[key];
    if (section === undefined) continue;
    if (!isPlainObject(section)) fail('INVALID_PLUGIN', key, `expected an object, received ${describeValue(section)}`);
    for (const [id, value] of Object.entries(section)) {
      if (!isPlainObject(value)) fail('INVALID_PLUGIN', formatPath([key, id]), `expected an object, received ${describeValue(value)}`);
    }
  }
  const rules = p['rules'];
  if (rules !== undefined) {
    if (!Array.isArray(rules)) fail('INVALID_PLUGIN', 'rules', `expected an array of rules, received ${describeValue(rules)}`);
    rules.forEach((rule: unknown, i) => {
      if (!isPlainObject(rule)) fail('INVALID_PLUGIN', formatPath(['rules', i]), `expected an object, received ${describeValue(rule)}`);
    });
  }
  if (p['messages'] !== undefined) readCatalog(p['messages'], ['messages'], 'INVALID_PLUGIN');
}

function prefixIssues(issues: readonly ErrorIssue[], prefix: readonly PropertyKey[], name: string | undefined): ErrorIssue[] {
  const head = formatPath(prefix);
  return issues.map((issue) => {
    const path = head === '' ? issue.path : issue.path === '' ? head : issue.path.startsWith('[') ? `${head}${issue.path}` : `${head}.${issue.path}`;
    const message = name === undefined || issue.message.startsWith('plugin "') ? issue.message : `plugin ${JSON.stringify(name)}: ${issue.message}`;
    return { ...issue, path, message };
  });
}

function pluginPrefix(index: number): PropertyKey[] {
  return index < 0 ? [] : ['plugins', index];
}

/**
 * Runs `fn` on behalf of a plugin: any error becomes a `StoreOpsError` with code
 * `INVALID_PLUGIN`, each issue's path put under `plugins[i]` and its message naming the plugin.
 * Modules wrap the resolution of a plugin's section in it. @internal
 */
export function inPlugin<T>(plugin: Pick<PluginData, 'index' | 'name'>, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    const issues: readonly ErrorIssue[] = isStoreOpsError(error) ? error.issues : [{ path: '', message: 'could not be used' }];
    throw new StoreOpsError('INVALID_PLUGIN', prefixIssues(issues, pluginPrefix(plugin.index), plugin.name));
  }
}

/**
 * Validates one plugin and returns a frozen plain copy. Throws `StoreOpsError`
 * (`INVALID_PLUGIN`) naming the plugin and the path of the bad field; nothing else escapes,
 * whatever the value (proxies that throw, getters, cycles). @internal
 */
export function readPlugin(value: unknown, index = -1): PluginData {
  const prefix = pluginPrefix(index);
  let name: string | undefined;
  try {
    if (typeof value === 'object' && value !== null) {
      const own = Object.getOwnPropertyDescriptor(value, 'name');
      if (own !== undefined && typeof own.value === 'string') name = own.value;
    }
    const copy = plainCopy(value, [], 0);
    if (!isPlainObject(copy)) return fail('INVALID_PLUGIN', '', `expected a plugin object, received ${describeValue(copy)}`);
    checkShape(copy);
    const c = copy as Omit<PluginData, 'index'>;
    const empty = Object.freeze({});
    return Object.freeze({
      index,
      name: c.name,
      ...(c.description === undefined ? {} : { description: c.description }),
      thresholds: c.thresholds ?? empty,
      rules: c.rules ?? Object.freeze([]),
      roles: c.roles ?? empty,
      messages: c.messages ?? empty,
    });
  } catch (error) {
    const issues: readonly ErrorIssue[] = isStoreOpsError(error)
      ? error.issues
      : [{ path: '', message: 'could not be read (a getter or proxy threw)' }];
    throw new StoreOpsError('INVALID_PLUGIN', prefixIssues(issues, prefix, name));
  }
}

/**
 * Validates `options.plugins`: `undefined` or an array of plugins with distinct names.
 * Throws `INVALID_OPTIONS` when it is not an array, `INVALID_PLUGIN` for a bad plugin. @internal
 */
export function readPlugins(value: unknown): PluginData[] {
  if (value === undefined) return [];
  let list: unknown[];
  try {
    if (!Array.isArray(value)) throw new TypeError('not an array');
    list = Array.from(value as unknown[]);
  } catch {
    return fail('INVALID_OPTIONS', 'plugins', `expected an array of plugins, received ${describeValue(value)}`);
  }
  const seen = new Set<string>();
  return list.map((item, i) => {
    const plugin = readPlugin(item, i);
    if (seen.has(plugin.name)) {
      fail('INVALID_PLUGIN', `plugins[${i}].name`, `plugin ${JSON.stringify(plugin.name)}: another plugin has this name`);
    }
    seen.add(plugin.name);
    return plugin;
  });
}
