/// <reference types="vite/client" />
// The public surface of storeops as the fuzz suite sees it: every function exported from the
// package root and from each subpath (src/<module>/index.ts), found at run time, so a module or
// function added later is fuzzed without editing the tests. Also: values to throw at them.
import fc from 'fast-check';
import { StoreDecimal } from '../../src/core/decimal.js';

const modules = import.meta.glob<Record<string, unknown>>(['../../src/index.ts', '../../src/*/index.ts'], { eager: true });

/** `storeops` for the root, `storeops/<module>` for a subpath. */
function entryName(file: string): string {
  const m = /src\/(?:([\w-]+)\/)?index\.ts$/.exec(file);
  return m?.[1] === undefined ? 'storeops' : `storeops/${m[1]}`;
}

/** Exports that are not storeops functions, with the reason they are not fuzzed. */
export const notFuzzed: Readonly<Record<string, string>> = {
  StoreDecimal: "decimal.js's own constructor (a configured clone): its contract is decimal.js's",
};

const isClass = (fn: Function) => /^class[\s{]/.test(Function.prototype.toString.call(fn));

export interface PublicFunction {
  /** Export name. */
  name: string;
  /** The entry points that export it, e.g. `['storeops', 'storeops/core']`. */
  entries: string[];
  fn: (...args: unknown[]) => unknown;
}

/** Every public function, once each (the root re-exports the subpaths' functions). */
export const publicFunctions: PublicFunction[] = (() => {
  const byFn = new Map<unknown, PublicFunction>();
  for (const [file, mod] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function' || name in notFuzzed || isClass(value)) continue;
      const known = byFn.get(value);
      if (known) known.entries.push(entryName(file));
      else byFn.set(value, { name, entries: [entryName(file)], fn: value as PublicFunction['fn'] });
    }
  }
  return [...byFn.values()].sort((a, b) => a.name.localeCompare(b.name));
})();

/** Every exported value that is not a function: schemas, catalogs, default thresholds, presets. */
export const publicValues: unknown[] = Object.values(modules).flatMap((mod) => Object.values(mod).filter((v) => typeof v !== 'function'));

// ---------------------------------------------------------------------------------------------
// Field names: taken from the exported zod schemas and default objects, so structured inputs
// for a new module use its own field names.

function collectKeys(value: unknown, into: Set<string>, depth: number, seen: Set<unknown>): void {
  if (depth > 6 || value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const def = (value as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (def !== undefined) {
    const shape = def['shape'];
    if (shape !== null && typeof shape === 'object') {
      for (const [k, v] of Object.entries(shape)) {
        into.add(k);
        collectKeys(v, into, depth + 1, seen);
      }
    }
    for (const k of ['innerType', 'element', 'valueType', 'in', 'out', 'left', 'right']) collectKeys(def[k], into, depth + 1, seen);
    if (Array.isArray(def['options'])) for (const o of def['options']) collectKeys(o, into, depth + 1, seen);
    return;
  }
  if (Array.isArray(value)) return;
  for (const [k, v] of Object.entries(value)) {
    into.add(k);
    collectKeys(v, into, depth + 1, seen);
  }
}

const OPTION_KEYS = ['thresholds', 'locale', 'plugins', 'rules', 'roles', 'messages', 'norms', 'unit', 'method', 'asOf', 'format', 'onError', 'windowDays', 'bands', 'events', 'weights', 'mode', 'scale', 'digits', 'path', 'prefix', 'code', 'name', 'id', 'date', 'start', 'end', 'total', 'pass', 'good', 'direction', 'inclusive', 'en', 'zh-CN'];
const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Field names known to the public surface, plus option names and keys that attack prototypes. */
export const fieldNames: string[] = (() => {
  const keys = new Set<string>(OPTION_KEYS);
  for (const v of publicValues) collectKeys(v, keys, 0, new Set());
  for (const k of DANGEROUS_KEYS) keys.delete(k);
  return [...keys].sort();
})();

// ---------------------------------------------------------------------------------------------
// Values.

function nested(depth: number, array: boolean): unknown {
  let v: unknown = array ? [1] : { value: 1 };
  for (let i = 0; i < depth; i++) v = array ? [v] : { value: v, visitors: 1 };
  return v;
}

const throwingGetter = Object.defineProperty({}, 'visitors', {
  enumerable: true,
  get() {
    throw new Error('getter threw');
  },
});
const hostileProxy = new Proxy(
  {},
  {
    get(_target, key) {
      if (typeof key === 'symbol') return undefined;
      throw new Error('proxy get');
    },
    has(_target, key) {
      // fast-check itself asks the values it generates for symbols: answer those.
      if (typeof key === 'symbol') return false;
      throw new Error('proxy has');
    },
    ownKeys() {
      throw new Error('proxy ownKeys');
    },
    getOwnPropertyDescriptor() {
      throw new Error('proxy descriptor');
    },
    getPrototypeOf() {
      throw new Error('proxy prototype');
    },
  },
);
/** An array proxy whose traps throw (but for symbols, which fast-check itself asks for). */
const hostileArrayProxy = new Proxy([1, 2, 3], {
  get(_target, key) {
    if (typeof key === 'symbol') return undefined;
    throw new Error('array proxy get');
  },
  has(_target, key) {
    if (typeof key === 'symbol') return false;
    throw new Error('array proxy has');
  },
  ownKeys() {
    throw new Error('array proxy ownKeys');
  },
  getOwnPropertyDescriptor() {
    throw new Error('array proxy descriptor');
  },
});
/**
 * A revoked proxy of an array: every operation on it throws TypeError (even Array.isArray), so
 * fast-check cannot hold one (it asks each value for a clone method). The generators hold this
 * marker instead; {@link withRevokedProxies} swaps in a fresh revoked proxy just before the call.
 */
export const REVOKED = Object.freeze({ revokedProxyMarker: true });
const revoked = (): unknown => {
  const { proxy, revoke } = Proxy.revocable([1, 2], {});
  revoke();
  return proxy;
};
/** The arguments with every {@link REVOKED} marker (at the top or one level down) replaced by a revoked proxy. */
export function withRevokedProxies(args: unknown[]): unknown[] {
  const swap = (v: unknown): unknown => (v === REVOKED ? revoked() : v);
  return args.map((a) => {
    if (a === REVOKED) return revoked();
    try {
      if (Array.isArray(a) && a.includes(REVOKED)) return a.map(swap);
    } catch {
      return a;
    }
    let plain = false;
    try {
      plain = a !== null && typeof a === 'object' && !Array.isArray(a) && Object.getPrototypeOf(a) === Object.prototype && Object.values(a).includes(REVOKED);
    } catch {
      // a hostile proxy: passed as it is
    }
    if (plain) {
      return Object.fromEntries(Object.entries(a as Record<string, unknown>).map(([k, v]) => [k, swap(v)]));
    }
    return a;
  });
}
/** Iterables whose iterator throws, sync and async. */
const throwingIterable = {
  [Symbol.iterator]: () => ({
    next() {
      throw new Error('iterator next');
    },
  }),
};
const throwingAsyncIterable = {
  [Symbol.asyncIterator]: () => ({
    next() {
      throw new Error('async iterator next');
    },
  }),
};
const brokenIterable = { [Symbol.iterator]: () => ({ next: () => 42 }) };

/** Claims to be a decimal.js instance but is not one. */
const fakeDecimal = {
  toStringTag: '[object Decimal]',
  isFinite: () => true,
  isNegative: () => false,
  isZero: () => false,
  toNumber: () => Number.NaN,
  toString: () => 'not a number',
};

/** Own-property objects built with defineProperty, so `__proto__` is a real key, as JSON.parse makes it. */
function own(entries: [string, unknown][]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

export const LONG = 100_000;

/** Values known to break code: wrong types, edges of number, strings for slow regular expressions. */
export const evilValues: unknown[] = [
  Number.NaN, Infinity, -Infinity, -0, 0, 1, -1, 2, 7, 0.5, 0.7, 1.5, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e21, 2 ** 31, 1e-7,
  '', ' ', '0', '-0', '1', '12.34', '-12.34', '1e999', '1e-999', '9e99999', 'NaN', 'Infinity', '70%', '3.21%', '1,234', '-', '¥12', '０', '٣',
  '2026-02-30', '2026-11-11', '2028-02-29', '2026-11', '2026-13', '0000-01-01', '1000-01-01', '9999-12-31', '2026-W45', '2026-Q4',
  'zh-CN', 'en', 'fr', 'half-up', 'shapley', 'markdown', 'collect', 'throw', 'below', 'above', 'good', 'pass', 'fail', 'unknown',
  '__proto__', 'constructor', 'prototype', '{value}', '{__proto__}', '\u0000', '\uD800', '访客数', '支付转化率',
  'x'.repeat(LONG), '1'.repeat(LONG), `${'1'.repeat(LONG)}!`, `${'9'.repeat(LONG)}.${'9'.repeat(10)}`, `${' '.repeat(LONG)}1`, `${'1,'.repeat(LONG / 2)}x`,
  `${'1.'.repeat(LONG / 2)}`, `${'%'.repeat(LONG)}`, `${'{'.repeat(LONG)}`, `${'2026-11-11'.repeat(LONG / 10)}`, `${'a'.repeat(LONG)}@`,
  true, false, null, undefined, Symbol('s'), 10n, -10n, 2n ** 70n,
  [], [[]], [null], [Number.NaN], [1, 'x', null], new Array(5), new Array(100_000), {}, Object.create(null), { length: 3 },
  new Date(Number.NaN), new Date(0), /x/, new Map([['a', 1]]), new Set([1]), new Uint8Array(4), Promise.resolve(1),
  () => 'key', (x: unknown) => x, function named() { return undefined; },
  throwingGetter, hostileProxy, fakeDecimal, new StoreDecimal(Number.NaN), new StoreDecimal(Infinity), new StoreDecimal('1e9000000000000000'), new StoreDecimal('-0'),
  nested(3000, false), nested(3000, true),
  // Issue 16: markup names, huge and tiny units, sparse and proxied arrays, hostile iterables,
  // __proto__ keys from JSON.parse, float-noise cells.
  '[x](javascript:alert(1)) <img src=x onerror=alert(1)>', '手淘\n1. **[紧急 · 运营]** x\n# h', 'abc\u202Egpj.exe\u200B\uFEFF', '<script>alert(1)</script>',
  '1e-45', '1e-60', '3e20', '1e60', '1e600', '1234567890123456789012345678901234567890', 1e-45, 3e20, 1e60,
  new Array(1e8), hostileArrayProxy, REVOKED, throwingIterable, throwingAsyncIterable, brokenIterable,
  JSON.parse('{"__proto__": 2, "visitors": 100}'), JSON.parse('{"2026-11-11": 100, "__proto__": 5}'), JSON.parse('[{"__proto__": 5, "date": "2026-11-11"}]'),
  0.1 + 0.2, '0.30000000000000004', 309.40000000000003, '309.40000000000003', [0.1 + 0.2, '0.30000000000000004'],
  JSON.parse('{"__proto__": {"polluted": 1, "pass": 0.1}}'), own([['constructor', { prototype: { polluted: 1 } }]]),
  own([['__proto__', { visitors: 1 }], ['visitors', 10]]), own([['prototype', 1], ['toString', 1], ['valueOf', 1]]),
  ...publicValues,
];

const plausibleNumber = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, 1, -1, 0.7, 2.5, 1e308, Number.NaN, Infinity),
);
const plausibleString = fc.oneof(
  fc.constantFrom('12.34', '0', '-1', '1e3', '70%', '1,234', '-', '', '2026-11-11', '2026-11', 'zh-CN', 'en', 'a', '__proto__'),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => (n / 100).toFixed(2)),
  fc.string({ maxLength: 20 }),
);
const plausibleDate = fc.integer({ min: 18_000, max: 22_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const evil = fc.constantFrom(...evilValues);
const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...fieldNames) }, { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) });

/** A scalar a caller might plausibly pass, or a bad one. */
export const scalar: fc.Arbitrary<unknown> = fc.oneof(plausibleNumber, plausibleString, plausibleDate, evil);

/** Objects shaped like storeops inputs and options (known field names), with good and bad values, nested. */
export const structured: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; object: Record<string, unknown>; list: unknown[] }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, scalar, tie('object'), tie('list')),
  object: fc.array(fc.tuple(key, tie('value')), { maxLength: 8 }).map(own),
  list: fc.array(tie('value'), { maxLength: 6 }),
})).value;

/** Anything at all, with the nasty corners of JavaScript included. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  evil,
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
    key: fc.oneof(fc.string(), fc.constantFrom(...DANGEROUS_KEYS)),
  }),
);

/** Argument lists for a function of `arity` declared parameters: sometimes fewer, sometimes more. */
export function argumentLists(arity: number): fc.Arbitrary<unknown[]> {
  const arg = fc.oneof(structured, garbage, scalar);
  return fc.array(arg, { minLength: 0, maxLength: Math.min(Math.max(arity, 1) + 1, 5) });
}

// ---------------------------------------------------------------------------------------------
// What a result may hold.

/** Paths in `value` that hold NaN, ±Infinity or a non-finite Decimal (never more than a few). */
export function nonFiniteIn(value: unknown): string[] {
  const bad: string[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string, depth: number): void => {
    if (bad.length > 3 || depth > 50) return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) bad.push(`${path || '(result)'} = ${v}`);
      return;
    }
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v)) return;
    seen.add(v);
    if (v instanceof StoreDecimal || (v as { toStringTag?: unknown }).toStringTag === '[object Decimal]') {
      const d = v as { isFinite(): boolean; isNaN(): boolean; toString(): string };
      if (!d.isFinite()) bad.push(`${path || '(result)'} = Decimal ${d.toString()}`);
      return;
    }
    if (typeof v === 'function') return;
    if (v instanceof Map) {
      for (const [k, x] of v) walk(x, `${path}.get(${String(k)})`, depth + 1);
      return;
    }
    if (v instanceof Set) {
      for (const x of v) walk(x, `${path}{}`, depth + 1);
      return;
    }
    for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], `${path}.${k}`, depth + 1);
  };
  walk(value, '', 0);
  return bad;
}

const PROTOTYPES: object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Promise.prototype];

/** The own properties of the built-in prototypes (keys and the identity of values and accessors). */
export function prototypeSnapshot(): unknown[] {
  const out: unknown[] = [];
  for (const proto of PROTOTYPES) {
    out.push(Object.getPrototypeOf(proto), Object.isExtensible(proto));
    for (const k of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, k);
      out.push(k, d?.value, d?.get, d?.set, d?.writable, d?.enumerable);
    }
  }
  return out;
}

/** True when two snapshots are identical, value by value. */
export function sameSnapshot(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
