/**
 * Product roles (产品结构): 引流款 traffic, 利润款 profit and 形象款 flagship items, tags such as
 * 爆款 hit and 滞销款 slow mover, and the portfolio they make, judged relative to the store's own
 * catalogue.
 * @see [domain reference §6](../../docs/domain.en.md#6-product-roles)
 *
 * @module roles
 */
export {
  classifyProducts,
  productInputSchema,
  type ClassifiedProduct,
  type ClassifyProductsOptions,
  type ClassifyProductsResult,
  type RolePortfolioMetrics,
  type ProductInput,
  type RoleMeasures,
  type RolePortfolio,
  type RoleSummary,
} from './classifyProducts.js';
export {
  builtInRoles,
  defaultRoleRules,
  defaultRoleThresholds,
  roleDefinitionSchema,
  roleRuleSchema,
  type BuiltInRole,
  type RoleCondition,
  type RoleDefinition,
  type RoleMeasure,
  type RoleMetric,
  type RoleOperator,
  type RoleRule,
  type RoleThresholdOverrides,
  type RoleThresholds,
} from './rules.js';
export { rolesMessages, type RolesMessageCode } from './messages.js';
export {
  salesCurve,
  salesCurveItemSchema,
  salesCurveTierPresets,
  type SalesCurveGap,
  type SalesCurveItem,
  type SalesCurveOptions,
  type SalesCurveResult,
  type SalesCurveThresholds,
  type SalesTier,
  type SalesTierResult,
} from './salesCurve.js';
export { salesCurveMessages, type SalesCurveMessageCode } from './salesCurveMessages.js';
