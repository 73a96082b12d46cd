import { expected } from '../core/errors.js';

/**
 * Traffic categories of a store's traffic structure (the same names `trafficStructure` uses):
 * `natural` free in-platform traffic, `paid` bought traffic, `activity` platform campaigns,
 * `member` the store's own and member traffic, `external` outside the platform, `other`.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 */
export type SycmSourceCategory = 'natural' | 'paid' | 'activity' | 'member' | 'external' | 'other';

const NAMES: readonly (readonly [SycmSourceCategory, readonly string[]])[] = [
  // Free in-platform traffic: the older 淘内免费 and the newer 经营优势 (搜索, 推荐).
  ['natural', ['淘内免费', '经营优势', '手淘搜索', '手淘推荐', '猜你喜欢', '手淘首页', '淘内免费其他', '手淘其他店铺', '手淘拍立淘', '手淘问大家', '手淘找相似', '手淘消息中心', '手淘微淘', '逛逛', '手淘逛逛', '天猫首页', '淘宝首页', '免费搜索', '免费推荐']],
  // Bought traffic: the older 付费流量 and the newer 付费推广 / 无界 (关键词推广, 人群推广, 全站推广).
  ['paid', ['付费流量', '付费推广', '无界', '万相台', '万相台无界', '万相台无界版', '关键词推广', '人群推广', '全站推广', '货品全站推广', '精准人群推广', '超级短视频', '超级直播', '直通车', '智钻', '钻石展位', '钻展', '引力魔方', '超级推荐', '淘宝客', '淘宝联盟', '品销宝', '明星店铺']],
  // Platform campaigns, wherever 生意参谋 files them.
  ['activity', ['聚划算', '淘抢购', '天天特价', '官方活动', '淘金币', '百亿补贴', '活动会场', '大促会场']],
  // The store's own traffic: 自主访问, the newer 主动回访 (收藏, 购物车, 我的淘宝) and 店内流转.
  ['member', ['自主访问', '主动回访', '店内流转', '购物车', '我的淘宝', '直接访问', '收藏夹', '收藏', '已买到商品', '会员营销', '店铺收藏', '宝贝收藏', '足迹', '订单']],
  // Outside the platform.
  ['external', ['淘外网站', '淘外APP', '淘外流量', '淘外媒体', '站外', '百度', '今日头条', '抖音', '微信', '微博', '小红书']],
  // Named as other by the platform itself (placed, not unknown).
  ['other', ['其它来源', '其他来源', '其他', '其它']],
];

let table: Map<string, SycmSourceCategory | null> | undefined;

function known(name: string): SycmSourceCategory | undefined {
  if (table === undefined) {
    table = new Map();
    for (const [category, names] of NAMES) for (const n of names) table.set(n, category);
  }
  let c = table.get(name);
  if (c === undefined && name.length <= 64) {
    // Written another way (full-width letters, spaces): normalised once, then remembered.
    c = table.get(name.normalize('NFKC').replace(/\s+/g, '')) ?? null;
    if (table.size < 4096) table.set(name, c);
  }
  return c ?? undefined;
}

/**
 * The category of a source path (level 1 first). The deepest name that is known decides (a
 * campaign such as 聚划算 filed under 付费流量 is `activity`); a name written as a path
 * (`付费推广/无界/关键词推广`) is read segment by segment; a generic 其他 defers to a known parent
 * (淘内免费 › 其他 is natural). `placed` is false when no name of the
 * path is known: the source is `other` only for want of a better answer. @internal
 */
export function classifySource(path: readonly (string | undefined)[]): { category: SycmSourceCategory; placed: boolean } {
  let other = false;
  for (let i = path.length - 1; i >= 0; i--) {
    const name = path[i];
    if (name === undefined) continue;
    const segments = name.includes('/') ? name.split('/') : [name];
    for (let j = segments.length - 1; j >= 0; j--) {
      const c = known(segments[j] as string);
      // 其他 under 淘内免费 is free traffic: a generic "other" name defers to a known parent.
      if (c === 'other') other = true;
      else if (c !== undefined) return { category: c, placed: true };
    }
  }
  return { category: 'other', placed: other };
}

/**
 * The traffic category of a 生意参谋 source, from its first-, second- and third-level names
 * (一级来源, 二级来源, 三级来源). The older names (淘内免费 → natural, 付费流量 → paid, 自主访问 →
 * member, 淘外网站 / 淘外APP / 淘外流量 → external, 其它来源 → other) and the newer channel
 * names (经营优势 → natural, 付费推广 / 无界 / 关键词推广 / 人群推广 / 全站推广 → paid, 主动回访 and
 * 店内流转 → member) are known; the deepest known name decides, so a campaign (聚划算, 淘抢购,
 * 天天特价) is activity wherever it is filed. A name nothing is known of → other (parseSycmRows
 * also lists it in `unplacedSources`).
 *
 * @param level1 - 一级来源, e.g. `'付费流量'`.
 * @param level2 - 二级来源, e.g. `'直通车'`.
 * @param level3 - 三级来源, e.g. `'关键词推广'`.
 * @throws StoreOpsError `INVALID_INPUT` when a level is given but is not a string.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { sycmSourceCategory } from 'storeops/adapters';
 * sycmSourceCategory('付费流量', '直通车') //=> 'paid'
 * sycmSourceCategory('付费流量', '聚划算') //=> 'activity'
 * sycmSourceCategory('淘内免费', '手淘搜索') //=> 'natural'
 * sycmSourceCategory('经营优势', '搜索') //=> 'natural'
 * sycmSourceCategory('付费推广', '无界', '关键词推广') //=> 'paid'
 * sycmSourceCategory('淘外APP') //=> 'external'
 * sycmSourceCategory('淘内免费', '其他') //=> 'natural'
 * sycmSourceCategory(undefined, '购物车') //=> 'member'
 * sycmSourceCategory('新渠道') //=> 'other'
 * sycmSourceCategory(0) //=> throws INVALID_INPUT
 * ```
 */
export function sycmSourceCategory(level1?: string, level2?: string, level3?: string): SycmSourceCategory {
  if (level1 !== undefined && typeof level1 !== 'string') expected('level1', 'a string', level1);
  if (level2 !== undefined && typeof level2 !== 'string') expected('level2', 'a string', level2);
  if (level3 !== undefined && typeof level3 !== 'string') expected('level3', 'a string', level3);
  return classifySource([level1, level2, level3]).category;
}
