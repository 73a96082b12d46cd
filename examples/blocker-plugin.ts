// An example plugin: adds the 阻击款 (blocker) role of [domain reference §6](../docs/domain.en.md#6-product-roles) — an item priced at or under a
// rival's comparable item to stop it taking the store's buyers — with its messages in zh-CN and en.
// Run: npx tsx examples/blocker-plugin.ts
import { readFileSync } from 'node:fs';
import { definePlugin } from 'storeops/plugins';
import { classifyProducts, type ProductInput } from 'storeops/roles';

/**
 * A product is a blocker when the caller gives the rival's price (`custom.rivalPrice`), its own
 * price is at most the rival's, and it still makes a margin. The rule runs before the built-in
 * roles (priority 50 < 100), so a blocker is not also called a traffic item.
 */
export const blockerPlugin = definePlugin({
  name: 'blocker',
  description: '阻击款: an item priced at or under a rival’s comparable item',
  roles: { blocker: { kind: 'role', label: 'ROLE_BLOCKER' } },
  rules: [
    {
      assign: 'blocker',
      priority: 50,
      when: [
        { metric: 'price', per: 'custom.rivalPrice', op: '<=', value: 1, code: 'BLOCKER_PRICE_VS_RIVAL' },
        { metric: 'marginRate', op: '>', value: 0 },
      ],
    },
  ],
  // Give blockers a tenth of sales in the target mix beside the defaults of [domain reference §6](../docs/domain.en.md#6-product-roles).
  thresholds: { roles: { targetMix: { traffic: 0.2, flagship: 0.15, profit: 0.15, blocker: 0.1 } } },
  messages: {
    ROLE_BLOCKER: { 'zh-CN': '阻击款', en: 'blocker' },
    BLOCKER_PRICE_VS_RIVAL: {
      'zh-CN': '售价是竞品的 {value} 倍（条件 {op} {target}）',
      en: 'Price is {value}× the rival’s (rule: {op} {target})',
    },
  },
});

/** The sample catalogue of examples/data/roles-catalogue.json. */
export function loadCatalogue(): ProductInput[] {
  return JSON.parse(readFileSync(new URL('./data/roles-catalogue.json', import.meta.url), 'utf8')) as ProductInput[];
}

/** Classifies the sample catalogue with the plugin and prints each product's role and reasons. */
export function main(locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const classified = classifyProducts(loadCatalogue(), { plugins: [blockerPlugin], locale });
  const { products, portfolio } = classified;
  const lines: string[] = [];
  for (const p of products) {
    const tags = p.tags.length > 0 ? ` [${p.tags.join(', ')}]` : '';
    lines.push(`${p.name ?? p.id}: ${p.label}${tags}`);
    for (const r of p.checks) lines.push(`  ${r.status === 'pass' ? '✓' : '✗'} ${r.message}`);
  }
  lines.push('');
  for (const c of classified.checks) lines.push(`${c.status === 'fail' ? '✗' : '✓'} ${c.message}`);
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  console.log(main(process.argv[2] === 'en' ? 'en' : 'zh-CN'));
}
