/**
 * Adapters (数据适配): 生意参谋 / 万相台 export rows with Chinese headers → typed inputs for the
 * other modules. The library reads rows here; `storeops/files` (`readExport`) reads the
 * downloaded files themselves and hands their rows to {@link parseSycmRows}.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 *
 * @module adapters
 */
export {
  parseSycmRows,
  type SycmCellError,
  type SycmKind,
  type SycmMetrics,
  type SycmNote,
  type SycmParseOptions,
  type SycmParseResult,
  type SycmPeriod,
  type SycmRow,
} from './parseSycmRows.js';
export { adaptersMessages, type AdaptersMessageCode } from './messages.js';
export { sycmSourceCategory, type SycmSourceCategory } from './sycmSourceCategory.js';
