/**
 * Adapters (数据适配): 生意参谋 export rows with Chinese headers → typed inputs for the other
 * modules. The library reads rows, not files: parse CSV or Excel in your own code.
 * @see DOMAIN.md §2
 *
 * @module adapters
 */
export {
  parseSycmRows,
  type SycmCellError,
  type SycmKind,
  type SycmMetrics,
  type SycmParseOptions,
  type SycmParseResult,
  type SycmRow,
} from './parseSycmRows.js';
export { sycmSourceCategory, type SycmSourceCategory } from './sycmSourceCategory.js';
