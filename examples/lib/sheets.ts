// The store's own sheets of examples/data (plan, products, item costs), as rows keyed by header,
// turned into the brief's input. Pure: the sample brief reads the files with fs
// (examples/brief.ts), the dashboard from the files dropped on the page (examples/dashboard).
import type { BriefProduct } from 'storeops/brief';

/** A percentage cell ('3.10%') as a fraction, from its digits; `undefined` when it is not one. */
export function percentCell(cell: string | undefined): number | undefined {
  const m = /^(\d+(?:\.\d+)?)%$/.exec((cell ?? '').trim());
  return m === null ? undefined : Number(`${m[1]}e-2`);
}

/**
 * Price and costs per item (products.csv) with what happens to its orders after payment
 * (item-costs.csv: packaging, shipping insurance, refunds before shipping, returns and how many
 * are restocked, refunds without a return): each promoted item's break-even ROI judges its keywords.
 */
export function itemCosts(products: readonly Record<string, string>[], itemCostRows: readonly Record<string, string>[]): BriefProduct[] {
  const extra = new Map(itemCostRows.map((r) => [String(r['商品ID']), r]));
  return products.map((p) => {
    const e = extra.get(String(p['商品ID']));
    const commissionRate = percentCell(p['平台佣金率']);
    return {
      id: String(p['商品ID']),
      price: String(p['售价']),
      unitCost: String(p['单位成本']),
      ...(commissionRate === undefined ? {} : { commissionRate }),
      shippingCost: String(p['运费'] ?? '0'),
      ...(e === undefined
        ? {}
        : {
            packagingCost: String(e['包装费']),
            shippingInsurance: String(e['运费险']),
            refunds: {
              beforeShipping: percentCell(e['未发货退款率']) ?? 0,
              returned: percentCell(e['退货率']) ?? 0,
              restockRate: percentCell(e['退货可二次销售率']) ?? 1,
              refundOnly: percentCell(e['仅退款率']) ?? 0,
            },
          }),
    };
  });
}
