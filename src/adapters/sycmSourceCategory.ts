import { expected } from '../core/errors.js';

/**
 * Traffic categories of a store's traffic structure (the same names `trafficStructure` uses):
 * `natural` free in-platform traffic, `paid` bought traffic, `activity` platform campaigns,
 * `member` the store's own and member traffic, `external` outside the platform, `other`.
 * @see DOMAIN.md §2
 */
export type SycmSourceCategory = 'natural' | 'paid' | 'activity' | 'member' | 'external' | 'other';

const LEVEL1: Readonly<Record<string, SycmSourceCategory>> = {
  淘内免费: 'natural',
  付费流量: 'paid',
  自主访问: 'member',
  淘外流量: 'external',
  其他: 'other',
  其它: 'other',
};

// Second-level names that decide the category on their own: campaigns are `activity` wherever
// 生意参谋 files them; ad products are `paid`.
const LEVEL2: Readonly<Record<string, SycmSourceCategory>> = {
  聚划算: 'activity',
  淘抢购: 'activity',
  天天特价: 'activity',
  官方活动: 'activity',
  直通车: 'paid',
  引力魔方: 'paid',
  钻石展位: 'paid',
  钻展: 'paid',
  超级推荐: 'paid',
  万相台: 'paid',
  淘宝客: 'paid',
  手淘搜索: 'natural',
  手淘推荐: 'natural',
  猜你喜欢: 'natural',
  购物车: 'member',
  我的淘宝: 'member',
  直接访问: 'member',
  收藏夹: 'member',
  已买到商品: 'member',
  会员营销: 'member',
};

/**
 * The traffic category of a 生意参谋 source, from its first-level (一级来源) and second-level
 * (二级来源) names: 淘内免费 → natural, 付费流量 → paid (直通车, 引力魔方, 淘宝客), 自主访问 →
 * member, 淘外流量 → external, campaigns (聚划算, 淘抢购, 天天特价) → activity; unknown → other.
 *
 * @param level1 - 一级来源, e.g. `'付费流量'`.
 * @param level2 - 二级来源, e.g. `'直通车'`; decides when it is a known campaign or ad product.
 * @throws StoreOpsError `INVALID_INPUT` when a level is given but is not a string.
 * @see DOMAIN.md §2
 * @example
 * ```ts
 * import { sycmSourceCategory } from 'storeops/adapters';
 * sycmSourceCategory('付费流量', '直通车') //=> 'paid'
 * sycmSourceCategory('付费流量', '聚划算') //=> 'activity'
 * sycmSourceCategory('淘内免费', '手淘搜索') //=> 'natural'
 * sycmSourceCategory(undefined, '购物车') //=> 'member'
 * sycmSourceCategory('新渠道') //=> 'other'
 * sycmSourceCategory(0) //=> throws INVALID_INPUT
 * ```
 */
export function sycmSourceCategory(level1?: string, level2?: string): SycmSourceCategory {
  const own = (table: Readonly<Record<string, SycmSourceCategory>>, key: string | undefined) =>
    key !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  if (level1 !== undefined && typeof level1 !== 'string') expected('level1', 'a string', level1);
  if (level2 !== undefined && typeof level2 !== 'string') expected('level2', 'a string', level2);
  return own(LEVEL2, level2?.trim()) ?? own(LEVEL1, level1?.trim()) ?? 'other';
}
