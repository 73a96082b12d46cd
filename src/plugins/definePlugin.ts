import type { KeywordThresholds } from '../ads/keywordAction.js';
import type { BriefThresholds } from '../brief/input.js';
import type { Threshold } from '../core/checks.js';
import { fail, formatPath } from '../core/errors.js';
import type { MessageCatalog } from '../core/i18n.js';
import { readPlugin } from '../core/plugin.js';
import type { TrafficStructureThresholdOverrides } from '../funnel/trafficStructure.js';
import type { PageHealthThresholdOverrides } from '../page-health/assessPageHealth.js';
import type { BuiltInRole, RoleDefinition, RoleRule, RoleThresholdOverrides } from '../roles/rules.js';
import type { ServiceThresholdOverrides } from '../service/scoreAgents.js';
import type { StockThresholds } from '../stock/stockCover.js';
import { MESSAGE_PLACEHOLDERS } from './placeholders.js';

/**
 * Threshold overrides a plugin carries, keyed by the module that judges with them. Each
 * section has the type of that module's `options.thresholds`, so an editor completes the field
 * names and a typo or a percent written as 70 instead of 0.7 where a string is expected fails
 * to compile; values are also validated when a module uses them.
 */
export interface PluginThresholds {
  /** For `assessPageHealth` (storeops/page-health). @see [domain reference §3](../../docs/domain.en.md#3-page-health) */
  'page-health'?: PageHealthThresholdOverrides;
  /** For `classifyProducts` (storeops/roles). @see [domain reference §6](../../docs/domain.en.md#6-product-roles) */
  roles?: RoleThresholdOverrides;
  /** For `trafficStructure` (storeops/funnel): norms and advice marks. @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic) */
  'traffic-structure'?: TrafficStructureThresholdOverrides;
  /** For `assessDsr` (storeops/dsr): the score marks. @see [domain reference §4](../../docs/domain.en.md#4-dsr) */
  dsr?: { score?: Partial<Threshold> };
  /** For `keywordAction` (storeops/ads). @see [domain reference §7](../../docs/domain.en.md#7-paid-promotion) */
  ads?: Partial<KeywordThresholds>;
  /** For `scoreAgents` and the service findings (storeops/service). @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic) */
  service?: ServiceThresholdOverrides;
  /** For `stockCover` (storeops/stock). */
  stock?: Partial<StockThresholds>;
  /** For `dailyBrief` (storeops/brief): the brief's own marks. @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop) */
  brief?: Partial<BriefThresholds>;
}

/**
 * What a plugin may hold: a name, threshold overrides by module, roles and rules for the product
 * classifier, and messages (zh-CN and en) for its own codes or to reword storeops' codes.
 * `Role` is the union of the ids of the roles the plugin adds; its rules may assign those and
 * the built-in roles.
 */
export interface PluginDefinition<Role extends string = string> {
  /** A unique name, shown in errors about the plugin (e.g. `'acme-blocker'`). */
  name: string;
  /** What the plugin is for. */
  description?: string;
  /** Threshold overrides by module. */
  thresholds?: PluginThresholds;
  /** Roles (`kind: 'role'`) and tags (`kind: 'tag'`) the plugin adds, by id, each with the message code of its label. */
  roles?: Readonly<Record<Role, RoleDefinition>>;
  /** Classifier rules added to the caller's or the default rules, run by priority. */
  rules?: readonly RoleRule<BuiltInRole | NoInfer<Role>>[];
  /** Messages by code; they add to, or replace, the modules' messages. */
  messages?: MessageCatalog;
}

/** A plugin made by {@link definePlugin}: plain, frozen data, accepted by every judging function's `plugins` option. */
export type Plugin<Role extends string = string> = Readonly<PluginDefinition<Role>>;

/**
 * Defines a plugin: types every field for the plugin author (autocompletion; an unknown module,
 * threshold or role fails to compile), checks the general shape at once — a name, plain data
 * only (no functions, getters or `__proto__` keys), messages in both locales, each template
 * using only the `{placeholders}` of the storeops message it rewords (a new code, such as a
 * rule condition's, may use a condition's `{metric}`, `{value}`, `{op}`, `{target}`, `{role}`) —
 * and returns a frozen copy. Each module validates its own section when the plugin is used and reports a bad
 * field as `INVALID_PLUGIN` at `plugins[i].<field>`, naming the plugin.
 *
 * @param definition - the plugin's name, thresholds, roles, rules and messages.
 * @returns the same data, validated and frozen.
 * @throws StoreOpsError `INVALID_PLUGIN` with the path of the bad field.
 * @example
 * ```ts
 * import { definePlugin } from 'storeops/plugins';
 * import { assessPageHealth } from 'storeops/page-health';
 * const strict = definePlugin({ name: 'strict-pages', thresholds: { 'page-health': { bounceRate: { pass: 0.65, good: 0.55 } } } });
 * strict.name //=> 'strict-pages'
 * assessPageHealth({ bounceRate: 0.68, pagesPerVisitor: 3 }, { plugins: [strict] }).status //=> 'fail'
 * definePlugin({ name: '' }) //=> throws INVALID_PLUGIN
 * definePlugin({ name: 'typo', messages: { PAGE_BOUNCE_FAIL: { 'zh-CN': '跳失率 {vlaue}', en: 'Bounce {vlaue}' } } }) //=> throws INVALID_PLUGIN
 * ```
 */
export function definePlugin<const Role extends string = never>(definition: PluginDefinition<Role>): Plugin<Role> {
  const p = readPlugin(definition);
  checkPlaceholders(p.name, p.messages);
  const nonEmpty = (o: object) => Object.keys(o).length > 0;
  return Object.freeze({
    name: p.name,
    ...(p.description === undefined ? {} : { description: p.description }),
    ...(nonEmpty(p.thresholds) ? { thresholds: p.thresholds } : {}),
    ...(nonEmpty(p.roles) ? { roles: p.roles } : {}),
    ...(p.rules.length > 0 ? { rules: p.rules } : {}),
    ...(nonEmpty(p.messages) ? { messages: p.messages } : {}),
  }) as unknown as Plugin<Role>;
}

/** What a plugin's own code (a rule condition's, a role label) may use. */
const OWN_CODE_PLACEHOLDERS: readonly string[] = ['metric', 'value', 'op', 'target', 'role'];

let index: Map<string, readonly string[]> | undefined;

/** The placeholders of each storeops message code, read once from the generated index. */
function placeholders(): Map<string, readonly string[]> {
  if (index === undefined) {
    index = new Map();
    for (const entry of MESSAGE_PLACEHOLDERS.split(';')) {
      const [code = '', names = ''] = entry.split(':');
      index.set(code, names === '' ? [] : names.split(','));
    }
  }
  return index;
}

/** Refuses a `{placeholder}` the message's code never fills: it would print as `{name}` on screen. */
function checkPlaceholders(name: string, messages: MessageCatalog): void {
  for (const code of Object.keys(messages)) {
    const allowed = placeholders().get(code) ?? OWN_CODE_PLACEHOLDERS;
    const text = messages[code] as MessageCatalog[string];
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const m of text[locale].matchAll(/\{([A-Za-z0-9_]+)\}/g)) {
        const key = m[1] as string;
        if (!allowed.includes(key)) {
          const known = allowed.length === 0 ? 'none' : allowed.map((a) => `{${a}}`).join(', ');
          fail('INVALID_PLUGIN', formatPath(['messages', code, locale]), `plugin ${JSON.stringify(name)}: unknown placeholder {${key}}: ${code} has ${known}`);
        }
      }
    }
  }
}
