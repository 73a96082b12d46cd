import { describe, expect, it } from 'vitest';
import { StoreOpsError } from '../../src/core/errors.js';
import { openJudging } from '../../src/core/judge.js';
import { inPlugin, readPlugin, readPlugins } from '../../src/core/plugin.js';
import { errorOf } from '../helpers.js';

// A toy module: one number `limit` in [0, 1], default 0.5.
const spec = {
  module: 'toy',
  defaults: { limit: 0.5 },
  catalog: { TOY: { 'zh-CN': '玩具', en: 'toy' } },
  marks(override: unknown, base: { limit: number }, path: readonly PropertyKey[]) {
    if (override === undefined) return base;
    const limit = (override as { limit?: unknown }).limit;
    if (typeof limit !== 'number' || limit < 0 || limit > 1) {
      throw new StoreOpsError('INVALID_OPTIONS', [{ path: [...path, 'limit'].join('.'), message: 'must be between 0 and 1' }]);
    }
    return { limit };
  },
};

describe('readPlugin', () => {
  it('returns a frozen plain copy with empty sections filled in', () => {
    const original = { name: 'a', thresholds: { toy: { limit: 0.2 } } };
    const p = readPlugin(original);
    expect(p).toMatchObject({ index: -1, name: 'a', thresholds: { toy: { limit: 0.2 } }, rules: [], roles: {}, messages: {} });
    expect(Object.isFrozen(p)).toBe(true);
    original.thresholds.toy.limit = 0.9;
    expect(p.thresholds['toy']).toEqual({ limit: 0.2 });
  });

  it('rejects a missing name, an unknown field and a bad catalog with paths', () => {
    expect(errorOf(() => readPlugin({})).issues[0]).toMatchObject({ path: 'name' });
    const unknown = errorOf(() => readPlugin({ name: 'a', threshold: {} }));
    expect(unknown.code).toBe('INVALID_PLUGIN');
    expect(unknown.issues[0]).toMatchObject({ path: 'threshold', message: 'plugin "a": unknown field' });
    const catalog = errorOf(() => readPlugins([{ name: 'b', messages: { X: { 'zh-CN': '某' } } }]));
    expect(catalog.issues[0]?.path).toBe('plugins[0].messages.X.en');
    expect(errorOf(() => readPlugin('taobao')).issues[0]?.path).toBe('');
    expect(errorOf(() => readPlugin({ name: 'd', description: 1 })).issues[0]?.path).toBe('description');
    expect(errorOf(() => readPlugin({ name: 'r', rules: {} })).issues[0]?.path).toBe('rules');
    expect(errorOf(() => readPlugin({ name: 'r', rules: [1] })).issues[0]?.path).toBe('rules[0]');
    expect(errorOf(() => readPlugin({ name: 't', thresholds: [] })).issues[0]?.path).toBe('thresholds');
    expect(errorOf(() => readPlugin({ name: 't', thresholds: { roles: 1 } })).issues[0]?.path).toBe('thresholds.roles');
  });

  it('cannot pollute prototypes: __proto__, constructor and prototype keys are rejected', () => {
    const evil = JSON.parse('{"name":"evil","thresholds":{"toy":{"__proto__":{"polluted":true}}}}') as unknown;
    const e = errorOf(() => readPlugins([evil]));
    expect(e.code).toBe('INVALID_PLUGIN');
    expect(e.issues[0]?.path).toBe('plugins[0].thresholds.toy.__proto__');
    expect(e.issues[0]?.message).toContain('plugin "evil"');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const ctor = JSON.parse('{"name":"c","messages":{"constructor":{"zh-CN":"x","en":"x"}}}') as unknown;
    expect(errorOf(() => readPlugin(ctor)).issues[0]?.path).toBe('messages.constructor');
  });

  it('never calls getters, and turns throwing proxies, functions, class instances and cycles into StoreOpsError', () => {
    let called = false;
    const getter = {
      name: 'g',
      get thresholds() {
        called = true;
        return {};
      },
    };
    expect(errorOf(() => readPlugin(getter)).issues[0]?.path).toBe('thresholds');
    expect(called).toBe(false);

    const proxy = new Proxy({ name: 'p' }, {
      ownKeys() {
        throw new Error('boom');
      },
    });
    const e = errorOf(() => readPlugins([proxy]));
    expect(e.code).toBe('INVALID_PLUGIN');
    expect(e.issues[0]?.path).toBe('plugins[0]');

    expect(errorOf(() => readPlugin({ name: 'f', rules: [{ when: () => true }] })).issues[0]?.path).toBe('rules[0].when');
    expect(errorOf(() => readPlugin({ name: 'd', thresholds: { toy: new Date(0) } })).issues[0]?.path).toBe('thresholds.toy');
    const cycle: Record<string, unknown> = { name: 'cycle' };
    cycle['roles'] = { self: cycle };
    expect(errorOf(() => readPlugin(cycle)).code).toBe('INVALID_PLUGIN');
  });
});

describe('readPlugins', () => {
  it('accepts undefined and rejects a non-array and duplicate names', () => {
    expect(readPlugins(undefined)).toEqual([]);
    const notArray = errorOf(() => readPlugins({ name: 'a' }));
    expect(notArray.code).toBe('INVALID_OPTIONS');
    expect(notArray.issues[0]?.path).toBe('plugins');
    const dup = errorOf(() => readPlugins([{ name: 'a' }, { name: 'a' }]));
    expect(dup.issues[0]).toMatchObject({ path: 'plugins[1].name' });
  });
});

describe('inPlugin', () => {
  it('re-codes errors as INVALID_PLUGIN under plugins[i], naming the plugin', () => {
    const e = errorOf(() =>
      inPlugin({ index: 2, name: 'acme' }, () => {
        throw new StoreOpsError('INVALID_OPTIONS', [{ path: 'thresholds.toy.limit', message: 'bad' }, { path: '[0]', message: 'x' }]);
      }),
    );
    expect(e.code).toBe('INVALID_PLUGIN');
    expect(e.issues).toMatchObject([
      { path: 'plugins[2].thresholds.toy.limit', message: 'plugin "acme": bad' },
      { path: 'plugins[2][0]' },
    ]);
    const other = errorOf(() =>
      inPlugin({ index: 0, name: 'acme' }, () => {
        throw new TypeError('x');
      }),
    );
    expect(other.issues[0]).toMatchObject({ path: 'plugins[0]', message: 'plugin "acme": could not be used' });
  });
});

describe('openJudging (the one place plugins are folded)', () => {
  it('folds thresholds in order (defaults, plugins, caller) and stacks catalogs', () => {
    const a = { name: 'a', thresholds: { toy: { limit: 0.2 } }, messages: { TOY: { 'zh-CN': '甲', en: 'A' } } };
    const b = { name: 'b', thresholds: { toy: { limit: 0.3 }, other: { x: 1 } } };
    expect(openJudging(spec, {}).thresholds).toEqual({ limit: 0.5 });
    expect(openJudging(spec, { plugins: [a, b] }).thresholds).toEqual({ limit: 0.3 });
    expect(openJudging(spec, { plugins: [b, a] }).thresholds).toEqual({ limit: 0.2 });
    const user = { TOY: { 'zh-CN': '用户', en: 'user' } };
    const ctx = openJudging(spec, { plugins: [a, b], thresholds: { limit: 0.9 }, messages: user });
    expect(ctx.thresholds).toEqual({ limit: 0.9 });
    expect(ctx.catalogs).toEqual([spec.catalog, a.messages, user]);
  });

  it('names the plugin and the field of a bad section', () => {
    const bad = { name: 'too-strict', thresholds: { toy: { limit: 7 } } };
    const e = errorOf(() => openJudging(spec, { plugins: [{ name: 'ok' }, bad] }));
    expect(e.code).toBe('INVALID_PLUGIN');
    expect(e.issues[0]).toMatchObject({ path: 'plugins[1].thresholds.toy.limit', message: 'plugin "too-strict": must be between 0 and 1' });
    expect(e.message).toContain('too-strict');
  });
});
