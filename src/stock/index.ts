/**
 * Stock (库存): days of cover, reorder point, reorder quantity and alerts ranked by the money
 * at risk, with daily sales estimated from the days in stock.
 *
 * @module stock
 */
export {
  stockCover,
  stockItemsSchema,
  defaultStockThresholds,
  type StockCoverMetrics,
  type StockCoverOptions,
  type StockCoverResult,
  type StockHistoryDay,
  type StockItemInput,
  type StockItemResult,
  type StockRisk,
  type StockThresholds,
} from './stockCover.js';
export { stockMessages, type StockMessageCode } from './messages.js';
