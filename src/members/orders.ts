import * as z from 'zod/mini';
import { isoDateSchema, toDayNumber, type IsoDate } from '../core/dates.js';
import { StoreDecimal, fromMinorUnits, toDecimal, toMinorUnits, type Decimal } from '../core/decimal.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { parseInput } from '../core/validate.js';

/** One paid order. Pass paid orders only (refunded orders removed). */
export interface MemberOrder {
  /** Stable id of the buyer (买家 ID or a hash of it). */
  buyerId: string;
  /** The day the order was paid. */
  date: IsoDate;
  /** Amount paid in yuan. */
  amount: MoneyInput;
}

/** zod schema of the orders of {@link memberStats} and `rfmSegments`. Unknown fields are ignored. */
export const memberOrdersSchema = /* @__PURE__ */ z.array(
  /* @__PURE__ */ z.object({
    buyerId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    date: isoDateSchema,
    amount: nonNegativeMoneySchema,
  }),
);

/** @internal An order as numbers: its day number and amount (integer fen when exact). */
export interface ParsedOrder {
  buyerId: string;
  day: number;
  amount: MoneyInput;
  /** Whole fen, or `null` when the amount has more than two decimals. */
  fen: number | null;
}

/** @internal Validates orders and converts dates to day numbers and amounts to fen. */
export function parseOrders(orders: unknown): ParsedOrder[] {
  const list = parseInput(memberOrdersSchema, orders) as MemberOrder[];
  return list.map((o) => {
    const fen = typeof o.amount === 'string' || typeof o.amount === 'number' ? toMinorUnits(o.amount) : null;
    return { buyerId: o.buyerId, day: toDayNumber(o.date), amount: o.amount, fen };
  });
}

/** @internal An exact running sum of amounts: integer fen while possible, a Decimal for the rest. */
export interface MoneySum {
  fen: number;
  rest: Decimal | null;
}

/** @internal A new empty sum. */
export function emptySum(): MoneySum {
  return { fen: 0, rest: null };
}

/** @internal Adds an order's amount to a sum. */
export function addAmount(sum: MoneySum, o: ParsedOrder): void {
  if (o.fen !== null && Number.isSafeInteger(sum.fen + o.fen)) sum.fen += o.fen;
  else sum.rest = (sum.rest ?? new StoreDecimal(0)).plus(toDecimal(o.amount));
}

/** @internal The value of a sum. */
export function sumValue(sum: MoneySum): Decimal {
  const fen = fromMinorUnits(sum.fen);
  return sum.rest === null ? fen : fen.plus(sum.rest);
}
