import { describe, expect, expectTypeOf, it } from 'vitest';
import { StoreOpsError, type StoreOpsPlugin } from '../../src/core/internal.js';
import { assessPageHealth } from 'storeops/page-health';
import { definePlugin, type Plugin } from 'storeops/plugins';
import { classifyProducts, type ProductInput } from 'storeops/roles';
import { errorOf } from '../helpers.js';

const catalogue: ProductInput[] = [
  { id: 'socks', price: 29, unitCost: 25, visitors: 8000, buyers: 400 },
  { id: 'scarf', price: 99, unitCost: 40, visitors: 1000, buyers: 30 },
  { id: 'gloves', price: 129, unitCost: 50, visitors: 800, buyers: 20 },
  { id: 'coat', price: 599, unitCost: 250, visitors: 300, buyers: 3 },
  { id: 'hat', price: 59, unitCost: 40, visitors: 500, buyers: 10 },
];

describe('definePlugin', () => {
  it('returns the plugin as frozen plain data that every judging function accepts', () => {
    const original = { name: 'p', thresholds: { 'page-health': { bounceRate: { pass: 0.65 } } } };
    const plugin = definePlugin(original);
    expect(plugin).toEqual({ name: 'p', thresholds: { 'page-health': { bounceRate: { pass: 0.65 } } } });
    expect(Object.isFrozen(plugin)).toBe(true);
    expect(Object.isFrozen(plugin.thresholds?.['page-health']?.bounceRate)).toBe(true);
    original.thresholds['page-health'].bounceRate.pass = 0.9; // the plugin kept its own copy
    expect(assessPageHealth({ bounceRate: 0.68, pagesPerVisitor: 3 }, { plugins: [plugin] }).checks[0]?.thresholds?.pass).toBe(0.65);
    expectTypeOf(plugin).toExtend<StoreOpsPlugin>();
  });

  it('checks the general shape at once', () => {
    expect(errorOf(() => definePlugin({ name: '' })).issues[0]?.path).toBe('name');
    const fn = errorOf(() => definePlugin({ name: 'fn', messages: { X: { 'zh-CN': 'x', en: (() => 'x') as never } } }));
    expect(fn.issues[0]).toMatchObject({ path: 'messages.X.en', message: 'plugin "fn": a plugin is plain data: function is not allowed' });
    const evil = JSON.parse('{"name":"evil","roles":{"__proto__":{"kind":"role","label":"X"}}}') as Plugin;
    expect(errorOf(() => definePlugin(evil)).issues[0]?.path).toBe('roles.__proto__');
  });

  it('types each module’s thresholds, roles and rules for the author', () => {
    definePlugin({
      name: 'typed',
      thresholds: { 'page-health': { bounceRate: { pass: 0.65 } }, roles: { hitMinRevenueShare: 0.25 } },
      roles: { blocker: { kind: 'role', label: 'ROLE_BLOCKER' } },
      rules: [{ assign: 'blocker', priority: 1, when: [{ metric: 'custom.rivalPrice', op: '>', value: 0 }] }],
      messages: { ROLE_BLOCKER: { 'zh-CN': '阻击款', en: 'blocker' } },
    });
    // Compile-time errors (checked by `tsc`): an unknown module, an unknown threshold, a string
    // where a number is due, an unknown measure, and a rule assigning a role nobody defined.
    const bad = () => [
      // @ts-expect-error unknown module key
      definePlugin({ name: 'a', thresholds: { 'page-helth': {} } }),
      // @ts-expect-error unknown threshold
      definePlugin({ name: 'b', thresholds: { roles: { hitShare: 0.2 } } }),
      // @ts-expect-error a percent string where a rate is due
      definePlugin({ name: 'c', thresholds: { roles: { hitMinRevenueShare: '20%' } } }),
      // @ts-expect-error unknown measure
      definePlugin({ name: 'd', rules: [{ assign: 'profit', priority: 1, when: [{ metric: 'margin', op: '>', value: 0 }] }] }),
      // @ts-expect-error the rule assigns a role the plugin does not define
      definePlugin({ name: 'e', roles: { blocker: { kind: 'role', label: 'X' } }, rules: [{ assign: 'blokcer', priority: 1, when: [{ metric: 'price', op: '>', value: 0 }] }] }),
    ];
    expect(typeof bad).toBe('function');
  });
});

describe('plugins in classifyProducts', () => {
  it('folds roles thresholds in plugin order, the caller’s last', () => {
    const picky = definePlugin({ name: 'picky', thresholds: { roles: { trafficMinVisitorIndex: 4 } } });
    const lenient = definePlugin({ name: 'lenient', thresholds: { roles: { trafficMinVisitorIndex: 3 } } });
    expect(classifyProducts(catalogue, { plugins: [picky] }).products[0]!.role).toBe('regular');
    expect(classifyProducts(catalogue, { plugins: [picky, lenient] }).products[0]!.role).toBe('traffic');
    expect(classifyProducts(catalogue, { plugins: [lenient, picky] }).products[0]!.role).toBe('regular');
    expect(classifyProducts(catalogue, { plugins: [picky], thresholds: { trafficMinVisitorIndex: 1.5 } }).products[0]!.role).toBe('traffic');
  });

  it('lets a plugin reword a built-in message', () => {
    const wording = definePlugin({ name: 'wording', messages: { ROLE_TRAFFIC: { 'zh-CN': '流量款', en: 'door opener' } } });
    expect(classifyProducts(catalogue, { plugins: [wording], locale: 'en' }).products[0]!.label).toBe('door opener');
    expect(classifyProducts(catalogue, { plugins: [wording] }).products[0]!.label).toBe('流量款');
  });

  it('adds a tag from a plugin', () => {
    const trial = definePlugin({
      name: 'trial',
      roles: { trial: { kind: 'tag', label: 'ROLE_TRIAL' } },
      rules: [{ assign: 'trial', priority: 300, when: [{ metric: 'price', op: '<', value: 30 }] }],
      messages: { ROLE_TRIAL: { 'zh-CN': '体验款', en: 'trial item' } },
    });
    const result = classifyProducts(catalogue, { plugins: [trial], locale: 'en' });
    expect(result.products[0]!.tags).toEqual(['hit', 'trial']);
    expect(result.portfolio.tags.map((t) => [t.id, t.label, t.count])).toEqual([
      ['hit', 'hit', 1],
      ['slow', 'slow mover', 0],
      ['trial', 'trial item', 1],
    ]);
  });

  it('rejects bad roles and rules with INVALID_PLUGIN, naming the plugin and the field', () => {
    const cases: [StoreOpsPlugin, string][] = [
      [{ name: 'ghost', rules: [{ assign: 'ghost', priority: 1, when: [{ metric: 'price', op: '>', value: 0 }] }] }, 'plugins[0].rules[0].assign'],
      [{ name: 'redefine', roles: { traffic: { kind: 'role', label: 'ROLE_TRAFFIC' } } }, 'plugins[0].roles.traffic'],
      [{ name: 'nolabel', roles: { blocker: { kind: 'role', label: 'ROLE_BLOCKER' } } }, 'plugins[0].roles.blocker.label'],
      [{ name: 'kind', roles: { blocker: { kind: 'main', label: 'ROLE_TRAFFIC' } } }, 'plugins[0].roles.blocker.kind'],
      [{ name: 'badid', roles: { 'a b': { kind: 'role', label: 'ROLE_TRAFFIC' } } }, 'plugins[0].roles["a b"]'],
      [{ name: 'metric', rules: [{ assign: 'profit', priority: 1, when: [{ metric: 'custom.', op: '>', value: 0 }] }] }, 'plugins[0].rules[0].when[0].metric'],
      [{ name: 'nocode', rules: [{ assign: 'profit', priority: 1, when: [{ metric: 'price', op: '>', value: 0, code: 'MISSING' }] }] }, 'plugins[0].rules[0].when[0].code'],
      [{ name: 'empty', rules: [{ assign: 'profit', priority: 1, when: [] }] }, 'plugins[0].rules[0].when'],
      [{ name: 'nan', rules: [{ assign: 'profit', priority: Number.NaN, when: [{ metric: 'price', op: '>', value: 0 }] }] }, 'plugins[0].rules[0].priority'],
      [{ name: 'mix', thresholds: { roles: { targetMix: { traffic: '20%' } } } }, 'plugins[0].thresholds.roles.targetMix.traffic'],
    ];
    for (const [plugin, path] of cases) {
      const e = errorOf(() => classifyProducts(catalogue, { plugins: [plugin] }));
      expect(e.code, plugin.name).toBe('INVALID_PLUGIN');
      expect(e.issues[0]?.path, plugin.name).toBe(path);
      expect(e.issues[0]?.message, plugin.name).toContain(`plugin "${plugin.name}"`);
    }
  });

  it('survives hostile plugins with nothing but StoreOpsError', () => {
    const polluting = JSON.parse('{"name":"evil","thresholds":{"roles":{"__proto__":{"targetMix":{}}}}}') as StoreOpsPlugin;
    expect(errorOf(() => classifyProducts(catalogue, { plugins: [polluting] })).code).toBe('INVALID_PLUGIN');
    expect(({} as Record<string, unknown>)['targetMix']).toBeUndefined();
    const revoked = Proxy.revocable({ name: 'gone' }, {});
    revoked.revoke();
    expect(errorOf(() => classifyProducts(catalogue, { plugins: [revoked.proxy] })).code).toBe('INVALID_PLUGIN');
    let calls = 0;
    const flipping = {
      name: 'flip',
      get rules() {
        calls++;
        return calls === 1 ? [] : [{ assign: 'ghost' }];
      },
    };
    expect(errorOf(() => classifyProducts(catalogue, { plugins: [flipping] })).issues[0]?.path).toBe('plugins[0].rules');
    expect(calls).toBe(0);
  });
});
