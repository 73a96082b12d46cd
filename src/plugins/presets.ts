import type { Plugin } from './definePlugin.js';
import { pure } from '../core/pure.js';

/**
 * Taobao (淘宝, C2C marketplace) preset. storeops' defaults already follow Taobao practice and
 * 生意参谋 definitions ([domain reference §2–§6](../../docs/domain.en.md#2-funnel-and-traffic)), so this preset overrides nothing: pass it to say which
 * platform a store is on, and as the base to copy when writing a store's own plugin.
 * @see [domain reference §3](../../docs/domain.en.md#3-page-health)
 */
export const taobaoPreset: Plugin = /* @__PURE__ */ Object.freeze({
  name: 'taobao',
  description: 'Taobao: storeops defaults (domain reference §2–§6)',
});

/**
 * Tmall (天猫, B2C) preset. The domain reference names no page-health or product-role marks of Tmall's own,
 * so the judging thresholds stay the defaults; Tmall's platform numbers are fees, which go into
 * the profit calculation (see {@link tmallFeeRates}), not into thresholds.
 * @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost)
 */
export const tmallPreset: Plugin = /* @__PURE__ */ Object.freeze({
  name: 'tmall',
  description: 'Tmall: storeops defaults; fee rates in tmallFeeRates (domain reference §5)',
});

/**
 * 1688 (wholesale, B2B) preset. Buyers are businesses ordering in bulk, and the sales mix quoted in
 * [domain reference §6](../../docs/domain.en.md#6-product-roles) (traffic 20% / flagship 15% / profit 15%) comes from retail practice, so this preset
 * turns the target-mix checks off (`targetMix: {}`) and keeps the role signatures and the
 * practitioners' warnings. The domain reference gives no 1688 page-health marks: they stay the defaults —
 * override them with your own data rather than trusting a guess.
 * @see [domain reference §6](../../docs/domain.en.md#6-product-roles)
 */
export const alibaba1688Preset: Plugin = /* @__PURE__ */ pure(() => Object.freeze({
  name: '1688',
  description: '1688 wholesale: no retail target mix (domain reference §6)',
  thresholds: Object.freeze({
    roles: Object.freeze({ targetMix: Object.freeze({}) }),
  }),
}));

/** The platform presets by platform: `taobao`, `tmall` and `1688`. */
export const presets: Readonly<Record<'taobao' | 'tmall' | '1688', Plugin>> = /* @__PURE__ */ Object.freeze({
  taobao: taobaoPreset,
  tmall: tmallPreset,
  '1688': alibaba1688Preset,
});

/**
 * Tmall fee rates quoted in [domain reference §5](../../docs/domain.en.md#5-profit-and-cost), as rates of the price, for the cost side of a unit's
 * economics (e.g. `commissionRate` and `pointsRate` of `unitEconomics`): the technical service
 * fee (技术服务费) for apparel, 5%, and Tmall points (积分), 0.5%. Other categories have other
 * service-fee rates: check the category's current rate.
 * @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost)
 */
export const tmallFeeRates: Readonly<{ apparelTechnicalServiceFeeRate: number; pointsRate: number }> = /* @__PURE__ */ Object.freeze({
  apparelTechnicalServiceFeeRate: 0.05,
  pointsRate: 0.005,
});
