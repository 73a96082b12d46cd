/**
 * Plugins: bundles of thresholds, roles, rules and messages that every judging function accepts
 * as `options.plugins`, applied in order before the caller's own options; and the platform
 * presets (Taobao, Tmall, 1688), which are plugins too.
 *
 * @module plugins
 */
export { definePlugin, type Plugin, type PluginDefinition, type PluginThresholds } from './definePlugin.js';
export { alibaba1688Preset, presets, taobaoPreset, tmallFeeRates, tmallPreset } from './presets.js';
